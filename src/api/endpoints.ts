/**
 * Every path the elements call, one table per backend, so a correction is one line. Next to each
 * path: where seed 002 (the Dash API v2 reference) prints it —
 * - "printed Lnnn": the seed prints this URL (a curl line or its prose);
 * - "inferred": the seed names the operation ("Create a new AssetSearch") but prints no URL; the
 *   path follows the API's own convention ("Create a new X" is `POST /x-plural`, a job's create
 *   is the POST beside its printed `GET …/{id}`);
 * - "local extension": not in the seed at all; only the local backend's default profile has it,
 *   and callers cope with a 404.
 * The guessed *fields* of the answers and the guessed *values* we send are in `DASH_GUESSES` below.
 *
 * One module per backend: this one for the Dash API v2; the Dash Social table is in
 * endpoints-social.ts and the CMS table in endpoints-cms.ts, each beside its guesses. Only the
 * code of that backend uses them (its gallery source adapter, the Social upload flow, CMS editing),
 * which loads on demand; they are re-exported at the end so this file lists every path there is.
 */
import { pathSegment as seg } from './path-segment.js';

export { DASH_API_BASE } from './api-base.js';

// Every id goes through `pathSegment`: one that is empty, `.` or `..`, or holds a `/`, is
// `invalid-config` before any request (issue 16 class 13). The Social and CMS tables use it too.

export const dashPaths = {
  /** GET, no auth — printed L4455 */
  portalData: (subdomain: string, slug: string) =>
    `/subdomains/${seg(subdomain)}/publicly-available-portal-datas/${seg(slug)}`,
  /** GET, `Authorization: Passcode …` or none — printed L4430 */
  portalAccessToken: (portalId: string) => `/portals/${seg(portalId)}/access-token`,
  /** GET "Get an Asset" — printed L1305 */
  asset: (id: string) => `/assets/${seg(id)}`,
  /** POST "AssetSearch" — inferred (the seed's prose and examples name it; no URL) */
  assetSearches: () => `/asset-searches`,
  /** POST "AssetScrollSearch" — inferred */
  assetScrollSearches: () => `/asset-scroll-searches`,
  /** GET — printed L344 */
  folderSettings: () => `/folder-settings`,
  /** POST "Create a new FieldOptionSearch" (L3625) — inferred */
  fieldOptionSearches: () => `/field-option-searches`,
  /** GET "Get an FieldOption": the option with its branch of the tree in `parent` — printed L3549 */
  fieldOption: (id: string) => `/field-options/${seg(id)}`,
  /** POST "Create a new ThemeSearch" (L1103), unauthenticated — inferred */
  themeSearches: () => `/theme-searches`,
  /** POST "Create a new PresetTransformationSearch" (L461) — inferred */
  presetSearches: () => `/preset-transformation-searches`,
  /** POST — printed L22 (prose: `/asset-download-batch-jobs`) */
  downloadJobs: () => `/asset-download-batch-jobs`,
  /** GET — printed L1813 */
  downloadJob: (id: string) => `/asset-download-batch-jobs/${seg(id)}`,
  /** POST — inferred (beside the printed GET) */
  embeddableLinkJobs: () => `/embeddable-link-batch-jobs`,
  /** GET — printed L2544 */
  embeddableLinkJob: (id: string) => `/embeddable-link-batch-jobs/${seg(id)}`,
  /** GET, no auth — printed L3925 */
  guestUploadData: (subdomain: string, slug: string) =>
    `/subdomains/${seg(subdomain)}/publicly-available-guest-upload-data/${seg(slug)}`,
  /** POST `{guestUploadId, email}` → `{result: {accessToken}}` (example L3899) — inferred */
  guestUploadAccessTokens: () => `/guest-upload-access-tokens`,
  /** POST — inferred (beside the printed GET) */
  assetAndUploadJobs: () => `/asset-and-upload-batch-jobs`,
  /** GET — printed L1445 */
  assetAndUploadJob: (id: string) => `/asset-and-upload-batch-jobs/${seg(id)}`,
  /** POST "Create a new AssetUpload" (L1503), also for fresh part URLs — printed L6 (prose) */
  assetUploads: () => `/asset-uploads`,
  /** POST "Asset Upload Completion" (L110: `#operation/postAssetUploadCompletion`) — inferred */
  assetUploadCompletions: () => `/asset-upload-completions`,
  /** GET — local extension: the parts of an open upload, for a reload-resume. */
  assetUploadParts: (uploadId: string) => `/asset-uploads/${seg(uploadId)}/parts`,
  /** DELETE — local extension: aborts an open upload. */
  assetUpload: (uploadId: string) => `/asset-uploads/${seg(uploadId)}`,
  /**
   * GET → `{results: [job]}` — local extension: the caller's asset-and-upload jobs holding an
   * item, so a create whose answer was lost finds the job it made instead of making another.
   */
  assetAndUploadJobsHolding: (batchItemId: string) =>
    `/asset-and-upload-batch-jobs?batchItemId=${encodeURIComponent(batchItemId)}`,
} as const;

/**
 * Every guessed field we read and value we send for the Dash API v2, in one place (documentation:
 * nothing imports it, so no bundle carries it). "Guessed" means seed 002 prints no name or value
 * for it; each entry says what we accept or send and what happens when the guess is wrong.
 */
export type DashGuess = { where: string; accept: string; whenWrong: string };
export const DASH_GUESSES: readonly DashGuess[] = [
  {
    where: 'AssetFile.mediaType, .duration, .dimensions, .previewUrl (marked optional / printed without)',
    accept: 'null or absent; duration or sizes as numeric strings are coerced; mediaType as "type/sub"',
    whenWrong:
      'a missing mediaType is derived from fileType + extension; the others read as unknown (placeholder, no duration)',
  },
  {
    where: 'embeddable link URL (L2424 prints a link with no URL field)',
    accept:
      'url, embedUrl, embeddableUrl, embeddableLinkUrl, publicUrl, cdnUrl, else the one "…url" field (embeddable-links.ts)',
    whenWrong: 'createEmbeddableLinks() rejects with invalid-response naming the asset; nothing is inserted',
  },
  {
    where: 'finished download URL, per file and for the zip (L1834 prints successes without a result)',
    accept: 'url, downloadUrl, zipUrl, zipDownloadUrl, signedUrl, fileUrl, else the one "…url" field (downloads.ts)',
    whenWrong: 'downloadAssets() rejects with job-failed ("finished without a URL")',
  },
  {
    where: 'upload part URL in uploadParts[] (L1471 prints parts without one)',
    accept: 'PART_URL_FIELDS in guest-uploads.ts; none at all is fine',
    whenWrong: 'the uploader asks for the URLs with a partUrlsRequest (POST /asset-uploads)',
  },
  {
    where:
      'a create of asset-and-upload jobs whose answer was lost (the seed prints no way to find a job by batchItemId)',
    accept:
      'GET /asset-and-upload-batch-jobs?batchItemId= (local extension) → {results: [job]}; 404/405 means no lookup',
    whenWrong:
      'without it the retry creates again and the first STAGED asset and open upload are left to expire; a create the browser itself resent cannot be seen',
  },
  {
    where: 'sort fields ADDED_ORDER, FILENAME; criteria FIELD_HAS_ANY_EQUAL, FIELD_IN (public client code)',
    accept: 'sent as is',
    whenWrong:
      'on 400 the search is sent again in documented values (assets.ts documentedSearch: DATE_LIVE, OR of FIELD_EQUALS) and that context keeps them',
  },
  {
    where:
      'ThemeSearch: path /theme-searches, criterion {type: "FIELD_EQUALS", field: "SUBDOMAIN", value} (L1103 prints type "string")',
    accept: 'accentColour only as a literal colour (hex, rgb/hsl/oklch, a name; browse/accent-colour.ts)',
    whenWrong:
      "no theme, 4xx or an unusable colour: the default accent (or the site's --dash-accent) stays; no error shown",
  },
  {
    where:
      'preset search criterion APPLICABLE_FOR_ANY_ASSETS {assetIds} (printed L461–487; the elements send it with the assets to download or insert)',
    accept: 'the presets answered',
    whenWrong: 'a 4xx is reported (dash-error) and only the original is offered',
  },
  {
    where:
      "a portal's folder roots: GET /field-options/{id} for each whitelistedFolderFieldOptionIds entry (printed L3549)",
    accept: 'the option, parent in any shape (dropped: roots have no parent in the tree); a 404 root is left out',
    whenWrong: "another failure shows the tree's error with a retry; the account's top level is never shown instead",
  },
  {
    where: 'an open end of a date range, `[* TO 2021-02-01]` (the seed prints only closed ranges, L4644)',
    accept: 'sent as is',
    whenWrong: 'on 400 the open end is sent as a far date (1970-01-01 / 9999-12-31), same fallback as above',
  },
  {
    where: 'FieldOption.parent as {} (L3595)',
    accept: 'the parent option, its id, null, or {} (no parent known)',
    whenWrong: '{} reads as no parent',
  },
];

// The other backends' tables (see the top of this file).
export { socialPaths } from './endpoints-social.js';
export { cmsPaths } from './endpoints-cms.js';
