/**
 * Turns chosen assets into what the host stores: a URL for the chosen rendition, which kind of
 * URL it is, and a paste-ready `<img>` snippet. Kept out of the element so the rules are testable
 * and the element stays a view.
 */
import type { ApiContext } from '../../api/http.js';
import type { Asset, MediaType, Preset, TransformationDescription } from '../../api/models.js';
import { ORIGINAL } from '../../api/downloads.js';
import { createEmbeddableLinkJob, getEmbeddableLinkJob, MAX_EMBEDDABLE_LINKS_PER_JOB } from '../../api/embeddable-links.js';
import { pollJob } from '../../api/jobs.js';
import { toDashError } from '../../api/errors.js';
import { assetDimensions, assetFilename, assetMimeType, assetPreviewUrl } from '../../browse/asset-info.js';
import { fitWithin, srcsetWidths, type Rendition, type Size } from './rendition.js';
import { buildImgSnippet, escapeAttribute, isHttpUrl, type SrcsetCandidate } from './snippet.js';

/** One chosen asset, as `dash-select` and `pick()` deliver it. */
export interface PickedAsset {
  id: string;
  filename: string;
  /** `type/subType`, e.g. `image/jpeg`. */
  mediaType: string;
  /** Pixel size of the file behind `url` (null when unknown, e.g. documents). */
  width: number | null;
  height: number | null;
  /** The URL to store: a permanent embeddable link, else the preview URL (see `urlKind`). */
  url: string;
  /** `embeddable`: permanent public link. `preview`: the token may not create links. */
  urlKind: 'embeddable' | 'preview';
  previewUrl: string | null;
  alt: string;
  /** `<img src srcset sizes width height alt>` for images, `<a href>` for other files. */
  snippet: string;
}

const ANY_MEDIA = [{ type: '*', subType: '*' }];

/** A CUSTOM transformation: images resized to fit `width`, everything else as it is. */
function widthTransformation(width: number): TransformationDescription {
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

function transformationFor(rendition: Rendition): TransformationDescription {
  if (rendition.kind === 'preset') return { type: 'PRESET', presetId: rendition.presetId };
  if (rendition.kind === 'width') return widthTransformation(rendition.width);
  return ORIGINAL;
}

const wild = (pattern: string | null | undefined, value: string) =>
  pattern == null || pattern === '*' || pattern === value;

/** The RESIZE box a preset applies to this media type, following its first matching candidate. */
function presetBox(preset: Preset, mediaType: MediaType | undefined): { width?: number; height?: number } {
  const candidate = preset.candidatePresetTransformations?.find(({ criteria }) =>
    criteria.every(
      (c) =>
        c.type !== 'MATCHES_MEDIA_TYPES' ||
        c.mediaTypes.some((m) => mediaType && wild(m?.type, mediaType.type) && wild(m?.subType, mediaType.subType)),
    ),
  );
  const resize = candidate?.transformationTemplate.find((step) => step.type === 'RESIZE');
  return { width: resize?.width ?? undefined, height: resize?.height ?? undefined };
}

/** The pixel size of an asset's rendition (the original's when unknown or not an image). */
export function renditionSize(asset: Asset, rendition: Rendition, presets: readonly Preset[]): Size | undefined {
  const original = assetDimensions(asset);
  if (!original || !assetMimeType(asset).startsWith('image/')) return original;
  if (rendition.kind === 'width') return fitWithin(original, rendition.width);
  if (rendition.kind === 'preset') {
    const preset = presets.find((p) => p.id === rendition.presetId);
    const box = preset ? presetBox(preset, asset.currentAssetFile?.mediaType) : {};
    return fitWithin(original, box.width, box.height);
  }
  return original;
}

/**
 * A readable default alt text: the filename without its extension, separators as spaces. Hosts
 * with real alt text (a metadata field) pass `altText` instead.
 */
export function defaultAltText(asset: Asset): string {
  return assetFilename(asset)
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

/** Creates links for `requests`, one job per distinct transformation, in the requests' order. */
export type LinkCreator = (
  requests: readonly { assetId: string; transformation: TransformationDescription }[],
  signal?: AbortSignal,
) => Promise<string[]>;

/**
 * The client's `createEmbeddableLinks` takes only presets; widths need CUSTOM transformations,
 * so this groups by transformation over the same job primitives (create → poll → successes).
 */
export function embeddableLinkCreator(ctx: ApiContext): LinkCreator {
  return async (requests, signal) => {
    const groups = new Map<string, number[]>();
    requests.forEach(({ transformation }, index) => {
      const key = JSON.stringify(transformation);
      groups.set(key, [...(groups.get(key) ?? []), index]);
    });
    const urls: string[] = new Array(requests.length);
    const batches = [...groups.values()].flatMap((indexes) => {
      const chunks: number[][] = [];
      for (let i = 0; i < indexes.length; i += MAX_EMBEDDABLE_LINKS_PER_JOB) {
        chunks.push(indexes.slice(i, i + MAX_EMBEDDABLE_LINKS_PER_JOB));
      }
      return chunks;
    });
    await Promise.all(
      batches.map(async (batch) => {
        const body = {
          items: batch.map((index) => ({ batchItemId: String(index), assetId: requests[index].assetId })),
          transformationDescription: requests[batch[0]].transformation,
        };
        const created = await createEmbeddableLinkJob(ctx, body, { signal });
        const job = await pollJob((s) => getEmbeddableLinkJob(ctx, created.id, { signal: s }), { signal, initial: created });
        for (const index of batch) urls[index] = job.result?.successes[String(index)]?.result?.url ?? '';
      }),
    );
    return urls;
  };
}

export interface BuildOptions {
  rendition: Rendition;
  presets: readonly Preset[];
  /** Undefined when the token may not create links at all (VIEW-only portal). */
  createLinks?: LinkCreator;
  /** Whether links may be created for this asset (its permitted actions). */
  mayEmbed: (asset: Asset) => boolean;
  altText?: (asset: Asset) => string;
  signal?: AbortSignal;
}

/** Everything one asset needs before its result can be written. */
interface Plan {
  asset: Asset;
  size?: Size;
  variants: { width: number; transformation: TransformationDescription }[];
}

/**
 * Builds the results in the assets' order. Links are created where allowed; a 403 from the link
 * job (the token may view but not publish) falls back to preview URLs rather than failing the
 * pick, and every result says which kind it got.
 */
export async function buildPickedAssets(assets: readonly Asset[], options: BuildOptions): Promise<PickedAsset[]> {
  const plans: Plan[] = assets.map((asset) => {
    const size = renditionSize(asset, options.rendition, options.presets);
    const original = assetDimensions(asset);
    const isImage = assetMimeType(asset).startsWith('image/');
    const widths = isImage && original ? srcsetWidths(options.rendition, original.width) : [];
    return { asset, size, variants: widths.map((width) => ({ width, transformation: widthTransformation(width) })) };
  });
  const embeddable = options.createLinks ? plans.filter((plan) => options.mayEmbed(plan.asset)) : [];
  const links = await createAllLinks(embeddable, options);
  return plans.map((plan) => resultFor(plan, links.get(plan.asset.id), options));
}

async function createAllLinks(plans: Plan[], options: BuildOptions): Promise<Map<string, { url: string; candidates: SrcsetCandidate[] }>> {
  const links = new Map<string, { url: string; candidates: SrcsetCandidate[] }>();
  if (plans.length === 0 || !options.createLinks) return links;
  const main = transformationFor(options.rendition);
  const requests = plans.flatMap((plan) => [
    { assetId: plan.asset.id, transformation: main },
    ...plan.variants.map((variant) => ({ assetId: plan.asset.id, transformation: variant.transformation })),
  ]);
  let urls: string[];
  try {
    urls = await options.createLinks(requests, options.signal);
  } catch (error) {
    if (toDashError(error)?.code === 'forbidden') return links;
    throw error;
  }
  let at = 0;
  for (const plan of plans) {
    const url = urls[at++];
    const candidates = plan.variants.map((variant) => ({ url: urls[at++], width: variant.width }));
    if (plan.size && isHttpUrl(url)) candidates.push({ url, width: plan.size.width });
    if (isHttpUrl(url)) links.set(plan.asset.id, { url, candidates });
  }
  return links;
}

function resultFor(plan: Plan, link: { url: string; candidates: SrcsetCandidate[] } | undefined, options: BuildOptions): PickedAsset {
  const { asset, size } = plan;
  const previewUrl = assetPreviewUrl(asset) ?? null;
  const url = link?.url ?? previewUrl ?? '';
  const filename = assetFilename(asset);
  const mediaType = assetMimeType(asset);
  const alt = options.altText?.(asset) ?? defaultAltText(asset);
  const snippet = mediaType.startsWith('image/')
    ? buildImgSnippet({ src: url, candidates: link?.candidates ?? [], width: size?.width, height: size?.height, alt })
    : linkSnippet(url, filename);
  return {
    id: asset.id,
    filename,
    mediaType,
    width: size?.width ?? null,
    height: size?.height ?? null,
    url,
    urlKind: link ? 'embeddable' : 'preview',
    previewUrl,
    alt,
    snippet,
  };
}

/** Non-images cannot be an `<img>`: a plain link to the file, its name as the text. */
function linkSnippet(url: string, filename: string): string {
  return isHttpUrl(url) ? `<a href="${escapeAttribute(url)}">${escapeAttribute(filename)}</a>` : '';
}
