/**
 * Guest uploads and the Dash multipart upload flow: batch job → part URLs → PUT parts (done by
 * the caller, e.g. Uppy) → completion with the parts' ETags.
 *
 * Read tolerantly, as seed 002 prints it (≈L1440–1540): a finished job's `uploadParts[]` shows
 * only `partNumber`, `startByte` and `endByte` (one `partNumber` even as the string "2,"), so a
 * part's URL may be missing or carry a name we do not know. Guessed: the seed prints no name for
 * it; we accept the first http(s) URL among {@link PART_URL_FIELDS}, else the one field named
 * `…url` that holds one (jobs.ts `urlField`). Parts without any get their
 * URL the documented way, `POST /asset-uploads` with a `partUrlsRequest`.
 */
import { DashError } from './errors.js';
import { isRecord } from '../core/is-record.js';
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import { parseJob, pollJob, urlField, type PollOptions } from './jobs.js';
import type { AssetUpload, BatchJob, GuestUploadData, UploadPart } from './models.js';
import { expectArray, expectShape, invalid } from './validate.js';
import { parseAccessToken, parseGuestUploadData, parseWrapped } from './validate-dash.js';

/**
 * Guessed: the names a part's presigned URL may have in `uploadParts[]`, first match wins. The
 * seed prints none; the local backend uses `url` (default profile) and `uploadUrl` (seed profile).
 */
export const PART_URL_FIELDS = ['url', 'uploadUrl', 'signedUrl', 'presignedUrl', 'partUrl'] as const;

/** One part of an AssetUpload as a server may send it: its byte range, and its URL when given. */
export type UploadPartLayout = Omit<UploadPart, 'url'> & { url?: string };

/** A part with the URL to PUT its bytes to. */
export type SignedUploadPart = UploadPartLayout & { url: string };

/** An AssetUpload whose parts may lack URLs (the seed's finished-job example has none). */
export type AssetUploadLayout = Omit<AssetUpload, 'uploadParts'> & { uploadParts: UploadPartLayout[] };

/** An AssetUpload with a URL for every part. */
export type SignedAssetUpload = Omit<AssetUpload, 'uploadParts'> & { uploadParts: SignedUploadPart[] };

export type AssetAndUploadLayoutJob = BatchJob<AssetUploadLayout>;

/** An integer, also from a string that starts with one (the seed prints `"partNumber": "2,"`). */
function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const match = typeof value === 'string' ? /^\s*(\d+)/.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

function parsePartLayout(value: unknown, path: string): UploadPartLayout {
  if (!isRecord(value)) invalid(path, 'an object');
  const [partNumber, startByte, endByte] = (['partNumber', 'startByte', 'endByte'] as const).map((key) => {
    const n = integerOf(value[key]);
    return n === undefined || n < 0 ? invalid(`${path}.${key}`, 'a whole number') : n;
  });
  const url = urlField(value, PART_URL_FIELDS);
  return url ? { partNumber, startByte, endByte, url } : { partNumber, startByte, endByte };
}

/** An AssetUpload; its parts need a number and a byte range, a URL only when the server gives one. */
export function parseAssetUploadLayout(value: unknown, path = 'assetUpload'): AssetUploadLayout {
  const upload = expectShape<AssetUploadLayout>(value, path, {
    id: 'string',
    assetId: 'string',
    assetFileId: 'string?',
    uploadParts: 'array?',
  });
  const uploadParts = expectArray(upload.uploadParts ?? [], `${path}.uploadParts`, (part, partPath) =>
    parsePartLayout(part, partPath!),
  );
  return { ...upload, uploadParts };
}

type Signal = { signal?: AbortSignal };

/** Resolves a guest-upload link from its slug. Needs no authentication. */
export async function getGuestUploadData(
  ctx: ApiContext,
  subdomain: string,
  slug: string,
  options: Signal = {},
): Promise<GuestUploadData> {
  const wrapped = await request(ctx, 'GET', dashPaths.guestUploadData(subdomain, slug), {
    auth: 'none',
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parseGuestUploadData),
  });
  return wrapped.result;
}

/** A guest uploader's token; `email` is required by the API. */
export function getGuestAccessToken(
  ctx: ApiContext,
  body: { guestUploadId: string; email: string },
  options: Signal = {},
): Promise<string> {
  return request(ctx, 'POST', dashPaths.guestUploadAccessTokens(), {
    auth: 'none',
    body,
    signal: options.signal,
    // A token a header cannot carry (a line break, beyond Latin-1) is refused there: invalid-response.
    validate: parseAccessToken,
  });
}

/** One file to create an asset and an upload for. */
export interface AssetAndUploadItem {
  /** Your key for the item; the job's result is keyed by it. */
  batchItemId: string;
  /** The file's path including its name, e.g. `/photo.jpg`. */
  path: string;
  size: number;
  /** Bytes per part; at least 5 MiB except for the last part. Default: the server's choice. */
  partSize?: number;
  /** Instead of a new asset: fresh URLs for some parts of this item's existing upload. */
  partUrlsRequest?: { uploadId: string; urlRequests: { partNumber: number; contentMd5?: string }[] };
}

const parseUploadJob = (json: unknown, path?: string): AssetAndUploadLayoutJob =>
  parseJob<AssetUploadLayout>(json, parseAssetUploadLayout, path);

/** `undefined` for a 404 or 405: the server has no such route (or no such upload). */
const unlessMissing = <T>(call: Promise<T>): Promise<T | undefined> =>
  call.catch((error: unknown) => {
    if (error instanceof DashError && (error.status === 404 || error.status === 405)) return undefined;
    throw error;
  });

export function createAssetAndUploadJob(
  ctx: ApiContext,
  items: AssetAndUploadItem[],
  options: Signal = {},
): Promise<AssetAndUploadLayoutJob> {
  return request(ctx, 'POST', dashPaths.assetAndUploadJobs(), {
    body: { items },
    signal: options.signal,
    validate: parseUploadJob,
  });
}

export function getAssetAndUploadJob(
  ctx: ApiContext,
  jobId: string,
  options: Signal = {},
): Promise<AssetAndUploadLayoutJob> {
  return request(ctx, 'GET', dashPaths.assetAndUploadJob(jobId), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseUploadJob(json),
  });
}

/**
 * The caller's asset-and-upload jobs that hold `batchItemId` (local backend extension, not in the
 * Dash API: `GET /asset-and-upload-batch-jobs?batchItemId=…` → `{results: [job]}`). Lets a client
 * whose create answer was lost find the job it made instead of making a second one. Resolves
 * `undefined` when the server has no such lookup (404/405), so the caller knows it cannot tell.
 */
export function findAssetAndUploadJobs(
  ctx: ApiContext,
  batchItemId: string,
  options: Signal = {},
): Promise<AssetAndUploadLayoutJob[] | undefined> {
  return unlessMissing(
    request(ctx, 'GET', dashPaths.assetAndUploadJobsHolding(batchItemId), {
      idempotent: true,
      signal: options.signal,
      validate: (json) =>
        expectArray(
          expectShape<{ results: unknown }>(json, 'response', { results: 'array' }).results,
          'response.results',
          parseUploadJob,
        ),
    }),
  );
}

/**
 * Creates one STAGED asset and one multipart upload per item, waits for the job, and returns
 * each item's upload by `batchItemId`. Fails with `upload-failed` naming any item the server
 * refused.
 */
export async function createAssetUploads(
  ctx: ApiContext,
  items: AssetAndUploadItem[],
  options: Omit<PollOptions<AssetAndUploadLayoutJob>, 'initial'> = {},
): Promise<Record<string, SignedAssetUpload>> {
  const created = await createAssetAndUploadJob(ctx, items, options);
  const job = await pollJob((signal) => getAssetAndUploadJob(ctx, created.id, { signal }), {
    ...options,
    initial: created,
  });
  const uploads: Record<string, SignedAssetUpload> = {};
  for (const item of items) {
    const { batchItemId } = item;
    const upload = job.result?.successes[batchItemId]?.result;
    if (!upload) {
      const failure = job.result?.failures?.[batchItemId];
      throw new DashError('upload-failed', `No upload was created for ${batchItemId}: ${failureMessage(failure)}`);
    }
    uploads[batchItemId] = await withPartUrls(ctx, item, upload, options);
  }
  return uploads;
}

/** The upload with a URL for every part: those the job left out are requested (`partUrlsRequest`). */
async function withPartUrls(
  ctx: ApiContext,
  item: AssetAndUploadItem,
  upload: AssetUploadLayout,
  options: Signal,
): Promise<SignedAssetUpload> {
  const missing = upload.uploadParts.filter((part) => !part.url).map(({ partNumber }) => ({ partNumber }));
  const fresh = missing.length
    ? await requestPartUrls(
        ctx,
        {
          assetId: upload.assetId,
          uploadId: upload.id,
          path: item.path,
          size: item.size,
          partSize: item.partSize,
          parts: missing,
        },
        options,
      )
    : [];
  const uploadParts = upload.uploadParts.map((part) => ({
    ...part,
    url: part.url ?? fresh.find((p) => p.partNumber === part.partNumber)!.url,
  }));
  return { ...upload, uploadParts };
}

/** A job item's failure reads as a message, or an object holding one. */
export function failureMessage(failure: unknown): string {
  if (typeof failure === 'string') return failure;
  const message = isRecord(failure) ? failure.message : undefined;
  return typeof message === 'string' ? message : 'unknown error';
}

/**
 * Fresh presigned URLs for some parts of an existing upload (e.g. when the first ones expired
 * or to resume). `POST /asset-uploads` with a `partUrlsRequest`.
 */
export async function requestPartUrls(
  ctx: ApiContext,
  params: {
    assetId: string;
    uploadId: string;
    path: string;
    size: number;
    partSize?: number;
    parts: { partNumber: number; contentMd5?: string }[];
  },
  options: Signal = {},
): Promise<SignedUploadPart[]> {
  const { uploadId, parts, ...rest } = params;
  const wrapped = await request(ctx, 'POST', dashPaths.assetUploads(), {
    body: { ...rest, partUrlsRequest: { uploadId, urlRequests: parts } },
    signal: options.signal,
    // Asking for URLs again changes nothing on the server, so it is safe to retry.
    idempotent: true,
    validate: (json) => parseWrapped(json, parseAssetUploadLayout),
  });
  // Only the URLs asked for count; each must be there (a server may list the others too).
  return parts.map(({ partNumber }) => {
    const part = wrapped.result.uploadParts.find((p) => p.partNumber === partNumber);
    if (!part?.url) throw new DashError('invalid-response', `The server gave no URL for part ${partNumber}.`);
    return { ...part, url: part.url };
  });
}

/** Completes a multipart upload with each part's ETag (verbatim, quotes included). */
export async function completeUpload(
  ctx: ApiContext,
  params: { assetId: string; uploadId: string; parts: { partNumber: number; eTag: string }[] },
  options: Signal = {},
): Promise<void> {
  await request(ctx, 'POST', dashPaths.assetUploadCompletions(), {
    body: params,
    signal: options.signal,
  });
}

/**
 * The parts already uploaded (local backend extension, for resuming; not in the Dash API):
 * `{result: {uploadId, parts: [{partNumber, size, eTag}]}}`.
 */
export function listUploadParts(
  ctx: ApiContext,
  uploadId: string,
  options: Signal = {},
): Promise<{ partNumber: number; eTag: string; size: number }[]> {
  return request(ctx, 'GET', dashPaths.assetUploadParts(uploadId), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => {
      const { parts } = parseWrapped(json, (result, path) =>
        expectShape<{ parts: unknown }>(result, path!, { parts: 'array' }),
      ).result;
      return expectArray(parts, 'response.result.parts', (part, path) =>
        expectShape(part, path!, { partNumber: 'number', eTag: 'string', size: 'number' }),
      );
    },
  });
}

/**
 * Aborts a multipart upload (local backend extension; not in the Dash API). Resolves `true` when
 * aborted, `false` when the server has no such route or no such open upload (404/405): then the
 * parts stay until the bucket's lifecycle rules expire them.
 */
export async function abortUpload(ctx: ApiContext, uploadId: string, options: Signal = {}): Promise<boolean> {
  const done = await unlessMissing(
    request(ctx, 'DELETE', dashPaths.assetUpload(uploadId), { signal: options.signal }).then(() => true),
  );
  return done ?? false;
}
