/**
 * `source="dash-social"`: a Dash Social gallery (seed 000). The pinned media are shown in their
 * pinned `order`, exactly: a stable sort, so ties keep the backend's array order and gaps are
 * harmless. The banner is shown above the grid; products become hotspots on the slide.
 *
 * The reference types the media URL fields as "unknown"; we read `image_sizes` as
 * `{name: {url, width, height}}`, `urls` as `{name: url}` and `video_sizes` like `image_sizes`,
 * as the local backend serves them, and skip anything else.
 */
import { getSocialGallery } from '../social.js';
import type { SocialBrandMedia, SocialProduct } from '../models-social.js';
import { hostContext, required } from './context.js';
import { byOrder, isRecord, positive, renditions, safeUrl, text } from './normalize.js';
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

type Sizes = Record<string, { url?: unknown; width?: unknown; height?: unknown }>;

const sizesOf = (value: unknown): Sizes => (isRecord(value) ? (value as Sizes) : {});
const urlsOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** A product with its per-brand overrides applied (they win, as in Dash Social's UI). */
function productFields(product: SocialProduct): Record<string, unknown> {
  const override = product.product_overrides?.find((o) => o && (o.price || o.title || o.url)) ?? {};
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
  const media = entry.media;
  const sizes = sizesOf(media.image_sizes);
  const urls = urlsOf(media.urls);
  const srcset = renditions(Object.values(sizes).map((size) => ({ url: size?.url, width: size?.width })));
  const isVideo = text(media.type).toUpperCase() === 'VIDEO';
  const video = sizesOf(media.video_sizes).original;
  const videoSrc = isVideo ? (safeUrl(video?.url) ?? safeUrl(urls.original)) : undefined;
  const src = safeUrl(sizes.medium?.url) ?? safeUrl(urls.medium) ?? srcset.at(-1)?.url ?? '';
  const poster = isVideo ? (safeUrl(urls.poster) ?? srcset.at(-1)?.url) : undefined;
  if (!src && !videoSrc) return null;
  const caption = text(media.notes);
  const hotspots = products((entry.products ?? []).map(productFields));
  return {
    id: text(entry.id) || String(index),
    src,
    width: positive(isVideo ? video?.width : undefined) ?? positive(media.original_width),
    height: positive(isVideo ? video?.height : undefined) ?? positive(media.original_height),
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

const present = (item: GalleryItem | null): item is GalleryItem => item !== null;

export const load: GalleryLoader = async (config, { signal }) => {
  const { brand, gallery } = required(config, 'brand', 'gallery');
  const result = await getSocialGallery(hostContext(config), brand, gallery, { signal });
  const content = result.custom_content ?? {};
  const items = byOrder((content.pinned ?? []).map(socialItem).filter(present));
  const banner = content.banner ? socialItem(content.banner, -1) : null;
  return {
    items,
    total: items.length,
    title: text(result.name) || undefined,
    description: text(result.description) || undefined,
    ...(banner ? { banner } : {}),
  };
};
