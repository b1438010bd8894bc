// The bench's moving parts: the bench page built for production, a static server for it, the
// local backend, and Debian's Chromium driven by puppeteer-core.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { startBackend } from '../../demo/backend/index.js';
import { root } from '../../scripts/lib/manifest.mjs';
import { chromiumArgs, findChromium } from '../../test/support/chromium.js';

const pagesOut = join(root, '.cache/bench-pages');

/** The bench page as an app would ship it: a production Vite build, minified. */
export async function buildPages() {
  await build({
    configFile: false,
    root: join(root, 'bench/pages'),
    base: './',
    logLevel: 'warn',
    build: { outDir: pagesOut, emptyOutDir: true, target: 'es2022', minify: true },
  });
  return pagesOut;
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * Serves `dir` on 127.0.0.1 (a random port). With `compress`, text files go out gzip-compressed
 * (level 9) to a browser that accepts it, as any CDN or web server sends them: where the network
 * is emulated, the bytes on the wire are what counts.
 */
export function serveStatic(dir, { compress = false } = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (compress && type !== 'application/octet-stream' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

export async function backend() {
  // Stored objects in memory where the machine has a tmpfs: the upload rows compare two clients
  // against one server, and a disk's writeback stalls would add the same noise to both.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'dash-bench-'));
  const b = await startBackend({ dataDir, testControls: true, quiet: true });
  const control = async (path, body) => {
    const response = await fetch(`${b.apiUrl}/__control${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`control ${path}: ${response.status}`);
  };
  return {
    ...b,
    reset: () => control('/reset'),
    setFaults: (faults) => control('/faults', faults),
    close: async () => {
      await b.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    protocolTimeout: 600_000,
    args: [
      ...chromiumArgs,
      // performance.memory in whole bytes, for the upload's heap figures.
      '--enable-precise-memory-info',
    ],
  });
}

/**
 * Opens the bench page on a fresh page (its own cache and connections: an incognito context)
 * and returns what `window.__bench()` resolved with.
 */
export async function runScenario(browser, pageUrl, params, timeoutMs = 300_000) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    page.setDefaultTimeout(timeoutMs);
    await page.goto(`${pageUrl}/index.html?${new URLSearchParams(params)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__bench === 'function');
    return await page.evaluate(() => window.__bench());
  } finally {
    await context.close();
  }
}
