// The endpoint table of the Dash API v2 (seed 002); endpoints.ts re-exports it as `dashPaths`, beside
// the guesses. One export per path, so a bundle holds only the paths its code calls (the modules
// import the table as a namespace: `import * as dashPaths from './endpoints-dash.js'`).
// Every id goes through `pathSegment`: one that is empty, `.` or `..`, or holds a `/`, is
// `invalid-config` before any request (issue 16 class 13). The Social and CMS tables use it too.
import { pathSegment as seg } from './path-segment.js';

/** GET, no auth — printed L4455 */
export const portalData = (subdomain: string, slug: string) =>
  `/subdomains/${seg(subdomain)}/publicly-available-portal-datas/${seg(slug)}`;

/** GET, `Authorization: Passcode …` or none — printed L4430 */
export const portalAccessToken = (portalId: string) => `/portals/${seg(portalId)}/access-token`;

/** GET "Get an Asset" — printed L1305 */
export const asset = (id: string) => `/assets/${seg(id)}`;

/** POST "AssetSearch" — inferred (the seed's prose and examples name it; no URL) */
export const assetSearches = () => `/asset-searches`;

/** POST "AssetScrollSearch" — inferred */
export const assetScrollSearches = () => `/asset-scroll-searches`;

/** GET — printed L344 */
export const folderSettings = () => `/folder-settings`;

/** GET the field views (which is a portal's is guessed: DASH_GUESSES) — printed ≈L3729 */
export const fieldViews = () => `/field-views`;

/** POST "Create a new FieldOptionSearch" (L3625) — inferred */
export const fieldOptionSearches = () => `/field-option-searches`;

/** GET "Get an FieldOption": the option with its branch of the tree in `parent` — printed L3549 */
export const fieldOption = (id: string) => `/field-options/${seg(id)}`;

/** POST "Create a new ThemeSearch" (L1103), unauthenticated — inferred */
export const themeSearches = () => `/theme-searches`;

/** POST "Create a new PresetTransformationSearch" (L461) — inferred */
export const presetSearches = () => `/preset-transformation-searches`;

/** POST — printed L22 (prose: `/asset-download-batch-jobs`) */
export const downloadJobs = () => `/asset-download-batch-jobs`;

/** GET — printed L1813 */
export const downloadJob = (id: string) => `/asset-download-batch-jobs/${seg(id)}`;

/** POST — inferred (beside the printed GET) */
export const embeddableLinkJobs = () => `/embeddable-link-batch-jobs`;

/** GET — printed L2544 */
export const embeddableLinkJob = (id: string) => `/embeddable-link-batch-jobs/${seg(id)}`;

/** GET, no auth — printed L3925 */
export const guestUploadData = (subdomain: string, slug: string) =>
  `/subdomains/${seg(subdomain)}/publicly-available-guest-upload-data/${seg(slug)}`;

/** POST `{guestUploadId, email}` → `{result: {accessToken}}` (example L3899) — inferred */
export const guestUploadAccessTokens = () => `/guest-upload-access-tokens`;

/** POST — inferred (beside the printed GET) */
export const assetAndUploadJobs = () => `/asset-and-upload-batch-jobs`;

/** GET — printed L1445 */
export const assetAndUploadJob = (id: string) => `/asset-and-upload-batch-jobs/${seg(id)}`;

/** POST "Create a new AssetUpload" (L1503), also for fresh part URLs — printed L6 (prose) */
export const assetUploads = () => `/asset-uploads`;

/** POST "Asset Upload Completion" (L110: `#operation/postAssetUploadCompletion`) — inferred */
export const assetUploadCompletions = () => `/asset-upload-completions`;

/** GET — local extension: the parts of an open upload, for a reload-resume. */
export const assetUploadParts = (uploadId: string) => `/asset-uploads/${seg(uploadId)}/parts`;

/** DELETE — local extension: aborts an open upload. */
export const assetUpload = (uploadId: string) => `/asset-uploads/${seg(uploadId)}`;

/**
 * GET → `{results: [job]}` — local extension: the caller's asset-and-upload jobs holding an
 * item, so a create whose answer was lost finds the job it made instead of making another.
 */
export const assetAndUploadJobsHolding = (batchItemId: string) =>
  `/asset-and-upload-batch-jobs?batchItemId=${encodeURIComponent(batchItemId)}`;
