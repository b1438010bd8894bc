#!/usr/bin/env node
// The CDN build, for a plain <script type="module"> with no bundler (`npm run build` runs it):
//
//   dist/cdn/dash-elements.js   all four elements, and the library's exports (registerLocale, …)
//   dist/cdn/gallery.js         one element alone (also portal-browser.js, asset-picker.js,
//                               guest-upload.js)
//   dist/cdn/locale-de.js       German for the per-element scripts (dash-elements.js has it)
//   dist/cdn/locale-fr.js       French, for any script (also es, it, nl, pt, ja, ar: not in
//                               dash-elements.js, so a page loads only the language it shows)
//
// Each script is a build of its own, so its first load is one file holding Lit and everything
// its element renders first; heavy parts (PhotoSwipe, Uppy, each gallery source) stay behind
// dynamic imports, in `dist/cdn/chunks/`. Built together, the scripts would share chunks
// instead, and a gallery-only page — the common embed — would pay for the split: about 1.4 kB
// gzip more before the lightbox (bench/RESULTS.md has the CDN rows). The price is on a page that
// loads two per-element scripts: each brings its own Lit (about 6 kB), which is why such a page
// should load dash-elements.js. Translations still reach every copy (one registry per page, see
// src/i18n/index.ts). Chunk names carry a content hash, so the builds share `chunks/` without
// overwriting each other (equal names mean equal bytes).
//
// The script a page names is a small facade of its first-load chunk: `export * from
// './chunks/portal-browser-<hash>.js'`, one line; the first load is that chunk, which holds
// everything the element renders first. Lazy chunks import what they share with the first load
// from that chunk, never from the script itself: a page may load `gallery.js?ver=6.5.2` (WordPress
// adds the version by default), and a module's URL includes its query, so a chunk importing
// `../gallery.js` would download and run the library a second time. The price is one more small
// request before the first load (a <link rel="modulepreload"> of the chunk, which also takes its
// SRI hash, saves the round trip: `npm run docs` prints it).
//
// The scripts with the gallery (gallery.js, dash-elements.js) use that request: their facade first
// starts the data of each <dash-gallery> already in the document, from its attributes (public
// GETs only: src/api/adapters/early-start.ts, bundled into the facade itself), then imports the
// chunk with `export const{DashGallery,…}=await import('./chunks/gallery-<hash>.js')` — a static
// `export *` would run nothing before the chunk had arrived and run. The element takes the
// started request instead of sending its own. Without the modulepreload line the chunk is then
// asked for when the script runs (after the HTML is parsed) rather than when it is parsed.
//
// dist/cdn/ is in the npm package because the npm CDNs (jsDelivr, unpkg) serve the package's
// files: the README's script URLs point there. Without source maps: they were three times the
// size of the scripts (six builds, each with its sources), in every app's node_modules; the same
// version's npm build (dist/*.js, unminified, one module per source module) is the readable copy.
import { rmSync } from 'node:fs';
import { posix } from 'node:path';
import { join } from 'node:path';
import { build } from 'vite';
import { root } from '../lib/manifest.mjs';
import { bundlePlugins } from './plugins.mjs';
import { sharedLitPolicyPlugin } from './shared-lit-policy.mjs';
import { isMain } from '../lib/is-main.mjs';
import { chunkBanner, chunkPackages, writeNotices } from './notices.mjs';

export const cdnScripts = {
  'dash-elements': 'src/index.ts',
  gallery: 'src/gallery.ts',
  'portal-browser': 'src/portal-browser.ts',
  'asset-picker': 'src/asset-picker.ts',
  'guest-upload': 'src/guest-upload.ts',
  'locale-de': 'src/i18n/de.ts',
  'locale-fr': 'src/i18n/fr.ts',
  'locale-es': 'src/i18n/es.ts',
  'locale-it': 'src/i18n/it.ts',
  'locale-nl': 'src/i18n/nl.ts',
  'locale-pt': 'src/i18n/pt.ts',
  'locale-ja': 'src/i18n/ja.ts',
  'locale-ar': 'src/i18n/ar.ts',
};

/**
 * The Vite configuration of one CDN script (`name` of `cdnScripts`), written to `outDir`. The
 * names of the third-party packages bundled are added to `packages` (THIRD_PARTY_NOTICES.md).
 */
export function cdnConfig(name, { outDir = join(root, 'dist/cdn'), sourcemap = false, packages = new Set() } = {}) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    // Each script bundles its own Lit; their Trusted Types policies are one (shared-lit-policy.mjs).
    plugins: [...bundlePlugins(), sharedLitPolicyPlugin(), entryFacade(name), parallelChunkImports()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap,
      minify: true,
      lib: { entry: { [name]: join(root, cdnScripts[name]) }, formats: ['es'] },
      rollupOptions: {
        // The script keeps its exports (DashGallery, registerLocale, …) but may also hold code
        // its lazy chunks import, rather than splitting that into one more request.
        preserveEntrySignatures: 'allow-extension',
        // In dash-elements.js the other elements import the error state statically, so the
        // gallery's lazy import of it cannot split it off there: expected, not worth a warning.
        onLog(level, log, handler) {
          if (name === 'dash-elements' && log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          handler(level, log);
        },
        output: {
          // Vite leaves the whitespace of an ES library unminified; a CDN script wants it gone.
          minify: true,
          // No comments: the minifier would keep `/* @__PURE__ */` marks for a later bundler, and a
          // CDN script is final. The libraries' licences are named by the banner below.
          comments: false,
          // Everything the entry imports statically is in its own chunk, the one file of the first
          // load. Left to itself, Rolldown splits modules the entry shares with lazy chunks (the
          // adapters' helpers, the URL rule) into small chunks of their own when it cannot prove
          // merging them safe: the browser finds those only once the entry chunk has arrived, a
          // round trip more before any gallery can ask for its data.
          codeSplitting: { groups: [{ name, tags: ['$initial'] }] },
          // The entry's code is a chunk too (see entryFacade): a URL without the page's query.
          entryFileNames: 'chunks/[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The minifier drops the libraries' licence comments: a chunk holding third-party code
          // starts with one line naming its packages and licences, and THIRD_PARTY_NOTICES.md.
          postBanner: (chunk) => {
            const bundled = chunkPackages(chunk);
            bundled.forEach((p) => packages.add(p));
            return chunkBanner(bundled);
          },
        },
      },
    },
  };
}

/** The scripts that register `<dash-gallery>`: their facade starts the galleries' data (early-start.ts). */
const earlyStartScripts = new Set(['gallery', 'dash-elements']);

/**
 * Writes `<name>.js`, the script a page loads, as a facade of the entry chunk: it re-exports the
 * chunk (DashGallery, registerLocale, …) and so runs it. The chunk is a module of its own URL,
 * whatever query string the page puts on the script. A gallery's facade first starts the data of
 * the galleries in the document (src/api/adapters/early-start.ts, bundled into the facade, no
 * import of its own), then imports the chunk: a static `export *` would run nothing before the
 * chunk has arrived and run, so these facades import it with `await import()` and export its
 * exports by name.
 */
function entryFacade(name) {
  return {
    name: 'dash-cdn-entry-facade',
    async generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === name);
      if (!entry) this.error(`no entry chunk for ${name}`);
      const target = JSON.stringify(`./${posix.relative('.', entry.fileName)}`);
      // Every name the chunk exports, as `export *` gives them (the chunk's own short names, which
      // its lazy chunks import, too: the entry module's list has `*` for its own `export *`).
      const source = earlyStartScripts.has(name)
        ? `${await earlyStartCode()}\ntry{__dashEarly.startEarly(${sourceCode(bundle, entry)})}catch{}\nexport const{${entry.exports.join(',')}}=await import(${target});\n`
        : `export * from ${target};\n`;
      this.emitFile({ type: 'asset', fileName: `${name}.js`, source });
    },
  };
}

/** The gallery sources' modules (src/api/adapters/<module>.ts) by source name. */
const sourceModules = {
  json: 'json',
  'photo-gallery': 'photo-gallery',
  cms: 'cms',
  'dash-portal': 'dash-portal',
  'dash-social': 'social',
};

/**
 * The early start's argument: for each gallery source, a function that imports its chunk and the
 * chunks that one imports, side by side (as parallelChunkImports does for the element's own
 * import), as a JavaScript object literal. The modules are the ones the element imports a moment
 * later, from the same URLs: each downloads and runs once.
 */
function sourceCode(bundle, entry) {
  const { chunks, closure } = chunkGraph(bundle);
  const loaded = closure(entry.fileName);
  const url = (fileName) => JSON.stringify(`./${fileName}`);
  const entries = Object.entries(sourceModules).flatMap(([source, module]) => {
    const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(`/src/api/adapters/${module}.ts`));
    if (!chunk) return [];
    const files = [...closure(chunk.fileName)].filter((file) => !loaded.has(file));
    return [`${JSON.stringify(source)}:()=>[${files.map((file) => `import(${url(file)})`).join(',')}]`];
  });
  return `{${entries.join(',')}}`;
}

/**
 * The early start as one minified script: an IIFE, so none of its names meets the facade's
 * exports, with no import (everything it uses is in the facade file: no round trip more). A
 * failure there must not stop the library, which then loads its data as it would without it.
 * The request-building code it shares with the element throws a DashError for a configuration
 * it cannot use; the early start only skips that element (the element reports it), so here
 * DashError is a bare Error class rather than errors.ts's with its message scrubbing.
 */
async function earlyStartCode() {
  const id = '\0dash-early-start';
  const errors = '\0dash-early-start-errors';
  const module = JSON.stringify(join(root, 'src/api/adapters/early-start.ts'));
  const sources = {
    [id]: `export { startEarly } from ${module};\n`,
    [errors]: `export * from ${JSON.stringify(join(root, 'src/api/errors.ts'))};\nexport class DashError extends Error {}\n`,
  };
  const { output } = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      {
        name: 'dash-early-start-entry',
        enforce: 'pre',
        resolveId: (source, importer) =>
          source === id ? id : importer?.includes('/src/api/') && source.endsWith('/errors.js') ? errors : undefined,
        load: (source) => sources[source],
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rollupOptions: {
        input: id,
        // The facade calls it as `__dashEarly.startEarly(…)`: its export is kept.
        preserveEntrySignatures: 'strict',
        output: { format: 'iife', name: '__dashEarly', comments: false, minify: true },
      },
    },
  });
  return output[0].code.trim();
}

/**
 * Makes each `import()` of a lazy chunk also start the chunks that chunk imports, so they
 * download side by side instead of one round trip later (the browser discovers a module's imports
 * only once the module itself has arrived): `import("./cms.js")` becomes
 * `(import("./validate.js").catch(() => {}), import("./cms.js"))`. The early imports are the
 * same modules the chunk would load and run first anyway, from the same URLs (one fetch each, the
 * module map shares them), and a failure still reaches the caller through the chunk's own import
 * (so the catch only keeps an unhandled rejection out of the console). A chunk the importer
 * already has (its own static imports, e.g. the first-load chunk) is left out. No DOM and no
 * inline script: `<link rel="modulepreload">` would need the document, and this works wherever
 * the chunk runs, under any CSP that lets the chunks load.
 */
function parallelChunkImports() {
  return {
    name: 'dash-cdn-parallel-chunk-imports',
    generateBundle(_options, bundle) {
      const { chunks, closure } = chunkGraph(bundle);
      for (const chunk of chunks.values()) {
        if (!chunk.dynamicImports.length) continue;
        const loaded = closure(chunk.fileName);
        const dir = posix.dirname(chunk.fileName);
        chunk.code = chunk.code.replace(/import\((["'`])(\.\.?\/[\w./-]+\.js)\1\)/g, (call, _quote, specifier) => {
          const target = posix.join(dir, specifier);
          if (!chunks.has(target)) return call;
          const early = [...closure(target)].filter((dep) => dep !== target && !loaded.has(dep));
          if (!early.length) return call;
          const imports = early.map((dep) => {
            const relative = posix.relative(dir, dep);
            return `import(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}).catch(()=>{})`;
          });
          return `(${imports.join(',')},${call})`;
        });
      }
    },
  };
}

/** The bundle's chunks by file name, and `closure(fileName)`: it and every chunk it imports statically. */
function chunkGraph(bundle) {
  const chunks = new Map(
    Object.values(bundle)
      .filter((file) => file.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const closure = (fileName, found = new Set()) => {
    if (found.has(fileName)) return found;
    found.add(fileName);
    for (const dep of chunks.get(fileName)?.imports ?? []) closure(dep, found);
    return found;
  };
  return { chunks, closure };
}

/** The entry chunk a CDN script re-exports (`chunks/gallery-<hash>.js`), read from the script. */
export function facadeTarget(code) {
  return /^export (?:\* from |const\{[\w$,]*\}=await import\()"\.\/(chunks\/[^"]+\.js)"\)?;$/m.exec(code)?.[1];
}

export async function buildCdn() {
  rmSync(join(root, 'dist/cdn'), { recursive: true, force: true });
  const packages = new Set();
  // One after another: parallel builds would only fight over the same cores.
  for (const name of Object.keys(cdnScripts)) await build(cdnConfig(name, { packages }));
  // After the npm build (`npm run build` runs it first), whose dist/vendor/ it reads too.
  writeNotices({ cdn: [...packages].sort() });
}

if (isMain(import.meta.url)) await buildCdn();
