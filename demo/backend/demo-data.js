/**
 * Static-style gallery documents for the `photo-gallery` and `json` gallery sources, served with
 * CORS under `/demo-data/`:
 *   photo-gallery.json   a GalleryDTO (seed 003) — what a site owner's proxy would return
 *   gallery.json         `{items: [{src, width, height, alt, caption, srcset, type?}]}` incl. a video
 *   hostile.json         the same shape full of XSS payloads
 *   large.json?count=N   N generated items (default 500, at most 20,000)
 *   credits.json         `{kind: 'photo' | 'paint', photos: [{title, author, licence, source}]}`: what the
 *                        seeded images show (media/photos.js) and whom to credit
 *   unsized.json?count=N&missing=K&dupes=D   N items (default 24) without width/height — every
 *                        K-th (default 3; 0 = none) names a file that is gone (404); with D > 0 the
 *                        items repeat D ids (`dup-0` … ), as a careless backend might
 */
import { badRequest } from './http/errors.js';
import { PREVIEW_WIDTHS } from './media/paths.js';
import { PHOTOS, artworkKind } from './media/photos.js';
import { SAMPLE_VIDEO_PATH } from './social/seed.js';
import { xss, xssPayloads } from './xss-payloads.js';

const SHAPES = [
  [1280, 853],
  [853, 1280],
  [1280, 1280],
  [1280, 320],
  [1280, 720],
  [1024, 1280],
];

const visual = (
  /** @type {string} */ api,
  /** @type {number} */ seed,
  /** @type {number[]} */ [w, h],
  /** @type {number} */ width,
) => `${api}/files/visuals/${seed}/${w}x${h}/${width}.jpg`;

function imageItem(api, seed, dims, alt, caption) {
  return {
    src: visual(api, seed, dims, 1280),
    width: dims[0],
    height: dims[1],
    alt,
    caption,
    srcset: PREVIEW_WIDTHS.map((w) => ({ url: visual(api, seed, dims, w), width: Math.min(w, dims[0]) })),
    type: 'image',
  };
}

/**
 * Item i shows photo (700 + i) % 5 of media/photos.js (coffee, astronaut, cat, rocket, deep
 * field), cropped to its shape: each caption says what the photo shows.
 */
const CAPTIONS = [
  'Espresso in a red cup',
  'Astronaut in an orange flight suit',
  'A tabby cat, close up',
  'Launch towers against the evening sky',
  'Galaxies of the Hubble eXtreme Deep Field',
  'Espresso on a red saucer',
  'Astronaut Eileen Collins',
  'Chelsea the cat',
  'Falcon 9 on its launch pad at dusk',
  'A strip of deep sky, full of galaxies',
];

export function photoGalleryDto(api) {
  const time = (i) => new Date(Date.UTC(2026, 3, 5, 9 + i, 15)).toISOString();
  return {
    Id: 42,
    AccountId: 7,
    Name: 'Spring 2026 shoot',
    Status: 1,
    Snippet: 'Selected photos from the spring shoot.',
    Location: 'Brighton',
    StartDateTime: time(0),
    EndDateTime: time(11),
    Siblings: [],
    Photos: Array.from({ length: 12 }, (_, i) => {
      const [w, h] = SHAPES[i % SHAPES.length];
      return {
        Id: 1000 + i,
        GalleryId: 42,
        Bucket: 'photos',
        Folder: 'spring-2026',
        FileName: `IMG_${4300 + i}.jpg`,
        Width: w,
        Height: h,
        Orientation: 1,
        TimeTaken: time(i),
        CreateDateTime: time(i),
        Sorts: [{ Id: i + 1, PhotoId: 1000 + i, SortType: 0, HookupId: 'spring', CreateDate: time(i), Status: 0 }],
        Url: visual(api, 600 + i, [w, h], 640),
        OriginalUrl: visual(api, 600 + i, [w, h], 1280),
        Status: 0,
      };
    }),
    Sorts: [{ HookupId: 'spring', SortName: 'Favourites', SortType: 0, SortStatus: 0, Count: 12 }],
    SortFilters: [],
    Documents: [],
  };
}

export function jsonGallery(api) {
  /** @type {Record<string, unknown>[]} */
  const items = CAPTIONS.map((caption, i) =>
    imageItem(api, 700 + i, SHAPES[i % SHAPES.length], `${caption} (photo)`, caption),
  );
  items.splice(3, 0, {
    src: visual(api, 799, [640, 360], 640),
    poster: visual(api, 799, [640, 360], 640),
    videoSrc: api + SAMPLE_VIDEO_PATH,
    mediaType: 'video/webm',
    width: 640,
    height: 360,
    alt: 'Test pattern video',
    caption: 'A four-second test video',
    type: 'video',
  });
  return { items };
}

export function hostileGallery(api) {
  return {
    items: xssPayloads.map((payload, i) => ({
      ...imageItem(api, 800 + (i % 10), SHAPES[i % SHAPES.length], payload, xss(i + 1)),
      ...(i % 5 === 0 ? { src: `javascript:window.__xss=true` } : {}),
      ...(i % 7 === 0 ? { srcset: [{ url: `javascript:window.__xss=true`, width: 320 }] } : {}),
      ...(i % 11 === 0 ? { type: payload } : {}),
    })),
  };
}

export function largeGallery(api, count) {
  return {
    items: Array.from({ length: count }, (_, i) =>
      imageItem(
        api,
        900 + (i % 8),
        SHAPES[i % SHAPES.length],
        `Generated photo ${i + 1}`,
        `Photo ${i + 1} of ${count}`,
      ),
    ),
  };
}

/** Items as a plain feed often has them: no sizes; every `missing`-th file is gone (404). */
export function unsizedGallery(api, count, missing, dupes = 0) {
  return {
    items: Array.from({ length: count }, (_, i) => {
      const gone = missing > 0 && (i + 1) % missing === 0;
      const dims = SHAPES[i % SHAPES.length];
      return {
        ...(dupes > 0 ? { id: `dup-${i % dupes}` } : {}),
        src: gone ? `${api}/demo-data/missing/${i + 1}.jpg` : visual(api, 850 + (i % 10), dims, 640),
        alt: `Unsized photo ${i + 1}${gone ? ' (file gone)' : ''}`,
        caption: `Photo ${i + 1} of ${count}`,
      };
    }),
  };
}

/** @param {import('./http/router.js').Router} router */
export function registerDemoDataRoutes(router) {
  router.add('GET', '/demo-data/photo-gallery.json', (ctx) => photoGalleryDto(ctx.apiUrl));
  router.add('GET', '/demo-data/gallery.json', (ctx) => jsonGallery(ctx.apiUrl));
  router.add('GET', '/demo-data/credits.json', () => ({
    kind: artworkKind(),
    photos:
      artworkKind() === 'photo'
        ? PHOTOS.map(({ title, author, licence, source }) => ({ title, author, licence, source }))
        : [],
  }));
  router.add('GET', '/demo-data/hostile.json', (ctx) => hostileGallery(ctx.apiUrl));
  router.add('GET', '/demo-data/large.json', (ctx) => {
    const count = Number(ctx.query.get('count') ?? 500);
    if (!Number.isInteger(count) || count < 0 || count > 20_000) throw badRequest('count must be 0–20000');
    return largeGallery(ctx.apiUrl, count);
  });
  router.add('GET', '/demo-data/unsized.json', (ctx) => {
    const count = Number(ctx.query.get('count') ?? 24);
    const missing = Number(ctx.query.get('missing') ?? 3);
    const dupes = Number(ctx.query.get('dupes') ?? 0);
    if (!Number.isInteger(count) || count < 0 || count > 2000) throw badRequest('count must be 0–2000');
    if (!Number.isInteger(missing) || missing < 0) throw badRequest('missing must be a whole number');
    if (!Number.isInteger(dupes) || dupes < 0) throw badRequest('dupes must be a whole number');
    return unsizedGallery(ctx.apiUrl, count, missing, dupes);
  });
}
