/**
 * Seeded assets: ≥ 200 varied ones for the `press`/`partners` portals, a dozen hostile ones and
 * 10,050 lightweight ones in `Archive` (the `big` portal) for paging past 10,000. Only metadata is
 * built here; pixels are painted lazily by media/files.js when a URL is first requested.
 */
import { seededRandom, stableId } from './ids.js';
import { EMPTY_FOLDER_PATH, folderByPath } from './folders.js';
import { xss } from '../xss-payloads.js';
import { PHOTOS } from '../media/photos.js';

/**
 * @typedef {object} Asset
 * @property {string} id
 * @property {string} fileId
 * @property {string} filename
 * @property {'IMAGE'|'VIDEO'|'DOCUMENT'|'AUDIO'} fileType
 * @property {{ type: string, subType: string }} mediaType
 * @property {number | null} width
 * @property {number | null} height
 * @property {number} size        bytes (nominal for seeded files; real for uploads)
 * @property {'LIVE'|'STAGED'} state
 * @property {string} dateAdded
 * @property {string | null} dateLive
 * @property {number} addedOrder
 * @property {string[]} folderIds
 * @property {string[]} keywords
 * @property {string} title
 * @property {string[]} collectionIds
 * @property {number | null} visual    seed of the generated artwork (null: no preview)
 * @property {'image'|'pdf'|'audio'|'video'|'upload'} content
 * @property {number | null} duration
 * @property {object | null} origin
 * @property {{ key: string, size: number, sha256: string, md5?: string } | null} stored   uploaded bytes in S3
 * @property {Record<string, string[]>} [metadata]  values of the METADATA_FIELDS, by field id
 * @property {'mediaType-null' | 'duration-string'} [seedOddity]  how the seed profile prints this
 *   asset oddly (dash/asset-view.js): shapes the seed allows that a strict client would refuse
 */

/**
 * Assets the seed profile prints oddly, by filename: `mediaType: null` (the seed marks it
 * optional) and a `duration` that is a string rather than a number. The default profile prints
 * them like every other asset.
 */
export const SEED_ODDITIES = { 'backpack-004.jpg': 'mediaType-null', 'coast-008.webm': 'duration-string' };

/**
 * Text fields for alt text, credit and licence and a date field for the licence's expiry (the
 * picker's `alt-field` … attributes name them). Fixed ids so tests and demo pages can name them.
 * Seed 002 prints no date field value: expiry is an ISO day, `YYYY-MM-DD`. Every 30th of the
 * varied assets (mountain-001.jpg first) expired in 2024; the others run to 2099.
 */
export const METADATA_FIELDS = {
  alt: 'a17e0000-0000-4000-a000-000000000001',
  credit: 'a17e0000-0000-4000-a000-000000000002',
  licence: 'a17e0000-0000-4000-a000-000000000003',
  expiry: 'a17e0000-0000-4000-a000-000000000004',
};
const LICENCES = ['Royalty free', 'Rights managed', 'CC BY 4.0'];
const PHOTOGRAPHERS = ['Ana Silva', 'Kenji Mori', 'Lea Braun', 'Omar Haddad'];

/** @returns {Record<string, string[]>} */
function licenceMetadata(i, subject, alt, credit = `Photo: ${PHOTOGRAPHERS[i % PHOTOGRAPHERS.length]}`) {
  return {
    [METADATA_FIELDS.alt]: [alt ?? `A ${subject} file, number ${i + 1}`],
    [METADATA_FIELDS.credit]: [credit],
    [METADATA_FIELDS.licence]: [LICENCES[i % LICENCES.length]],
    [METADATA_FIELDS.expiry]: [i % 30 === 0 ? '2024-06-30' : '2099-12-31'],
  };
}

const SUBJECTS = [
  'mountain',
  'harbour',
  'sneaker',
  'backpack',
  'skyline',
  'forest',
  'runner',
  'coast',
  'studio',
  'desert',
  'team',
  'logo',
  'product',
  'festival',
  'river',
];
const KEYWORDS = [
  'outdoors',
  'summer',
  'winter',
  'city',
  'people',
  'product',
  'blue',
  'red',
  'green',
  'night',
  'sport',
  'travel',
  'food',
  'nature',
  'brand',
];
const RATIOS = [
  [3, 2],
  [2, 3],
  [1, 1],
  [16, 9],
  [9, 16],
  [4, 1],
  [4, 5],
  [5, 4],
];

export const COLLECTIONS = [
  { id: stableId('collection', 'homepage'), name: 'Homepage picks' },
  { id: stableId('collection', 'launch'), name: 'Launch kit' },
];

const MEDIA = {
  jpg: { type: 'image', subType: 'jpeg' },
  webm: { type: 'video', subType: 'webm' },
  pdf: { type: 'application', subType: 'pdf' },
  wav: { type: 'audio', subType: 'wav' },
};

function dims(rnd, ratio) {
  const long = rnd.int(12, 16) * 100;
  const [w, h] = ratio;
  return w >= h ? [long, Math.round((long * h) / w)] : [Math.round((long * w) / h), long];
}

function isoDay(start, dayOffset) {
  return new Date(Date.parse(start) + dayOffset * 86_400_000 + (dayOffset % 24) * 3_600_000).toISOString();
}

/** @param {import('./folders.js').Folder[]} folders @returns {Asset[]} */
export function buildAssets(folders) {
  const rnd = seededRandom(2026);
  const empty = EMPTY_FOLDER_PATH.join('/');
  const portalFolders = folders.filter(
    (f) =>
      ['Marketing', 'Products', 'Press', 'Events', 'Partners only'].includes(f.path[0]) && f.path.join('/') !== empty,
  );
  /** @type {Asset[]} */
  const assets = [];
  let order = 0;
  const push = (fields) => {
    const id = stableId('asset', fields.filename, order);
    assets.push({
      id,
      fileId: stableId('file', id),
      state: 'LIVE',
      dateAdded: fields.dateLive ?? isoDay('2024-01-01', order % 900),
      addedOrder: order++,
      collectionIds: [],
      duration: null,
      origin: null,
      stored: null,
      ...fields,
    });
  };

  for (let i = 0; i < 210; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length];
    let kind = 'image';
    if (i % 25 === 7) kind = 'video';
    else if (i % 40 === 13) kind = 'pdf';
    else if (i === 99) kind = 'audio';
    const ratio = RATIOS[i % RATIOS.length];
    const [width, height] = dims(rnd, ratio);
    const folder = portalFolders[i % portalFolders.length];
    const extra = i % 7 === 0 ? [rnd.pick(portalFolders).id] : [];
    const ext = { image: 'jpg', video: 'webm', pdf: 'pdf', audio: 'wav' }[kind];
    const dateLive = isoDay('2024-01-01', Math.floor((i * 997) % 1000));
    // Some images deliberately lack a preview: elements must show a file-type placeholder.
    const visual = kind === 'pdf' || kind === 'audio' || (kind === 'image' && i % 17 === 5) ? null : i + 1;
    push({
      filename: `${subject}-${String(i + 1).padStart(3, '0')}.${ext}`,
      fileType: { image: 'IMAGE', video: 'VIDEO', pdf: 'DOCUMENT', audio: 'AUDIO' }[kind],
      mediaType: MEDIA[ext],
      // Every seeded video plays media/fixtures/sample.webm (640×360, 4 s, 75,609 bytes).
      width: kind === 'image' ? width : kind === 'video' ? 640 : null,
      height: kind === 'image' ? height : kind === 'video' ? 360 : null,
      size:
        kind === 'image'
          ? Math.round(width * height * 0.35)
          : kind === 'video'
            ? 75_609
            : kind === 'pdf'
              ? 600
              : 16_044,
      visual,
      content: kind,
      duration: kind === 'video' ? 4 : kind === 'audio' ? 1 : null,
      state: i % 50 === 49 ? 'STAGED' : 'LIVE',
      dateLive: i % 50 === 49 ? null : dateLive,
      dateAdded: dateLive,
      folderIds: [folder.id, ...extra.filter((id) => id !== folder.id)],
      keywords: [subject, ...rnd.sample(KEYWORDS, rnd.int(1, 3))],
      title: `${subject[0].toUpperCase()}${subject.slice(1)} ${i + 1}`,
      collectionIds: i % 11 === 0 ? [COLLECTIONS[0].id] : i % 13 === 0 ? [COLLECTIONS[1].id] : [],
      // An image's alt text says what its photo shows (media/photos.js: seed `visual` shows photo visual % 5).
      metadata: licenceMetadata(i, subject, visual === null ? undefined : PHOTOS[visual % PHOTOS.length].alt),
    });
  }
  for (const asset of assets) {
    const oddity = SEED_ODDITIES[asset.filename];
    if (oddity) asset.seedOddity = oddity;
  }

  const hostileFolders = folders.filter((f) => f.path[0] === xss(0));
  for (let i = 0; i < 14; i++) {
    push({
      filename: `${xss(i * 4 + 1)}.jpg`,
      fileType: 'IMAGE',
      mediaType: MEDIA.jpg,
      width: 1200,
      height: 800,
      size: 336_000,
      visual: 500 + i,
      content: 'image',
      dateLive: isoDay('2025-06-01', i),
      folderIds: [hostileFolders[i % hostileFolders.length].id],
      keywords: [xss(i * 4 + 2), xss(i * 4 + 3)],
      title: xss(i * 4),
      metadata: licenceMetadata(i, 'hostile', xss(i * 4 + 1), xss(i * 4 + 22)),
    });
  }

  // The `big` portal: lightweight assets sharing four artworks.
  const archive = folderByPath(folders, 'Archive');
  for (let i = 0; i < 10_050; i++) {
    push({
      filename: `archive-${String(i + 1).padStart(5, '0')}.jpg`,
      fileType: 'IMAGE',
      mediaType: MEDIA.jpg,
      width: 1200,
      height: i % 2 ? 800 : 1200,
      size: 250_000,
      visual: 900 + (i % 4),
      content: 'image',
      dateLive: isoDay('2020-01-01', i % 2000),
      folderIds: [archive.id],
      keywords: ['archive'],
      title: `Archive ${i + 1}`,
    });
  }
  return assets;
}
