// The build-time transforms of the builds that ship or measure code, so what is measured is what
// ships. Dev servers and tests use the sources as written (the tests' Uppy bundle applies
// uppy.mjs itself).
//
// - Lit's template minifier (@lit-labs/rollup-plugin-minify-html-literals, maintained in the Lit
//   repository): JavaScript minifiers leave template text alone, so without it every `html` and
//   `css` literal ships with its indentation and line breaks. CSS goes through lightningcss with
//   the library's oldest engines as targets, so nothing is prefixed or rewritten into syntax
//   they lack (e.g. `(min-width: 40rem)` into the range syntax, which Safari reads only from
//   16.4). A template it cannot minify fails the build instead of shipping unminified. (It
//   drops the escape of a backtick inside a template, which then fails the build as a syntax
//   error; our templates have none.)
// - The Uppy trim (uppy.mjs), only where Uppy is bundled: the CDN scripts. The npm build leaves
//   Uppy as an import of the app's own copy.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { uppyPlugin } from './uppy.mjs';

/** The oldest engines the library supports (the same ones `target: 'es2022'` implies). */
const targets = { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };

/** Minifies the `html` and `css` tagged templates of our sources. */
export const minifyTemplatesPlugin = () =>
  minifyHtmlLiterals({
    exclude: ['**/node_modules/**'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS: { targets } } },
  });

/** The npm build's transforms (vite.config.ts), and an app build's in the size bench. */
export const npmPlugins = () => [minifyTemplatesPlugin()];

/** The transforms of builds that bundle every dependency: the CDN scripts (cdn.mjs). */
export const bundlePlugins = () => [minifyTemplatesPlugin(), uppyPlugin()];
