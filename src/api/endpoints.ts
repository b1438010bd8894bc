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
 * One module per backend: endpoints-dash.ts for the Dash API v2 (one export per path, so a bundle
 * holds only the paths its code calls), endpoints-social.ts and endpoints-cms.ts. Only the code
 * of the Social and CMS backends uses theirs (its gallery source adapter, the Social upload flow,
 * CMS editing), which loads on demand. This file re-exports the three tables (`dashPaths`,
 * `socialPaths`, `cmsPaths`) and holds the Dash guesses, so it lists every path there is.
 */
export { DASH_API_BASE } from './api-base.js';
export * as dashPaths from './endpoints-dash.js';

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
    accept:
      'accentColour only as a literal colour (hex, rgb/hsl/oklch, a name; browse/accent-colour.ts); the logo URL (guessed: the seed prints a LOGO theme image, L1098, but no URL field) as logoUrl, logo or logo.url, http(s) only',
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
  {
    where:
      "the portal's field view: GET /field-views is printed (L3729) with one view type, INTERNAL_DETAILED; which view is a portal's, and whether a portal visitor's token may read them, is not",
    accept: 'the first view whose type names PORTAL; an internal view is never shown to visitors',
    whenWrong: 'no view, 4xx or an unreadable answer: the asset view shows no metadata fields, no error',
  },
  {
    where:
      'a date metadata value (Asset.metadata.values holds strings, L76–81; no date value is printed): licence expiry in the picker and the portal',
    accept:
      'ISO 8601: a date-time is that moment, a bare YYYY-MM-DD lasts to the end of that day (UTC); the earliest of several',
    whenWrong: 'any other text counts as no date: the asset is not marked expired',
  },
  {
    where:
      'which fields hold a licence and its expiry in the portal (a Field has no purpose, L3736–3739); the picker is told by the host (licence-field, expiry-field)',
    accept: 'field names containing "licence"/"license" and "expir"',
    whenWrong: 'the value shows as plain text without the licence or expired badge',
  },
  {
    where: 'CONVERT to image/webp in a custom download (only jpeg and png are printed, L522, L1779–1782)',
    accept: 'sent as mediaType {type: "image", subType: "webp"}',
    whenWrong: 'a 4xx fails that download with dash-error; JPEG and PNG still work',
  },
  {
    where:
      'a CROP step in a request (CROP {x, y, width, height} is printed only in answers, L2446–2451, L2612–2617; units not said) and RESIZE with height null (width only)',
    accept: "sent in the embeddable link's CUSTOM transformation, in pixels of the original, before RESIZE",
    whenWrong: 'a 4xx fails the insert of that image with dash-error; without crops nothing changes',
  },
  {
    where:
      "a video's file URL for playing: the finished download job's URL (a download, not a stream; the API prints no streaming URL)",
    accept: 'the URL in <video src>',
    whenWrong: 'the player says the video could not be loaded and offers Play again; dash-error',
  },
];

// The other backends' tables (see the top of this file).
export { socialPaths } from './endpoints-social.js';
export { cmsPaths } from './endpoints-cms.js';
