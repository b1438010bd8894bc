// The Dash Social table of endpoints.ts, which re-exports it (why a module of its own: there).
const seg = encodeURIComponent;

/** Dash Social Library (seeds 000, 001). */
export const socialPaths = {
  gallery: (brandId: string, galleryId: string) =>
    `/brands/${seg(brandId)}/galleries/${seg(galleryId)}`,
  mediaUploadUrl: () => `/media_upload_url`,
  createMedia: (brandId: string) => `/brands/${seg(brandId)}/media`,
  listMedia: (brandId: string) => `/brands/${seg(brandId)}/media/v2`,
} as const;
