/** Download batch jobs: originals or a preset rendition of one or many assets, optionally zipped. */
import { DashError } from './errors.js';
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import { parseJob, pollJob, urlField, type PollOptions } from './jobs.js';
import type { DownloadItemResult, DownloadJob, TransformationDescription } from './models.js';
import { imageTransformation, ORIGINAL } from './transformations.js';
import { expectShape, type Parser } from './validate.js';

export { ORIGINAL };

type Signal = { signal?: AbortSignal };

export interface DownloadJobRequest {
  items: { batchItemId: string; assetId: string; assetFileId?: string }[];
  transformationDescription: TransformationDescription;
  zip: boolean;
}

/** The file types a custom rendition can be converted to (the CONVERT step's `image/<subType>`). */
export const CUSTOM_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type CustomFormat = (typeof CUSTOM_FORMATS)[number];

/** A rendition the visitor sized: fits within width × height (pixels), in `format`. */
export interface CustomRendition {
  width: number;
  height: number;
  format: CustomFormat;
}

/**
 * Resizes and converts every image; anything that is not an image is left as it is, so a mixed
 * zip never fails for want of a matching candidate.
 */
export function customTransformation({ width, height, format }: CustomRendition): TransformationDescription {
  return imageTransformation([
    { type: 'RESIZE', width, height },
    { type: 'CONVERT', mediaType: { type: 'image', subType: format } },
  ]);
}

/**
 * Guessed: the seed prints a finished download job's successes as `{permittedActions: []}` only
 * (≈L1834) and names no URL, for the files or for the zip. These names are read in order, for an
 * item's `result` and for the job's `result` (the zip); then the one field named "…url" holding an
 * http(s) URL, if exactly one does.
 */
export const DOWNLOAD_URL_FIELDS = ['url', 'downloadUrl', 'zipUrl', 'zipDownloadUrl', 'signedUrl', 'fileUrl'] as const;

/** A download item's result: its `url` (any of DOWNLOAD_URL_FIELDS, through safeUrl) or none. */
export const parseDownloadItem: Parser<DownloadItemResult> = (value, path = 'item') => {
  const item = expectShape<DownloadItemResult>(value, path, { filename: 'string?' });
  const parsed: DownloadItemResult = { ...item };
  const url = urlField(item, DOWNLOAD_URL_FIELDS);
  if (url) parsed.url = url;
  else delete parsed.url;
  return parsed;
};

/** A download job; a COMPLETED one's zip URL is read into `result.url` like an item's. */
export const parseDownloadJob = (json: unknown): DownloadJob => {
  const job = parseJob(json, parseDownloadItem) as DownloadJob;
  if (job.result) {
    const url = urlField(job.result, DOWNLOAD_URL_FIELDS);
    job.result = { ...job.result, url, zipUrl: url };
    if (!url) {
      delete job.result.url;
      delete job.result.zipUrl;
    }
  }
  return job;
};

export function createDownloadJob(
  ctx: ApiContext,
  body: DownloadJobRequest,
  options: Signal = {},
): Promise<DownloadJob> {
  return request(ctx, 'POST', dashPaths.downloadJobs(), {
    body,
    signal: options.signal,
    validate: parseDownloadJob,
  });
}

export async function getDownloadJob(ctx: ApiContext, jobId: string, options: Signal = {}): Promise<DownloadJob> {
  return request(ctx, 'GET', dashPaths.downloadJob(jobId), {
    idempotent: true,
    signal: options.signal,
    validate: parseDownloadJob,
  });
}

/**
 * Downloads assets: creates a job, waits for it (reporting progress) and returns the URL to
 * fetch — the zip's when zipping (the default for several assets), else the single file's. The
 * files come as `custom` describes, else in the preset `presetId`, else as their originals.
 */
export async function downloadAssets(
  ctx: ApiContext,
  params: { assetIds: string[]; presetId?: string; custom?: CustomRendition; zip?: boolean },
  options: Omit<PollOptions<DownloadJob>, 'initial'> = {},
): Promise<{ url: string; job: DownloadJob }> {
  const { assetIds, presetId, custom } = params;
  const zip = params.zip ?? assetIds.length > 1;
  const created = await createDownloadJob(
    ctx,
    {
      items: assetIds.map((assetId, i) => ({ batchItemId: `download-${i + 1}`, assetId })),
      transformationDescription: custom
        ? customTransformation(custom)
        : presetId
          ? { type: 'PRESET', presetId }
          : ORIGINAL,
      zip,
    },
    options,
  );
  const job = await pollJob((signal) => getDownloadJob(ctx, created.id, { signal }), {
    ...options,
    initial: created,
  });
  const url = downloadUrl(job, zip);
  if (!url) throw new DashError('job-failed', `Download job ${job.id} finished without a URL.`);
  return { url, job };
}

/** The zip's URL when zipping, else the one file's (falling back on the job-level URL). */
function downloadUrl(job: DownloadJob, zip: boolean): string | undefined {
  const result = job.result;
  if (!result) return undefined;
  if (zip) return result.url;
  return Object.values(result.successes)[0]?.result?.url ?? result.url;
}
