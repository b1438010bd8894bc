// The endpoint table of the Dash Social Library (seeds 000, 001), used only by that backend's modules (loaded on
// demand); endpoints.ts re-exports it beside the Dash table.
// One path segment: the shared rule for every table (an empty, '.' or '..' id, or one with '/',
// is invalid-config before any request).
import { pathSegment as seg } from './path-segment.js';

/** Dash Social Library (seeds 000, 001). */
export const socialPaths = {
  /**
   * GET — inferred: seed 000 prints PATCH on this path ("Update a gallery", L1–12), whose answer is
   * the gallery; reading it with GET follows the API's convention.
   */
  gallery: (brandId: string, galleryId: string) => `/brands/${seg(brandId)}/galleries/${seg(galleryId)}`,
  /** POST — printed (seed 001, step 1) */
  mediaUploadUrl: () => `/media_upload_url`,
  /** POST — printed (seed 001, step 3) */
  createMedia: (brandId: string) => `/brands/${seg(brandId)}/media`,
  /** PUT that reads — printed (seed 001, "Retrieving Media") */
  listMedia: (brandId: string) => `/brands/${seg(brandId)}/media/v2`,
} as const;

/**
 * Every guessed field of the Dash Social gallery source, in one place (documentation: nothing
 * imports it). Seed 000 types the media URL fields as "unknown".
 */
export type SocialGuess = { where: string; accept: string; whenWrong: string };
export const SOCIAL_GUESSES: readonly SocialGuess[] = [
  {
    where: 'media.image_sizes ("unknown")',
    accept:
      'a map name → {url|src|source|href, width|w, height|h} or name → URL, an array of either, or one URL; tile: medium/display/standard/large/full/original, else the narrowest ≥ 640 px, else the widest',
    whenWrong:
      'no rendition read: the tile falls back to `urls`; with neither, the item is left out and counted in one invalid-response',
  },
  {
    where: 'media.urls ("unknown")',
    accept: "the same shapes; `poster`/`thumbnail` name a video's picture; original/full/source/video a video's file",
    whenWrong: 'as above; a video without a readable file shows as an image of its poster',
  },
  {
    where: 'media.video_sizes ("unknown")',
    accept: 'the same shapes; the widest is played, its size used',
    whenWrong: 'the full-size `urls` entry is played; else the item shows as an image',
  },
  {
    where: "the gallery's media beyond the pinned ones",
    accept:
      '`latest_media[]` after the pinned ones: `{image_url}` as printed (≈L252), guessed `{url}` or a full brand media item; an image already pinned shows once. `PUT /media/v2` is not used: it lists the whole brand library (no gallery filter)',
    whenWrong:
      'only the pinned media show (an empty gallery when nothing is pinned and latest_media is empty); latest_media items have no caption, and no size until measured',
  },
  {
    where: 'reading a gallery with GET (only PATCH is printed)',
    accept: 'GET on the printed path',
    whenWrong: "the gallery shows not-found (404) or the server's error; we never PATCH to read",
  },
];
