#!/usr/bin/env node
/**
 * `npm start`: the local Dash backend (API + S3) and the Vite dev server for the demo pages.
 *
 * Demo pages get the backend's URLs from a served ES module, so no page hard-codes a port:
 *
 *   <script type="module">
 *     import { apiBase, subdomain, hostToken, demoData } from '/demo-config.js';
 *     import '../src/gallery.ts';  // pages may import the library's sources directly
 *     el.setAttribute('api-base', apiBase);
 *   </script>
 *
 * `/demo-config.js` exports:
 *   apiBase    the Dash API origin (also the Dash Social and CMS origin), e.g. http://127.0.0.1:4000
 *   s3Base     the S3 front's origin
 *   subdomain  'demo'
 *   hostToken  'demo' — the bearer token for the Social/CMS routes and a signed-in app user on Dash
 *   demoData   { photoGallery, json, hostile, large } — URLs of the demo gallery documents
 *   seeded     names the docs rely on: portals, guest uploads, Social brand/gallery, CMS slugs
 *
 * Environment: DASH_API_PORT (backend port, default free), DASH_DEMO_PORT (Vite, default 5173),
 * DASH_TEST_CONTROLS=1 (enable /__control/*).
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startBackend } from './backend/index.js';
import { demoConfig, demoConfigModule } from './demo-config.js';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const backend = await startBackend({ testControls: process.env.DASH_TEST_CONTROLS === '1' });

/**
 * Serves `/demo-config.js` (see the top of this file): as a virtual module for static imports,
 * which Vite's import analysis resolves through `resolveId`, and as a plain response for pages
 * that fetch or import it at run time.
 */
const demoConfigPlugin = {
  name: 'dash-demo-config',
  resolveId(id) {
    return id === '/demo-config.js' ? '\0dash-demo-config' : undefined;
  },
  load(id) {
    return id === '\0dash-demo-config' ? demoConfigModule(demoConfig(backend.apiUrl, backend.s3Url)) : undefined;
  },
  configureServer(server) {
    server.middlewares.use('/demo-config.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(demoConfigModule(demoConfig(backend.apiUrl, backend.s3Url)));
    });
  },
};

const vite = await createServer({
  configFile: false, // the repo's vite.config.ts is the library build, not this dev server
  root: demoRoot,
  server: {
    host: '127.0.0.1',
    port: Number(process.env.DASH_DEMO_PORT) || 5173,
    // Pages import ../src/*.ts, outside the demo root.
    fs: { allow: [repoRoot] },
  },
  plugins: [demoConfigPlugin],
  logLevel: 'warn',
});
await vite.listen();
const demoUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;

console.log(`Dash API: ${backend.apiUrl}`);
console.log(`S3: ${backend.s3Url}`);
console.log(`Demo: ${demoUrl}`);
for (const page of ['gallery.html', 'portal-browser.html', 'asset-picker.html', 'guest-upload.html']) {
  console.log(`  ${demoUrl}${page}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await vite.close().catch(() => {});
    await backend.close().catch(() => {});
    process.exit(0);
  });
}
