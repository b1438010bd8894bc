// The CMS table of endpoints.ts, which re-exports it (why a module of its own: there).
const seg = encodeURIComponent;

/** CMS galleries API (seed 004). */
export const cmsPaths = {
  galleries: () => `/api/v1/galleries`,
  gallery: (id: string) => `/api/v1/galleries/${seg(id)}`,
  galleryMedia: (id: string) => `/api/v1/galleries/${seg(id)}/media`,
  galleryMediaItem: (id: string, mediaId: string) =>
    `/api/v1/galleries/${seg(id)}/media/${seg(mediaId)}`,
  galleryReorder: (id: string) => `/api/v1/galleries/${seg(id)}/media/reorder`,
  /** Not in the seed, which names `language_id`s without a lookup; the local backend's guess. */
  languages: () => `/api/v1/languages`,
  /** Not in the seed ("must exist in media"): the media library, as the local backend has it. */
  media: () => `/api/v1/media`,
} as const;
