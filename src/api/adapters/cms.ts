/**
 * `source="cms"`: a CMS gallery (seed 004) in its `order` (stable sort: ties keep the server's
 * order, gaps are harmless), with captions and alt text, and the title/description of the
 * translation matching `language-id` or `lang` (see translationFor). `gallery` is the gallery's
 * id, or its slug as a convenience. Media paths resolve as cmsMediaUrl says.
 * Also provides the edits (reorder, caption, remove) for `editable`.
 */
import { DashError, skippedItemsError } from '../errors.js';
import { hostContext, required, type ApiContext } from '../http.js';
import {
  getCmsGallery,
  listCmsGalleries,
  listCmsLanguages,
  removeCmsGalleryMedia,
  reorderCmsGalleryMedia,
  updateCmsGalleryMedia,
} from '../cms.js';
import type { CmsGallery, CmsGalleryMedia, CmsMedia, CmsTranslation } from '../models-cms.js';
import { isCmsId } from '../endpoints-cms.js';
import { byOrder, isRecord, positive, safeUrl, text, typeFromMime } from './normalize.js';
import type { GalleryEdits, GalleryItem, GalleryLoader, GallerySourceConfig } from './types.js';

/**
 * Where a media file is. Seed 004 prints only a relative `path` (`uploads/media/x.jpg`): no URL,
 * no host. We read it as relative to the CMS's root — `media-base` when the site sets one (a CDN
 * or a separate media host), else the API base (`<api-base>/uploads/media/x.jpg`); a `path` with
 * a leading `/` is relative to that origin, an absolute http(s) `path` is used as it is. Guessed:
 * an absolute `url` on the media wins when a CMS adds one (the local default profile does).
 */
export function cmsMediaUrl(media: CmsMedia, apiBase: string, mediaBase?: string): string | undefined {
  const base = `${(mediaBase || apiBase).replace(/\/+$/, '')}/`;
  return safeUrl(media.url) ?? safeUrl(media.path, safeUrl(base));
}

/**
 * One gallery entry as a `GalleryItem`. Sizes are read when present (not in the seed; our default
 * profile's guess); without them the gallery measures each image as it loads.
 */
export function cmsItem(entry: CmsGalleryMedia, apiBase: string, mediaBase?: string): GalleryItem {
  const media = entry.media;
  const mediaType = text(media.mime_type);
  const src = cmsMediaUrl(media, apiBase, mediaBase) ?? '';
  const type = src ? typeFromMime(mediaType) : 'file';
  return {
    id: entry.media_id,
    src: type === 'image' ? src : '',
    width: positive(media.width),
    height: positive(media.height),
    alt: text(media.alt_text),
    caption: text(entry.caption),
    type,
    mediaType: mediaType || undefined,
    order: entry.order,
    filename: text(media.original_filename) || text(media.filename),
    ...(type === 'video' ? { videoSrc: src } : {}),
  };
}

export const cmsItems = (gallery: CmsGallery, apiBase: string, mediaBase?: string): GalleryItem[] =>
  byOrder(gallery.gallery_media.map((entry) => cmsItem(entry, apiBase, mediaBase)));

/**
 * Guessed: codes a translation may carry beside its `language_id` (seed 004 prints none), and a
 * `language_id` that is itself a code (a CMS keyed by codes rather than UUIDs).
 */
function codesOf(translation: CmsTranslation): string[] {
  const t = translation as CmsTranslation & Record<string, unknown>;
  const language = isRecord(t.language) ? t.language : {};
  return [t.language_id, t.language_code, t.locale, t.code, language.code, language.locale]
    .map((value) => text(value).toLowerCase())
    .filter(Boolean);
}

/**
 * The translation to show. Seed 004 names a translation's language only by `language_id` and
 * prints no way to list languages, so, in this order:
 * 1. `language-id`: the translation with that id (exact);
 * 2. `lang` (`de-AT`, then `de`) equal to a translation's `language_id` or a guessed code field;
 * 3. with two or more translations still unmatched, `GET /api/v1/languages` (`[{id, code}]`) —
 *    not in the seed, so any failure there (404 on a seed-exact CMS) is ignored, never an error;
 * 4. the first translation.
 */
async function translationFor(
  ctx: ApiContext,
  gallery: CmsGallery,
  config: Pick<GallerySourceConfig, 'lang' | 'languageId'>,
  signal?: AbortSignal,
): Promise<CmsTranslation | undefined> {
  const translations = (gallery.translations ?? []).filter(isRecord) as CmsTranslation[];
  const byId = (id: unknown) => translations.find((t) => text(id) && t.language_id === text(id));
  const chosen = byId(config.languageId);
  if (chosen) return chosen;
  const lang = (config.lang ?? '').toLowerCase();
  if (!lang || translations.length < 2) return translations[0];
  const wanted = [lang, lang.split('-')[0]];
  for (const code of wanted) {
    const match = translations.find((t) => codesOf(t).includes(code));
    if (match) return match;
  }
  try {
    const languages = await listCmsLanguages(ctx, { signal });
    for (const code of wanted) {
      const match = byId(languages.find((l) => text(l.code).toLowerCase() === code)?.id);
      if (match) return match;
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    // No language list (a seed-exact CMS answers 404): the first translation, as documented.
  }
  return translations[0];
}

/**
 * Reads a gallery by id, or by slug when no gallery has that id. Seed 004 has no lookup by slug:
 * a slug is found in the list of galleries, then read by its id. For a `gallery` that is not a
 * UUID the list is asked for beside the read by id rather than after its 404, so a slug costs
 * two round trips instead of three (and a CMS with ids of another form still answers the read
 * by id, the list then cancelled). A UUID (isCmsId) is read alone, the list asked for only after a
 * 404. The head start (head-start.ts) starts these same first reads before this code is loaded.
 */
async function fetchGallery(ctx: ApiContext, idOrSlug: string, signal?: AbortSignal): Promise<CmsGallery> {
  const listing = new AbortController();
  const listSignal = signal ? AbortSignal.any([signal, listing.signal]) : listing.signal;
  const list = () => listCmsGalleries(ctx, {}, { signal: listSignal });
  // First: a value that cannot be a path segment ('..') is invalid-config before any request.
  const byId = getCmsGallery(ctx, idOrSlug, { signal });
  const early = isCmsId(idOrSlug) ? undefined : list();
  // Its failure reaches the load only if the list is needed (awaited below).
  early?.catch(() => undefined);
  try {
    return await byId;
  } catch (error) {
    if (!(error instanceof DashError && error.code === 'not-found')) throw error;
    const match = (await (early ?? list())).find((g) => g.slug === idOrSlug);
    if (!match) throw error;
    return getCmsGallery(ctx, match.id, { signal });
  } finally {
    // Found by id, failed, or the list has answered: nothing more to wait for.
    listing.abort();
  }
}

function editsFor(ctx: ApiContext, galleryId: string, mediaBase?: string): GalleryEdits {
  const items = async (saved: Promise<CmsGallery>) => cmsItems(await saved, ctx.apiBase, mediaBase);
  return {
    reorder: (ids, signal) => items(reorderCmsGalleryMedia(ctx, galleryId, ids, { signal })),
    caption: (id, caption, signal) => items(updateCmsGalleryMedia(ctx, galleryId, id, { caption }, { signal })),
    remove: (id, signal) => items(removeCmsGalleryMedia(ctx, galleryId, id, { signal })),
  };
}

export const load: GalleryLoader = async (config, { signal, fetch }) => {
  const { gallery: idOrSlug } = required(config, 'gallery');
  const ctx = hostContext(config);
  // The reads go through the head start's fetch (head-start.ts), which hands them the requests it
  // started; the edits, later, through the page's own.
  const reading = fetch ? { ...ctx, fetch } : ctx;
  const gallery = await fetchGallery(reading, idOrSlug, signal);
  const translation = await translationFor(reading, gallery, config, signal);
  const items = cmsItems(gallery, config.apiBase, config.mediaBase);
  return {
    items,
    total: items.length,
    title: text(translation?.title) || undefined,
    description: text(translation?.description) || undefined,
    edits: editsFor(ctx, gallery.id, config.mediaBase),
    ...(gallery.skipped ? { warning: skippedItemsError(gallery.skipped, 'gallery media', gallery.skippedReason) } : {}),
  };
};
