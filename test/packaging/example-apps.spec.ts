// `npm run test:apps` (CI runs it after the build): the example apps under demo/frameworks/ that
// install the packed tarball, the package exactly as npm would publish it, into their own
// node_modules, then build and run as a user's app would, driven in Chromium:
//
// - Next.js 16, app router: `next build` of a server component that imports the React wrappers,
//   `next start`, a server-rendered page that hydrates a gallery and a picker, and a page with one
//   per-element wrapper that registers only that element;
// - Svelte 5 + Vite: svelte-check passes on the app and catches a wrong prop type and a wrong
//   event detail (dash-elements/svelte), and the gallery's event reaches Svelte state.
//
// Not part of `npm test`: the apps' installs are large (Next.js and its compiler), so they have
// their own command and CI step. Needs dist/ (`npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startBackend } from '../../demo/backend/index.js';
import { chromiumArgs, findChromium } from '../support/chromium.js';
import { packDir, packTarball } from '../../scripts/lib/pack.mjs';
import { root } from '../../scripts/lib/manifest.mjs';

const apps = join(root, 'demo/frameworks');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: 'true' };

let apiBase = '';
let browser: Browser;
let closeBackend: () => Promise<void> = async () => {};

/** Runs a command to its end; resolves with its exit code and output (never rejects). */
function run(command: string, args: string[], cwd: string, timeoutMs = 8 * 60_000) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Installs an app's packages and, fresh each time, the packed dash-elements. */
async function install(app: string) {
  const dir = join(apps, app);
  // npm keeps an installed file: dependency of the same version: remove it so the new tarball lands.
  rmSync(join(dir, 'node_modules/dash-elements'), { recursive: true, force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { code, output } = await run(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock'], dir);
  assert.equal(code, 0, output);
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/dash-elements/package.json'), 'utf8'));
  assert.ok(existsSync(join(dir, 'node_modules/dash-elements/LICENSE')), 'installed from the tarball');
  return installed.version as string;
}

/** Resolves once `url` answers, or rejects after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

before(async () => {
  const tarball = packTarball();
  // The apps' package.json name this stable path (file:../../../.cache/pack/dash-elements.tgz).
  copyFileSync(tarball, join(packDir, 'dash-elements.tgz'));
  const backend = await startBackend({ quiet: true });
  apiBase = backend.apiUrl;
  closeBackend = () => backend.close();
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await closeBackend();
});

/**
 * Opens `url` in a fresh page; resolves with the page and the errors seen: page errors, console
 * errors, and responses that failed (the browser's own favicon request aside).
 */
async function open(url: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // A failed request is also a console error without its URL: recorded below with it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  // Every dash-error from the start (they bubble to document): a framework's hydration must not
  // cause one (issue 15: invalid-config before the properties arrived).
  await page.evaluateOnNewDocument(() => {
    const seen: unknown[] = [];
    (window as unknown as { dashErrors: unknown[] }).dashErrors = seen;
    document.addEventListener('dash-error', (event) =>
      seen.push({ tag: (event.target as Element).localName, ...(event as CustomEvent).detail }),
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

describe('Next.js 16 example (demo/frameworks/next): the packed tarball in an app-router app', () => {
  const dir = join(apps, 'next');
  let server: ChildProcess | undefined;
  let origin = '';

  after(() => {
    server?.kill('SIGTERM');
  });

  it('next build compiles a server component that imports the React wrappers', { timeout: 10 * 60_000 }, async () => {
    await install('next');
    const { code, output } = await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], dir);
    assert.equal(code, 0, output);
    assert.doesNotMatch(output, /useRef is not a function/);
    assert.match(output, /ƒ \/\s/, 'the page is server-rendered on demand');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: dir,
        env,
        stdio: 'ignore',
      },
    );
    await waitForServer(origin);
  });

  it('server-renders the gallery and the picker as their tags, with the page around them', async () => {
    assert.ok(origin, 'next start is not running (the build failed)');
    const html = await (await fetch(`${origin}/?api=${encodeURIComponent(apiBase)}`)).text();
    assert.match(html, /<dash-gallery\b[^>]*\bid="gallery"/);
    assert.match(html, /<dash-asset-picker\b[^>]*\bid="picker"/);
    assert.match(html, /<p id="status">Loading…<\/p>/);
  });

  /** The page's state after hydration, once `ready` holds in the page or 20 s passed. */
  async function hydratedHome(ready: () => boolean) {
    const { page, errors } = await open(`${origin}/?api=${encodeURIComponent(apiBase)}`);
    try {
      await page.waitForFunction(ready, { timeout: 20_000 }).catch(() => undefined);
      const report = await page.evaluate(() => {
        const gallery = document.querySelector('dash-gallery');
        const picker = document.querySelector('dash-asset-picker');
        return {
          status: document.querySelector('#status')?.textContent,
          galleryImages: gallery?.shadowRoot?.querySelectorAll('img').length ?? 0,
          galleryText: gallery?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200),
          pickerText: picker?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200),
          pickerAssets: /(\d+) assets/.exec(picker?.shadowRoot?.textContent ?? '')?.[1],
          dashErrors: (window as unknown as { dashErrors: unknown[] }).dashErrors,
          defined: ['dash-gallery', 'dash-asset-picker', 'dash-portal-browser', 'dash-guest-upload'].filter((t) =>
            customElements.get(t),
          ),
        };
      });
      return { report, errors, summary: JSON.stringify({ report, errors }, null, 1) };
    } finally {
      await page.close();
    }
  }

  it('hydrates the server-rendered page: both elements upgrade, the picker renders the portal, no errors', async () => {
    assert.ok(origin, 'next start is not running (the build failed)');
    const { report, errors, summary } = await hydratedHome(() =>
      /\d+ assets/.test(document.querySelector('dash-asset-picker')?.shadowRoot?.textContent ?? ''),
    );
    assert.deepEqual(report.defined.sort(), ['dash-asset-picker', 'dash-gallery'], summary);
    assert.match(report.pickerText ?? '', /^Pick from Press /, summary);
    assert.ok(Number(report.pickerAssets) > 0, summary);
    assert.deepEqual(errors, [], summary);
    assert.deepEqual(report.dashErrors, [], summary);
  });

  // Properties that arrive after the upgrade (issue 15): React sets the gallery's `source`/`src`
  // after the element upgraded with none; the gallery must load the newer configuration.
  it('hydrates the gallery, whose properties React sets after the upgrade: its dash-gallery-load reaches React state', async () => {
    assert.ok(origin, 'next start is not running (the build failed)');
    const { report, summary } = await hydratedHome(() =>
      /^React saw \d+ items$/.test(document.querySelector('#status')?.textContent ?? ''),
    );
    assert.match(report.status ?? '', /^React saw [1-9]\d* items$/, summary);
    assert.ok(report.galleryImages > 0, summary);
  });

  it('a page with one per-element wrapper (dash-elements/react/gallery) registers only <dash-gallery>', async () => {
    assert.ok(origin, 'next start is not running (the build failed)');
    const { page, errors } = await open(`${origin}/gallery-only?api=${encodeURIComponent(apiBase)}`);
    try {
      await page.waitForFunction(() => customElements.get('dash-gallery'), { timeout: 20_000 });
      const defined = await page.evaluate(() =>
        ['dash-gallery', 'dash-asset-picker', 'dash-portal-browser', 'dash-guest-upload'].filter((t) =>
          customElements.get(t),
        ),
      );
      assert.deepEqual(defined, ['dash-gallery'], JSON.stringify({ defined, errors }));
      // None of the other elements' code reached the browser: no script names their tags.
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((name) => name.endsWith('.js')),
      );
      for (const url of scripts) {
        const code = await (await fetch(url)).text();
        assert.doesNotMatch(code, /dash-(portal-browser|asset-picker|guest-upload)/, url);
      }
    } finally {
      await page.close();
    }
  });

  it('a server component importing dash-elements/react (all four) renders and registers all four', async () => {
    assert.ok(origin, 'next start is not running (the build failed)');
    const html = await (await fetch(`${origin}/all?api=${encodeURIComponent(apiBase)}`)).text();
    assert.match(html, /<dash-portal-browser\b[^>]*\bid="portal"/);
    const { page, errors } = await open(`${origin}/all?api=${encodeURIComponent(apiBase)}`);
    try {
      await page
        .waitForFunction(() => customElements.get('dash-guest-upload'), { timeout: 20_000 })
        .catch(() => undefined);
      const defined = await page.evaluate(() =>
        ['dash-gallery', 'dash-asset-picker', 'dash-portal-browser', 'dash-guest-upload'].filter((t) =>
          customElements.get(t),
        ),
      );
      assert.deepEqual(
        defined.sort(),
        ['dash-asset-picker', 'dash-gallery', 'dash-guest-upload', 'dash-portal-browser'],
        JSON.stringify({ defined, errors }),
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

/** Serves `dir` over HTTP on a free loopback port; resolves with its origin and server. */
async function serveStatic(dir: string): Promise<{ origin: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('Svelte 5 example (demo/frameworks/svelte): the packed tarball in a Vite app', () => {
  const dir = join(apps, 'svelte');
  const svelteCheck = (tsconfig: string) =>
    run(
      process.execPath,
      [
        'node_modules/svelte-check/bin/svelte-check',
        '--tsconfig',
        tsconfig,
        '--output',
        'machine',
        '--fail-on-warnings',
      ],
      dir,
    );

  it(
    'svelte-check passes on the app and reports a wrong prop type and a wrong event detail',
    { timeout: 10 * 60_000 },
    async () => {
      await install('svelte');
      // React's optional peers stay out of a Svelte app: no @lit/react, and so no @types/react.
      for (const name of ['@lit/react', '@types/react', 'react']) {
        assert.ok(!existsSync(join(dir, 'node_modules', name)), `${name} was installed into the Svelte app`);
      }
      const app = await svelteCheck('./tsconfig.json');
      assert.equal(app.code, 0, app.output);
      assert.match(app.output, /COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/, app.output);
      const wrong = await svelteCheck('./type-errors/tsconfig.json');
      assert.notEqual(wrong.code, 0, wrong.output);
      const errors = wrong.output.split('\n').filter((line) => / ERROR /.test(line));
      assert.equal(errors.length, 2, wrong.output);
      assert.match(errors[0], /WrongProps\.svelte" 6:\d+ "Type 'string' is not assignable to type 'number'/);
      assert.match(
        errors[1],
        /WrongProps\.svelte" 7:\d+ "Property 'assets' does not exist on type '\{ count: number; \}'/,
      );
    },
  );

  it(
    "builds with Vite, and the gallery's dash-gallery-load reaches Svelte state",
    { timeout: 5 * 60_000 },
    async () => {
      if (!existsSync(join(dir, 'node_modules/dash-elements'))) await install('svelte');
      const build = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], dir);
      assert.equal(build.code, 0, build.output);
      const { origin, server } = await serveStatic(join(dir, 'dist'));
      const { page, errors } = await open(`${origin}/index.html?api=${encodeURIComponent(apiBase)}`);
      try {
        await page
          .waitForFunction(() => /^Svelte saw \d+ items$/.test(document.querySelector('#status')?.textContent ?? ''), {
            timeout: 20_000,
          })
          .catch(() => undefined);
        const report = await page.evaluate(() => ({
          status: document.querySelector('#status')?.textContent,
          images: document.querySelector('dash-gallery')?.shadowRoot?.querySelectorAll('img').length ?? 0,
          columns: (document.querySelector('dash-gallery') as (HTMLElement & { columns?: number }) | null)?.columns,
          dashErrors: (window as unknown as { dashErrors: unknown[] }).dashErrors,
        }));
        const summary = JSON.stringify({ report, errors });
        assert.match(report.status ?? '', /^Svelte saw [1-9]\d* items$/, summary);
        assert.ok(report.images > 0, summary);
        assert.equal(report.columns, 3, `${summary}: Svelte set the property`);
        assert.deepEqual(errors, [], summary);
        assert.deepEqual(report.dashErrors, [], summary);
      } finally {
        await page.close();
        server.close();
      }
    },
  );
});
