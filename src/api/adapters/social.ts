/**
 * `source="dash-social"`: a Dash Social gallery (seed 000). The pinned media are shown in their
 * pinned `order`, exactly: a stable sort, so ties keep the backend's array order and gaps are
 * harmless; the gallery's other media follow (see `load`). The banner is shown above the grid;
 * products become hotspots on the slide.
 *
 * The reference types the media URL fields as "unknown": see renditionsOf for what we accept.
 */
import { skippedItemsError } from '../errors.js';
import { getSocialGallery } from '../social.js';
import type { SocialBrandMedia, SocialProduct } from '../models-social.js';
import { hostContext, required } from '../http.js';
import { byOrder, isRecord, positive, records, renditions, safeUrl, text } from './normalize.js';
import type { GalleryItem, GalleryLoader, GalleryProduct } from './types.js';

// Only Dash Social has products and free-form order numbers, so these helpers live here rather
// than in normalize.ts, which every source (the json one included) loads.

/** A finite number, else `fallback`. */
export function finite(value: unknown, fallback: number): number {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : fallback;
}

/** Products with an http(s) link; hotspot coordinates clamped into the image (0–1). */
export function products(list: Record<string, unknown>[], base?: string): GalleryProduct[] {
  const clamp = (value: unknown) => Math.min(1, Math.max(0, finite(value, 0.5)));
  const result: GalleryProduct[] = [];
  for (const entry of list) {
    const url = safeUrl(entry.url, base);
    if (!url) continue;
    const price = text(entry.price);
    const imageUrl = safeUrl(entry.image_url ?? entry.imageUrl, base);
    result.push({
      title: text(entry.title) || url,
      url,
      x: clamp(entry.x),
      y: clamp(entry.y),
      ...(price ? { price } : {}),
      ...(imageUrl ? { imageUrl } : {}),
    });
  }
  return result;
}

/** One rendition read from `image_sizes` / `video_sizes` / `urls`, whatever their shape. */
interface Rendition {
  name: string;
  url?: string;
  width?: number;
  height?: number;
}

/**
 * Guessed: seed 000 types `image_sizes`, `video_sizes` and `urls` as "unknown". We accept a map
 * of name → `{url|src|source|href, width|w, height|h}` or name → URL string, an array of either,
 * or a single URL string; anything else (and any non-http(s) URL) is ignored.
 */
export function renditionsOf(value: unknown): Rendition[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((entry, i) => [isRecord(entry) ? text(entry.name) || text(entry.size) || String(i) : String(i), entry])
    : isRecord(value)
      ? Object.entries(value)
      : typeof value === 'string'
        ? [['original', value]]
        : [];
  const result: Rendition[] = [];
  for (const [name, entry] of entries) {
    const fields = isRecord(entry) ? entry : { url: entry };
    const url = safeUrl(fields.url ?? fields.src ?? fields.source ?? fields.href);
    if (!url) continue;
    result.push({
      name: name.toLowerCase(),
      url,
      width: positive(fields.width ?? fields.w),
      height: positive(fields.height ?? fields.h),
    });
  }
  return result;
}

/** Names of a middle-sized rendition, for the tile (the srcset picks the right one anyway). */
const TILE_NAMES = ['medium', 'display', 'standard', 'large', 'full', 'original'];
/** Names of the full-size file (a video's `urls` entry of this name is the video). */
const FULL_NAMES = ['original', 'full', 'source', 'video'];
const TILE_WIDTH = 640;

const named = (list: Rendition[], names: string[]) =>
  names.map((name) => list.find((r) => r.name === name)).find((r) => r !== undefined);

/** The tile image: a middle-sized named rendition, else the narrowest ≥ 640 px, else the widest. */
function tileRendition(list: Rendition[]): Rendition | undefined {
  const sized = list.filter((r) => r.width).sort((a, b) => a.width! - b.width!);
  return named(list, TILE_NAMES) ?? sized.find((r) => r.width! >= TILE_WIDTH) ?? sized.at(-1) ?? list[0];
}

const widest = (list: Rendition[]) =>
  list
    .filter((r) => r.width)
    .sort((a, b) => a.width! - b.width!)
    .at(-1) ??
  named(list, FULL_NAMES) ??
  list[0];

/** A product with its per-brand overrides applied (they win, as in Dash Social's UI). */
function productFields(product: SocialProduct): Record<string, unknown> {
  // Any shape may arrive here: an unreadable override list is no override, never a TypeError.
  const overrides = (Array.isArray(product.product_overrides) ? product.product_overrides : []).filter(isRecord);
  const override = overrides.find((o) => o.price || o.title || o.url) ?? {};
  const price = text(override.price);
  return {
    title: text(override.title) || product.title,
    url: text(override.url) || product.url,
    image_url: product.image_url,
    price: price && override.currency_code ? `${price} ${text(override.currency_code)}` : price,
    x: product.x,
    y: product.y,
  };
}

/** One pinned (or banner) brand media item as a `GalleryItem`, or null without a safe image. */
export function socialItem(entry: SocialBrandMedia, index: number): GalleryItem | null {
  const media = isRecord(entry.media) ? entry.media : ({} as SocialBrandMedia['media']);
  const images = renditionsOf(media.image_sizes);
  const urls = renditionsOf(media.urls);
  const isVideo = text(media.type).toUpperCase() === 'VIDEO';
  const srcset = renditions(images);
  const video = isVideo ? (widest(renditionsOf(media.video_sizes)) ?? named(urls, FULL_NAMES)) : undefined;
  const videoSrc = video?.url;
  // A video's full-size `urls` entry is the video itself, never its picture.
  const pictures = isVideo ? urls.filter((r) => r.url !== videoSrc) : urls;
  const src = tileRendition(images)?.url ?? tileRendition(pictures)?.url ?? '';
  const poster = isVideo ? (named(pictures, ['poster', 'thumbnail'])?.url ?? widest(images)?.url) : undefined;
  if (!src && !videoSrc) return null;
  const caption = text(media.notes);
  const hotspots = products((Array.isArray(entry.products) ? entry.products : []).filter(isRecord).map(productFields));
  return {
    id: text(entry.id) || String(index),
    src,
    width: positive(video?.width) ?? positive(media.original_width),
    height: positive(video?.height) ?? positive(media.original_height),
    alt: caption,
    caption,
    type: videoSrc ? 'video' : 'image',
    order: finite(entry.order, Number.MAX_SAFE_INTEGER),
    ...(srcset.length && !isVideo ? { srcset } : {}),
    ...(videoSrc ? { videoSrc } : {}),
    ...(poster ? { poster } : {}),
    ...(hotspots.length ? { products: hotspots } : {}),
  };
}

/** Every URL an item shows, to recognise it again in `latest_media`. */
function urlsOfItem(entry: SocialBrandMedia | null | undefined): string[] {
  const media: Record<string, unknown> = isRecord(entry?.media) ? entry.media : {};
  return [media.image_sizes, media.urls, media.video_sizes].flatMap((value) => renditionsOf(value).map((r) => r.url!));
}

/**
 * One `latest_media` entry. Seed 000 prints these as `{image_url}` only (≈L252): no id, no size,
 * no caption — the gallery measures the image. Guessed: a full brand media item (with `media`) is
 * read like a pinned one; `url` is accepted for `image_url`.
 */
function latestItem(entry: Record<string, unknown>, index: number): GalleryItem | null {
  if (isRecord(entry.media)) {
    const item = socialItem(entry as unknown as SocialBrandMedia, index);
    return item && { ...item, id: `latest-${item.id}`, order: Number.MAX_SAFE_INTEGER };
  }
  const src = safeUrl(entry.image_url ?? entry.url);
  if (!src) return null;
  return { id: `latest-${index}`, src, alt: '', caption: '', type: 'image', order: Number.MAX_SAFE_INTEGER };
}

const present = (item: GalleryItem | null): item is GalleryItem => item !== null;

/**
 * What the gallery shows: the pinned media in their `order`, then the gallery's other media as
 * `latest_media` lists them (seed 000 calls `custom_content` "banner or pinned media"; the gallery's
 * other media appear only in `latest_media`). `PUT /brands/{id}/media/v2` (seed 001) is not used:
 * it lists the whole brand library and takes no gallery filter, so it would show media that are
 * not in the gallery. A `latest_media` image that is also pinned shows once, pinned.
 */
export const load: GalleryLoader = async (config, { signal }) => {
  const { brand, gallery } = required(config, 'brand', 'gallery');
  const result = await getSocialGallery(hostContext(config), brand, gallery, { signal });
  const content = isRecord(result.custom_content) ? result.custom_content : {};
  const pinnedEntries = Array.isArray(content.pinned) ? content.pinned : [];
  const pinnedItems = pinnedEntries.map(socialItem);
  const pinned = byOrder(pinnedItems.filter(present));
  // Unreadable entries (left out by the parser) and pinned media without a safe image or video.
  const skipped = (result.skipped ?? 0) + pinnedItems.length - pinned.length;
  const seen = new Set([content.banner, ...pinnedEntries].flatMap(urlsOfItem));
  const latest: GalleryItem[] = [];
  records(result.latest_media).forEach((entry, index) => {
    const item = latestItem(entry, index);
    if (!item || seen.has(item.src)) return;
    seen.add(item.src);
    latest.push(item);
  });
  const items = [...pinned, ...latest];
  const banner = content.banner ? socialItem(content.banner, -1) : null;
  return {
    items,
    total: items.length,
    title: text(result.name) || undefined,
    description: text(result.description) || undefined,
    ...(banner ? { banner } : {}),
    ...(skipped ? { warning: skippedItemsError(skipped, 'gallery media', result.skippedReason) } : {}),
  };
};
