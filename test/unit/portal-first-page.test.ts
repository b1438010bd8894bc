/**
 * The dash-portal gallery's first page (issue 21): the first search asks only for what fills the
 * first screens, so the first photo does not wait for a large answer on a slow network; the pages
 * after it are full size and continue exactly where it stopped. Through an injected `fetch`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from '../../src/api/adapters/dash-portal.js';
import type { GalleryPage, GallerySourceConfig } from '../../src/api/adapters/types.js';
import { AssetCursor, type AssetCursorPage } from '../../src/api/asset-cursor.js';
import { API_BASE, fakeFetch, fakeSearches, json, wrappedAsset, type FakeHandler } from './api-fake-fetch.js';

const FIELD_ID = 'folders-field';
const FOLDER = 'folder-1';

/** A portal `press` of subdomain `demo` whose folder holds `count` assets `a0`, `a1`, … with a file each. */
function portal(count: number, options: { maxPageSize?: number } = {}): FakeHandler {
  const searches = fakeSearches(count, options);
  return async (request) => {
    const { method, path } = request;
    if (path === '/subdomains/demo/publicly-available-portal-datas/press') {
      return json({ result: { id: 'p1', name: 'Press', requiresPasscode: false, assetPermittedActions: 'VIEW' } });
    }
    if (path === '/portals/p1/access-token') return json({ result: { accessToken: 'portal-token' } });
    if (path === '/folder-settings') return json({ result: { accountId: 'acc', fieldId: FIELD_ID } });
    const answer = await searches(request);
    if (method !== 'POST' || !answer.ok) return answer;
    // Give each asset a file, so the gallery shows it (an asset without a file is left out).
    const body = (await answer.json()) as { results: ReturnType<typeof wrappedAsset>[] };
    for (const { result } of body.results) {
      (result as { currentAssetFile: unknown }).currentAssetFile = {
        id: `f-${result.id}`,
        filename: `${result.id}.jpg`,
        size: 1000,
        fileType: 'IMAGE',
        previewUrl: `${API_BASE}/previews/${result.id}.jpg`,
        dimensions: { width: 4, height: 3 },
      };
    }
    return json(body);
  };
}

function setup(count: number, config: Partial<GallerySourceConfig> = {}, handler?: FakeHandler) {
  const { fetch, log } = fakeFetch(handler ?? portal(count));
  const gallery: GallerySourceConfig = {
    source: 'dash-portal',
    apiBase: API_BASE,
    subdomain: 'demo',
    portal: 'press',
    folder: FOLDER,
    fetch,
    ...config,
  };
  const searches = () =>
    log.filter((r) => r.path === '/asset-searches').map((r) => r.body as { from: number; pageSize: number });
  return { gallery, log, searches };
}

/** Every page of a gallery, first to last. */
async function allPages(first: GalleryPage): Promise<GalleryPage[]> {
  const pages = [first];
  for (let page = first; page.next;) pages.push((page = await page.next()));
  return pages;
}

const ids = (pages: GalleryPage[]) => pages.flatMap((p) => p.items.map((i) => i.id));
const expectedIds = (count: number) => Array.from({ length: count }, (_, i) => `a${i}`);

describe('dash-portal gallery: a small first page', () => {
  it('asks the first search for 24 assets, the next ones for 60 each, from where the last stopped', async () => {
    const { gallery, searches } = setup(150);
    const first = await load(gallery, {});
    assert.deepEqual(
      searches().map(({ from, pageSize }) => ({ from, pageSize })),
      [{ from: 0, pageSize: 24 }],
    );
    assert.equal(first.items.length, 24);
    assert.equal(first.total, 150, 'the total is the whole folder, not the first page');
    assert.ok(first.next, 'more pages to come');

    const pages = await allPages(first);
    assert.deepEqual(
      searches().map(({ from, pageSize }) => ({ from, pageSize })),
      [
        { from: 0, pageSize: 24 },
        { from: 24, pageSize: 60 },
        { from: 84, pageSize: 60 },
        { from: 144, pageSize: 60 },
      ],
    );
    // No asset missing or repeated across the pages, in the search's order.
    assert.deepEqual(ids(pages), expectedIds(150));
    assert.deepEqual(
      pages.map((p) => p.items.length),
      [24, 60, 60, 6],
    );
    assert.deepEqual(
      pages.flatMap((p) => p.items.map((i) => i.order)),
      expectedIds(150).map((_, i) => i),
      'each item keeps its position in the whole result list',
    );
    for (const page of pages) assert.equal(page.total, 150);
    assert.equal(pages.at(-1)!.next, undefined, 'no next page after the last');
  });

  it('a folder that fits the first page: one search, no next page', async () => {
    const { gallery, searches } = setup(24);
    const first = await load(gallery, {});
    assert.deepEqual(ids([first]), expectedIds(24));
    assert.equal(first.total, 24);
    assert.equal(first.next, undefined);
    assert.equal(searches().length, 1);

    const small = setup(5);
    const page = await load(small.gallery, {});
    assert.deepEqual(ids([page]), expectedIds(5));
    assert.equal(page.next, undefined);
  });

  it('one asset past the first page: the second page holds it, and then there is no next', async () => {
    const { gallery, searches } = setup(25);
    const pages = await allPages(await load(gallery, {}));
    assert.deepEqual(ids(pages), expectedIds(25));
    assert.deepEqual(
      pages.map((p) => p.items.length),
      [24, 1],
    );
    assert.equal(searches().length, 2);
  });

  it('a configured pageSize is every search’s size, the first’s too', async () => {
    const { gallery, searches } = setup(45, { pageSize: 20 });
    const pages = await allPages(await load(gallery, {}));
    assert.deepEqual(ids(pages), expectedIds(45));
    assert.deepEqual(
      searches().map(({ from, pageSize }) => ({ from, pageSize })),
      [
        { from: 0, pageSize: 20 },
        { from: 20, pageSize: 20 },
        { from: 40, pageSize: 20 },
      ],
    );
    const large = setup(150, { pageSize: 100 });
    await load(large.gallery, {});
    assert.deepEqual(
      large.searches().map(({ pageSize }) => pageSize),
      [100],
    );
  });

  it('past 10,000 results: the small first page, then the scroll search skips exactly those 24', async () => {
    const { gallery, log } = setup(10_100);
    const first = await load(gallery, {});
    assert.equal(first.items.length, 24);
    const second = await first.next!();
    const third = await second.next!();
    assert.deepEqual(ids([first, second, third]), expectedIds(24 + 36 + 60));
    assert.equal(third.total, 10_100);
    assert.ok(
      log.some((r) => r.path === '/asset-scroll-searches'),
      'pages past the first came from a scroll search',
    );
  });
});

describe('AssetCursor: a page size per page', () => {
  const MATCH_ALL = { type: 'MATCH_ALL' } as const;
  const cursorIds = (pages: (AssetCursorPage | undefined)[]) =>
    pages.flatMap((p) => p?.results.map((r) => r.result.id) ?? []);

  it('paged search: sizes may change from page to page without a result missing or repeated', async () => {
    const { fetch, log } = fakeFetch(fakeSearches(100));
    const cursor = new AssetCursor({ apiBase: API_BASE, fetch }, { criterion: MATCH_ALL, pageSize: 30 });
    const pages = [
      await cursor.next({ pageSize: 7 }),
      await cursor.next(),
      await cursor.next({ pageSize: 50 }),
      await cursor.next({ pageSize: 0 }), // not a size: the search's
    ];
    assert.deepEqual(cursorIds(pages), expectedIds(100));
    assert.deepEqual(
      pages.map((p) => p?.from),
      [0, 7, 37, 87],
    );
    assert.deepEqual(
      log.map((r) => (r.body as { pageSize: number }).pageSize),
      [7, 30, 50, 30],
    );
    assert.equal(cursor.done, true);
    assert.equal(await cursor.next(), undefined);
  });

  it('the window edge still shortens a larger page: from + pageSize never passes 10,000', async () => {
    const { fetch, log } = fakeFetch(fakeSearches(10_000));
    const cursor = new AssetCursor({ apiBase: API_BASE, fetch }, { criterion: MATCH_ALL, pageSize: 1000 });
    await cursor.next({ pageSize: 990 });
    for (let page = await cursor.next(); page; page = await cursor.next());
    for (const request of log) {
      const { from, pageSize } = request.body as { from: number; pageSize: number };
      assert.ok(from + pageSize <= 10_000, `from ${from} + pageSize ${pageSize}`);
    }
  });

  it('scrolling: the buffer is handed out at each page’s size', async () => {
    const { fetch } = fakeFetch(fakeSearches(10_200));
    const cursor = new AssetCursor({ apiBase: API_BASE, fetch }, { criterion: MATCH_ALL, pageSize: 100 });
    const pages = [
      await cursor.next({ pageSize: 10 }), // paged
      await cursor.next({ pageSize: 25 }), // scroll: 100 results, 10 skipped, 25 handed out
      await cursor.next({ pageSize: 200 }), // the rest of the buffer (65)
      await cursor.next(), // the next scroll page
    ];
    assert.deepEqual(
      pages.map((p) => p?.results.length),
      [10, 25, 65, 100],
    );
    assert.deepEqual(cursorIds(pages), expectedIds(200));
  });
});
