/**
 * The gallery's head start (src/api/adapters/head-start.ts): a source's first requests go out
 * before the source's code has loaded, and the adapter's own requests are handed those answers —
 * the same requests, made once; the CMS's with the page's token, the others with none. A request
 * the CDN script started for the element (early-start.ts) is taken the same way. Through an
 * injected `fetch` (the browser side: test/gallery/early-start.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load as cmsLoad } from '../../src/api/adapters/cms.js';
import { takeEarly } from '../../src/api/adapters/early-start.js';
import { publicFirstRequest } from '../../src/api/adapters/first-request.js';
import { headStart } from '../../src/api/adapters/head-start.js';
import { loadGallery } from '../../src/api/adapters/index.js';
import { fetchPublicJson } from '../../src/api/adapters/normalize.js';
import { getPortalData } from '../../src/api/portals.js';
import { API_BASE, fakeFetch, json } from './api-fake-fetch.js';

const GALLERY = { items: [{ src: `${API_BASE}/a.jpg`, width: 4, height: 3, alt: 'A' }] };

describe('gallery head start', () => {
  it('json: the document is requested at once, before the source code is loaded, and only once', async () => {
    const { fetch, log } = fakeFetch(() => json(GALLERY));
    const loading = loadGallery({ source: 'json', src: `${API_BASE}/gallery.json`, apiBase: API_BASE, fetch });
    // Synchronously: loadGallery has not yet awaited the json adapter's import.
    assert.deepEqual(
      log.map((r) => r.path),
      ['/gallery.json'],
    );
    const page = await loading;
    assert.deepEqual(
      page.items.map((i) => i.alt),
      ['A'],
    );
    assert.equal(log.length, 1, 'the adapter took the started request instead of sending its own');
  });

  it('dash-portal: the started request is exactly the portal data request of the API client', async () => {
    const { fetch, log } = fakeFetch(() => json({ result: { id: 'p1', name: 'Press' } }));
    const early = headStart({
      source: 'dash-portal',
      apiBase: `${API_BASE}/`,
      subdomain: 'demo',
      portal: 'press',
      fetch,
    })!;
    assert.equal(log.length, 1);
    await getPortalData({ apiBase: API_BASE, fetch: early.fetch }, 'demo', 'press');
    assert.equal(log.length, 1, 'getPortalData was handed the started request');
    assert.equal(log[0].path, '/subdomains/demo/publicly-available-portal-datas/press');
    early.done();
  });

  it('the started request has the URL and options of the request the source makes without a head start', async () => {
    /** Every call's URL and options (but its signal, and options left undefined), answering `body`. */
    const recorder = (body: unknown) => {
      const calls: { url: string; init: RequestInit }[] = [];
      const fetch = (async (input: RequestInfo | URL, { signal: _signal, ...init }: RequestInit = {}) => {
        calls.push({
          url: String(input),
          init: Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined)),
        });
        return json(body);
      }) as typeof globalThis.fetch;
      return { fetch, calls };
    };
    const src = `${API_BASE}/gallery.json`;
    const own = recorder(GALLERY);
    await fetchPublicJson(src, { fetch: own.fetch });
    const early = recorder(GALLERY);
    headStart({ source: 'json', src, apiBase: API_BASE, fetch: early.fetch })!.done();
    assert.deepEqual(early.calls, own.calls);

    const portal = { result: { id: 'p1', name: 'Press' } };
    const ownPortal = recorder(portal);
    await getPortalData({ apiBase: API_BASE, fetch: ownPortal.fetch }, 'demo', 'press');
    const earlyPortal = recorder(portal);
    const config = { source: 'dash-portal', apiBase: API_BASE, subdomain: 'demo', portal: 'press' } as const;
    headStart({ ...config, fetch: earlyPortal.fetch })!.done();
    assert.deepEqual(earlyPortal.calls, ownPortal.calls);
  });

  it('a started request nobody takes is cancelled when the load is over, and so is one whose load is aborted', async () => {
    const { fetch, log } = fakeFetch(() => new Promise<Response>(() => undefined));
    const early = headStart({ source: 'json', src: `${API_BASE}/gallery.json`, apiBase: API_BASE, fetch })!;
    early.done();
    assert.equal(log[0].signal?.aborted, true);

    const load = new AbortController();
    headStart({ source: 'json', src: `${API_BASE}/other.json`, apiBase: API_BASE, fetch }, load.signal);
    load.abort();
    assert.equal(log[1].signal?.aborted, true);
  });

  it('nothing is started without a plain token for the cms, for Dash Social, or for a non-http src', () => {
    const { fetch, log } = fakeFetch(() => json({}));
    const cms = { source: 'cms', gallery: 'g1', apiBase: API_BASE, fetch } as const;
    assert.equal(headStart(cms), undefined, 'no token: the adapter fails before any request');
    const getAccessToken = async () => 't';
    assert.equal(headStart({ ...cms, accessToken: 't', getAccessToken }), undefined, 'the page calls its own');
    assert.equal(headStart({ ...cms, accessToken: 'two words' }), undefined, 'a token the adapter would not send');
    assert.equal(headStart({ ...cms, gallery: '..', accessToken: 't' }), undefined, 'an id that is no path segment');
    const social = { source: 'dash-social', brand: 'b', gallery: 'g', accessToken: 't' } as const;
    assert.equal(headStart({ ...social, apiBase: API_BASE, fetch }), undefined);
    assert.equal(headStart({ source: 'json', src: 'javascript:alert(1)', apiBase: API_BASE, fetch }), undefined);
    assert.equal(log.length, 0);
  });
});

describe('gallery head start, cms', () => {
  const ID = '822f63f4-2a90-47ed-a870-9384a72288b6';
  const CMS_GALLERY = {
    id: ID,
    slug: 'summer-2026',
    status: 'published',
    translations: [{ language_id: 'en', title: 'Summer 2026' }],
    gallery_media: [
      {
        media_id: 'm1',
        order: 0,
        caption: 'Opening',
        media: { id: 'm1', filename: 'a.jpg', mime_type: 'image/jpeg', path: 'uploads/media/a.jpg', alt_text: 'A' },
      },
    ],
  };
  /** Seed 004's CMS with one gallery; every request answered. */
  const cmsFetch = () =>
    fakeFetch(({ path }) => {
      if (path === '/api/v1/galleries') return json([{ id: ID, slug: 'summer-2026', status: 'published' }]);
      if (path === `/api/v1/galleries/${ID}`) return json(CMS_GALLERY);
      return json({ detail: 'Gallery not found' }, 404);
    });
  const config = (gallery: string, fetch: typeof globalThis.fetch) =>
    ({ source: 'cms', gallery, apiBase: API_BASE, accessToken: ' secret-token ', fetch }) as const;

  it('by id: the read is started at once, with the token the adapter sends, and made once', async () => {
    const { fetch, log } = cmsFetch();
    const loading = loadGallery(config(ID, fetch));
    // Synchronously: before the cms adapter's import (and its token source) has run.
    assert.deepEqual(
      log.map((r) => [r.method, r.path, r.headers.authorization]),
      [['GET', `/api/v1/galleries/${ID}`, 'Bearer secret-token']],
    );
    const page = await loading;
    assert.equal(page.title, 'Summer 2026');
    assert.equal(log.length, 1, 'the adapter took the started read instead of sending its own');
  });

  it('by slug: the read and the list are started side by side and each made once; the one found is read after', async () => {
    const { fetch, log } = cmsFetch();
    const loading = loadGallery(config('summer-2026', fetch));
    assert.deepEqual(
      log.map((r) => r.path),
      ['/api/v1/galleries/summer-2026', '/api/v1/galleries'],
    );
    const page = await loading;
    assert.equal(page.items[0]?.caption, 'Opening');
    assert.deepEqual(
      log.map((r) => r.path),
      ['/api/v1/galleries/summer-2026', '/api/v1/galleries', `/api/v1/galleries/${ID}`],
    );
    // The credential went with the CMS's own requests only, to the API origin.
    assert.ok(log.every((r) => r.headers.authorization === 'Bearer secret-token'));
  });

  it('by a slug that is also an id: the list the adapter no longer needs is cancelled', async () => {
    const { fetch, log } = fakeFetch(({ path }) =>
      path === '/api/v1/galleries/summer-2026'
        ? json({ ...CMS_GALLERY, id: 'summer-2026' })
        : new Promise<Response>(() => undefined),
    );
    await loadGallery(config('summer-2026', fetch));
    assert.equal(log.length, 2);
    assert.equal(log[1].path, '/api/v1/galleries');
    assert.equal(log[1].signal?.aborted, true);
  });

  it('the started reads are exactly the requests the cms adapter makes without a head start', async () => {
    const record = () => {
      const calls: { url: string; method?: string; headers: Record<string, string> }[] = [];
      const { fetch } = cmsFetch();
      const recording = ((input: RequestInfo | URL, init: RequestInit = {}) => {
        calls.push({ url: String(input), method: init.method, headers: Object.fromEntries(new Headers(init.headers)) });
        return fetch(input, init);
      }) as typeof globalThis.fetch;
      return { fetch: recording, calls };
    };
    const own = record();
    await cmsLoad(config('summer-2026', own.fetch), {});
    const early = record();
    headStart(config('summer-2026', early.fetch))!.done();
    assert.deepEqual(early.calls, own.calls.slice(0, 2));
  });

  it('a started read is not taken by a request with another credential', async () => {
    const { fetch, log } = cmsFetch();
    const early = headStart(config(ID, fetch))!;
    await early.fetch(`${API_BASE}/api/v1/galleries/${ID}`, { headers: { authorization: 'Bearer other' } });
    assert.equal(log.length, 2, 'sent on its own');
    assert.equal(log[1].headers.authorization, 'Bearer other');
    early.done();
    assert.equal(log[0].signal?.aborted, true, 'the untaken read is cancelled');
  });
});

describe('gallery head start, from the CDN script (early-start.ts)', () => {
  const KEY = Symbol.for('dash-elements.early-requests');
  const registry = () => ((globalThis as { [KEY]?: WeakMap<object, unknown> })[KEY] ??= new WeakMap());
  const src = `${API_BASE}/gallery.json`;

  /** What the CDN script leaves for `host`: its request started through `fetch`. */
  function startedFor(host: object, fetch: typeof globalThis.fetch, url = src) {
    const request = publicFirstRequest({ source: 'json', src: url })!;
    const controller = new AbortController();
    const response = fetch(request.url, { ...request.init, signal: controller.signal });
    response.catch(() => undefined);
    registry().set(host, { ...request, response, controller });
    return controller;
  }

  it('the element takes the request the script started for it: the data is requested once', async () => {
    const script = fakeFetch(() => json(GALLERY));
    const element = { source: 'json', src, apiBase: API_BASE } as const;
    startedFor(element, script.fetch);
    const originalFetch = globalThis.fetch;
    const global = fakeFetch(() => json(GALLERY));
    globalThis.fetch = global.fetch;
    try {
      const page = await loadGallery(element);
      assert.equal(page.items[0]?.alt, 'A');
    } finally {
      globalThis.fetch = originalFetch;
    }
    assert.equal(script.log.length, 1);
    assert.equal(global.log.length, 0, 'no second request');
    assert.equal(script.log[0].signal?.aborted, false);
    assert.equal(takeEarly(element, publicFirstRequest(element)), undefined, 'taken once');
  });

  it('an element with a fetch of its own does not take it: its fetch gets the data, the started request is cancelled', async () => {
    const script = fakeFetch(() => new Promise<Response>(() => undefined));
    const own = fakeFetch(() => json(GALLERY));
    const element = { source: 'json', src, apiBase: API_BASE, fetch: own.fetch } as const;
    const controller = startedFor(element, script.fetch);
    await loadGallery(element);
    assert.equal(controller.signal.aborted, true);
    assert.equal(own.log.length, 1);
  });

  it('a request for another configuration is cancelled and not taken', async () => {
    const script = fakeFetch(() => new Promise<Response>(() => undefined));
    const own = fakeFetch(() => json(GALLERY));
    const element = { source: 'json', src, apiBase: API_BASE, fetch: own.fetch } as const;
    const controller = startedFor(element, script.fetch, `${API_BASE}/before.json`);
    assert.equal(takeEarly(element, publicFirstRequest(element)), undefined);
    assert.equal(controller.signal.aborted, true);
  });

  it('a taken request nobody reads is cancelled when the load is over', () => {
    const script = fakeFetch(() => new Promise<Response>(() => undefined));
    const element = { source: 'json', src, apiBase: API_BASE } as const;
    const controller = startedFor(element, script.fetch);
    headStart(element)!.done();
    assert.equal(controller.signal.aborted, true);
  });
});
