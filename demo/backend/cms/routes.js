/**
 * CMS galleries API (seed 004) under `/api/v1`, bearer `demo` required. Every edit answers the
 * whole updated gallery. Rules from the seed: add → 400 if already present (order 0/absent
 * appends); patch/delete → 404 when not in the gallery; reorder must list every item (400) and
 * only items of the gallery (404); slug conflicts → 409; unknown cover image / language → 404.
 * Local extensions: `GET /api/v1/languages`, `GET /api/v1/media` (the library) and, in the
 * `default` profile, each media's `url` (`/cms/<path>`) and `width`/`height`. The files are served
 * where seed 004's relative `path` points, `<api>/<path>`, in both profiles.
 */
import { HttpError, badRequest, conflict, notFound, unauthorized } from '../http/errors.js';
import { sendBytes } from '../http/respond.js';
import { HOST_TOKEN } from '../dash/auth.js';
import { visualJpeg } from '../media/files.js';
import { stableId, newId } from '../seed/ids.js';

const STATUSES = ['draft', 'published', 'archived'];
const MAX_CAPTION = 500;
const unprocessable = (message) => new HttpError(422, message);

/** @param {import('../http/context.js').Context} ctx */
function requireToken(ctx) {
  const match = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '');
  if (!match || match[1].trim() !== HOST_TOKEN) throw unauthorized('Not authenticated');
}

/** A media as the API prints it: in the `seed` profile exactly seed 004's fields (no url, no size). */
function publicMedia(m, profile) {
  const { seed, missing, ...rest } = m;
  if (profile !== 'seed') return rest;
  const { url, width, height, ...printed } = rest;
  return printed;
}

/** @param {import('../http/context.js').Context} ctx */
function view(ctx, g) {
  const { cms, profile } = ctx.state;
  const { deleted, ...rest } = g;
  return {
    ...rest,
    gallery_media: g.gallery_media.map((gm) => ({ ...gm, media: publicMedia(cms.library.get(gm.media_id), profile) })),
    cover_image: g.cover_image_id ? publicMedia(cms.library.get(g.cover_image_id), profile) : null,
  };
}

/** @param {import('../http/context.js').Context} ctx */
async function sendMediaFile(ctx) {
  const m = [...ctx.state.cms.library.values()].find((x) => x.filename === ctx.params.filename);
  if (!m || m.missing) throw notFound('No such file');
  const bytes = await visualJpeg(m.seed, m.width, m.height, m.width);
  return () => sendBytes(ctx.res, bytes, { contentType: m.mime_type, filename: m.original_filename });
}

/** @param {import('../http/context.js').Context} ctx */
function findGallery(ctx) {
  const g = ctx.state.cms.galleries.get(ctx.params.id);
  if (!g || g.deleted) throw notFound('Gallery not found');
  return g;
}

function checkCaption(caption) {
  if (caption === undefined || caption === null) return;
  if (typeof caption !== 'string') throw unprocessable('caption must be a string');
  if (caption.length > MAX_CAPTION) throw unprocessable(`caption must be at most ${MAX_CAPTION} characters`);
}

function checkOrder(order) {
  if (order !== undefined && order !== null && (!Number.isInteger(order) || order < 0))
    throw unprocessable('order must be a non-negative integer');
}

/**
 * @param {ReturnType<typeof import('./seed.js').buildCms>} cms
 * @param {string} slug
 * @param {string} [ownId] the gallery being renamed, whose own slug is no conflict
 */
function checkSlug(cms, slug, ownId) {
  if (typeof slug !== 'string' || slug.length < 2 || slug.length > 255)
    throw unprocessable('slug must be 2–255 characters');
  for (const g of cms.galleries.values())
    if (!g.deleted && g.slug === slug && g.id !== ownId) throw conflict('Gallery slug already exists');
}

function checkCover(cms, id) {
  if (id !== undefined && id !== null && !cms.library.has(id)) throw notFound('Cover image not found');
}

function upsertTranslation(cms, g, body) {
  if (!cms.languages.some((l) => l.id === body.language_id)) throw notFound('Language not found');
  const now = new Date().toISOString();
  const existing = g.translations.find((t) => t.language_id === body.language_id);
  const fields = Object.fromEntries(
    ['title', 'description', 'meta_title', 'meta_description'].filter((k) => k in body).map((k) => [k, body[k]]),
  );
  if (existing) Object.assign(existing, fields, { updated_at: now });
  else
    g.translations.push({
      id: stableId('cms-translation', g.id, body.language_id),
      gallery_id: g.id,
      language_id: body.language_id,
      title: null,
      description: null,
      meta_title: null,
      meta_description: null,
      ...fields,
      created_at: now,
      updated_at: null,
    });
}

const touched = (g) => {
  g.updated_at = new Date().toISOString();
  return g;
};

/** @param {import('../http/router.js').Router} router */
export function registerCmsRoutes(router) {
  router.addExtension('GET', '/api/v1/languages', (ctx) => {
    requireToken(ctx);
    return ctx.state.cms.languages;
  });

  router.addExtension('GET', '/api/v1/media', (ctx) => {
    requireToken(ctx);
    return [...ctx.state.cms.library.values()].map((m) => publicMedia(m, ctx.state.profile));
  });

  router.add('GET', '/api/v1/galleries', (ctx) => {
    requireToken(ctx);
    const skip = Number(ctx.query.get('skip') ?? 0);
    const limit = Number(ctx.query.get('limit') ?? 100);
    const status = ctx.query.get('status');
    if (status && !STATUSES.includes(status)) throw unprocessable('Unknown status');
    return [...ctx.state.cms.galleries.values()]
      .filter((g) => !g.deleted && (!status || g.status === status))
      .slice(skip, skip + limit)
      .map(({ id, slug, status: s }) => ({ id, slug, status: s }));
  });

  router.add('POST', '/api/v1/galleries', async (ctx) => {
    requireToken(ctx);
    const cms = ctx.state.cms;
    const body = await ctx.json();
    checkSlug(cms, body.slug);
    if (body.status !== undefined && !STATUSES.includes(body.status)) throw unprocessable('Unknown status');
    checkCover(cms, body.cover_image_id);
    const now = new Date().toISOString();
    const g = {
      id: newId(),
      slug: body.slug,
      status: body.status ?? 'draft',
      cover_image_id: body.cover_image_id ?? null,
      author_id: body.author_id ?? stableId('cms-user', 'editor'),
      created_by: stableId('cms-user', 'editor'),
      translations: [],
      gallery_media: [],
      created_at: now,
      updated_at: null,
      deleted: false,
    };
    for (const t of Array.isArray(body.translations) ? body.translations : []) upsertTranslation(cms, g, t);
    cms.galleries.set(g.id, g);
    ctx.status = 201;
    return view(ctx, g);
  });

  router.add('GET', '/api/v1/galleries/:id', (ctx) => {
    requireToken(ctx);
    return view(ctx, findGallery(ctx));
  });

  router.add('PATCH', '/api/v1/galleries/:id', async (ctx) => {
    requireToken(ctx);
    const cms = ctx.state.cms;
    const g = findGallery(ctx);
    const body = await ctx.json();
    if (body.slug !== undefined) checkSlug(cms, body.slug, g.id);
    if (body.status !== undefined && !STATUSES.includes(body.status)) throw unprocessable('Unknown status');
    checkCover(cms, body.cover_image_id);
    for (const key of ['slug', 'status', 'cover_image_id', 'author_id'])
      if (body[key] !== undefined) g[key] = body[key];
    return view(ctx, touched(g));
  });

  // Seed: a soft delete; the gallery's media stay in the library.
  router.add('DELETE', '/api/v1/galleries/:id', (ctx) => {
    requireToken(ctx);
    findGallery(ctx).deleted = true;
    ctx.status = 204;
  });

  router.add('PUT', '/api/v1/galleries/:id/translations', async (ctx) => {
    requireToken(ctx);
    const g = findGallery(ctx);
    upsertTranslation(ctx.state.cms, g, await ctx.json());
    return view(ctx, touched(g));
  });

  router.add('DELETE', '/api/v1/galleries/:id/translations/:languageId', (ctx) => {
    requireToken(ctx);
    const g = findGallery(ctx);
    const before = g.translations.length;
    g.translations = g.translations.filter((t) => t.language_id !== ctx.params.languageId);
    if (g.translations.length === before) throw notFound('Translation not found');
    return view(ctx, touched(g));
  });

  router.add('POST', '/api/v1/galleries/:id/media', async (ctx) => {
    requireToken(ctx);
    const cms = ctx.state.cms;
    const g = findGallery(ctx);
    const body = await ctx.json();
    if (!cms.library.has(body.media_id)) throw notFound('Media not found');
    if (g.gallery_media.some((gm) => gm.media_id === body.media_id))
      throw badRequest('Media is already in this gallery');
    checkCaption(body.caption);
    checkOrder(body.order);
    const order = body.order ? body.order : Math.max(0, ...g.gallery_media.map((gm) => gm.order)) + 1;
    g.gallery_media.push({
      gallery_id: g.id,
      media_id: body.media_id,
      order,
      caption: body.caption ?? null,
      created_at: new Date().toISOString(),
    });
    ctx.status = 201;
    return view(ctx, touched(g));
  });

  router.add('PATCH', '/api/v1/galleries/:id/media/:mediaId', async (ctx) => {
    requireToken(ctx);
    const g = findGallery(ctx);
    const item = g.gallery_media.find((gm) => gm.media_id === ctx.params.mediaId);
    if (!item) throw notFound('Media not found in this gallery');
    const body = await ctx.json();
    checkCaption(body.caption);
    checkOrder(body.order);
    if (body.order !== undefined && body.order !== null) item.order = body.order;
    if (body.caption !== undefined) item.caption = body.caption;
    return view(ctx, touched(g));
  });

  router.add('DELETE', '/api/v1/galleries/:id/media/:mediaId', (ctx) => {
    requireToken(ctx);
    const g = findGallery(ctx);
    const index = g.gallery_media.findIndex((gm) => gm.media_id === ctx.params.mediaId);
    if (index < 0) throw notFound('Media not found in this gallery');
    g.gallery_media.splice(index, 1);
    return view(ctx, touched(g));
  });

  router.add('POST', '/api/v1/galleries/:id/media/reorder', async (ctx) => {
    requireToken(ctx);
    const g = findGallery(ctx);
    const { media_ids: ids } = await ctx.json();
    if (!Array.isArray(ids)) throw unprocessable('media_ids must be an array');
    const present = new Set(g.gallery_media.map((gm) => gm.media_id));
    if (ids.some((id) => !present.has(id))) throw notFound('One or more media IDs not found in gallery');
    if (new Set(ids).size !== ids.length || ids.length !== present.size)
      throw badRequest('Not all media items included in reorder request');
    for (const gm of g.gallery_media) gm.order = ids.indexOf(gm.media_id);
    g.gallery_media.sort((a, b) => a.order - b.order);
    return view(ctx, touched(g));
  });

  // Seed 004's `path` is relative to the CMS's root: `<api>/uploads/media/x.jpg`.
  router.add('GET', '/uploads/media/:filename', sendMediaFile);
  // The default profile's own `url` guess.
  router.addExtension('GET', '/cms/uploads/media/:filename', sendMediaFile);
}
