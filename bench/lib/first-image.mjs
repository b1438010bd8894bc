// First image on a slow phone (issue 21): navigation → the gallery's first image painted, as the
// page's largest-contentful-paint entries report it, for <dash-gallery> (json, cms, dash-portal; CDN script and a
// Vite app) against a static page of the same images and PhotoSwipe's DOM mode, loaded one after
// another in the same run (bench/pages/first-image/pages.mjs has the pages).
//
// Each load: a fresh incognito context (cold cache, new connections), the cache also disabled
// through CDP, Lighthouse's mobile profile (412×823 at 1.75×, 150 ms RTT, 1.6 Mbps down, 750 kbps
// up, CPU 4× slower). A load that never paints a gallery image, or whose final largest
// contentful paint is anything but a gallery image, throws: no figure is reported that was not measured.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { root } from '../../scripts/lib/manifest.mjs';
import { cdnConfig, facadeTarget } from '../../scripts/build/cdn.mjs';
import { npmPlugins } from '../../scripts/build/plugins.mjs';
import { serveStatic } from './harness.mjs';
import { summarize } from './stats.mjs';
import {
  cdnPage,
  galleryAttributes,
  photoswipePage,
  serverConfig,
  ssrPage,
  staticPage,
  viteMain,
  vitePage,
} from '../pages/first-image/pages.mjs';

export const SOURCES = ['json', 'cms', 'dash-portal'];
/** The element's rows and the two anchors, in the order each run loads them. */
export const MODES = ['static', 'cdn', 'hints', 'vite', 'ssr', 'pswp'];
/**
 * A subset while working on one row (`FIRST_IMAGE_SOURCES=json FIRST_IMAGE_MODES=static,cdn`):
 * fewer loads per run, so more runs fit. `FIRST_IMAGE_TRACE=file.json` also writes every load's
 * resources (name, start, end) there, to see which request waits for which;
 * `FIRST_IMAGE_CHROME_TRACE=dir` records a Chrome performance trace of each load in `dir` (slower:
 * for looking at the main thread, not for figures).
 */
const subset = (list, value) => (value ? list.filter((name) => value.split(',').includes(name)) : list);
const sources = subset(SOURCES, process.env.FIRST_IMAGE_SOURCES);
const wantedModes = subset(MODES, process.env.FIRST_IMAGE_MODES);
/** Issue 21's targets: first image ≤ this × the static page's. */
export const TARGETS = { json: 1.3, cms: 1.3, 'dash-portal': 1.5 };
/** Lighthouse's mobile profile ("slow 4G", Moto G Power screen). */
export const PROFILE = {
  latencyMs: 150,
  downKbps: 1600,
  upKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};
const PAINT_TIMEOUT_MS = 90_000;
/** After the first row is in: time for a later, larger candidate or a late shift to be recorded. */
const SETTLE_MS = 1000;

const workDir = join(root, '.cache/bench-first-image');
const outDir = join(workDir, 'out');

/** gallery.js and its first-load chunk, as the pages name them (set by buildPages). */
let cdnFiles;

/** Every page but the anchors (those need the probe): the CDN build, the Vite app, PhotoSwipe. */
async function buildPages(context) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The CDN script as `npm run build` makes it (scripts/build/cdn.mjs), from the current sources.
  await build(cdnConfig('gallery', { outDir: join(outDir, 'cdn') }));
  const chunk = facadeTarget(readFileSync(join(outDir, 'cdn/gallery.js'), 'utf8'));
  if (!chunk) throw new Error('the CDN build has no first-load chunk');
  const cdn = { facade: 'cdn/gallery.js', chunk: `cdn/${chunk}` };
  cdnFiles = cdn;
  for (const source of SOURCES) {
    writeFileSync(join(outDir, `cdn-${source}.html`), cdnPage(source, context, cdn));
    const hints = { preload: sourceChunks(source, chunk), preconnect: [new URL(context.api).origin] };
    writeFileSync(join(outDir, `hints-${source}.html`), cdnPage(source, context, { ...cdn, ...hints }));
  }
  // An app: `import 'dash-elements/gallery'` resolved to the sources with the npm build's
  // transforms (what an app bundles from dist/, from the current sources), built for production.
  const appDir = join(workDir, 'app');
  mkdirSync(appDir, { recursive: true });
  writeFileSync(join(appDir, 'main.js'), viteMain);
  for (const source of SOURCES) writeFileSync(join(appDir, `${source}.html`), vitePage(source, context));
  await build({
    configFile: false,
    root: appDir,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: npmPlugins(),
    resolve: { alias: { 'dash-elements/gallery': join(root, 'src/gallery.ts') } },
    build: {
      outDir: join(outDir, 'vite'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rollupOptions: { input: Object.fromEntries(SOURCES.map((s) => [s, join(appDir, `${s}.html`)])) },
    },
  });
  const pswp = join(root, 'node_modules/photoswipe/dist');
  // dash-elements/server, for Node, when the sources have it (issue 21's server-rendered row).
  if (existsSync(join(root, 'src/server/index.ts'))) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        ssr: join(root, 'src/server/index.ts'),
        outDir: join(workDir, 'server'),
        emptyOutDir: true,
        target: 'node20',
        rollupOptions: { output: { format: 'es', entryFileNames: 'server.mjs' } },
      },
    });
  }
  mkdirSync(join(outDir, 'photoswipe'));
  for (const file of ['photoswipe.css', 'photoswipe-lightbox.esm.min.js', 'photoswipe.esm.min.js']) {
    cpSync(join(pswp, file), join(outDir, 'photoswipe', file));
  }
}

/**
 * The chunks `source` loads beyond the first-load chunk (`chunks/gallery-….js`): its own and
 * those it imports, which the browser otherwise discovers one level at a time.
 */
function sourceChunks(source, firstLoad) {
  const dir = join(outDir, 'cdn/chunks');
  const own = readdirSync(dir).find((name) => name.startsWith(`${source}-`) && name.endsWith('.js'));
  if (!own) throw new Error(`the CDN build has no chunk for source ${source}`);
  const found = new Set();
  const visit = (name) => {
    if (found.has(name) || `chunks/${name}` === firstLoad) return;
    found.add(name);
    const code = readFileSync(join(dir, name), 'utf8');
    for (const [, dep] of code.matchAll(/(?:from|import)\s*["'`]\.\/([\w-]+\.js)["'`]/g)) visit(dep);
  };
  visit(own);
  return [...found].map((name) => `cdn/chunks/${name}`);
}

const pagePath = (mode, source) => (mode === 'vite' ? `vite/${source}.html` : `${mode}-${source}.html`);

/**
 * Runs in the page before its own scripts: records LCP candidates and layout shifts (buffered),
 * and finds the gallery's images — in <dash-gallery>'s shadow root or the anchors' #gallery.
 */
function installObservers() {
  const state = (window.__firstImage = { lcp: [], cls: 0, shifts: 0 });
  new PerformanceObserver((list) => state.lcp.push(...list.getEntries())).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      state.shifts += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const deep = (node, selector, found = []) => {
    found.push(...node.querySelectorAll(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, selector, found);
    return found;
  };
  state.host = () => document.querySelector('dash-gallery') ?? document.getElementById('gallery');
  /** Its images: server-rendered ones in its light DOM too (they paint before the upgrade). */
  state.images = () => {
    const host = state.host();
    if (!host) return [];
    return [...deep(host, 'img'), ...(host.shadowRoot ? deep(host.shadowRoot, 'img') : [])];
  };
  /** The gallery's images in the viewport's top row (its first row). */
  state.firstRow = () => {
    const shown = state
      .images()
      .map((img) => ({ img, box: img.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0);
    if (!shown.length) return [];
    const top = Math.min(...shown.map(({ box }) => box.top));
    return shown.filter(({ box }) => Math.abs(box.top - top) < 2).map(({ img }) => img);
  };
  state.isGalleryImage = (entry) => {
    const images = state.images();
    return images.includes(entry.element) || images.some((img) => (img.currentSrc || img.src) === entry.url);
  };
  state.ready = () => {
    const row = state.firstRow();
    return (
      row.length > 0 &&
      row.every((img) => img.complete && img.naturalWidth > 0) &&
      state.lcp.some((entry) => state.isGalleryImage(entry))
    );
  };
}

/** What one load measured (runs in the page once the first row has painted and settled). */
function collect() {
  const state = window.__firstImage;
  const last = state.lcp.at(-1);
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    lcp: last && {
      time: last.startTime,
      renderTime: last.renderTime,
      loadTime: last.loadTime,
      url: last.url,
      size: last.size,
      tag: last.element?.localName ?? null,
      inGallery: state.isGalleryImage(last),
    },
    candidates: state.lcp.map((entry) => ({
      time: entry.startTime,
      size: entry.size,
      url: entry.url,
      inGallery: state.isGalleryImage(entry),
    })),
    cls: state.cls,
    shifts: state.shifts,
    firstRow: state.firstRow().length,
    html: nav?.responseEnd,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name,
      type: r.initiatorType,
      start: r.startTime,
      end: r.responseEnd,
    })),
  };
}

/** What the gallery laid out (unthrottled, same viewport): the anchors are built from it. */
function probe() {
  const host = document.querySelector('dash-gallery');
  const items = host.data?.items ?? [];
  const origin = host.getBoundingClientRect();
  const cells = [...host.shadowRoot.querySelectorAll('[aria-posinset]')].sort(
    (a, b) => Number(a.ariaPosInSet) - Number(b.ariaPosInSet),
  );
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
  };
  const tiles = cells.map((cell) => {
    const img = cell.querySelector('img');
    const item = items[Number(cell.ariaPosInSet) - 1];
    return {
      box: rect(img ?? cell),
      image: img && {
        src: img.getAttribute('src'),
        srcset: img.getAttribute('srcset'),
        sizes: img.getAttribute('sizes'),
        alt: img.getAttribute('alt') ?? '',
      },
      large: item && {
        url: item.original?.url ?? item.src,
        width: item.original?.width ?? item.width,
        height: item.original?.height ?? item.height,
      },
    };
  });
  const first = tiles[0]?.box;
  const columns = tiles.filter((t) => Math.abs(t.box.y - first.y) < 2).length;
  const second = tiles[1]?.box;
  const below = tiles[columns]?.box;
  const columnGap = columns > 1 ? Math.round(second.x - first.x - first.width) : 0;
  return {
    tiles,
    layout: {
      columns,
      columnGap,
      rowGap: below ? Math.round(below.y - first.y - first.height) : columnGap,
      top: Math.round(first.y),
    },
  };
}

async function newPage(browser, { throttle }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(PROFILE.viewport);
  page.setDefaultTimeout(PAINT_TIMEOUT_MS);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downKbps * 1000) / 8,
      uploadThroughput: (PROFILE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  }
  await page.evaluateOnNewDocument(installObservers);
  return { page, close: () => context.close() };
}

async function waitForFirstRow(page, what) {
  try {
    await page.waitForFunction(() => window.__firstImage.ready(), { polling: 100, timeout: PAINT_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`${what}: no gallery image painted within ${PAINT_TIMEOUT_MS / 1000} s (${error.message})`, {
      cause: error,
    });
  }
  await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), SETTLE_MS);
}

/** Loads the gallery page unthrottled and writes the two anchors of `source` from its layout. */
async function writeAnchors(browser, url, source, context) {
  const { page, close } = await newPage(browser, { throttle: false });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForFirstRow(page, `probe ${source}`);
    const layout = await page.evaluate(probe);
    if (!layout.tiles.some((t) => t.image)) throw new Error(`probe ${source}: the gallery shows no image`);
    writeFileSync(join(outDir, `static-${source}.html`), staticPage(source, layout));
    writeFileSync(join(outDir, `pswp-${source}.html`), photoswipePage(source, layout));
    if (context.server) {
      // The same items the gallery shows, its first row eager, `sizes` as its tiles' (a site
      // sets it from its own layout): the same files at the same sizes again.
      const items = await context.server.loadGalleryItems(serverConfig(source, context), {
        limit: layout.tiles.length,
      });
      const markup = context.server.renderGalleryMarkup(items, {
        eager: layout.layout.columns,
        sizes: layout.tiles.find((t) => t.image?.sizes)?.image.sizes ?? undefined,
      });
      writeFileSync(join(outDir, `ssr-${source}.html`), ssrPage(source, layout, markup, cdnFiles));
    }
    return { columns: layout.layout.columns, tiles: layout.tiles.length };
  } finally {
    await close();
  }
}

/**
 * One throttled, cold load of `url`. `first`: the first largest-contentful-paint candidate that is
 * a gallery image — the first gallery image painted (any earlier candidate is text, e.g. the
 * gallery's "Loading…"). `lcp`: the final candidate, which must be a gallery image too. Chromium
 * sizes an `object-fit: cover` image by its own aspect ratio, not its cropped box, so on a grid
 * of square cells the final candidate is the tallest photo, whenever it arrives; the first one is
 * the figure that says when the visitor first sees a photo.
 */
async function measure(browser, url, what) {
  const { page, close } = await newPage(browser, { throttle: true });
  const tracing = process.env.FIRST_IMAGE_CHROME_TRACE;
  try {
    if (tracing)
      await page.tracing.start({ path: join(tracing, `${what.replace(/\W+/g, '-')}.json`), screenshots: true });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForFirstRow(page, what);
    if (tracing) await page.tracing.stop();
    const result = await page.evaluate(collect);
    if (!result.lcp) throw new Error(`${what}: no largest-contentful-paint entry`);
    if (!result.lcp.inGallery) {
      throw new Error(`${what}: the LCP element is not a gallery image (${result.lcp.tag} ${result.lcp.url})`);
    }
    const first = result.candidates.find((c) => c.inGallery);
    traces.push({ what, first: first.time, html: result.html, resources: result.resources });
    return {
      first: first.time,
      firstUrl: first.url,
      lcp: result.lcp.time,
      cls: result.cls,
      ...milestones(result, first.url),
    };
  } finally {
    await close();
  }
}

/** Every load's resources, for FIRST_IMAGE_TRACE. */
const traces = [];

const isSourceChunk = (name) => /\/(json|cms|dash-portal)-[\w-]+\.js$/.test(name);

/**
 * Where the time went in one load, ms from navigation: the HTML, the first-load script, the
 * source's chunk, the data (API requests), the first painted image's request.
 */
function milestones({ html, resources }, imageUrl) {
  const scripts = resources.filter((r) => r.name.endsWith('.js') && !isSourceChunk(r.name));
  const chunk = resources.find((r) => isSourceChunk(r.name));
  const firstLoad = scripts.filter((r) => !chunk || r.start <= chunk.start);
  const data = resources.filter((r) => r.type === 'fetch' || r.type === 'xmlhttprequest');
  const image = resources.find((r) => r.name === imageUrl);
  const end = (list) => (list.length ? Math.max(...list.map((r) => r.end)) : undefined);
  return {
    html,
    scriptEnd: end(firstLoad),
    chunkStart: chunk?.start,
    chunkEnd: chunk?.end,
    dataStart: data.length ? Math.min(...data.map((r) => r.start)) : undefined,
    dataEnd: end(data),
    dataRequests: data.length,
    imageStart: image?.start,
    imageEnd: image?.end,
  };
}

const KEYS = [
  'first',
  'lcp',
  'cls',
  'html',
  'scriptEnd',
  'chunkStart',
  'chunkEnd',
  'dataStart',
  'dataEnd',
  'dataRequests',
  'imageStart',
  'imageEnd',
];

/**
 * The section: `runs` rounds, each loading every page once (anchors and gallery rows of one
 * source next to each other), then medians per row. A failing load fails the section.
 */
export async function firstImage({ browser, server, runs }) {
  const api = server.apiUrl;
  const portal = await (await fetch(`${api}/subdomains/demo/publicly-available-portal-datas/press`)).json();
  const folder = portal?.result?.whitelistedFolderFieldOptionIds?.[0];
  if (!folder) throw new Error('the local backend has no folder in portal `press`');
  const context = { api, folder };
  await buildPages(context);
  const serverModule = join(workDir, 'server/server.mjs');
  if (existsSync(serverModule)) context.server = await import(pathToFileURL(serverModule).href);
  const modes = wantedModes.filter((mode) => mode !== 'ssr' || context.server);
  const pages = await serveStatic(outDir, { compress: true });
  try {
    const probes = {};
    // The probe also warms the backend's image cache (it paints each JPEG on first request).
    for (const source of sources) {
      probes[source] = await writeAnchors(browser, `${pages.url}/${pagePath('vite', source)}`, source, context);
    }
    const samples = Object.fromEntries(sources.map((s) => [s, Object.fromEntries(modes.map((m) => [m, []]))]));
    for (let i = 0; i < runs; i++) {
      for (const source of sources) {
        for (const mode of modes) {
          const what = `${mode} ${source} (run ${i + 1})`;
          samples[source][mode].push(await measure(browser, `${pages.url}/${pagePath(mode, source)}`, what));
        }
      }
    }
    const out = {
      profile: PROFILE,
      targets: TARGETS,
      attributes: Object.fromEntries(sources.map((s) => [s, galleryAttributes(s, { api: '<api>', folder })])),
      probes,
      serverRendered: Boolean(context.server),
    };
    if (process.env.FIRST_IMAGE_TRACE) {
      const relative = (name) => name.replace(pages.url, '').replace(api, '<api>');
      const list = traces.map((t) => ({ ...t, resources: t.resources.map((r) => ({ ...r, name: relative(r.name) })) }));
      writeFileSync(process.env.FIRST_IMAGE_TRACE, `${JSON.stringify(list, null, 1)}\n`);
    }
    for (const source of sources) {
      out[source] = {};
      for (const mode of modes) {
        const list = samples[source][mode];
        out[source][mode] = Object.fromEntries(KEYS.map((k) => [k, summarize(list.map((s) => s[k]))]));
        out[source][mode].firstUrls = [...new Set(list.map((s) => s.firstUrl.replace(api, '<api>')))];
      }
    }
    return out;
  } finally {
    pages.close();
  }
}
