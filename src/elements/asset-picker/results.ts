/**
 * Turns chosen assets into what the host stores: a URL for the chosen rendition, which kind of
 * URL it is, and a paste-ready `<img>` snippet. Kept out of the element so the rules are testable
 * and the element stays a view.
 */
import type { ApiContext } from '../../api/http.js';
import type { Asset, MediaType, Preset } from '../../api/models.js';
import { createEmbeddableLinks, type EmbeddableLinkItem } from '../../api/embeddable-links.js';
import { toDashError } from '../../api/errors.js';
import { assetDimensions, assetFilename, assetMimeType, assetPreviewUrl } from '../../browse/asset-info.js';
import { fitWithin, srcsetWidths, type Rendition, type Size } from './rendition.js';

// The element keeps the rendition as its attribute string and reads it only here, on Insert.
export { parseRendition } from './rendition.js';
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

/** The link request of a rendition; the client turns it into the job's transformation. */
function linkItem(assetId: string, rendition: Rendition): EmbeddableLinkItem {
  if (rendition.kind === 'preset') return { assetId, presetId: rendition.presetId };
  if (rendition.kind === 'width') return { assetId, width: rendition.width };
  return { assetId };
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

export interface BuildOptions {
  rendition: Rendition;
  presets: readonly Preset[];
  /** The context to create links with; undefined when it may not (VIEW-only portal). */
  linkContext?: ApiContext;
  /** Whether links may be created for this asset (its permitted actions). */
  mayEmbed: (asset: Asset) => boolean;
  altText?: (asset: Asset) => string;
  signal?: AbortSignal;
}

/** Everything one asset needs before its result can be written. */
interface Plan {
  asset: Asset;
  size?: Size;
  /** The srcset widths to create links for, besides the chosen rendition. */
  widths: number[];
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
    return { asset, size, widths };
  });
  const embeddable = options.linkContext ? plans.filter((plan) => options.mayEmbed(plan.asset)) : [];
  const links = await createAllLinks(embeddable, options);
  return plans.map((plan) => resultFor(plan, links.get(plan.asset.id), options));
}

async function createAllLinks(plans: Plan[], options: BuildOptions): Promise<Map<string, { url: string; candidates: SrcsetCandidate[] }>> {
  const links = new Map<string, { url: string; candidates: SrcsetCandidate[] }>();
  const ctx = options.linkContext;
  if (plans.length === 0 || !ctx) return links;
  const items = plans.flatMap((plan) => [
    linkItem(plan.asset.id, options.rendition),
    ...plan.widths.map((width) => ({ assetId: plan.asset.id, width })),
  ]);
  let urls: string[];
  try {
    urls = (await createEmbeddableLinks(ctx, items, { signal: options.signal })).map((link) => link.url);
  } catch (error) {
    if (toDashError(error)?.code === 'forbidden') return links;
    throw error;
  }
  let at = 0;
  for (const plan of plans) {
    const url = urls[at++];
    const candidates = plan.widths.map((width) => ({ url: urls[at++], width }));
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
