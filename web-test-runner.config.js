// Browser tests: headless Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild, and the
// local Dash backends, started by a plugin (test/support/backend-plugin.js) and their URLs handed
// to the page. `npm run test:browser` runs them all; `npm run test:browser -- --group gallery` one
// folder (groups: test/support/test-groups.js); `npm test` runs the Node tests first.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.js';
import { chromiumArgs, findChromium } from './test/support/chromium.js';
// Uppy's CommonJS and JSON-module dependencies, bundled for the dev server (see the file).
import { uppyBundlePlugin } from './test/guest-upload/wtr-uppy-plugin.js';
import { cspPagesMiddleware } from './test/support/csp-pages.js';
import { closeOtherTabsPlugin } from './test/support/close-other-tabs.js';
import { mediaFeaturesPlugin } from './test/support/media-features-plugin.js';
import { backendOriginsFromEnv, dashBackendPlugin } from './test/support/backend-plugin.js';
import { browserTestGroups, nodeTestDirs } from './test/support/test-groups.js';
import { visualPlugin } from './test/visual/plugin.js';

/** Filled in by the backend plugin when the server starts; read by each page as it is served. */
const testConfig = backendOriginsFromEnv();

// web-test-runner runs the root `files` as a group of its own besides every configured group, so
// the groups are only declared when one is asked for (`--group <folder>`); otherwise every file
// would run twice.
const groupAsked = process.argv.some((arg) => arg === '--group' || arg.startsWith('--group='));

export default {
  files: ['test/**/*.test.ts', ...nodeTestDirs.map((dir) => `!test/${dir}/**`), '!**/node_modules/**'],
  ...(groupAsked ? { groups: browserTestGroups(fileURLToPath(new URL('./test/', import.meta.url))) } : {}),
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [cspPagesMiddleware(testConfig)],
  plugins: [
    dashBackendPlugin(testConfig),
    closeOtherTabsPlugin(),
    // Forced colours and other media features emulateMedia() cannot set (test/support/media-features.ts).
    mediaFeaturesPlugin(),
    // Screenshot tests against test/visual/baselines/ (test/visual/README.md).
    visualPlugin(),
    uppyBundlePlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>dash-elements tests</title></head>
  <body>
    <script>window.__DASH_TEST__ = ${JSON.stringify(testConfig)};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ flatten: false }),
    countReporter({
      outFile: process.env.DASH_WTR_COUNTS ?? '.cache/wtr-counts.json',
      // Under test/run.js the closing line is the whole run's; alone, this run prints its own.
      printSummary: !process.env.DASH_WTR_COUNTS,
    }),
  ],
};
