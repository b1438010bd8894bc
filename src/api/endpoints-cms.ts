// The endpoint table of the CMS galleries API (seed 004), used only by that backend's modules (loaded on
// demand); endpoints.ts re-exports it beside the Dash table.
// One path segment: the shared rule for every table (an empty, '.' or '..' id, or one with '/',
// is invalid-config before any request).
import { pathSegment as seg } from './path-segment.js';

/** Seed 004's ids are UUIDs: a CMS `gallery` of another form is most likely a slug. */
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
export const isCmsId = (idOrSlug: string): boolean => UUID.test(idOrSlug);

/** CMS galleries API (seed 004; every path below is printed there unless marked otherwise). */
export const cmsPaths = {
  galleries: () => `/api/v1/galleries`,
  gallery: (id: string) => `/api/v1/galleries/${seg(id)}`,
  galleryMedia: (id: string) => `/api/v1/galleries/${seg(id)}/media`,
  galleryMediaItem: (id: string, mediaId: string) => `/api/v1/galleries/${seg(id)}/media/${seg(mediaId)}`,
  galleryReorder: (id: string) => `/api/v1/galleries/${seg(id)}/media/reorder`,
  /** Not in the seed, which names `language_id`s without a lookup; the local backend's guess. */
  languages: () => `/api/v1/languages`,
  /** Not in the seed ("must exist in media"): the media library, as the local backend has it. */
  media: () => `/api/v1/media`,
} as const;

/**
 * Every guessed field of the CMS source, in one place (documentation: nothing imports it, so no
 * bundle carries it). "Guessed" means seed 004 prints no name or rule for it.
 */
export type CmsGuess = { where: string; accept: string; whenWrong: string };
export const CMS_GUESSES: readonly CmsGuess[] = [
  {
    where: 'media URL: seed 004 prints only a relative `path` ("uploads/media/x.jpg"), no host, no URL',
    accept:
      'an absolute http(s) `url` on the media if present; else `path` against `media-base`, else against `api-base` (a leading "/" is relative to that origin; an absolute http(s) path as is)',
    whenWrong:
      'the files 404: tiles and slides say "Image unavailable" (bounded requests); the site sets `media-base` to where its CMS serves uploads',
  },
  {
    where: 'media width/height (not printed)',
    accept: '`width`/`height` when present; else measured from the loaded image',
    whenWrong: 'none: the layout waits for the measured size (square until then), the lightbox for its own measurement',
  },
  {
    where: 'which translation is `lang` (translations carry only `language_id`, a UUID; no language list is printed)',
    accept:
      '`language-id` (exact); a `language_id`, `language_code`, `locale`, `code` or `language.code` equal to `lang` or its primary subtag; then GET /api/v1/languages `[{id, code}]` if the CMS has it',
    whenWrong: 'the first translation is shown; no error (a 404 from /languages is ignored)',
  },
];
