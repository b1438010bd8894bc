// The npm build ships one module per source module (vite.config.ts: preserveModules), so an app's
// bundler sees the real module graph. What that layout must keep true in dist/ (built by
// `npm run build`, which CI runs before the tests; skipped without it):
// - dist mirrors src (no pre-made shared chunks of ours in dist/chunks/);
// - nothing from node_modules is bundled: Lit, @lit/task, PhotoSwipe and Uppy stay imports of the
//   app's own copies (deduped by its bundler, seen by `npm audit`), and no file sits under a
//   `node_modules` folder (npm never packs a nested one);
// - every relative import in dist resolves to a file that is there (and so in the tarball);
// - package.json "sideEffects" names only files in dist/ (src/package.json lists the sources), and names every module that registers
//   an element or a locale on import or is imported for its effect alone (`import "./x.js"`): an
//   unlisted one is silently dropped by an app's bundler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { root } from '../../scripts/lib/manifest.mjs';
import pkg from '../../package.json' with { type: 'json' };
// src/ is not in the package: its own package.json tells bundlers of the sources (the size bench,
// Storybook) which source modules register on import.
import srcPkg from '../../src/package.json' with { type: 'json' };

const dist = join(root, 'dist');
const built = existsSync(join(dist, 'gallery.js'));
const skip = built ? false : 'dist/ not built: run `npm run build` first';

/** Paths under dist/, relative and with `/`, for every file; `types/` (tsc's .d.ts) left out. */
const files = built
  ? readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => posix.join(posix.relative(dist, entry.parentPath).split('\\').join('/'), entry.name))
      .filter((path) => !path.startsWith('types/'))
  : [];
const modules = files.filter((path) => path.endsWith('.js'));
const npmModules = modules.filter((path) => !path.startsWith('cdn/'));

/** A sideEffects pattern as a RegExp over package-relative paths (`*` stays within a folder). */
const patternRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );
const sideEffects = (pkg.sideEffects as string[]).map((pattern) => ({ pattern, regExp: patternRegExp(pattern) }));
const srcSideEffects = (srcPkg.sideEffects as string[]).map((pattern) => ({
  pattern,
  regExp: patternRegExp(`./src/${pattern.replace(/^\.\//, '')}`),
}));

test('dist/ mirrors the source modules', { skip }, () => {
  assert.ok(
    !existsSync(join(dist, 'chunks')),
    'dist/chunks/ is back: shared chunks instead of one module per source file',
  );
  for (const path of [
    'gallery.js',
    'react.js',
    'elements/gallery/gallery.js',
    'elements/gallery/layout.js',
    'i18n/de.js',
    'i18n/fr.js',
    'i18n/es.js',
    'i18n/it.js',
    'i18n/nl.js',
    'i18n/pt.js',
    'i18n/ja.js',
    'i18n/ar.js',
  ]) {
    assert.ok(files.includes(path), `dist/${path} missing`);
  }
  // Every other module is at its source path (react.js is the `./react` entry, src/react/index.ts;
  // vue.js, jsx.js and svelte.js likewise).
  const fromIndex = (path: string) =>
    /^[\w-]+\.js$/.test(path) && existsSync(join(root, 'src', path.replace(/\.js$/, ''), 'index.ts'));
  // The bundler's own helpers (rolldown's namespace-object helper for `export * as dashPaths` in
  // src/api/endpoints.ts) are one module of its own, not a source module moved or merged.
  const bundlerRuntime = (path: string) => path === '_virtual/_rolldown/runtime.js';
  const strays = npmModules
    .filter((path) => !fromIndex(path) && !bundlerRuntime(path))
    .filter((path) => !existsSync(join(root, 'src', path.replace(/\.js$/, '.ts'))));
  assert.deepEqual(strays, [], 'dist modules without a source module at the same path');
});

test('no file in dist/ sits under a node_modules folder (npm would not pack it)', { skip }, () => {
  assert.deepEqual(
    files.filter((path) => path.split('/').includes('node_modules')),
    [],
  );
});

test('the npm build leaves every dependency as an import: Uppy and PhotoSwipe behind dynamic ones', { skip }, () => {
  const imported = new Set(
    npmModules.flatMap((path) =>
      ts.preProcessFile(readFileSync(join(dist, path), 'utf8'), true, true).importedFiles.map((f) => f.fileName),
    ),
  );
  for (const dependency of ['lit', '@uppy/core', '@uppy/aws-s3', 'photoswipe']) {
    assert.ok(
      [...imported].some((specifier) => specifier === dependency || specifier.startsWith(`${dependency}/`)),
      `no module in dist/ imports ${dependency}`,
    );
  }
  assert.ok(!existsSync(join(dist, 'vendor')), 'dist/vendor/ is back: a dependency was bundled');
  // Bundled third-party code would sit at a path that mirrors no source module (checked above) or
  // carry its package's own markers.
  const bundled = npmModules.filter((path) =>
    /litElementVersions|class PhotoSwipe(Lightbox)?\b|class Uppy\b/.test(readFileSync(join(dist, path), 'utf8')),
  );
  assert.deepEqual(bundled, [], 'modules holding Lit, PhotoSwipe or Uppy code');
});

test('every relative import in dist/ resolves to a file in dist/', { skip }, () => {
  const broken: string[] = [];
  for (const path of modules) {
    const code = readFileSync(join(dist, path), 'utf8');
    // preProcessFile reads import/export declarations and import() calls, not comments or strings.
    const specifiers = ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    for (const specifier of [...specifiers, ...(map ? [`./${map}`] : [])]) {
      if (!specifier.startsWith('.') && !specifier.includes('node_modules')) continue; // a dependency
      const target = posix.join(posix.dirname(path), specifier);
      if (specifier.includes('node_modules') || !files.includes(target)) broken.push(`${path}: ${specifier}`);
    }
  }
  assert.deepEqual(broken, []);
});

/** A top-level `Something.define('dash-…')` or `registerLocale(…)` statement (dist is not minified). */
const registersOnImport = (code: string) => /^(?:[A-Z][\w$]*\.define|registerLocale)\(/m.test(code);

test('package.json "sideEffects" lists existing files, and every module run for its effect on import', { skip }, () => {
  const packageFiles = files.map((path) => `dist/${path}`);
  const stale = sideEffects.filter(({ regExp }) => !packageFiles.some((path) => regExp.test(path)));
  assert.deepEqual(
    stale.map(({ pattern }) => pattern),
    [],
    'patterns matching no file in dist/ (src/ is not in the package)',
  );
  const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map(
    (path) => `src/${path.split('\\').join('/')}`,
  );
  const staleSrc = srcSideEffects.filter(({ regExp }) => !sourceFiles.some((path) => regExp.test(path)));
  assert.deepEqual(
    staleSrc.map(({ pattern }) => pattern),
    [],
    'src/package.json patterns matching no file',
  );

  const registers = npmModules.filter((path) => registersOnImport(readFileSync(join(dist, path), 'utf8')));
  assert.ok(registers.includes('gallery.js') && registers.includes('i18n/de.js'), `found: ${registers.join(', ')}`);
  const listed = (path: string) => sideEffects.some(({ regExp }) => regExp.test(`dist/${path}`));
  assert.deepEqual(
    registers.filter((path) => !listed(path)),
    [],
    'modules that register on import but are not in "sideEffects"',
  );

  // The same for the sources, which Storybook, the examples' dev servers and the size bench build.
  const srcRegisters = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts') && registersOnImport(readFileSync(join(root, 'src', path), 'utf8')));
  assert.ok(srcRegisters.includes('gallery.ts'), `found: ${srcRegisters.join(', ')}`);
  const srcListed = (path: string) => srcSideEffects.some(({ regExp }) => regExp.test(`src/${path}`));
  assert.deepEqual(
    srcRegisters.filter((path) => !srcListed(path)),
    [],
    'sources that register on import but are not in src/package.json "sideEffects"',
  );

  // `import "./x.js"` of an unlisted module does nothing in an app (esbuild warns about it).
  const bareImports = npmModules.flatMap((path) =>
    [...readFileSync(join(dist, path), 'utf8').matchAll(/^import\s*["'](\.[^"']+)["'];?$/gm)].map((m) =>
      posix.join(posix.dirname(path), m[1]),
    ),
  );
  assert.deepEqual(
    bareImports.filter((path) => !listed(path)),
    [],
    'bare imports of modules not in "sideEffects"',
  );
});
