/**
 * Every path the elements call, one table per backend, so a correction is one line. Paths marked
 * "inferred" are named by the API reference but not given a URL there; they follow the API's
 * own convention ("Create a new X" is `POST /x-plural`).
 *
 * The Social and CMS tables are modules of their own, re-exported here: a bundler follows a
 * re-export to the defining module, so each table lands in the chunk of the code that uses it,
 * and a Dash portal gallery, for one, does not download the Social and CMS paths.
 */
const seg = encodeURIComponent;

export const dashPaths = {
  portalData: (subdomain: string, slug: string) =>
    `/subdomains/${seg(subdomain)}/publicly-available-portal-datas/${seg(slug)}`,
  portalAccessToken: (portalId: string) => `/portals/${seg(portalId)}/access-token`,
  /** seed 002 "Get an Asset" */
  asset: (id: string) => `/assets/${seg(id)}`,
  assetSearches: () => `/asset-searches`,
  assetScrollSearches: () => `/asset-scroll-searches`,
  folderSettings: () => `/folder-settings`,
  fieldOptionSearches: () => `/field-option-searches`,
  /** seed 002 "Get an FieldOption": the option with its branch of the tree in `parent` */
  fieldOption: (id: string) => `/field-options/${seg(id)}`,
  /** inferred (seed 002 "Create a new ThemeSearch", unauthenticated) */
  themeSearches: () => `/theme-searches`,
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

export { socialPaths } from './endpoints-social.js';
export { cmsPaths } from './endpoints-cms.js';
