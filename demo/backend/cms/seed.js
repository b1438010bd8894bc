/**
 * CMS seed (seed 004): two languages, a media library of real generated images, and galleries
 * `summer-2026` (ties and gaps in `order`, stored out of order, captions, alt text, en + de
 * translations), `hostile` (XSS in captions, alt text and filenames), `missing-files` (half of its
 * files are gone: their `path` answers 404, and they have no size in either profile) and a draft
 * `winter-2025`.
 *
 * Seed 004 prints media as `{filename, original_filename, mime_type, size, path, alt_text}` with a
 * relative `path` (`uploads/media/x.jpg`), no URL and no size. We read that `path` as relative to
 * the CMS's root (the API base): the file is served at `<api>/uploads/media/x.jpg` in both
 * profiles. The `seed` profile answers exactly the printed fields (see routes.js); the `default`
 * profile adds our own guesses — an absolute `url` (`<api>/cms/<path>`, also served) plus
 * `width`/`height` — and lists languages at `GET /api/v1/languages` (`[{id, code, name}]`).
 */
import { stableId } from '../seed/ids.js';
import { xss } from '../xss-payloads.js';

export const CMS_LANGUAGES = [
  { id: stableId('cms-language', 'en'), code: 'en', name: 'English' },
  { id: stableId('cms-language', 'de'), code: 'de', name: 'Deutsch' },
];
export const CMS_AUTHOR_ID = stableId('cms-user', 'editor');
const CREATED = '2026-01-01T00:00:00Z';

/** @param {string} apiUrl */
function media(apiUrl, key, seed, width, height, originalFilename, altText, missing = false) {
  const id = stableId('cms-media', key);
  const filename = `${id.slice(0, 8)}.jpg`;
  const path = `uploads/media/${filename}`;
  return {
    id,
    filename,
    original_filename: originalFilename,
    mime_type: 'image/jpeg',
    size: Math.round(width * height * 0.3),
    path,
    alt_text: altText,
    url: `${apiUrl}/cms/${path}`,
    // A file that is gone has no size either: the case that must not take the lightbox down.
    ...(missing ? {} : { width, height }),
    seed,
    missing,
  };
}

const translation = (galleryId, lang, title, description) => ({
  id: stableId('cms-translation', galleryId, lang.code),
  gallery_id: galleryId,
  language_id: lang.id,
  title,
  description,
  meta_title: `${title} | Gallery`,
  meta_description: description,
  created_at: CREATED,
  updated_at: null,
});

/** @param {string} slug */
function gallery(slug, status, items, translations, cover) {
  const id = stableId('cms-gallery', slug);
  return {
    id,
    slug,
    status,
    cover_image_id: cover?.id ?? null,
    author_id: CMS_AUTHOR_ID,
    created_by: CMS_AUTHOR_ID,
    translations: translations(id),
    gallery_media: items.map(([m, order, caption]) => ({
      gallery_id: id,
      media_id: m.id,
      order,
      caption,
      created_at: CREATED,
    })),
    created_at: CREATED,
    updated_at: null,
    deleted: false,
  };
}

export function buildCms({ apiUrl }) {
  const [en, de] = CMS_LANGUAGES;
  // Seeds 401–407 show the photos of media/photos.js in turn (astronaut, cat, rocket, deep field,
  // coffee …): alt texts and captions say what each shows.
  const summer = [
    media(apiUrl, 's1', 401, 1280, 853, 'opening.jpg', 'Astronaut Eileen Collins smiling, a shuttle model behind her'),
    media(apiUrl, 's2', 402, 853, 1280, 'speaker.jpg', 'Chelsea the cat, her green eyes close up'),
    media(apiUrl, 's3', 403, 1280, 1280, 'food.jpg', 'A Falcon 9 rocket between its towers at dusk'),
    media(apiUrl, 's4', 404, 1280, 320, 'panorama.jpg', 'A band of deep sky crowded with faint galaxies'),
    media(apiUrl, 's5', 405, 1024, 1280, 'band.jpg', 'An espresso in a red cup on a red saucer'),
    media(apiUrl, 's6', 406, 1280, 720, 'fireworks.jpg', 'Astronaut Eileen Collins in her orange flight suit'),
    media(apiUrl, 's7', 407, 1280, 960, 'team.jpg', 'A tabby cat looking into the camera'),
  ];
  const spare = [
    media(apiUrl, 'x1', 411, 1280, 853, 'spare-1.jpg', 'Unused photo one'),
    media(apiUrl, 'x2', 412, 960, 1280, 'spare-2.jpg', 'Unused photo two'),
  ];
  const hostile = Array.from({ length: 6 }, (_, i) =>
    media(apiUrl, `h${i}`, 420 + i, 1200, 800, `${xss(i * 5 + 1)}.jpg`, xss(i * 5 + 2)),
  );
  // Every other file of this gallery is gone (404), none has a size: a lightbox stepping through
  // it must stay responsive and bounded in requests (issue 16, class 1).
  const patchy = Array.from({ length: 6 }, (_, i) =>
    media(
      apiUrl,
      `m${i}`,
      430 + i,
      [1280, 853, 1280][i % 3],
      [853, 1280, 320][i % 3],
      `patchy-${i + 1}.jpg`,
      `Patchy photo ${i + 1}`,
      i % 2 === 1,
    ),
  );
  const library = [...summer, ...spare, ...hostile, ...patchy];
  const galleries = [
    gallery(
      'summer-2026',
      'published',
      // Stored out of order, with a tie (2, 2) and gaps, so clients must sort by `order`.
      [
        [summer[2], 2, 'Falcon 9 on its launch pad at dusk'],
        [summer[0], 1, 'Eileen Collins, first woman to command a shuttle'],
        [summer[1], 2, 'Chelsea the cat'],
        [summer[5], 9, 'Astronaut Eileen Collins'],
        [summer[3], 4, null],
        [summer[4], 7, 'Espresso break'],
        [summer[6], 12, 'Chelsea, eyes on the camera'],
      ],
      (id) => [
        translation(id, en, 'Summer 2026', 'Photos from our summer event.'),
        translation(id, de, 'Sommer 2026', 'Fotos von unserem Sommerfest.'),
      ],
      summer[3],
    ),
    gallery(
      'hostile',
      'published',
      hostile.map((m, i) => [m, i + 1, xss(i * 5 + 3)]),
      (id) => [translation(id, en, xss(4), xss(8)), translation(id, de, xss(14), xss(19))],
      hostile[0],
    ),
    gallery(
      'missing-files',
      'published',
      patchy.map((m, i) => [m, i + 1, `Patchy ${i + 1}`]),
      (id) => [translation(id, en, 'Missing files', 'Some of these files are gone.')],
      null,
    ),
    gallery(
      'winter-2025',
      'draft',
      [[spare[0], 1, 'Snow']],
      (id) => [translation(id, en, 'Winter 2025', 'Coming soon.')],
      null,
    ),
  ];
  return {
    languages: CMS_LANGUAGES,
    library: new Map(library.map((m) => [m.id, m])),
    galleries: new Map(galleries.map((g) => [g.id, g])),
  };
}
