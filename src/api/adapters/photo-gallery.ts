/**
 * `source="photo-gallery"`: a GalleryDTO (seed 003) read from `src`. The photo service itself
 * wants account credentials in the request body, which must never reach a public page, so the
 * element reads the DTO from a URL the site owner controls (their proxy) — without credentials.
 * The `Photos` array order is the gallery order.
 */
import { DashError } from '../errors.js';
import { expectRecord, fetchPublicJson, positive, records, renditions, safeUrl, text } from './normalize.js';
import type { GalleryItem, GalleryLoader } from './types.js';

/** One PhotoDTO as a `GalleryItem`; photos without an http(s) URL are dropped. */
export function photoItem(photo: Record<string, unknown>, index: number, base: string): GalleryItem | null {
  const src = safeUrl(photo.Url, base) ?? safeUrl(photo.OriginalUrl, base);
  if (!src) return null;
  const width = positive(photo.Width);
  const height = positive(photo.Height);
  // Only the original's width is known; `Url` is a display copy of unknown width.
  const srcset = renditions([{ url: photo.OriginalUrl, width }], base);
  const caption = text(photo.Caption ?? photo.Title);
  return {
    id: text(photo.Id) || String(index),
    src,
    width,
    height,
    alt: text(photo.Alt ?? photo.AltText) || caption,
    caption,
    type: 'image',
    order: index,
    filename: text(photo.FileName) || undefined,
    ...(srcset.length ? { srcset } : {}),
  };
}

export const load: GalleryLoader = async (config, { signal, fetch }) => {
  const { url, body } = await fetchPublicJson(config.src, { signal, fetch: fetch ?? config.fetch });
  const dto = expectRecord(body, 'The GalleryDTO');
  if (!Array.isArray(dto.Photos)) {
    throw new DashError('invalid-response', 'The GalleryDTO has no `Photos` array.');
  }
  const items = records(dto.Photos)
    .map((photo, index) => photoItem(photo, index, url))
    .filter((item): item is GalleryItem => item !== null);
  return {
    items,
    total: items.length,
    title: text(dto.Name) || undefined,
    description: text(dto.Snippet) || undefined,
  };
};
