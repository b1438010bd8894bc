// A web-test-runner plugin that starts the local Dash backends before the first test page loads
// and stops them when the run ends, so `npm run test:browser` (or one `--group`) needs nothing
// started beforehand. Two backends run: the default profile (the demo's, with local extensions)
// and the seed profile, which answers only what the seed documents print; tests of the main flows
// run against both (test/support/backend.ts).
//
// Their URLs are written into `origins`, the object the config hands to the test pages
// (`window.__DASH_TEST__`) and to the CSP pages' policy; both read it per request, after
// `serverStart`. When DASH_API_URL is already set (backends started by hand), nothing is started.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../../demo/backend/index.js';

/**
 * @typedef {{ api: string, s3: string, seedApi: string, seedS3: string }} BackendOrigins
 */

/**
 * The origins from the environment (backends started elsewhere), or empty ones for the plugin
 * to fill in.
 * @returns {BackendOrigins}
 */
export function backendOriginsFromEnv() {
  return {
    api: process.env.DASH_API_URL ?? '',
    s3: process.env.DASH_S3_URL ?? '',
    seedApi: process.env.DASH_SEED_API_URL ?? '',
    seedS3: process.env.DASH_SEED_S3_URL ?? '',
  };
}

/**
 * @param {BackendOrigins} origins filled in by `serverStart` unless `origins.api` is already set
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function dashBackendPlugin(origins) {
  /** @type {Array<{ close: () => Promise<void> }>} */
  const started = [];
  /** @type {string | undefined} */
  let dataDir;
  return {
    name: 'dash-backends',
    async serverStart({ logger }) {
      if (origins.api) return;
      dataDir = mkdtempSync(join(tmpdir(), 'dash-test-'));
      const backend = await startBackend({ dataDir: join(dataDir, 'default'), testControls: true, quiet: true });
      started.push(backend);
      const seed = await startBackend({
        dataDir: join(dataDir, 'seed'),
        testControls: true,
        quiet: true,
        profile: 'seed',
      });
      started.push(seed);
      Object.assign(origins, { api: backend.apiUrl, s3: backend.s3Url, seedApi: seed.apiUrl, seedS3: seed.s3Url });
      logger.log(`Dash API: ${backend.apiUrl}  S3: ${backend.s3Url}`);
      logger.log(`Dash API (seed profile): ${seed.apiUrl}  S3: ${seed.s3Url}`);
    },
    async serverStop() {
      await Promise.all(started.splice(0).map((backend) => backend.close().catch(() => {})));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      dataDir = undefined;
    },
  };
}
