/**
 * Dash Social Library routes (seeds 000/001) on the same server. All need `Authorization: Bearer
 * demo` (the stand-in for a brand API key).
 *
 * Seed 000 types a media's `image_sizes`, `urls` and `video_sizes` as "unknown". The `default`
 * profile answers our first guess (`{small|medium|large|original: {url, width, height}}`, `urls`
 * by the same names); the `seed` profile answers another plausible shape (`{thumbnail|display|
 * full: {src, width, height}}`, `urls` by those names), so a client relying on either fails there.
 */
import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { badRequest, notFound, unauthorized } from '../http/errors.js';
import { BUCKET } from '../s3/s3.js';
import { mediaTypeOf } from '../media/mime.js';
import { imageSize } from '../media/sniff.js';
import { HOST_TOKEN } from '../dash/auth.js';

/** Upload URLs from `POST /media_upload_url` stay valid this long. */
export const SOCIAL_UPLOAD_TTL_SECONDS = 3600;

/** @param {import('../http/context.js').Context} ctx */
function requireApiKey(ctx) {
  const match = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '');
  if (!match || match[1].trim() !== HOST_TOKEN) throw unauthorized('A valid API key is required');
}

/** @param {import('../http/context.js').Context} ctx */
function findGallery(ctx) {
  const gallery = ctx.state.social.galleries.get(`${ctx.params.brand}:${ctx.params.gallery}`);
  if (!gallery) throw notFound('Gallery not found');
  return gallery;
}

/** @param {import('../http/context.js').Context} ctx */
function requireBrand(ctx) {
  if (ctx.params.brand !== '1') throw notFound('Brand not found');
}

const PATCHABLE = {
  name: (v) => typeof v === 'string' && v.length > 0 && v.length <= 256,
  description: (v) => v === null || (typeof v === 'string' && v.length <= 2000),
  settings: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  spirit_gallery_enabled: (v) => typeof v === 'number' || typeof v === 'boolean',
  tags: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'),
};

/**
 * The S3 key behind a URL of our S3 front (query string ignored), or null.
 * @param {import('../http/context.js').Context} ctx
 */
function keyOfUrl(ctx, url) {
  const prefix = `${ctx.s3.frontUrl}/${BUCKET}/`;
  if (typeof url !== 'string' || !url.startsWith(prefix)) return null;
  return url.slice(prefix.length).split('?')[0].split('/').map(decodeURIComponent).join('/');
}

const SEED_SIZE_NAMES = { small: 'thumbnail', medium: 'display', large: 'full', original: 'full' };

/** `{small: {url, width, height}, …}` → `{thumbnail: {src, width, height}, …}` (see the top). */
function seedSizes(sizes) {
  if (!sizes || typeof sizes !== 'object') return sizes ?? null;
  const result = {};
  for (const [name, size] of Object.entries(sizes)) {
    const { url, ...rest } = size ?? {};
    result[SEED_SIZE_NAMES[name] ?? name] = { src: url, ...rest };
  }
  return result;
}

function seedUrls(urls) {
  if (!urls || typeof urls !== 'object') return urls ?? null;
  const result = {};
  for (const [name, url] of Object.entries(urls))
    if (!result[SEED_SIZE_NAMES[name] ?? name]) result[SEED_SIZE_NAMES[name] ?? name] = url;
  // A video's `urls.original` is the video itself: keep the full-size name for it.
  if (urls.original) result.full = urls.original;
  return result;
}

const seedBrandMedia = (item) =>
  item && {
    ...item,
    media: {
      ...item.media,
      image_sizes: seedSizes(item.media.image_sizes),
      urls: seedUrls(item.media.urls),
      video_sizes: seedSizes(item.media.video_sizes),
    },
  };

/**
 * A gallery as the profile prints it (the stored one is not changed).
 * @param {import('../http/context.js').Context} ctx
 */
function galleryView(ctx, gallery) {
  if (ctx.state.profile !== 'seed') return gallery;
  const content = gallery.custom_content ?? {};
  return {
    ...gallery,
    custom_content: {
      banner: seedBrandMedia(content.banner ?? null),
      pinned: (content.pinned ?? []).map(seedBrandMedia),
    },
  };
}

/** @param {import('../http/router.js').Router} router */
export function registerSocialRoutes(router) {
  router.add('GET', '/brands/:brand/galleries/:gallery', (ctx) => {
    requireApiKey(ctx);
    return galleryView(ctx, findGallery(ctx));
  });

  router.add('PATCH', '/brands/:brand/galleries/:gallery', async (ctx) => {
    requireApiKey(ctx);
    const gallery = findGallery(ctx);
    const body = await ctx.json();
    for (const [field, value] of Object.entries(body)) {
      const valid = PATCHABLE[field];
      if (!valid) throw badRequest(`${field} cannot be updated`);
      if (!valid(value)) throw badRequest(`Invalid ${field}`);
    }
    const { tags, ...rest } = body;
    Object.assign(gallery, rest);
    if (tags) gallery.tags = tags.map((name, i) => ({ id: gallery.id * 100 + i, name, color: null }));
    gallery.updated_at = new Date().toISOString();
    return galleryView(ctx, gallery);
  });

  // Seed 001 step 1. The client strips the query string and PUTs to the bare object URL; the S3
  // front lets exactly these keys through unsigned (see S3Front.allowUnsignedPut).
  router.add('POST', '/media_upload_url', async (ctx) => {
    requireApiKey(ctx);
    const body = await ctx.json();
    if (typeof body.filename !== 'string' || !body.filename.trim()) throw badRequest('filename is required');
    if (typeof body.content_type !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(body.content_type)) {
      throw badRequest('content_type must be a MIME type');
    }
    const safeName = body.filename.replace(/[^\w.-]+/g, '_').slice(-120);
    const key = `social-uploads/${Date.now()}.${randomUUID()}/${safeName}`;
    const url = await getSignedUrl(
      ctx.s3.front,
      new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: body.content_type }),
      { expiresIn: SOCIAL_UPLOAD_TTL_SECONDS },
    );
    ctx.s3front.allowUnsignedPut(key, SOCIAL_UPLOAD_TTL_SECONDS);
    return { url };
  });

  router.add('POST', '/brands/:brand/media', async (ctx) => {
    requireApiKey(ctx);
    requireBrand(ctx);
    const body = await ctx.json();
    if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) throw badRequest('url is required');
    const key = keyOfUrl(ctx, body.url);
    let size = null;
    let dims = null;
    if (key) {
      size = await ctx.s3.objectSize(key);
      if (size === null) throw badRequest('Nothing was uploaded to this URL');
      dims = imageSize((await ctx.s3.getObject(key)).subarray(0, 65536));
    }
    let meta = body.meta;
    if (typeof meta === 'string') {
      try {
        meta = JSON.parse(meta);
      } catch {
        // the guide's own example is not JSON ("{filename: filename}"): keep it as given
      }
    }
    const filename = (meta && typeof meta === 'object' && meta.filename) || body.url.split('?')[0].split('/').pop();
    const isVideo = mediaTypeOf(String(filename)).mediaType.type === 'video';
    const social = ctx.state.social;
    const id = social.nextMediaId++;
    const url = body.url.split('?')[0];
    const now = new Date().toISOString();
    const original = { url, width: dims?.width ?? null, height: dims?.height ?? null };
    /** @type {any} a library item as the seed prints one (social/seed.js) */
    const item = {
      id,
      brand_id: 1,
      brand_media_type: body.type ?? 'UPLOADED',
      source: body.source ?? 'UPLOAD',
      created_at: now,
      order: null,
      products: [],
      size,
      media: {
        id,
        type: isVideo ? 'VIDEO' : 'IMAGE',
        source_id: body.source_id ?? null,
        source_created_at: body.source_created_at ?? now,
        created_at: now,
        original_width: original.width,
        original_height: original.height,
        image_sizes: isVideo ? null : { original },
        video_sizes: isVideo ? { original } : null,
        urls: { original: url },
        meta,
        size,
        tags: [],
      },
    };
    social.library.unshift(item);
    ctx.status = 201;
    return item;
  });

  // A PUT that only reads (seed 001 "Retrieving Media"); answers `{data, paging}`.
  router.add('PUT', '/brands/:brand/media/v2', async (ctx) => {
    requireApiKey(ctx);
    requireBrand(ctx);
    const body = await ctx.json();
    const limit = Math.min(Math.max(Number(body.limit ?? 50), 1), 200);
    const offset = Math.max(Number(body.offset ?? 0), 0);
    const types = body.filters?.brand_media_types;
    const range = body.filters?.source_created_at ?? {};
    const found = ctx.state.social.library.filter((item) => {
      if (Array.isArray(types) && types.length && !types.includes(item.brand_media_type)) return false;
      const date = String(item.media.source_created_at ?? '').slice(0, 10);
      if (range.start && date < String(range.start).slice(0, 10)) return false;
      if (range.end && date > String(range.end).slice(0, 10)) return false;
      return true;
    });
    const page = found
      .slice(offset, offset + limit)
      .map((item) => (ctx.state.profile === 'seed' ? seedBrandMedia(item) : item));
    return { data: page, paging: { limit, offset, total: found.length } };
  });
}
