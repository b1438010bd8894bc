/** Embeddable links: permanent, revocable public URLs of (transformed) asset files. */
import { DashError } from './errors.js';
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import { parseJob, pollJob, urlField, type PollOptions } from './jobs.js';
import type { EmbeddableLink, EmbeddableLinkJob, EmbeddableLinkResource, TransformationDescription } from './models.js';
import { imageTransformation, ORIGINAL } from './transformations.js';
import { expectShape, type Parser } from './validate.js';

type Signal = { signal?: AbortSignal };

/** The API refuses larger jobs with a 400. */
export const MAX_EMBEDDABLE_LINKS_PER_JOB = 500;

export interface EmbeddableLinkJobRequest {
  items: { batchItemId: string; assetId: string; assetFileId?: string }[];
  transformationDescription: TransformationDescription;
}

/**
 * Guessed: the seed prints an embeddable link (≈L2424) with no URL field at all. These names are
 * read in order (then the one field named "…url" holding an http(s) URL, if exactly one does).
 */
export const EMBED_URL_FIELDS = [
  'url',
  'embedUrl',
  'embeddableUrl',
  'embeddableLinkUrl',
  'publicUrl',
  'cdnUrl',
] as const;

/**
 * An AssetEmbeddableLink: its `url`, read from any of EMBED_URL_FIELDS through safeUrl, or none.
 * Ids, when present, must be strings.
 */
export const parseEmbeddableLink: Parser<EmbeddableLinkResource> = (value, path = 'link') => {
  const link = expectShape<EmbeddableLinkResource>(value, path, {
    id: 'string?',
    assetId: 'string?',
    assetFileId: 'string?',
  });
  const parsed: EmbeddableLinkResource = { ...link };
  const url = urlField(link, EMBED_URL_FIELDS);
  if (url) parsed.url = url;
  else delete parsed.url;
  return parsed;
};
const parseLinkJob = (json: unknown) => parseJob(json, parseEmbeddableLink) as EmbeddableLinkJob;

export function createEmbeddableLinkJob(
  ctx: ApiContext,
  body: EmbeddableLinkJobRequest,
  options: Signal = {},
): Promise<EmbeddableLinkJob> {
  return request(ctx, 'POST', dashPaths.embeddableLinkJobs(), { body, signal: options.signal, validate: parseLinkJob });
}

export async function getEmbeddableLinkJob(
  ctx: ApiContext,
  jobId: string,
  options: Signal = {},
): Promise<EmbeddableLinkJob> {
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

/** Resizes images to fit `width`; other files (a PDF or a video in the same batch) stay as they are. */
export function widthTransformation(width: number): TransformationDescription {
  return imageTransformation([{ type: 'RESIZE', width, height: null }]);
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
        if (link?.url) {
          links[index] = link as EmbeddableLink;
          continue;
        }
        const assetId = items[index]!.assetId;
        // A link we got but cannot read (no URL under any name we know) is the server's answer
        // being unreadable, not the job failing: say which.
        if (link || (job.skipped ?? 0) > 0) {
          throw new DashError(
            'invalid-response',
            `The embeddable link for asset ${assetId} has no readable URL${job.skippedReason ? ` (${job.skippedReason})` : ''}.`,
          );
        }
        throw new DashError('job-failed', `No embeddable link for asset ${assetId}.`);
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
