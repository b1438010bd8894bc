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
 * One link to create. The rendition is, by precedence: its own `transformationDescription`, a
 * `width` (images resized to fit it, other files as they are), a `presetId`, else the original.
 */
export interface EmbeddableLinkItem {
  assetId: string;
  presetId?: string;
  width?: number;
  transformationDescription?: TransformationDescription;
}

const ANY_MEDIA = [{ type: '*', subType: '*' }];

/**
 * A CUSTOM transformation resizing images to fit `width`. The second candidate matches every
 * other file unchanged: without it the job fails for a PDF or a video in the same batch.
 */
export function widthTransformation(width: number): TransformationDescription {
  return {
    type: 'CUSTOM',
    candidateTransformations: [
      {
        criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: 'image', subType: '*' }] }],
        transformation: [{ type: 'RESIZE', width, height: null }],
      },
      { criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: ANY_MEDIA }], transformation: [] },
    ],
  };
}

function transformationOf(item: EmbeddableLinkItem): TransformationDescription {
  if (item.transformationDescription) return item.transformationDescription;
  if (item.width) return widthTransformation(item.width);
  return item.presetId ? { type: 'PRESET', presetId: item.presetId } : ORIGINAL;
}

/**
 * Creates an embeddable link per item, waits for the jobs and returns the links in the items'
 * order. A job takes one transformation, so items are grouped by theirs, and groups are cut at
 * 500 items; the jobs run in parallel (a picked image with a srcset needs one per width).
 */
export async function createEmbeddableLinks(
  ctx: ApiContext,
  items: EmbeddableLinkItem[],
  options: Omit<PollOptions<EmbeddableLinkJob>, 'initial'> = {},
): Promise<EmbeddableLink[]> {
  const links: EmbeddableLink[] = new Array(items.length);
  const transformations = items.map(transformationOf);
  await Promise.all(
    batches(transformations).map(async (batch) => {
      const created = await createEmbeddableLinkJob(
        ctx,
        {
          items: batch.map((index) => ({ batchItemId: String(index), assetId: items[index]!.assetId })),
          transformationDescription: transformations[batch[0]!]!,
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
    }),
  );
  return links;
}

/** Item indexes grouped by transformation, each group cut to the per-job maximum. */
function batches(transformations: TransformationDescription[]): number[][] {
  const groups = new Map<string, number[]>();
  transformations.forEach((transformation, index) => {
    const key = JSON.stringify(transformation);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const result: number[][] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += MAX_EMBEDDABLE_LINKS_PER_JOB) {
      result.push(group.slice(i, i + MAX_EMBEDDABLE_LINKS_PER_JOB));
    }
  }
  return result;
}
