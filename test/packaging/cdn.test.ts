import { expect } from '@open-wc/testing';
import { apiBase } from '../support/backend.js';
import { loadReportingPage } from './page-frame.js';

interface CdnReport {
  defined: string[];
  galleryLoad: { count: number } | null;
  images: number;
  tileLabel: string | null;
  germanTileLabel?: string | null;
  errors: string[];
  scripts: string[];
  litCopies?: number;
  cdnUrls?: string[];
}

describe('CDN build on a plain HTML page', () => {
  it('registers all four elements, twice-loaded and beside the npm build, without an error', async function () {
    this.timeout(60_000);
    const report = await loadReportingPage<CdnReport>(
      `/test/packaging/pages/cdn.html?api=${encodeURIComponent(apiBase)}`,
    );
    const summary = JSON.stringify(report, null, 1);
    expect(report.errors, summary).to.deep.equal([]);
    expect(report.defined, summary).to.have.members([
      'dash-gallery',
      'dash-portal-browser',
      'dash-asset-picker',
      'dash-guest-upload',
    ]);
    expect(report.galleryLoad?.count, summary).to.be.greaterThan(0);
    expect(report.images, summary).to.be.greaterThan(0);
    expect(
      report.scripts.some((path) => path === '/dist/cdn/dash-elements.js'),
      summary,
    ).to.equal(true);
  });

  it('loads PhotoSwipe and Uppy only on first use, not with the page', async function () {
    this.timeout(60_000);
    const report = await loadReportingPage<CdnReport>(
      `/test/packaging/pages/cdn.html?api=${encodeURIComponent(apiBase)}`,
    );
    const loaded = report.scripts.filter((path) => path.startsWith('/dist/cdn/') && path.endsWith('.js'));
    const heavy: string[] = [];
    for (const path of loaded) {
      const code = await (await fetch(path)).text();
      // Marker strings each library carries in its code (a class name, its package name).
      if (/pswp__scroll-wrap|@uppy\/core|@uppy\/aws-s3/.test(code)) heavy.push(path);
    }
    expect(heavy, JSON.stringify(loaded)).to.deep.equal([]);
  });
});

describe('CDN build, one element per script', () => {
  it('dist/cdn/gallery.js registers <dash-gallery> alone, takes translations from its own registerLocale and from locale-de.js, and downloads none of the other elements', async function () {
    this.timeout(60_000);
    const report = await loadReportingPage<CdnReport>(
      `/test/packaging/pages/cdn-gallery.html?api=${encodeURIComponent(apiBase)}`,
    );
    const summary = JSON.stringify(report, null, 1);
    expect(report.errors, summary).to.deep.equal([]);
    expect(report.defined, summary).to.deep.equal(['dash-gallery']);
    expect(report.galleryLoad?.count, summary).to.be.greaterThan(0);
    expect(report.images, summary).to.be.greaterThan(0);
    expect(report.tileLabel, summary).to.match(/^Ouvrir /);
    // locale-de.js is a separate build: German reaches the gallery through the page's one registry.
    expect(report.germanTileLabel, summary).to.match(/in der Großansicht öffnen$/);
    const loaded = report.scripts.filter((path) => path.startsWith('/dist/cdn/') && path.endsWith('.js'));
    expect(loaded, summary).to.include('/dist/cdn/gallery.js');
    expect(loaded, summary).not.to.include('/dist/cdn/dash-elements.js');
    // None of the other elements' code: nothing loaded names (and so registers) their tags.
    for (const path of loaded) {
      const code = await (await fetch(path)).text();
      expect(code, path).not.to.match(/dash-(portal-browser|asset-picker|guest-upload)/);
    }
  });
});

describe('CDN build, script loaded with a query string', () => {
  it('gallery.js?ver=1 (as WordPress enqueues it) downloads and runs the library once', async function () {
    this.timeout(60_000);
    const report = await loadReportingPage<CdnReport>(
      `/test/packaging/pages/cdn-query.html?api=${encodeURIComponent(apiBase)}`,
    );
    const summary = JSON.stringify(report, null, 1);
    expect(report.errors, summary).to.deep.equal([]);
    expect(report.defined, summary).to.deep.equal(['dash-gallery']);
    expect(report.galleryLoad?.count, summary).to.be.greaterThan(0);
    expect(report.images, summary).to.be.greaterThan(0);
    // One copy of Lit ran: a second copy of the library would bring its own.
    expect(report.litCopies, summary).to.equal(1);
    const urls = report.cdnUrls ?? [];
    // The script once, under the page's URL only (not again as `gallery.js` without the query).
    expect(
      urls.filter((url) => url.startsWith('/dist/cdn/gallery.js')),
      summary,
    ).to.deep.equal(['/dist/cdn/gallery.js?ver=1']);
    // Its first load (the chunk it re-exports) and the lazy json source chunk, each fetched once.
    expect(
      urls.some((url) => /^\/dist\/cdn\/chunks\/gallery-[\w-]+\.js$/.test(url)),
      summary,
    ).to.equal(true);
    expect(
      urls.some((url) => /^\/dist\/cdn\/chunks\/json-[\w-]+\.js$/.test(url)),
      summary,
    ).to.equal(true);
    expect(new Set(urls).size, summary).to.equal(urls.length);
  });
});

describe('CDN build with Subresource Integrity (the README snippet, npm run docs)', () => {
  /** `sha384-…` of a file the test server serves, as `npm run docs` computes it. */
  async function sri(path: string) {
    const digest = await crypto.subtle.digest('SHA-384', await (await fetch(path)).arrayBuffer());
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
  }

  /** A page with the snippet: the chunk preloaded with `chunkIntegrity`, the script with its hash. */
  async function loadWithSnippet(chunkIntegrity: (chunk: string) => Promise<string>) {
    const script = '/dist/cdn/gallery.js';
    // The facade's import of its first-load chunk (facadeTarget in scripts/build/cdn.mjs).
    const chunk = /import\("\.\/(chunks\/[^"]+\.js)"\);$/m.exec(await (await fetch(script)).text())?.[1];
    expect(chunk, 'gallery.js re-exports its first-load chunk').to.be.a('string');
    const html = `<!doctype html><html><head>
      <script src="/test/packaging/pages/record-errors.js"></script>
      <link rel="modulepreload" href="/dist/cdn/${chunk}" integrity="${await chunkIntegrity(`/dist/cdn/${chunk}`)}" crossorigin="anonymous">
      <script type="module" src="${script}" integrity="${await sri(script)}" crossorigin="anonymous"></script>
      </head><body><dash-gallery source="json"></dash-gallery>
      <script type="module">
        import { loadGallery, postReport } from '/test/packaging/pages/report.js';
        const gallery = document.querySelector('dash-gallery');
        const loaded = loadGallery(gallery, ${JSON.stringify(apiBase)});
        const defined = await Promise.race([
          customElements.whenDefined('dash-gallery').then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
        ]);
        postReport(gallery, defined ? await loaded : null);
      </script></body></html>`;
    return new Promise<CdnReport>((resolve, reject) => {
      const frame = document.createElement('iframe');
      const timer = setTimeout(() => reject(new Error('no report')), 30_000);
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || !event.data?.packagingReport) return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        frame.remove();
        resolve(event.data.packagingReport as CdnReport);
      };
      window.addEventListener('message', onMessage);
      frame.srcdoc = html;
      document.body.append(frame);
    });
  }

  it('runs with the hashes of the script and of the chunk it re-exports', async function () {
    this.timeout(60_000);
    const report = await loadWithSnippet(sri);
    const summary = JSON.stringify(report, null, 1);
    expect(report.errors, summary).to.deep.equal([]);
    expect(report.defined, summary).to.deep.equal(['dash-gallery']);
    expect(report.galleryLoad?.count, summary).to.be.greaterThan(0);
    // The preloaded chunk is the one the script imports: fetched once.
    const chunks = report.scripts.filter((path) => /^\/dist\/cdn\/chunks\/gallery-/.test(path));
    expect(chunks, summary).to.have.length(1);
  });

  it('does not run the library when the chunk does not match its hash', async function () {
    this.timeout(60_000);
    const report = await loadWithSnippet(
      async () => `sha384-${btoa('not the hash of this chunk, not at all!!!!!!!!!')}`,
    );
    expect(report.defined, JSON.stringify(report, null, 1)).to.deep.equal([]);
  });
});
