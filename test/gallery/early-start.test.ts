// The gallery's data asked for by the CDN script itself (src/api/adapters/early-start.ts, bundled
// into dist/cdn/gallery.js and dash-elements.js by scripts/build/cdn.mjs; `npm run build` first):
// the request goes out before the first-load chunk has arrived, and the element takes it — the
// data is requested once. A service worker serves dist/cdn under a new URL for each page and holds
// the chunk (early-start/sw.js) until the test lets it through; the page (early-start/page.js)
// records every fetch() with its signal.
// The head start of the CMS (credentials, inside the element) is at the end.
import { expect } from '@open-wc/testing';
import { $, apiBase, cells, HOST_TOKEN, mount, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

const folder = '/test/gallery/early-start/';
const SRC = `${apiBase}/demo-data/gallery.json`;

type Call = { url: string; signal?: AbortSignal };
type PageWindow = Window & {
  violations: string[];
  dataCalls: Call[];
  ownCalls: Call[];
  ownFetch: typeof fetch;
  // `fetch`: a source configuration field the page may set on the element (GallerySourceConfig).
  gallery: DashGallery & { fetch?: typeof fetch };
};
interface PageConfig {
  script: 'gallery' | 'dash-elements';
  attrs: Record<string, string>;
  detached?: boolean;
  ownFetch?: boolean;
}

describe('dash-gallery through its CDN script: the data starts before the element code', () => {
  let registration: ServiceWorkerRegistration;
  let frame: HTMLIFrameElement | undefined;

  /** Tells the worker what to hold ('' and release: nothing); resolves with how many wait. */
  async function worker(message: { hold?: string; release?: boolean }): Promise<number> {
    const answered = new Promise<MessageEvent>((resolve) =>
      navigator.serviceWorker.addEventListener('message', resolve, { once: true }),
    );
    registration.active!.postMessage(message);
    return ((await answered).data as { waiting: number }).waiting;
  }

  /** Opens the page with `config` in a frame under the worker, its first-load chunk held. */
  async function open(config: PageConfig): Promise<PageWindow> {
    await worker({ hold: `chunks/${config.script}-` });
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:700px;border:0';
    const run = String(Math.random()).slice(2);
    frame.src = `${folder}page.html?${encodeURIComponent(JSON.stringify({ ...config, run }))}`;
    document.body.append(frame);
    const page = await until(
      () => (frame!.contentWindow as PageWindow | null)?.dataCalls && frame!.contentWindow,
      'no page',
    );
    expect(page.navigator.serviceWorker.controller, 'frame not under the worker').to.not.equal(null);
    // The chunk has been asked for and is held: the script has run up to its import.
    for (let tries = 0; (await worker({})) === 0; tries++) {
      if (tries > 200) throw new Error('the first-load chunk was never requested');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return page as PageWindow;
  }

  /** Lets the chunk through and waits for the gallery's tiles. */
  async function release(page: PageWindow, gallery = page.gallery): Promise<void> {
    await worker({ release: true });
    await until(() => page.customElements.get('dash-gallery'), 'dash-gallery never defined');
    await until(() => gallery.shadowRoot && cells(gallery).length, 'no tiles');
  }

  const callsTo = (calls: Call[], url: string) => calls.filter((call) => call.url === url);

  before(async () => {
    registration = await navigator.serviceWorker.register(`${folder}sw.js`, { scope: folder });
    await until(() => registration.active?.state === 'activated', 'the service worker never activated');
  });

  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    await worker({ hold: '', release: true });
  });

  after(() => registration.unregister());

  for (const script of ['gallery', 'dash-elements'] as const) {
    it(`${script}.js: the data and the source's code are requested while the first-load chunk is still on its way, each once`, async function () {
      this.timeout(30_000);
      const page = await open({ script, attrs: { source: 'json', src: SRC } });
      // The chunk is held, the element not defined: the script itself has asked for the data.
      await until(() => callsTo(page.dataCalls, SRC).length, 'the data was not requested early');
      // And the json source's chunk, which the element would ask for only once it runs.
      const resources = () => page.performance.getEntriesByType('resource').map((entry) => entry.name);
      await until(() => resources().some((url) => /\/chunks\/json-[\w-]+\.js$/.test(url)), 'no early source chunk');
      expect(page.customElements.get('dash-gallery')).to.equal(undefined);
      await release(page);
      expect(
        resources().filter((url) => /\/chunks\/json-/.test(url)),
        'the source chunk once',
      ).to.have.length(1);
      const calls = callsTo(page.dataCalls, SRC);
      expect(calls, 'one request for the data, taken by the element').to.have.length(1);
      expect(calls[0].signal?.aborted).to.equal(false);
      expect($(page.gallery, '[part=error]')).to.equal(null);
      expect(page.violations, 'no CSP or Trusted Types violation').to.deep.equal([]);
    });
  }

  it("dash-portal: the portal's public data is requested early and once", async function () {
    this.timeout(30_000);
    const portalData = `${apiBase}/subdomains/demo/publicly-available-portal-datas/press`;
    const portal = (await (await fetch(portalData)).json()) as {
      result: { whitelistedFolderFieldOptionIds: string[] };
    };
    const folder = portal.result.whitelistedFolderFieldOptionIds[0];
    const attrs = { source: 'dash-portal', 'api-base': apiBase, subdomain: 'demo', portal: 'press', folder };
    const page = await open({ script: 'gallery', attrs });
    await until(() => callsTo(page.dataCalls, portalData).length, 'the portal data was not requested early');
    expect(page.customElements.get('dash-gallery')).to.equal(undefined);
    await worker({ release: true });
    await until(() => page.gallery.shadowRoot && cells(page.gallery).length, 'no tiles');
    const calls = callsTo(page.dataCalls, portalData);
    expect(calls, 'one request for the portal data, taken by the element').to.have.length(1);
    expect(calls[0].signal?.aborted).to.equal(false);
  });

  it('asks for nothing for a gallery that is not in the document; added later, it loads as ever', async function () {
    this.timeout(30_000);
    const page = await open({ script: 'gallery', attrs: { source: 'json', src: SRC }, detached: true });
    await worker({ release: true });
    await until(() => page.customElements.get('dash-gallery'), 'dash-gallery never defined');
    expect(page.dataCalls, 'no request for a gallery outside the document').to.deep.equal([]);
    page.document.body.append(page.gallery);
    await until(() => page.gallery.shadowRoot && cells(page.gallery).length, 'no tiles');
    expect(callsTo(page.dataCalls, SRC)).to.have.length(1);
  });

  it('a page that gave the gallery its own fetch: nothing early, its fetch gets the data', async function () {
    this.timeout(30_000);
    const page = await open({ script: 'gallery', attrs: { source: 'json', src: SRC }, ownFetch: true });
    await release(page);
    expect(page.dataCalls, 'nothing through the global fetch').to.deep.equal([]);
    expect(callsTo(page.ownCalls, SRC)).to.have.length(1);
  });

  it("a fetch given after the script ran: the early request is cancelled, the page's fetch gets the data", async function () {
    this.timeout(30_000);
    const page = await open({ script: 'gallery', attrs: { source: 'json', src: SRC } });
    await until(() => callsTo(page.dataCalls, SRC).length, 'the data was not requested early');
    expect(page.customElements.get('dash-gallery')).to.equal(undefined);
    page.gallery.fetch = page.ownFetch;
    await release(page);
    const early = callsTo(page.dataCalls, SRC);
    expect(early).to.have.length(1);
    expect(early[0].signal?.aborted, 'the early request nobody took is cancelled').to.equal(true);
    expect(callsTo(page.ownCalls, SRC)).to.have.length(1);
  });

  it('a gallery whose src changed before its code arrived: the early request is cancelled, the new src loaded', async function () {
    this.timeout(30_000);
    const page = await open({ script: 'gallery', attrs: { source: 'json', src: SRC } });
    await until(() => callsTo(page.dataCalls, SRC).length, 'the data was not requested early');
    expect(page.customElements.get('dash-gallery')).to.equal(undefined);
    const changed = `${SRC}?v=2`;
    page.gallery.setAttribute('src', changed);
    await release(page);
    const early = callsTo(page.dataCalls, SRC);
    expect(early).to.have.length(1);
    expect(early[0].signal?.aborted, 'the early request nobody took is cancelled').to.equal(true);
    expect(callsTo(page.dataCalls, changed)).to.have.length(1);
  });
});

describe('dash-gallery: the cms head start', () => {
  /** Every fetch() the element makes while `run` runs: URL, method and Authorization. */
  async function recording(run: () => Promise<DashGallery>) {
    const calls: { url: string; method: string; authorization: string | null }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const authorization = new Headers(init?.headers).get('authorization');
      calls.push({ url, method: init?.method ?? 'GET', authorization });
      return realFetch(input, init);
    };
    try {
      return { el: await run(), calls };
    } finally {
      window.fetch = realFetch;
    }
  }

  it('a slug: each CMS request made once, the token sent to the API origin only', async function () {
    this.timeout(30_000);
    const { el, calls } = await recording(() =>
      mount({ attrs: { source: 'cms', gallery: 'summer-2026', lang: 'en' }, token: HOST_TOKEN }),
    );
    expect(cells(el).length).to.be.greaterThan(0);
    const urls = calls.map((call) => call.url);
    expect(new Set(urls).size, JSON.stringify(urls)).to.equal(urls.length);
    expect(urls).to.include(`${apiBase}/api/v1/galleries/summer-2026`);
    expect(urls).to.include(`${apiBase}/api/v1/galleries`);
    for (const call of calls.filter((c) => c.authorization)) {
      expect(new URL(call.url).origin, call.url).to.equal(new URL(apiBase).origin);
      expect(call.authorization).to.equal(`Bearer ${HOST_TOKEN}`);
      expect(call.url).not.to.contain(HOST_TOKEN);
    }
    expect(el.getAttributeNames().map((name) => el.getAttribute(name))).not.to.include(HOST_TOKEN);
  });

  it('an id: the gallery is read once, with the token', async function () {
    this.timeout(30_000);
    const list = (await (
      await fetch(`${apiBase}/api/v1/galleries`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })
    ).json()) as { id: string; slug: string }[];
    const id = list.find((g) => g.slug === 'summer-2026')!.id;
    const { el, calls } = await recording(() => mount({ attrs: { source: 'cms', gallery: id }, token: HOST_TOKEN }));
    expect(cells(el).length).to.be.greaterThan(0);
    const reads = calls.filter((call) => call.url.startsWith(`${apiBase}/api/v1/galleries`));
    expect(reads.map((call) => [call.url, call.authorization])).to.deep.equal([
      [`${apiBase}/api/v1/galleries/${id}`, `Bearer ${HOST_TOKEN}`],
    ]);
  });
});
