/** AssetCursor: one cursor over asset search results, past Dash's 10,000-result paging limit. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AssetCursor, searchAllAssets, type AssetCursorPage } from '../../src/api/asset-cursor.js';
import type { ApiContext } from '../../src/api/http.js';
import { API_BASE, fakeFetch, fakeSearches, json, type FakeHandler } from './api-fake-fetch.js';

const MATCH_ALL = { type: 'MATCH_ALL' } as const;

function setup(handler: FakeHandler) {
  const { fetch, log } = fakeFetch(handler);
  const ctx: ApiContext = { apiBase: API_BASE, fetch };
  const searches = () => log.filter((r) => r.path === '/asset-searches');
  const scrolls = () => log.filter((r) => r.path === '/asset-scroll-searches');
  return { ctx, log, searches, scrolls };
}

async function readAll(cursor: AssetCursor, signal?: AbortSignal): Promise<AssetCursorPage[]> {
  const pages: AssetCursorPage[] = [];
  for (let page = await cursor.next({ signal }); page; page = await cursor.next({ signal })) pages.push(page);
  return pages;
}

const ids = (pages: AssetCursorPage[]) => pages.flatMap((p) => p.results.map((r) => r.result.id));
const expectedIds = (count: number) => Array.from({ length: count }, (_, i) => `a${i}`);

describe('AssetCursor', () => {
  it('reads 10,050 results in order, each once: one paged page, then a scroll search', async () => {
    const { ctx, searches, scrolls } = setup(fakeSearches(10_050));
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 500 });
    const pages = await readAll(cursor);
    assert.deepEqual(ids(pages), expectedIds(10_050));
    assert.equal(cursor.total, 10_050);
    assert.equal(cursor.done, true);
    assert.deepEqual(
      pages.map((p) => p.from),
      pages.map((_, i) => i * 500),
    );
    // The first page is a paged search; everything after it comes from one scroll.
    assert.equal(searches().length, 1);
    const bodies = scrolls().map((r) => r.body as { pageSize?: number; scrollId?: string; criterion?: unknown });
    assert.deepEqual(bodies[0], { criterion: MATCH_ALL, sorts: [], pageSize: 500 });
    for (const [i, body] of bodies.slice(1).entries())
      assert.deepEqual(body, { scrollId: `scroll-${i}` }, 'continues with the newest scrollId');
    // One page repeated to skip what the paged search delivered, 20 more pages, one empty answer at most.
    assert.ok(bodies.length <= 22, `${bodies.length} scroll requests`);
  });

  it('pages with plain searches only when the results fit in 10,000, never past the window', async () => {
    const { ctx, searches, scrolls } = setup(fakeSearches(9_990));
    const pages = await readAll(new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 1000 }));
    assert.deepEqual(ids(pages), expectedIds(9_990));
    assert.equal(scrolls().length, 0);
    for (const request of searches()) {
      const { from, pageSize } = request.body as { from: number; pageSize: number };
      assert.ok(from + pageSize <= 10_000, `from ${from} + pageSize ${pageSize}`);
    }
  });

  it('shortens the last paged page at the window edge when the results end exactly at 10,000', async () => {
    const { ctx, searches, scrolls } = setup(fakeSearches(10_000));
    const pages = await readAll(new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 300 }));
    assert.deepEqual(ids(pages), expectedIds(10_000));
    assert.equal(scrolls().length, 0);
    assert.deepEqual(searches().at(-1)!.body, { criterion: MATCH_ALL, sorts: [], from: 9_900, pageSize: 100 });
  });

  it('switches to a scroll search at the next page when the results grow past 10,000 while paging', async () => {
    const searches = fakeSearches(10_500);
    // totalResults says 9,000 until the page from 5,000, then the account has grown to 10,500.
    const { ctx, scrolls } = setup(async (request) => {
      const answer = (await (await searches(request)).json()) as { results: { result: { id: string } }[] };
      const from = (request.body as { from?: number }).from;
      const grown = from === undefined || from >= 5_000;
      return json({ ...answer, totalResults: grown ? 10_500 : 9_000 });
    });
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 1000 });
    const pages = await readAll(cursor);
    assert.deepEqual(ids(pages), expectedIds(10_500));
    assert.equal(cursor.total, 10_500);
    // The scroll starts over and skips the 6,000 results the paged search delivered.
    assert.ok(scrolls().length >= 7);
  });

  it('reads a small result list with one request and is done after it', async () => {
    const { ctx, log } = setup(fakeSearches(7));
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 10 });
    const page = await cursor.next();
    assert.equal(page?.results.length, 7);
    assert.equal(cursor.done, true);
    assert.equal(await cursor.next(), undefined);
    assert.equal(log.length, 1);
  });

  it('stops on an abort, stays where it was, and restarts an aborted scroll after the results delivered', async () => {
    const searches = fakeSearches(10_050);
    let hang = false;
    // While `hang` is set, the server takes the scroll's next page but the answer never arrives.
    const { ctx, scrolls } = setup(async (request) => {
      const answer = await searches(request);
      return hang ? new Promise<never>(() => {}) : answer;
    });
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 100 });
    const read = ids([(await cursor.next())!, (await cursor.next())!, (await cursor.next())!]);
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(cursor.next({ signal: aborted.signal }), { name: 'AbortError' });
    // An abort in flight: the scroll's next page may have been taken on the server.
    const inFlight = new AbortController();
    hang = true;
    const pending = cursor.next({ signal: inFlight.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    inFlight.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    hang = false;
    const before = scrolls().length;
    const rest = await readAll(cursor);
    assert.deepEqual([...read, ...ids(rest)], expectedIds(10_050));
    // The restart skips 300 results in one large page, then hands it out 100 at a time.
    assert.equal((scrolls()[before]!.body as { pageSize: number }).pageSize, 1000);
  });

  it('restarts the scroll when the server no longer knows its scrollId (400)', async () => {
    const searches = fakeSearches(10_200);
    let expireOnce = true;
    const { ctx } = setup((request) => {
      const body = request.body as { scrollId?: string };
      if (body.scrollId === 'scroll-3' && expireOnce) {
        expireOnce = false;
        return json({ status: 400, error: 'Bad Request', message: 'Unknown or expired scrollId' }, 400);
      }
      return searches(request);
    });
    const pages = await readAll(new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 1000 }));
    assert.deepEqual(ids(pages), expectedIds(10_200));
  });

  it('reports a failed page and carries on from the same place on the next call', async () => {
    const searches = fakeSearches(250);
    let failNext = false;
    const { ctx } = setup((request) =>
      failNext ? ((failNext = false), json({ message: 'nope' }, 403)) : searches(request),
    );
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 100 });
    const first = await cursor.next();
    failNext = true;
    await assert.rejects(cursor.next(), { name: 'DashError', code: 'forbidden' });
    const rest = await readAll(cursor);
    assert.deepEqual(ids([first!, ...rest]), expectedIds(250));
  });

  it('counts results it cannot read in skipped and in the positions', async () => {
    const { ctx } = setup(() =>
      json({
        results: [
          { result: { id: 'a0', currentAssetFile: null }, permittedActions: [] },
          { result: { id: 7 } },
          { nope: true },
        ],
        totalResults: 3,
      }),
    );
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 3 });
    const page = await cursor.next();
    assert.equal(page?.results.length, 1);
    assert.equal(page?.skipped, 2);
    assert.equal(cursor.done, true);
  });

  it('serves calls made while one is pending in order', async () => {
    const { ctx } = setup(fakeSearches(300));
    const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, pageSize: 100 });
    const pages = await Promise.all([cursor.next(), cursor.next(), cursor.next(), cursor.next()]);
    assert.deepEqual(
      pages.map((p) => p?.from),
      [0, 100, 200, undefined],
    );
  });

  it('searchAllAssets yields the cursor pages', async () => {
    const { ctx } = setup(fakeSearches(10_050));
    const read: string[] = [];
    for await (const page of searchAllAssets(ctx, { criterion: MATCH_ALL, pageSize: 1000 }))
      read.push(...page.results.map((r) => r.result.id));
    assert.deepEqual(read, expectedIds(10_050));
  });
});
