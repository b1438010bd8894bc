/**
 * Every path the elements call, in one table, so a correction is one line. Paths marked
 * "inferred" are named by the API reference but not given a URL there; they follow the API's
 * own convention ("Create a new X" is `POST /x-plural`).
 */
const seg = encodeURIComponent;

export const dashPaths = {
  portalData: (subdomain: string, slug: string) =>
    `/subdomains/${seg(subdomain)}/publicly-available-portal-datas/${seg(slug)}`,
  portalAccessToken: (portalId: string) => `/portals/${seg(portalId)}/access-token`,
  assetSearches: () => `/asset-searches`,
  assetScrollSearches: () => `/asset-scroll-searches`,
  folderSettings: () => `/folder-settings`,
  fieldOptionSearches: () => `/field-option-searches`,
  presetSearches: () => `/preset-transformation-searches`,
  downloadJobs: () => `/asset-download-batch-jobs`,
  downloadJob: (id: string) => `/asset-download-batch-jobs/${seg(id)}`,
  embeddableLinkJobs: () => `/embeddable-link-batch-jobs`,
  embeddableLinkJob: (id: string) => `/embeddable-link-batch-jobs/${seg(id)}`,
  guestUploadData: (subdomain: string, slug: string) =>
    `/subdomains/${seg(subdomain)}/publicly-available-guest-upload-data/${seg(slug)}`,
  /** inferred */
  guestUploadAccessTokens: () => `/guest-upload-access-tokens`,
  /** inferred */
  assetAndUploadJobs: () => `/asset-and-upload-batch-jobs`,
  assetAndUploadJob: (id: string) => `/asset-and-upload-batch-jobs/${seg(id)}`,
  /** inferred */
  assetUploads: () => `/asset-uploads`,
  /** inferred */
  assetUploadCompletions: () => `/asset-upload-completions`,
  /** Local backend extension (not in the Dash API): the parts of an open upload, for resuming. */
  assetUploadParts: (uploadId: string) => `/asset-uploads/${seg(uploadId)}/parts`,
  /** Local backend extension (not in the Dash API): aborts an open upload. */
  assetUpload: (uploadId: string) => `/asset-uploads/${seg(uploadId)}`,
} as const;

/** Dash Social Library (seeds 000, 001). */
export const socialPaths = {
  gallery: (brandId: string, galleryId: string) =>
    `/brands/${seg(brandId)}/galleries/${seg(galleryId)}`,
  mediaUploadUrl: () => `/media_upload_url`,
  createMedia: (brandId: string) => `/brands/${seg(brandId)}/media`,
  listMedia: (brandId: string) => `/brands/${seg(brandId)}/media/v2`,
} as const;

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
