/**
 * `/files/...`: previews and originals of seeded assets (photos or generated artwork, photos.js,
 * rendered on first request and cached), the stored bytes of uploaded ones, and the one real sample video
 * (fixtures/sample.webm, see fixtures/README.md) that every seeded video plays.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badRequest, notFound } from '../http/errors.js';
import { sendBytes } from '../http/respond.js';
import { encodeJpeg } from './codecs.js';
import { makePdf, makeWav } from './documents.js';
import { artwork, artworkKind } from './photos.js';
import { PREVIEW_WIDTHS } from './paths.js';

const MAX_CACHED = 400;
const SAMPLE_VIDEO = readFileSync(new URL('./fixtures/sample.webm', import.meta.url));
/** @type {Map<string, Promise<Buffer>>} insertion-ordered: oldest first */
const cache = new Map();

function cached(key, make) {
  let hit = cache.get(key);
  if (hit) {
    cache.delete(key);
  } else {
    hit = Promise.resolve().then(make);
    hit.catch(() => cache.delete(key));
  }
  cache.set(key, hit);
  while (cache.size > MAX_CACHED) cache.delete(/** @type {string} */ (cache.keys().next().value));
  return hit;
}

/**
 * Rendered JPEGs are deterministic, so they are also kept on disk across runs: a cold test run on
 * a busy machine would otherwise spend seconds encoding the same previews again. File names say
 * whether they are photos or generated artwork (photos.js). Bump the version when photo(),
 * paint() or the quality changes.
 */
const DISK_CACHE = join(tmpdir(), 'dash-elements-visuals-v4');

function diskCached(name, make) {
  const file = join(DISK_CACHE, name);
  try {
    return readFileSync(file);
  } catch {
    const bytes = make();
    try {
      mkdirSync(DISK_CACHE, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file); // atomic: concurrent backends never read half a file
    } catch {
      // a read-only or full tmp dir only costs speed
    }
    return bytes;
  }
}

/** A JPEG of picture `seed` at `width` wide with the aspect of `aspectW × aspectH`. */
export function visualJpeg(seed, aspectW, aspectH, width) {
  const w = Math.max(1, Math.min(width, aspectW));
  const h = Math.max(1, Math.round((w * aspectH) / aspectW));
  return cached(`v:${seed}:${w}x${h}`, () =>
    diskCached(`${artworkKind()}-${seed}-${w}x${h}.jpg`, () => encodeJpeg(artwork(seed, w, h), 82)),
  );
}

/**
 * The original bytes of an asset's current file and their content type.
 * @param {import('../seed/assets.js').Asset} asset
 * @param {import('../s3/s3.js').S3Api} s3
 */
export async function originalFile(asset, s3) {
  switch (asset.content) {
    case 'pdf':
      return { bytes: await cached(`pdf:${asset.id}`, () => makePdf(asset.title)), contentType: 'application/pdf' };
    case 'video':
      return { bytes: SAMPLE_VIDEO, contentType: 'video/webm' };
    case 'audio':
      return { bytes: await cached('wav', () => makeWav(1)), contentType: 'audio/wav' };
    case 'upload':
      if (!asset.stored) throw notFound('This asset has no uploaded file yet');
      return {
        bytes: await s3.getObject(asset.stored.key),
        contentType: `${asset.mediaType.type}/${asset.mediaType.subType}`,
      };
    default: {
      const seed = asset.visual ?? 10_000 + asset.addedOrder;
      const bytes = await visualJpeg(seed, asset.width ?? 1200, asset.height ?? 800, asset.width ?? 1200);
      return { bytes, contentType: 'image/jpeg' };
    }
  }
}

/** @param {import('../http/router.js').Router} router */
export function registerFileRoutes(router) {
  router.add('GET', '/files/visuals/:seed/:dims/:width', async (ctx) => {
    const seed = Number(ctx.params.seed);
    const dims = /^(\d{1,5})x(\d{1,5})$/.exec(ctx.params.dims);
    const width = Number(/^(\d+)\.jpg$/.exec(ctx.params.width)?.[1]);
    if (!Number.isInteger(seed) || !dims || !PREVIEW_WIDTHS.includes(width)) throw badRequest('Unknown rendition');
    const bytes = await visualJpeg(seed, Number(dims[1]), Number(dims[2]), width);
    return () => sendBytes(ctx.res, bytes, { contentType: 'image/jpeg' });
  });

  router.add('GET', '/files/assets/:assetId/:fileId/:filename', async (ctx) => {
    const asset = ctx.state.assets.get(ctx.params.assetId);
    if (!asset || asset.fileId !== ctx.params.fileId) throw notFound('No such file');
    const { bytes, contentType } = await originalFile(asset, ctx.s3);
    const range = ctx.req.headers.range;
    return () =>
      sendBytes(ctx.res, bytes, { contentType, filename: asset.filename, download: ctx.query.has('download'), range });
  });

  router.add(
    'GET',
    '/files/video/sample.webm',
    (ctx) => () => sendBytes(ctx.res, SAMPLE_VIDEO, { contentType: 'video/webm', range: ctx.req.headers.range }),
  );
}
