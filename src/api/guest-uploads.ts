/**
 * Guest uploads and the Dash multipart upload flow: batch job → part URLs → PUT parts (done by
 * the caller, e.g. Uppy) → completion with the parts' ETags.
 */
import { DashError } from './errors.js';
import { isRecord } from '../core/is-record.js';
import { dashPaths } from './endpoints.js';
import { request, type ApiContext } from './http.js';
import { pollJob, type PollOptions } from './jobs.js';
import type { AssetAndUploadJob, AssetUpload, GuestUploadData, UploadPart } from './models.js';
import {
  expectArray,
  expectShape,
  parseAccessToken,
  parseAssetUpload,
  parseGuestUploadData,
  parseJob,
  parseWrapped,
} from './validate.js';

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

const parseUploadJob = (json: unknown) => parseJob(json, parseAssetUpload) as AssetAndUploadJob;

export function createAssetAndUploadJob(
  ctx: ApiContext,
  items: AssetAndUploadItem[],
  options: Signal = {},
): Promise<AssetAndUploadJob> {
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
): Promise<AssetAndUploadJob> {
  return request(ctx, 'GET', dashPaths.assetAndUploadJob(jobId), {
    idempotent: true,
    signal: options.signal,
    validate: parseUploadJob,
  });
}

/**
 * Creates one STAGED asset and one multipart upload per item, waits for the job, and returns
 * each item's upload by `batchItemId`. Fails with `upload-failed` naming any item the server
 * refused.
 */
export async function createAssetUploads(
  ctx: ApiContext,
  items: AssetAndUploadItem[],
  options: Omit<PollOptions<AssetAndUploadJob>, 'initial'> = {},
): Promise<Record<string, AssetUpload>> {
  const created = await createAssetAndUploadJob(ctx, items, options);
  const job = await pollJob((signal) => getAssetAndUploadJob(ctx, created.id, { signal }), {
    ...options,
    initial: created,
  });
  const uploads: Record<string, AssetUpload> = {};
  for (const { batchItemId } of items) {
    const upload = job.result?.successes[batchItemId]?.result;
    if (!upload) {
      const failure = job.result?.failures?.[batchItemId];
      throw new DashError('upload-failed', `No upload was created for ${batchItemId}: ${failureMessage(failure)}`);
    }
    uploads[batchItemId] = upload;
  }
  return uploads;
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
): Promise<UploadPart[]> {
  const { uploadId, parts, ...rest } = params;
  const wrapped = await request(ctx, 'POST', dashPaths.assetUploads(), {
    body: { ...rest, partUrlsRequest: { uploadId, urlRequests: parts } },
    signal: options.signal,
    // Asking for URLs again changes nothing on the server, so it is safe to retry.
    idempotent: true,
    validate: (json) => parseWrapped(json, parseAssetUpload),
  });
  return wrapped.result.uploadParts;
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
      const { parts } = parseWrapped(json, (result, path) => expectShape<{ parts: unknown }>(result, path!, { parts: 'array' })).result;
      return expectArray(parts, 'response.result.parts', (part, path) =>
        expectShape(part, path!, { partNumber: 'number', eTag: 'string', size: 'number' }),
      );
    },
  });
}

/** Aborts a multipart upload (local backend extension; not in the Dash API). */
export async function abortUpload(ctx: ApiContext, uploadId: string, options: Signal = {}): Promise<void> {
  await request(ctx, 'DELETE', dashPaths.assetUpload(uploadId), { signal: options.signal });
}
