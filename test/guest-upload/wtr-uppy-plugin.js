// @ts-check
/**
 * A web-test-runner plugin that serves Uppy as one bundled ES module.
 *
 * Why: @uppy/core 5 imports CommonJS packages (lodash/throttle, namespace-emitter, mime-match) and
 * its own package.json with `with { type: 'json' }`. Vite bundles both fine, but the test dev
 * server serves node_modules file by file: it drops the import attribute (so Chromium refuses the
 * JSON) and cannot run CommonJS. So the two entry points are bundled with esbuild, with the same
 * replacements the shipped builds make (scripts/build/uppy.mjs): the tests run the Uppy that ships.
 */
import { build } from 'esbuild';
import { uppyEsbuildPlugin } from '../../scripts/build/uppy.mjs';

const BUNDLE = '/__uppy/uppy.js';
const ENTRIES = {
  '@uppy/core': '/__uppy/core.js',
  '@uppy/aws-s3': '/__uppy/aws-s3.js',
};

/** @type {Promise<string> | undefined} */
let bundled;

function bundle() {
  bundled ??= build({
    stdin: {
      contents: "export { default as Uppy } from '@uppy/core';\nexport { default as AwsS3 } from '@uppy/aws-s3';\n",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [uppyEsbuildPlugin()],
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function uppyBundlePlugin() {
  return {
    name: 'dash-uppy-bundle',
    resolveImport({ source }) {
      return ENTRIES[/** @type {keyof typeof ENTRIES} */ (source)];
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await bundle(), type: 'js' };
      if (context.path === ENTRIES['@uppy/core']) {
        return { body: `export { Uppy as default } from '${BUNDLE}';`, type: 'js' };
      }
      if (context.path === ENTRIES['@uppy/aws-s3']) {
        return { body: `export { AwsS3 as default } from '${BUNDLE}';`, type: 'js' };
      }
      return undefined;
    },
  };
}
