// Size of the JavaScript each element (and each peer library) makes a browser download, before
// interaction and after the interaction that loads its heavy part. Everything is bundled the same
// way: one Vite build per subject (as an app importing only that would), ES modules, minified,
// every dependency (Lit included) bundled, code split at the dynamic imports. (One build with
// every subject as an entry would let a chunk borrow shared modules from another entry's chunk,
// charging one element for another's code.) Those app builds include Vite's preload helper
// (about 0.7 kB gzip), which an app pays once for all its lazy imports; the CDN row is the shipped
// script-tag build, which has none. A figure is the sum over the chunks loaded — the entry's static
// import closure, plus for "after" the closure of the dynamic chunks that interaction loads — each
// compressed on its own, as a browser fetches them. gzip level 9 and brotli quality 11, so the
// numbers are deterministic (`npm run check:size` relies on that).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { root } from '../../scripts/lib/manifest.mjs';
import { npmPlugins } from '../../scripts/build/plugins.mjs';
import { cdnConfig } from '../../scripts/build/cdn.mjs';

// One folder per run: two measurements at once (a bench beside `npm run check:size`) would
// otherwise empty each other's output mid-read.
const outDir = join(root, '.cache/size', String(process.pid));

/** KB as the budgets count them: 1024 bytes. */
export const KB = 1024;

/**
 * `before`/`after`: patterns of the dynamic chunks (by source path) loaded before interaction
 * and by the interaction. `budget`: gzip bytes allowed (issue 17), and which figure it limits.
 * `cdn`: measure the shipped CDN script (scripts/build/cdn.mjs) instead of an app build.
 */
const jsonGallery = {
  name: '<dash-gallery> (json source)',
  entry: 'src/gallery.ts',
  // A json gallery's first load: the adapters' registry, then the json adapter it imports, with
  // the chunks each of them needs.
  before: [/src\/api\/adapters\/index\.ts$/, /src\/api\/adapters\/json\.ts$/],
  after: [/src\/elements\/gallery\/lightbox\.ts$/, /photoswipe/],
  interaction: 'lightbox open',
  baseline: 'photoswipe',
};

const cmsGallery = {
  ...jsonGallery,
  name: '<dash-gallery> (cms source)',
  // The CMS adapter; editing (edit-controller) loads only when the gallery is editable.
  before: [/src\/api\/adapters\/index\.ts$/, /src\/api\/adapters\/cms\.ts$/],
};

const portalGallery = {
  ...jsonGallery,
  // The issue's own example: a portal folder. Its adapter brings the Dash API client (portal
  // token, search, response checks).
  name: '<dash-gallery> (dash-portal source)',
  before: [/src\/api\/adapters\/index\.ts$/, /src\/api\/adapters\/dash-portal\.ts$/],
};

/**
 * What a page with `<script type="module" src=".../dist/cdn/<name>.js">` downloads: the shipped
 * CDN configuration, so no bundler runtime such as Vite's preload helper, which app rows include.
 */
/**
 * Where a row is over its budget today: the figure it may not grow past (the measured figure,
 * rounded up to the next 100 bytes) and why, until the work in the open issue brings it within
 * budget (scripts/check-size.mjs).
 */
const knownOver = (gzip, why) => ({ gzip, why });
const galleryGap =
  "issue 17 is open: the first load is Lit, the gallery (layout, windowing, sources, lightbox controller, strings, styles) and, for the cms and dash-portal sources, the API request layer (request, retries, token sources) and the Dash search (cursor, model parsers); each of them needs to get smaller. Issues 21 and 22 added to it what must run before the first photo: the data's head start, reading server-rendered markup, the carousel, right-to-left tiles and the analytics impressions; and the CDN script's own early start (issue 21), which asks for each gallery's data and source code before the first-load chunk has arrived; and the first photo sent alone, the others once it has arrived (issue 21), so on a slow phone it does not share the bandwidth with every photo in view";
const browseGap =
  "issue 17 is open: with the browsing seams folded in, the API layer, the browse session and the internal grid, tree and view elements need to get smaller; the figure includes the phone layout issue 18 requires (folder drawer, filters behind one button, sticky selection bar) and what issue 22 added: analytics, licence and expiry badges, the portal's terms, custom sizes, asset fields and video playback, the picker's alt, credit and licence fields (its crop editor loads only with crops), issue 18's loading placeholders in the element's own frame, and issue 19's room kept clear of the sticky selection bar for the focused tile, and the search cursor's page size for one page (the portal gallery's smaller first page)";

const uploadGap =
  'issue 17 is open: whole folders and the phone camera (issue 20), the loading placeholder and the visible retrying state (issue 18) took the script past its budget, and the throughput work of issue 20 added a part lane in the engine and files created in the order chosen; the folder reading and grouping already load only with a folder, so the rest is the element and Uppy core, which need to get smaller';

const cdnRow = (subject, cdn, budget) => ({ ...subject, name: `${subject.name}, CDN script`, cdn, budget });

export const subjects = [
  jsonGallery,
  cmsGallery,
  portalGallery,
  cdnRow(jsonGallery, 'gallery', { on: 'before', gzip: 16 * KB, known: knownOver(23_300, galleryGap) }),
  cdnRow(cmsGallery, 'gallery', { on: 'before', gzip: 18 * KB, known: knownOver(26_500, galleryGap) }),
  cdnRow(portalGallery, 'gallery', { on: 'before', gzip: 20 * KB, known: knownOver(29_400, galleryGap) }),
  {
    name: '<dash-guest-upload>',
    entry: 'src/guest-upload.ts',
    // The Dash flow's chunks and Uppy. Not loaded by an upload start: the Dash Social flow
    // (target="dash-social"), the MD5 (content-md5 only) and the reload-resume checks (a file
    // chosen again after a reload, src/upload/reload-resume.ts). In an app build Uppy is the
    // app's own, untrimmed copy (an app that uses Uppy itself shares it).
    after: [/src\/upload\/(?!social-flow|md5|reload-resume)/, /@uppy/],
    interaction: 'upload start',
    baseline: 'uppy-dashboard',
  },
  {
    name: '<dash-guest-upload>, CDN script',
    entry: 'src/guest-upload.ts',
    after: [/src\/upload\/(?!social-flow|md5|reload-resume)/, /@uppy/],
    interaction: 'upload start',
    // The script we ship with Uppy inside (trimmed: scripts/build/uppy.mjs), everything counted.
    budget: { on: 'after', gzip: 40 * KB, known: knownOver(43_000, uploadGap) },
    baseline: 'uppy-dashboard',
    cdn: 'guest-upload',
  },
  {
    name: '<dash-portal-browser>',
    entry: 'src/portal-browser.ts',
    after: [/src\/elements\/portal-browser\/asset-view\.ts$|src\/browse\/asset-view\.ts$/],
    interaction: 'asset view open',
    budget: { on: 'before', gzip: 26 * KB, known: knownOver(39_200, browseGap) },
  },
  {
    name: '<dash-asset-picker>',
    entry: 'src/asset-picker.ts',
    budget: { on: 'before', gzip: 26 * KB, known: knownOver(37_800, browseGap) },
  },
  {
    name: 'All four (`dash-elements`)',
    entry: 'src/index.ts',
    before: [/src\/api\/adapters\/index\.ts$/, /src\/api\/adapters\/json\.ts$/],
  },
  {
    name: 'All four, CDN script (`dash-elements.js`)',
    entry: 'src/index.ts',
    before: [/src\/api\/adapters\/index\.ts$/, /src\/api\/adapters\/json\.ts$/],
    cdn: 'dash-elements',
  },
  {
    name: 'PhotoSwipe 5 (lightbox + core)',
    id: 'photoswipe',
    entry: 'bench/size/peers/photoswipe.js',
    after: [/photoswipe\.esm/],
    interaction: 'lightbox open',
    peer: true,
  },
  { name: 'GLightbox 3', entry: 'bench/size/peers/glightbox.js', peer: true },
  {
    name: 'Uppy 5 core + dashboard + aws-s3',
    id: 'uppy-dashboard',
    entry: 'bench/size/peers/uppy-dashboard.js',
    peer: true,
  },
  { name: 'Uploadcare file-uploader', entry: 'bench/size/peers/uploadcare.js', peer: true },
];

const keyOf = (entry) => entry.replace(/\.(ts|js)$/, '').replace(/[^a-z0-9]+/gi, '_');

/** A Vite app build of `subject` alone, as an app importing only that element would make. */
function appConfig(subject, dir) {
  return {
    configFile: false,
    root,
    plugins: npmPlugins(),
    build: {
      outDir: dir,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [keyOf(subject.entry)]: join(root, subject.entry) },
        // As in a Vite app build (Vite's own default there): the app imports the element for its
        // side effect (the define() call), so the entry chunk need not keep an export signature
        // of its own, and Lit may share the entry chunk with the code that first needs it instead
        // of being forced into a chunk of its own.
        preserveEntrySignatures: false,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/**
 * Builds one subject (as an app would, or as the shipped CDN script with `cdn`) and returns its
 * manifest (source path → chunk) and output folder.
 */
const builds = new Map();

/** Several rows read the same build (the gallery's CDN script, for each source): built once a run. */
function buildSubject(subject) {
  const key = subject.cdn ? `cdn-${subject.cdn}` : keyOf(subject.entry);
  if (!builds.has(key)) builds.set(key, buildOnce(subject, join(outDir, key)));
  return builds.get(key);
}

async function buildOnce(subject, dir) {
  const config = subject.cdn ? cdnConfig(subject.cdn, { outDir: dir, sourcemap: false }) : appConfig(subject, dir);
  await build({ ...config, logLevel: 'silent', build: { ...config.build, emptyOutDir: true, manifest: true } });
  return { dir, manifest: JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) };
}

function closure(manifest, keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest, manifest[key].imports ?? [], seen);
  }
  return seen;
}

/** Dynamic chunks reachable from `keys` whose source path matches one of `patterns`. */
function dynamicMatching(manifest, keys, patterns) {
  const found = new Set();
  const visit = (key, seen = new Set()) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dynamic of manifest[key].dynamicImports ?? []) {
      if (patterns.some((p) => p.test(dynamic)) && !found.has(dynamic)) {
        found.add(dynamic);
        for (const k of closure(manifest, [dynamic])) visit(k, seen);
      }
    }
    for (const k of manifest[key].imports ?? []) visit(k, seen);
  };
  for (const key of keys) visit(key);
  return [...found];
}

function sizeOf(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

function total(dir, manifest, keys) {
  const sum = { raw: 0, gzip: 0, brotli: 0, files: keys.size };
  for (const key of keys) {
    const size = sizeOf(join(dir, manifest[key].file));
    sum.raw += size.raw;
    sum.gzip += size.gzip;
    sum.brotli += size.brotli;
  }
  return sum;
}

/** One row per subject: `before` and (where it has one) `after` totals, and the budget verdict. */
export async function measureSizes() {
  const rows = [];
  // One after another: parallel Vite builds would only fight over the same two cores.
  try {
    for (const subject of subjects) rows.push(await measureSubject(subject));
  } finally {
    builds.clear();
    rmSync(outDir, { recursive: true, force: true });
  }
  return rows;
}

async function measureSubject(subject) {
  const { dir, manifest } = await buildSubject(subject);
  const entryKey = subject.entry;
  if (!manifest[entryKey]) return { ...subject, missing: true };
  const beforeKeys = closure(manifest, [entryKey]);
  for (const key of dynamicMatching(manifest, [entryKey], subject.before ?? [])) {
    closure(manifest, [key], beforeKeys);
  }
  const before = total(dir, manifest, beforeKeys);
  let after;
  if (subject.after) {
    const afterKeys = new Set(beforeKeys);
    for (const key of dynamicMatching(manifest, [...beforeKeys], subject.after)) {
      closure(manifest, [key], afterKeys);
    }
    after = total(dir, manifest, afterKeys);
  }
  const limited = subject.budget && (subject.budget.on === 'after' ? after : before);
  const overBudget = Boolean(subject.budget && limited && limited.gzip > subject.budget.gzip);
  return { ...subject, before, after, overBudget };
}

/** A byte count in KB (1024 bytes), as the budgets are written. */
export const kB = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
