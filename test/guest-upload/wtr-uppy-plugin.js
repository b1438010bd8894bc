// @ts-check
/**
 * A web-test-runner plugin that serves Uppy as one bundled ES module (and runs the uploader tests'
 * `emulate-touch` command, see below).
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

/** DevTools sessions kept open per page: emulation set through one ends when it detaches. */
const touchSessions = new WeakMap();

/**
 * The `emulate-touch` command (`{enabled}`): a touch screen as the primary pointer, so the page
 * matches `(pointer: coarse)` as on a phone (Emulation.setTouchEmulationEnabled). The media-features
 * command cannot: Chromium ignores `pointer` in Emulation.setEmulatedMedia. It lives here because
 * this is the uploader tests' own plugin (the camera button is theirs); it could join
 * test/support/media-features-plugin.js.
 * @param {{ command: string, payload: unknown, session: any }} args
 */
async function emulateTouch({ command, payload, session }) {
  if (command !== 'emulate-touch') return undefined;
  const page = session.browser.getPage(session.id);
  let cdp = touchSessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    touchSessions.set(page, cdp);
  }
  const enabled = Boolean(/** @type {{ enabled?: boolean }} */ (payload)?.enabled);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: enabled ? 5 : undefined });
  return true;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function uppyBundlePlugin() {
  return {
    name: 'dash-uppy-bundle',
    executeCommand: emulateTouch,
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
