/**
 * Turns chosen assets into what the host stores: a URL for the chosen rendition, which kind of
 * URL it is, and a paste-ready `<img>` snippet. Kept out of the element so the rules are testable
 * and the element stays a view.
 */
import type { ApiContext } from '../../api/http.js';
import type { Asset, MediaType, Preset, TransformationDescription, TransformationOperation } from '../../api/models.js';
import { createEmbeddableLinks, type EmbeddableLinkItem } from '../../api/embeddable-links.js';
import { DashError, toDashError } from '../../api/errors.js';
import { isPlaceholder } from './selection.js';
import { safeUrl } from '../../api/safe-url.js';
import { assetDimensions, assetFilename, assetMimeType, assetPreviewUrl } from '../../browse/asset-info.js';
import { fitWithin, srcsetWidths, type Rendition, type Size } from './rendition.js';
import { pickedMetadata, type MetadataFields } from './metadata-fields.js';

// The element keeps the rendition as its attribute string and reads it only here, on Insert.
export { parseRendition } from './rendition.js';
import { buildImgSnippet, escapeAttribute, type SrcsetCandidate } from './snippet.js';

/** One chosen asset, as `dash-select` and `pick()` deliver it. */
export interface PickedAsset {
  id: string;
  filename: string;
  /** `type/subType`, e.g. `image/jpeg`. */
  mediaType: string;
  /** Pixel size of the file behind `url` (null when unknown, e.g. documents). */
  width: number | null;
  height: number | null;
  /**
   * The URL to store: a permanent embeddable link, else the preview URL (see `urlKind`). Always
   * an absolute http(s) URL (through `safeUrl`): an asset without one is not a result at all
   * (see `BuiltResults.unusable`).
   */
  url: string;
  /** `embeddable`: permanent public link. `preview`: the token may not create links. */
  urlKind: 'embeddable' | 'preview';
  /** An absolute http(s) URL, or null when the asset has none. */
  previewUrl: string | null;
  /** `altText`'s, else the `alt-field`'s text, else the filename in words. */
  alt: string;
  /** The `credit-field`'s text (several values comma-separated), or null. */
  credit: string | null;
  /** The `licence-field`'s text, or null (fixed-option values are option ids, not names). */
  licence: string | null;
  /** The `expiry-field`'s date as Dash holds it (ISO), or null. */
  expires: string | null;
  /**
   * `<img src srcset sizes width height alt>` for images — in a `<figure>` with the credit as
   * `<figcaption>` when there is one — and `<a href>` for other files.
   */
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

/**
 * A RESIZE step's box: the most width and height a rendition allows (none: unbounded); `convert`:
 * the preset's CONVERT step, so a cropped image keeps the file type the preset gives.
 */
export interface ResizeBox {
  width?: number;
  height?: number;
  convert?: TransformationOperation;
}

/** The RESIZE box a preset applies to this media type, following its first matching candidate. */
function presetBox(preset: Preset, mediaType: MediaType | undefined): ResizeBox {
  const candidate = preset.candidatePresetTransformations?.find(({ criteria }) =>
    criteria.every(
      (c) =>
        c.type !== 'MATCHES_MEDIA_TYPES' ||
        c.mediaTypes.some((m) => mediaType && wild(m?.type, mediaType.type) && wild(m?.subType, mediaType.subType)),
    ),
  );
  const step = (type: string) => candidate?.transformationTemplate.find((operation) => operation.type === type);
  const resize = step('RESIZE');
  return { width: resize?.width ?? undefined, height: resize?.height ?? undefined, convert: step('CONVERT') };
}

/** The box an asset's rendition resizes it into: a `width:`'s width, a preset's RESIZE, none for the original. */
export function renditionBox(asset: Asset, rendition: Rendition, presets: readonly Preset[]): ResizeBox {
  if (rendition.kind === 'width') return { width: rendition.width };
  const preset = rendition.kind === 'preset' ? presets.find((p) => p.id === rendition.presetId) : undefined;
  return preset ? presetBox(preset, asset.currentAssetFile?.mediaType) : {};
}

/** The pixel size of an asset's rendition (the original's when unknown or not an image). */
export function renditionSize(asset: Asset, rendition: Rendition, presets: readonly Preset[]): Size | undefined {
  const original = assetDimensions(asset);
  if (!original || !assetMimeType(asset).startsWith('image/')) return original;
  const box = renditionBox(asset, rendition, presets);
  return fitWithin(original, box.width, box.height);
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
  /** The metadata fields whose values travel with the pick. */
  fields?: MetadataFields;
  /**
   * An asset's own transformation in place of its rendition's (the crop editor's), given the box
   * the rendition resizes into so it can end with it. Served only where a link is made.
   */
  transformationFor?: (asset: Asset, box: ResizeBox) => AssetTransformation | undefined;
  signal?: AbortSignal;
}

/** One asset's own transformation: its link serves it, its result has its size and carries `carry`. */
export interface AssetTransformation {
  transformationDescription: TransformationDescription;
  /** The pixel size of the file the transformation makes. */
  size: Size;
  /** What the result carries when its link serves the transformation (a crop), not with a preview. */
  carry?: Partial<PickedAsset>;
}

/** Everything one asset needs before its result can be written. */
interface Plan {
  asset: Asset;
  size?: Size;
  /** The srcset widths to create links for, besides the chosen rendition. */
  widths: number[];
  /** Its own transformation, made instead of the rendition when its link is. */
  own?: AssetTransformation;
}

/** A link made for a result, with its srcset candidates. */
interface Link {
  url: string;
  candidates: SrcsetCandidate[];
}

/** What `buildPickedAssets` makes of the chosen assets. */
export interface BuiltResults {
  /** One result per usable asset, in the assets' order. */
  assets: PickedAsset[];
  /**
   * Assets for which neither a link nor a preview gave an http(s) URL (none at all, or only a
   * `javascript:`, `data:` … one): they are not inserted, and the picker reports them.
   */
  unusable: Asset[];
}

/**
 * Builds the results in the assets' order. Links are created where allowed; a 403 from the link
 * job (the token may view but not publish) falls back to preview URLs rather than failing the
 * pick, and every result says which kind it got. Every URL in a result (and in its snippet) has
 * passed `safeUrl`; an asset left without one is `unusable`, never a result with `url: ''`.
 */
export async function buildPickedAssets(assets: readonly Asset[], options: BuildOptions): Promise<BuiltResults> {
  const plans: Plan[] = assets.map((asset) => {
    const size = renditionSize(asset, options.rendition, options.presets);
    const own = options.transformationFor?.(asset, renditionBox(asset, options.rendition, options.presets));
    const original = assetDimensions(asset);
    const isImage = assetMimeType(asset).startsWith('image/');
    // A file of its own (a crop) has no srcset: the rendition's other widths would show something else.
    const widths = isImage && original && !own ? srcsetWidths(options.rendition, original.width) : [];
    return { asset, size, widths, own };
  });
  const embeddable = options.linkContext ? plans.filter((plan) => options.mayEmbed(plan.asset)) : [];
  const links = await createAllLinks(embeddable, options);
  const built: BuiltResults = { assets: [], unusable: [] };
  for (const plan of plans) {
    const result = resultFor(plan, links.get(plan.asset.id), options);
    if (result) built.assets.push(result);
    else built.unusable.push(plan.asset);
  }
  return built;
}

async function createAllLinks(plans: Plan[], options: BuildOptions): Promise<Map<string, Link>> {
  const links = new Map<string, Link>();
  const ctx = options.linkContext;
  if (plans.length === 0 || !ctx) return links;
  const items = plans.flatMap((plan) => [
    plan.own
      ? { assetId: plan.asset.id, transformationDescription: plan.own.transformationDescription }
      : linkItem(plan.asset.id, options.rendition),
    ...plan.widths.map((width) => ({ assetId: plan.asset.id, width })),
  ]);
  let urls: (string | undefined)[];
  try {
    urls = (await createEmbeddableLinks(ctx, items, { signal: options.signal })).map((link) => safeUrl(link.url));
  } catch (error) {
    if (toDashError(error)?.code === 'forbidden') return links;
    throw error;
  }
  let at = 0;
  for (const plan of plans) {
    const url = urls[at++];
    const candidates = plan.widths.flatMap((width) => {
      const candidate = urls[at++];
      return candidate ? [{ url: candidate, width }] : [];
    });
    if (!url) continue; // no usable link: the preview URL, if usable, is the result
    const size = plan.own?.size ?? plan.size;
    if (size) candidates.push({ url, width: size.width });
    links.set(plan.asset.id, { url, candidates });
  }
  return links;
}

function resultFor(plan: Plan, link: Link | undefined, options: BuildOptions): PickedAsset | undefined {
  const { asset } = plan;
  // Without its link an asset's own transformation is not served: the preview stands for the rendition.
  const own = link && plan.own;
  const size = own?.size ?? plan.size;
  const previewUrl = assetPreviewUrl(asset) ?? null;
  const url = link?.url ?? previewUrl;
  if (!url) return undefined;
  const { alt, ...metadata } = pickedMetadata(asset, options.fields);
  const result: PickedAsset = {
    id: asset.id,
    filename: assetFilename(asset),
    mediaType: assetMimeType(asset),
    width: size?.width ?? null,
    height: size?.height ?? null,
    url,
    urlKind: link ? 'embeddable' : 'preview',
    previewUrl,
    alt: options.altText?.(asset) ?? alt ?? defaultAltText(asset),
    ...metadata,
    ...own?.carry,
    snippet: '',
  };
  result.snippet = snippetFor(result, link?.candidates);
  return result;
}

/**
 * The paste-ready snippet of a result: an `<img>` for an image, with the srcset `candidates`;
 * any other file cannot be an `<img>`, so a plain link to it, its name as the text.
 */
function snippetFor(
  result: Pick<PickedAsset, 'mediaType' | 'url' | 'filename' | 'alt' | 'width' | 'height'> & { credit?: unknown },
  candidates: SrcsetCandidate[] = [],
): string {
  const { url, width, height } = result;
  if (String(result.mediaType).startsWith('image/')) {
    return buildImgSnippet({
      src: url,
      candidates,
      width: width ?? undefined,
      height: height ?? undefined,
      alt: result.alt,
      credit: typeof result.credit === 'string' ? result.credit : undefined,
    });
  }
  const href = safeUrl(url);
  return href ? `<a href="${escapeAttribute(href)}">${escapeAttribute(result.filename)}</a>` : '';
}

/**
 * An earlier result handed back as `value` (stored by the host, so as trustworthy as its
 * storage), checked like a fresh one: its `url` and `previewUrl` through `safeUrl`, and its
 * snippet kept only when it is one `<img>` or `<a>` of ours whose every URL is `safeUrl`'s own
 * (else rebuilt from the checked `url`). Undefined when its `url` is not usable.
 */
export function checkedResult(item: PickedAsset): PickedAsset | undefined {
  const url = safeUrl(item.url);
  if (!url) return undefined;
  const previewUrl = safeUrl(item.previewUrl) ?? null;
  const alt = typeof item.alt === 'string' ? item.alt : '';
  const filename = typeof item.filename === 'string' ? item.filename : '';
  const width = typeof item.width === 'number' && item.width > 0 ? item.width : null;
  const height = typeof item.height === 'number' && item.height > 0 ? item.height : null;
  const snippet = soundSnippet(item.snippet)
    ? item.snippet
    : snippetFor({ mediaType: item.mediaType, url, filename, alt, width, height, credit: item.credit });
  return { ...item, url, previewUrl, snippet };
}

const SNIPPET_ATTRIBUTES: Record<string, readonly string[]> = {
  IMG: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding'],
  A: ['href'],
};

/** Whether a stored snippet is one element as we build them, every URL in it http(s) as is. */
function soundSnippet(snippet: unknown): boolean {
  if (typeof snippet !== 'string' || typeof document === 'undefined') return false;
  const template = document.createElement('template');
  template.innerHTML = snippet; // inert: a template's content never runs or loads anything
  const nodes = [...template.content.childNodes];
  const element = nodes[0];
  if (nodes.length !== 1 || !(element instanceof Element)) return false;
  const allowed = SNIPPET_ATTRIBUTES[element.tagName];
  if (!allowed || (element.tagName === 'A' && element.children.length > 0)) return false;
  const urls: string[] = [];
  for (const { name, value } of element.attributes) {
    if (!allowed.includes(name)) return false;
    if (name === 'src' || name === 'href') urls.push(value);
    if (name === 'srcset') urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  }
  return urls.length > 0 && urls.every((value) => safeUrl(value) === value);
}

/**
 * What Insert hands over, in selection order: fresh results for the loaded assets, and earlier
 * `value` entries (checked like fresh ones) for those never loaded (ids the access could not
 * look up). An asset whose fresh result was unusable gets no earlier entry either; `unusable`
 * names what is left out for want of a usable web address.
 */
export async function pickedInSelectionOrder(
  chosen: readonly Asset[],
  earlierValue: readonly PickedAsset[],
  options: BuildOptions,
): Promise<{ results: PickedAsset[]; unusable: string[] }> {
  const built = await buildPickedAssets(
    chosen.filter((asset) => !isPlaceholder(asset)),
    options,
  );
  const unusableIds = new Set(built.unusable.map((asset) => asset.id));
  const neverLoaded = new Set(chosen.filter(isPlaceholder).map((asset) => asset.id));
  const byId = new Map<string, PickedAsset>();
  const unusable = built.unusable.map(assetFilename);
  for (const item of earlierValue) {
    const checked = checkedResult(item);
    if (checked && !unusableIds.has(item.id)) byId.set(item.id, checked);
    if (!checked && neverLoaded.has(item.id)) unusable.push(String(item.filename || item.id));
  }
  for (const item of built.assets) byId.set(item.id, item);
  const results = chosen.map((asset) => byId.get(asset.id)).filter((item): item is PickedAsset => item !== undefined);
  return { results, unusable };
}

/**
 * Assets without a usable (http or https) URL are not inserted: one `invalid-response` error
 * names them (the footer says so in plain words).
 */
export function unusableError(names: readonly string[]): DashError {
  const list = names.map((name) => `"${name}"`).join(', ');
  const one = names.length === 1;
  return new DashError(
    'invalid-response',
    `${one ? 'This asset has' : 'These assets have'} no usable web address (http or https) and ${one ? 'was' : 'were'} not inserted: ${list}.`,
  );
}
