/**
 * `source="json"`: `{items: [{src, width, height, alt, caption, srcset?, type?, focalPoint?}]}`
 * from `src`. The array order is the gallery order.
 *
 * `focalPoint: {x, y}` — each 0–1 from the image's left and top edge (`{x: 0.3, y: 0.7}`: 30% in,
 * 70% down) — is the point cropped tiles keep in view; `focal_point` and `[x, y]` are read too, and
 * a value out of range or not a number is ignored (the centre, as without one).
 */
import { DashError } from '../errors.js';
import {
  expectRecord,
  fetchPublicJson,
  focalPoint,
  positive,
  records,
  renditions,
  safeUrl,
  text,
  typeFromMime,
} from './normalize.js';
import type { GalleryItem, GalleryLoader } from './types.js';

const TYPES = new Set(['image', 'video', 'file']);

/** One JSON entry as a `GalleryItem`, or null when it has nothing safe to show. */
export function jsonItem(entry: Record<string, unknown>, index: number, base: string): GalleryItem | null {
  const src = safeUrl(entry.src, base) ?? '';
  const mediaType = text(entry.mediaType);
  const declared = text(entry.type);
  const type = TYPES.has(declared) ? (declared as GalleryItem['type']) : mediaType ? typeFromMime(mediaType) : 'image';
  const videoSrc = safeUrl(entry.videoSrc, base);
  if (!src && !videoSrc && type !== 'file') return null;
  const srcset = renditions(records(entry.srcset), base);
  const poster = safeUrl(entry.poster, base);
  const focus = focalPoint(entry.focalPoint ?? entry.focal_point);
  return {
    id: text(entry.id) || String(index),
    src,
    width: positive(entry.width),
    height: positive(entry.height),
    alt: text(entry.alt),
    caption: text(entry.caption),
    type,
    order: index,
    ...(srcset.length ? { srcset } : {}),
    ...(videoSrc ? { videoSrc } : {}),
    ...(poster ? { poster } : {}),
    ...(mediaType ? { mediaType } : {}),
    ...(text(entry.filename) ? { filename: text(entry.filename) } : {}),
    ...(focus ? { focalPoint: focus } : {}),
  };
}

export const load: GalleryLoader = async (config, { signal, fetch }) => {
  const { url, body } = await fetchPublicJson(config.src, { signal, fetch: fetch ?? config.fetch });
  const root = expectRecord(body, 'The JSON gallery');
  if (!Array.isArray(root.items)) {
    throw new DashError('invalid-response', 'The JSON gallery has no `items` array.');
  }
  const items = records(root.items)
    .map((entry, index) => jsonItem(entry, index, url))
    .filter((item): item is GalleryItem => item !== null);
  return { items, total: items.length, title: text(root.title) || undefined };
};
