// Browser tests: headless Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild, and the
// local Dash backend's URL handed to the page. test/run.js starts the backend and sets
// DASH_API_URL; running `web-test-runner` alone starts nothing, so use `npm test`.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.js';
import { chromiumArgs, findChromium } from './test/support/chromium.js';
// Uppy's CommonJS and JSON-module dependencies, bundled for the dev server (see the file).
import { uppyBundlePlugin } from './test/guest-upload/wtr-uppy-plugin.js';
import { cspPagesMiddleware } from './test/hardening/support/csp-pages.js';
import { closeOtherTabsPlugin } from './test/support/close-other-tabs.js';

const testConfig = {
  api: process.env.DASH_API_URL ?? '',
  s3: process.env.DASH_S3_URL ?? '',
  seedApi: process.env.DASH_SEED_API_URL ?? '',
  seedS3: process.env.DASH_SEED_S3_URL ?? '',
};

export default {
  files: ['test/**/*.test.ts', '!test/backend/**', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [cspPagesMiddleware(testConfig)],
  plugins: [
    closeOtherTabsPlugin(),
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
    countReporter({ outFile: process.env.DASH_WTR_COUNTS ?? '.cache/wtr-counts.json' }),
  ],
};
