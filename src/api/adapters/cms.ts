/**
 * `source="cms"`: a CMS gallery (seed 004) in its `order` (stable sort: ties keep the server's
 * order, gaps are harmless), with captions and alt text, and the title/description of the
 * translation matching `lang`. `gallery` is the gallery's id, or its slug as a convenience.
 * Also provides the edits (reorder, caption, remove) for `editable`.
 */
import { DashError } from '../errors.js';
import type { ApiContext } from '../http.js';
import {
  getCmsGallery,
  listCmsGalleries,
  listCmsLanguages,
  removeCmsGalleryMedia,
  reorderCmsGalleryMedia,
  updateCmsGalleryMedia,
} from '../cms.js';
import type { CmsGallery, CmsGalleryMedia, CmsTranslation } from '../models-cms.js';
import { hostContext, required } from './context.js';
import { byOrder, positive, safeUrl, text, typeFromMime } from './normalize.js';
import type { GalleryEdits, GalleryItem, GalleryLoader } from './types.js';

/** One gallery entry as a `GalleryItem`. A media `path` is relative to the API origin. */
export function cmsItem(entry: CmsGalleryMedia, apiBase: string): GalleryItem {
  const media = entry.media;
  const mediaType = text(media.mime_type);
  const src = safeUrl(media.url) ?? safeUrl(media.path, `${apiBase.replace(/\/$/, '')}/`) ?? '';
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

export const cmsItems = (gallery: CmsGallery, apiBase: string): GalleryItem[] =>
  byOrder(gallery.gallery_media.map((entry) => cmsItem(entry, apiBase)));

/** The translation for `lang` (`de-AT` falls back to `de`), else the first one. */
async function translationFor(
  ctx: ApiContext,
  gallery: CmsGallery,
  lang: string | undefined,
  signal?: AbortSignal,
): Promise<CmsTranslation | undefined> {
  const translations = gallery.translations ?? [];
  if (!lang || translations.length < 2) return translations[0];
  const languages = await listCmsLanguages(ctx, { signal });
  const wanted = lang.toLowerCase();
  const language =
    languages.find((l) => text(l.code).toLowerCase() === wanted) ??
    languages.find((l) => text(l.code).toLowerCase() === wanted.split('-')[0]);
  return translations.find((t) => t.language_id === language?.id) ?? translations[0];
}

/** Reads a gallery by id, or by slug when no gallery has that id. */
async function fetchGallery(ctx: ApiContext, idOrSlug: string, signal?: AbortSignal): Promise<CmsGallery> {
  try {
    return await getCmsGallery(ctx, idOrSlug, { signal });
  } catch (error) {
    if (!(error instanceof DashError && error.code === 'not-found')) throw error;
    const match = (await listCmsGalleries(ctx, {}, { signal })).find((g) => g.slug === idOrSlug);
    if (!match) throw error;
    return getCmsGallery(ctx, match.id, { signal });
  }
}

function editsFor(ctx: ApiContext, galleryId: string): GalleryEdits {
  const items = async (saved: Promise<CmsGallery>) => cmsItems(await saved, ctx.apiBase);
  return {
    reorder: (ids, signal) => items(reorderCmsGalleryMedia(ctx, galleryId, ids, { signal })),
    caption: (id, caption, signal) => items(updateCmsGalleryMedia(ctx, galleryId, id, { caption }, { signal })),
    remove: (id, signal) => items(removeCmsGalleryMedia(ctx, galleryId, id, { signal })),
  };
}

export const load: GalleryLoader = async (config, { signal }) => {
  const { gallery: idOrSlug } = required(config, 'gallery');
  const ctx = hostContext(config);
  const gallery = await fetchGallery(ctx, idOrSlug, signal);
  const translation = await translationFor(ctx, gallery, config.lang, signal);
  const items = cmsItems(gallery, config.apiBase);
  return {
    items,
    total: items.length,
    title: text(translation?.title) || undefined,
    description: text(translation?.description) || undefined,
    edits: editsFor(ctx, gallery.id),
  };
};
