/** Download batch jobs: originals or a preset rendition of one or many assets, optionally zipped. */
import { DashError } from './errors.js';
import { dashPaths } from './endpoints.js';
import { request, type ApiContext } from './http.js';
import { pollJob, type PollOptions } from './jobs.js';
import type { DownloadItemResult, DownloadJob, TransformationDescription } from './models.js';
import { expectShape, parseJob } from './validate.js';

type Signal = { signal?: AbortSignal };

export interface DownloadJobRequest {
  items: { batchItemId: string; assetId: string; assetFileId?: string }[];
  transformationDescription: TransformationDescription;
  zip: boolean;
}

/** Leaves every file as it is: the "original" rendition. */
export const ORIGINAL: TransformationDescription = {
  type: 'CUSTOM',
  candidateTransformations: [
    { criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: '*', subType: '*' }] }], transformation: [] },
  ],
};

const parseDownloadItem = (value: unknown, path?: string) =>
  expectShape<DownloadItemResult>(value, path ?? 'item', { url: 'string?' });
const parseDownloadJob = (json: unknown) => parseJob(json, parseDownloadItem) as DownloadJob;

export function createDownloadJob(ctx: ApiContext, body: DownloadJobRequest, options: Signal = {}): Promise<DownloadJob> {
  return request(ctx, 'POST', dashPaths.downloadJobs(), {
    body,
    signal: options.signal,
    validate: parseDownloadJob,
  });
}

export function getDownloadJob(ctx: ApiContext, jobId: string, options: Signal = {}): Promise<DownloadJob> {
  return request(ctx, 'GET', dashPaths.downloadJob(jobId), {
    idempotent: true,
    signal: options.signal,
    validate: parseDownloadJob,
  });
}

/**
 * Downloads assets: creates a job, waits for it (reporting progress) and returns the URL to
 * fetch — the zip's when zipping (the default for several assets), else the single file's.
 */
export async function downloadAssets(
  ctx: ApiContext,
  params: { assetIds: string[]; presetId?: string; zip?: boolean },
  options: Omit<PollOptions<DownloadJob>, 'initial'> = {},
): Promise<{ url: string; job: DownloadJob }> {
  const { assetIds, presetId } = params;
  const zip = params.zip ?? assetIds.length > 1;
  const created = await createDownloadJob(
    ctx,
    {
      items: assetIds.map((assetId, i) => ({ batchItemId: `download-${i + 1}`, assetId })),
      transformationDescription: presetId ? { type: 'PRESET', presetId } : ORIGINAL,
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

function downloadUrl(job: DownloadJob, zip: boolean): string | undefined {
  const result = job.result;
  if (!result) return undefined;
  if (zip) return result.zipUrl ?? result.url;
  return Object.values(result.successes)[0]?.result?.url;
}
