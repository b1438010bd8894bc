/**
 * The local Dash-compatible backend: the Dash API v2 routes the elements use, Dash Social and CMS
 * gallery routes, demo data files, and a real S3-protocol server (s3rver) behind an S3 front.
 *
 *   const { apiUrl, s3Url, close } = await startBackend({ dataDir, testControls: true });
 *
 * Bearer `demo` is the host app's token (all permissions). See demo/backend/README.md.
 *
 * Two profiles: `default` (the demo's backend, with local extensions) and `seed`, which answers
 * exactly what the seed documents print — no local extensions, the seed's response shapes, and
 * other plausible names where the seed prints no field name — so a client that only works
 * against our own guesses fails there. `DASH_BACKEND_PROFILE=seed` picks it for `npm run backend`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Router } from './http/router.js';
import { createApiServer } from './http/server.js';
import { createJwt } from './jwt.js';
import { State } from './state.js';
import { S3Api, startS3rver } from './s3/s3.js';
import { S3Front } from './s3/front.js';
import { registerRoutes } from './routes.js';
import { registerControlRoutes } from './control.js';

/** @typedef {'default' | 'seed'} BackendProfile */
export const PROFILES = /** @type {const} */ (['default', 'seed']);

/**
 * @param {{ port?: number, s3Port?: number, dataDir?: string, testControls?: boolean,
 *   quiet?: boolean, host?: string, profile?: BackendProfile }} [options]
 * @returns {Promise<{ apiUrl: string, s3Url: string, profile: BackendProfile, close: () => Promise<void> }>}
 */
export async function startBackend({
  port = Number(process.env.DASH_API_PORT) || 0,
  s3Port = 0,
  dataDir,
  testControls = false,
  quiet = false,
  host = '127.0.0.1',
  profile = 'default',
} = {}) {
  if (!PROFILES.includes(profile)) throw new Error(`Unknown backend profile "${profile}" (${PROFILES.join(', ')})`);
  const ownDir = !dataDir;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'dash-backend-'));
  const s3dir = join(dir, 's3');
  const s3rver = await startS3rver({ directory: s3dir, host });

  const urls = { apiUrl: '', s3Url: '' };
  const state = new State(urls, profile);
  const front = new S3Front({ state, s3rverPort: s3rver.port, directory: s3dir, host });
  urls.s3Url = await front.listen(s3Port);
  const s3 = new S3Api(s3rver.url, urls.s3Url);

  const router = new Router({ profile });
  registerRoutes(router);
  if (testControls) registerControlRoutes(router);
  const services = { state, profile, jwt: createJwt(), s3, s3front: front, s3dir, apiUrl: '' };
  const server = createApiServer({ router, services, quiet });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  urls.apiUrl = `http://${host}:${address.port}`;
  services.apiUrl = urls.apiUrl;
  state.reset(); // after listening: seeds embed the final absolute URLs

  return {
    apiUrl: urls.apiUrl,
    s3Url: urls.s3Url,
    profile,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await front.close();
      await s3rver.server.close();
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
