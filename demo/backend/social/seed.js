/**
 * Dash Social seed (seeds 000/001): brand 1 with gallery 1 (banner, pinned media with `order`
 * including a tie and a gap, products with hotspots, one video, and unpinned media listed in
 * `latest_media`), gallery 2 (hostile strings) and gallery 3 (nothing pinned, no banner: only
 * `latest_media`). `latest_media` items are `{image_url}` as seed 000 prints them (≈L252): no
 * id, no size; gallery 1's also repeats a pinned image, which clients show once.
 *
 * Guesses, since the reference types these fields as "unknown": `image_sizes` is
 * `{small|medium|large|original: {url, width, height}}`, `urls` maps the same names to URLs,
 * `video_sizes` is `{original: {url, width, height}}`; product hotspot `x`/`y` are fractions
 * (0–1) of the media's width/height; a caption lives in `media.notes`.
 */
import { xss } from '../xss-payloads.js';
import { PREVIEW_WIDTHS } from '../media/paths.js';

export const SOCIAL_BRAND_ID = 1;
export const SAMPLE_VIDEO_PATH = '/files/video/sample.webm';
const SIZE_NAMES = ['small', 'medium', 'large'];
const CREATED = '2026-05-01T09:00:00Z';

/** @param {string} apiUrl */
function imageMedia(apiUrl, id, seed, width, height, notes, tags = []) {
  const sizes = Object.fromEntries(
    PREVIEW_WIDTHS.map((w, i) => {
      const rw = Math.min(w, width);
      return [
        SIZE_NAMES[i],
        {
          url: `${apiUrl}/files/visuals/${seed}/${width}x${height}/${w}.jpg`,
          width: rw,
          height: Math.round((rw * height) / width),
        },
      ];
    }),
  );
  sizes.original = { ...sizes.large };
  return {
    id,
    type: 'IMAGE',
    source_id: `seed-${id}`,
    created_at: CREATED,
    updated_at: CREATED,
    source_created_at: '2026-04-10T14:57:59.977494',
    original_width: sizes.original.width,
    original_height: sizes.original.height,
    image_sizes: sizes,
    urls: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.url])),
    video_sizes: null,
    duration: null,
    frame_rate: null,
    notes,
    predictions: null,
    tags: tags.map((name, i) => ({ id: id * 10 + i, brand_id: SOCIAL_BRAND_ID, name })),
  };
}

/** @param {string} apiUrl */
function videoMedia(apiUrl, id, seed, notes) {
  const media = imageMedia(apiUrl, id, seed, 1280, 720, notes, ['video']);
  const video = { url: apiUrl + SAMPLE_VIDEO_PATH, width: 640, height: 360 };
  return {
    ...media,
    type: 'VIDEO',
    original_width: 640,
    original_height: 360,
    video_sizes: { original: video },
    urls: { ...media.urls, original: video.url, poster: media.urls.large },
    duration: 4,
    frame_rate: 25,
  };
}

/** @param {string} apiUrl */
const product = (id, title, url, price, x, y, apiUrl, seed) => ({
  id,
  title,
  url,
  image_url: `${apiUrl}/files/visuals/${seed}/1x1/320.jpg`,
  description: null,
  source_id: `sku-${id}`,
  archived: false,
  x,
  y,
  product_overrides: [{ price, currency_code: 'EUR' }],
});

const brandMedia = (id, order, media, products = []) => ({
  id,
  order,
  brand_media_type: 'UPLOADED',
  created_at: CREATED,
  updated_at: CREATED,
  clicks: id % 7,
  media,
  products,
});

function gallery(id, name, description, banner, pinned, unpinned = []) {
  return {
    id,
    brand_id: SOCIAL_BRAND_ID,
    name,
    description,
    gallery_type: 'LIBRARY',
    created_at: CREATED,
    settings: {},
    spirit_gallery_enabled: 0,
    tags: [{ id: id * 100, name: 'summer', color: '#ffb000' }],
    custom_content: { banner, pinned },
    gallery_size: pinned.length + unpinned.length,
    // Newest first: the unpinned media, then one pinned item again (it shows once, pinned).
    latest_media: [...unpinned, ...pinned.slice(0, 1)].map((p) => ({ image_url: p.media.urls.medium })),
  };
}

export function buildSocial({ apiUrl }) {
  const shoes = (i) =>
    product(
      100 + i,
      `Trail runner ${i}`,
      `https://shop.example.com/products/trail-${i}`,
      `${89 + i}.00`,
      0.25 + 0.1 * i,
      0.6,
      apiUrl,
      300 + i,
    );
  // Array order ≠ display order on purpose: clients must sort by `order` (ties keep array order).
  const pinned = [
    brandMedia(11, 3, imageMedia(apiUrl, 1011, 201, 1280, 853, 'Astronaut Eileen Collins, suited up', ['coast']), [
      shoes(1),
      shoes(2),
    ]),
    brandMedia(12, 1, imageMedia(apiUrl, 1012, 202, 853, 1280, 'Portrait: Chelsea the cat'), [shoes(3)]),
    brandMedia(13, 3, imageMedia(apiUrl, 1013, 203, 1280, 1280, 'Square: Falcon 9 on its launch pad')),
    brandMedia(14, 7, videoMedia(apiUrl, 1014, 204, 'Behind the scenes (video)')),
    brandMedia(15, 2, imageMedia(apiUrl, 1015, 205, 1280, 320, 'Panorama: espresso on a red saucer'), [shoes(4)]),
    brandMedia(16, 12, imageMedia(apiUrl, 1016, 206, 1024, 1280, 'Eileen Collins in her orange flight suit'), [
      shoes(5),
    ]),
  ];
  const banner = brandMedia(10, 0, imageMedia(apiUrl, 1010, 200, 1280, 400, 'Banner: espresso, close up'));
  // In the gallery but not pinned: the gallery object names them only in `latest_media`.
  const unpinned = [
    brandMedia(17, null, imageMedia(apiUrl, 1017, 207, 1280, 853, 'Unpinned: harbour at dawn')),
    brandMedia(18, null, imageMedia(apiUrl, 1018, 208, 853, 1280, 'Unpinned: portrait on the pier')),
    brandMedia(19, null, imageMedia(apiUrl, 1019, 211, 1280, 320, 'Unpinned: panorama of the bay')),
  ];
  const fresh = [
    brandMedia(31, null, imageMedia(apiUrl, 1031, 231, 1280, 720, 'Fresh: city lights')),
    brandMedia(32, null, imageMedia(apiUrl, 1032, 232, 720, 1280, 'Fresh: staircase')),
    brandMedia(33, null, imageMedia(apiUrl, 1033, 233, 1280, 1280, 'Fresh: square crop')),
    brandMedia(34, null, imageMedia(apiUrl, 1034, 234, 1280, 853, 'Fresh: rooftop')),
  ];

  const hostilePinned = Array.from({ length: 6 }, (_, i) =>
    brandMedia(21 + i, i + 1, imageMedia(apiUrl, 1021 + i, 210 + i, 1200, 800, xss(i * 3 + 2), [xss(i * 3 + 7)]), [
      product(200 + i, xss(i * 3), `javascript:window.__xss=true`, xss(i + 40), 0.5, 0.5, apiUrl, 310 + i),
      product(210 + i, xss(i * 3 + 1), xss(24 + (i % 9)), '1.00', 0.2, 0.3, apiUrl, 320 + i),
    ]),
  );

  const galleries = new Map([
    [
      `${SOCIAL_BRAND_ID}:1`,
      gallery(1, 'Summer lookbook', 'Shoppable highlights from the summer campaign.', banner, pinned, unpinned),
    ],
    [
      `${SOCIAL_BRAND_ID}:2`,
      gallery(2, xss(6), xss(11), brandMedia(20, 0, imageMedia(apiUrl, 1020, 209, 1200, 400, xss(12))), hostilePinned),
    ],
    [`${SOCIAL_BRAND_ID}:3`, gallery(3, 'Fresh from the library', 'Nothing pinned yet.', null, [], fresh)],
  ]);
  const library = [...pinned, banner, ...unpinned, ...fresh].map((p) => ({ ...p, brand_id: SOCIAL_BRAND_ID }));
  return { galleries, library, nextMediaId: 5000 };
}
