/** Embeddable links: permanent, revocable public URLs of (transformed) asset files. */
import { DashError } from './errors.js';
import { dashPaths } from './endpoints.js';
import { request, type ApiContext } from './http.js';
import { pollJob, type PollOptions } from './jobs.js';
import type { EmbeddableLink, EmbeddableLinkJob, TransformationDescription } from './models.js';
import { ORIGINAL } from './downloads.js';
import { expectShape, parseJob } from './validate.js';

type Signal = { signal?: AbortSignal };

/** The API refuses larger jobs with a 400. */
export const MAX_EMBEDDABLE_LINKS_PER_JOB = 500;

export interface EmbeddableLinkJobRequest {
  items: { batchItemId: string; assetId: string; assetFileId?: string }[];
  transformationDescription: TransformationDescription;
}

const parseLink = (value: unknown, path?: string) =>
  expectShape<EmbeddableLink>(value, path ?? 'link', { url: 'string' });
const parseLinkJob = (json: unknown) => parseJob(json, parseLink) as EmbeddableLinkJob;

export function createEmbeddableLinkJob(
  ctx: ApiContext,
  body: EmbeddableLinkJobRequest,
  options: Signal = {},
): Promise<EmbeddableLinkJob> {
  return request(ctx, 'POST', dashPaths.embeddableLinkJobs(), { body, signal: options.signal, validate: parseLinkJob });
}

export function getEmbeddableLinkJob(ctx: ApiContext, jobId: string, options: Signal = {}): Promise<EmbeddableLinkJob> {
  return request(ctx, 'GET', dashPaths.embeddableLinkJob(jobId), {
    idempotent: true,
    signal: options.signal,
    validate: parseLinkJob,
  });
}

/**
 * Creates an embeddable link per item (original, or a preset rendition), waits for the job and
 * returns the links in the items' order. Items with different presets go in separate jobs, as
 * do more than 500 items.
 */
export async function createEmbeddableLinks(
  ctx: ApiContext,
  items: { assetId: string; presetId?: string }[],
  options: Omit<PollOptions<EmbeddableLinkJob>, 'initial'> = {},
): Promise<EmbeddableLink[]> {
  const links: EmbeddableLink[] = new Array(items.length);
  for (const batch of batches(items)) {
    const presetId = items[batch[0]!]!.presetId;
    const created = await createEmbeddableLinkJob(
      ctx,
      {
        items: batch.map((index) => ({ batchItemId: String(index), assetId: items[index]!.assetId })),
        transformationDescription: presetId ? { type: 'PRESET', presetId } : ORIGINAL,
      },
      options,
    );
    const job = await pollJob((signal) => getEmbeddableLinkJob(ctx, created.id, { signal }), {
      ...options,
      initial: created,
    });
    for (const index of batch) {
      const link = job.result?.successes[String(index)]?.result;
      if (!link) throw new DashError('job-failed', `No embeddable link for asset ${items[index]!.assetId}.`);
      links[index] = link;
    }
  }
  return links;
}

/** Item indexes grouped by preset, each group cut to the per-job maximum. */
function batches(items: { presetId?: string }[]): number[][] {
  const byPreset = new Map<string | undefined, number[]>();
  items.forEach((item, index) => {
    const group = byPreset.get(item.presetId);
    if (group) group.push(index);
    else byPreset.set(item.presetId, [index]);
  });
  const result: number[][] = [];
  for (const group of byPreset.values()) {
    for (let i = 0; i < group.length; i += MAX_EMBEDDABLE_LINKS_PER_JOB) {
      result.push(group.slice(i, i + MAX_EMBEDDABLE_LINKS_PER_JOB));
    }
  }
  return result;
}
