/** CMS galleries API (seed 004): read a gallery and edit its media (add, update, remove, reorder). */
import { cmsPaths } from './endpoints-cms.js';
import { request, type ApiContext } from './http.js';
import type {
  CmsGallery,
  CmsGalleryMedia,
  CmsGalleryStatus,
  CmsGallerySummary,
  CmsLanguage,
  CmsMedia,
} from './models-cms.js';
import { expectArray, expectShape, parseEach } from './validate.js';

type Signal = { signal?: AbortSignal };

const parseMedia = (value: unknown, path?: string) =>
  expectShape<CmsMedia>(value, path ?? 'media', {
    id: 'string',
    filename: 'string',
    mime_type: 'string',
    path: 'string',
  });

const parseGalleryMedia = (value: unknown, path?: string) => {
  const item = expectShape<CmsGalleryMedia>(value, path ?? 'item', {
    media_id: 'string',
    order: 'number',
    caption: 'string?',
    media: 'object',
  });
  parseMedia(item.media, `${path}.media`);
  return item;
};

/** A gallery; an entry of `gallery_media` that fails its check is left out and counted in `skipped`. */
export const parseCmsGallery = (json: unknown): CmsGallery => {
  const gallery = expectShape<CmsGallery>(json, 'gallery', {
    id: 'string',
    slug: 'string',
    status: 'string',
    translations: 'array?',
    gallery_media: 'array',
  });
  const { items, skipped, skippedReason } = parseEach(
    gallery.gallery_media,
    parseGalleryMedia,
    'gallery.gallery_media',
  );
  return { ...gallery, gallery_media: items, ...(skipped ? { skipped, skippedReason } : {}) };
};

/** Every edit answers the whole updated gallery. */
function edit(ctx: ApiContext, method: string, path: string, body: unknown, options: Signal): Promise<CmsGallery> {
  return request(ctx, method, path, { body, signal: options.signal, validate: parseCmsGallery });
}

export function listCmsGalleries(
  ctx: ApiContext,
  params: { skip?: number; limit?: number; status?: CmsGalleryStatus } = {},
  options: Signal = {},
): Promise<CmsGallerySummary[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  const search = query.size ? `?${query}` : '';
  return request(ctx, 'GET', cmsPaths.galleries() + search, {
    idempotent: true,
    signal: options.signal,
    validate: (json) =>
      expectArray(json, 'galleries', (item, path) =>
        expectShape<CmsGallerySummary>(item, path!, { id: 'string', slug: 'string', status: 'string' }),
      ),
  });
}

export function getCmsGallery(ctx: ApiContext, galleryId: string, options: Signal = {}): Promise<CmsGallery> {
  return request(ctx, 'GET', cmsPaths.gallery(galleryId), {
    idempotent: true,
    signal: options.signal,
    validate: parseCmsGallery,
  });
}

/** Adds media; `order` 0 or absent appends. Already present → `bad-request` (400). */
export function addCmsGalleryMedia(
  ctx: ApiContext,
  galleryId: string,
  body: { media_id: string; order?: number; caption?: string },
  options: Signal = {},
): Promise<CmsGallery> {
  return edit(ctx, 'POST', cmsPaths.galleryMedia(galleryId), body, options);
}

/** Changes an item's order or caption (a caption is at most 500 characters). */
export function updateCmsGalleryMedia(
  ctx: ApiContext,
  galleryId: string,
  mediaId: string,
  body: { order?: number; caption?: string | null },
  options: Signal = {},
): Promise<CmsGallery> {
  return edit(ctx, 'PATCH', cmsPaths.galleryMediaItem(galleryId, mediaId), body, options);
}

/** Removes an item from the gallery (the media itself stays in the library). */
export function removeCmsGalleryMedia(
  ctx: ApiContext,
  galleryId: string,
  mediaId: string,
  options: Signal = {},
): Promise<CmsGallery> {
  return edit(ctx, 'DELETE', cmsPaths.galleryMediaItem(galleryId, mediaId), undefined, options);
}

/** Sets the order of all items at once; `mediaIds` must list every item (else `bad-request`). */
export function reorderCmsGalleryMedia(
  ctx: ApiContext,
  galleryId: string,
  mediaIds: string[],
  options: Signal = {},
): Promise<CmsGallery> {
  return edit(ctx, 'POST', cmsPaths.galleryReorder(galleryId), { media_ids: mediaIds }, options);
}

/** The CMS's languages, to name translations' `language_id`s. */
export function listCmsLanguages(ctx: ApiContext, options: Signal = {}): Promise<CmsLanguage[]> {
  return request(ctx, 'GET', cmsPaths.languages(), {
    idempotent: true,
    signal: options.signal,
    validate: (json) =>
      expectArray(json, 'languages', (item, path) => expectShape<CmsLanguage>(item, path!, { id: 'string' })),
  });
}

/** The CMS media library, to pick media to add (not in the seed; the local backend has it). */
export function listCmsMedia(ctx: ApiContext, options: Signal = {}): Promise<CmsMedia[]> {
  return request(ctx, 'GET', cmsPaths.media(), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => expectArray(json, 'media', parseMedia),
  });
}
