/**
 * The gallery's head start (src/api/adapters/head-start.ts): a source's first request goes out
 * before the source's code has loaded, and the adapter's own request is handed that answer — the
 * same request, made once. Through an injected `fetch`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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

  it('nothing is started for a source whose first request needs a credential, or for a non-http src', () => {
    const { fetch, log } = fakeFetch(() => json({}));
    assert.equal(headStart({ source: 'cms', gallery: 'g1', apiBase: API_BASE, accessToken: 't', fetch }), undefined);
    assert.equal(headStart({ source: 'json', src: 'javascript:alert(1)', apiBase: API_BASE, fetch }), undefined);
    assert.equal(log.length, 0);
  });
});
