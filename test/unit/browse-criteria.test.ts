/**
 * The browse session's query, without a browser: the search each query sends (criteria and
 * sorts), the picker's `accept` matching, and the session's paging through the client's
 * injectable `fetch` — past 10,000 results, and a new query aborting the older one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AssetQueryController,
  defaultQuery,
  searchFor,
  sortsFor,
  type AssetQuery,
} from '../../src/browse/asset-query.js';
import { acceptsAsset, parseAccept } from '../../src/elements/asset-picker/accept.js';
import type { ApiContext } from '../../src/api/http.js';
import type { Asset } from '../../src/api/models.js';
import { API_BASE, fakeFetch, fakeSearches, json, wrappedAsset, type FakeHandler } from './api-fake-fetch.js';

const query = (patch: Partial<AssetQuery> = {}): AssetQuery => ({ ...defaultQuery, ...patch });
const fixed = (fieldName: string) => ({ type: 'FIXED', fieldName });

describe('searchFor: the criterion and sorts of a query', () => {
  it('matches everything, newest first, by default', () => {
    const { criterion, sorts } = searchFor(query());
    assert.deepEqual(criterion, { type: 'MATCH_ALL' });
    assert.deepEqual(sorts, [
      { field: fixed('DATE_LIVE'), order: 'DESC' },
      { field: fixed('ADDED_ORDER'), order: 'DESC' },
    ]);
  });

  it('searches trimmed keywords; blank keywords are no filter', () => {
    assert.deepEqual(searchFor(query({ keywords: '  harbour  ' })).criterion, {
      type: 'FIELD_MATCHES',
      field: fixed('KEYWORDS'),
      value: 'harbour',
    });
    assert.deepEqual(searchFor(query({ keywords: '   ' })).criterion, { type: 'MATCH_ALL' });
  });

  it('searches a folder with its sub-folders, once the Folders field id is known', () => {
    const folder = {
      type: 'FIELD_EQUALS',
      field: { type: 'FIELD', fieldId: 'folders' },
      value: 'f1',
      includeDescendants: true,
    };
    assert.deepEqual(searchFor(query({ folderId: 'f1' }), 'folders').criterion, folder);
    assert.deepEqual(searchFor(query({ folderId: 'f1' })).criterion, { type: 'MATCH_ALL' });
  });

  it('filters one file type with FIELD_EQUALS and several with OR', () => {
    const type = (value: string) => ({ type: 'FIELD_EQUALS', field: fixed('FILE_TYPE'), value });
    assert.deepEqual(searchFor(query({ fileTypes: ['IMAGE'] })).criterion, type('IMAGE'));
    assert.deepEqual(searchFor(query({ fileTypes: ['IMAGE', 'VIDEO'] })).criterion, {
      type: 'OR',
      criteria: [type('IMAGE'), type('VIDEO')],
    });
  });

  it('filters a date range, open at either end', () => {
    const range = (value: string) => ({ type: 'FIELD_MATCHES', field: fixed('DATE_LIVE'), value });
    assert.deepEqual(
      searchFor(query({ dateRange: { from: '2026-01-01', to: '2026-01-31T23:59:59.999Z' } })).criterion,
      range('[2026-01-01 TO 2026-01-31T23:59:59.999Z]'),
    );
    assert.deepEqual(searchFor(query({ dateRange: { from: '2026-01-01' } })).criterion, range('[2026-01-01 TO *]'));
    assert.deepEqual(searchFor(query({ dateRange: {} })).criterion, { type: 'MATCH_ALL' });
  });

  it('joins every filter with AND', () => {
    const { criterion } = searchFor(query({ keywords: 'x', folderId: 'f1', fileTypes: ['AUDIO'] }), 'folders');
    assert.equal(criterion.type, 'AND');
    assert.equal((criterion as { criteria: unknown[] }).criteria.length, 3);
  });

  it('"recently added" ignores every filter and sorts newest first', () => {
    const recent = searchFor(query({ recent: true, keywords: 'x', folderId: 'f1', sort: 'name' }), 'folders');
    assert.deepEqual(recent, { criterion: { type: 'MATCH_ALL' }, sorts: sortsFor('newest') });
  });

  it('sorts by name or oldest first, with ADDED_ORDER breaking ties the same way', () => {
    assert.deepEqual(searchFor(query({ sort: 'name' })).sorts, [
      { field: fixed('FILENAME'), order: 'ASC' },
      { field: fixed('ADDED_ORDER'), order: 'ASC' },
    ]);
    assert.deepEqual(searchFor(query({ sort: 'oldest' })).sorts, [
      { field: fixed('DATE_LIVE'), order: 'ASC' },
      { field: fixed('ADDED_ORDER'), order: 'ASC' },
    ]);
  });
});

describe('accept: the file types the picker lets through', () => {
  const asset = (filename: string, type?: string, subType?: string): Asset =>
    ({
      id: filename,
      currentAssetFile: { filename, mediaType: type ? { type, subType } : undefined },
    }) as unknown as Asset;

  it('accepts everything when empty', () => {
    assert.equal(acceptsAsset(parseAccept(''), asset('a.pdf', 'application', 'pdf')), true);
  });

  it('matches wildcards, exact types (any case) and extensions', () => {
    const accepts = parseAccept('image/*, video/mp4, .PDF');
    assert.equal(acceptsAsset(accepts, asset('a.jpg', 'image', 'JPEG')), true);
    assert.equal(acceptsAsset(accepts, asset('a.mp4', 'video', 'mp4')), true);
    assert.equal(acceptsAsset(accepts, asset('a.mov', 'video', 'quicktime')), false);
    assert.equal(acceptsAsset(accepts, asset('report.pdf')), true);
    assert.equal(acceptsAsset(accepts, asset('notes.txt', 'text', 'plain')), false);
  });
});

/** A bare controller host: the query's work is driven by hand, no element involved. */
class Host implements ReactiveControllerHost {
  updates = 0;
  addController(_controller: ReactiveController) {}
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

function session(handler: FakeHandler, pageSize = 500) {
  const { fetch, log } = fakeFetch(handler);
  const ctx: ApiContext = { apiBase: API_BASE, fetch };
  const assets = new AssetQueryController(new Host(), { folderFieldId: () => 'folders', pageSize, debounceMs: 0 });
  return { ctx, log, assets };
}

const settled = async (assets: AssetQueryController) => {
  while (assets.loading) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('the session query: paging through the client', () => {
  it('pages past 10,000 results through one cursor, each asset once, then stops', async () => {
    const { ctx, log, assets } = session(fakeSearches(10_050));
    assets.start(ctx);
    await settled(assets);
    assert.equal(assets.total, 10_050);
    while (assets.hasMore) {
      assets.loadMore();
      await settled(assets);
    }
    assert.equal(assets.error, undefined);
    assert.equal(assets.items.length, 10_050);
    assert.equal(new Set(assets.items.map((a) => a.id)).size, 10_050);
    assert.equal(assets.items.at(-1)!.id, 'a10049');
    // One paged search first, then a scroll search with the same criterion.
    assert.equal(log.filter((r) => r.path === '/asset-searches').length, 1);
    assert.ok(log.some((r) => r.path === '/asset-scroll-searches'));
  });

  it('"recently added" is one page, with no more to load', async () => {
    const { ctx, log, assets } = session(fakeSearches(500), 60);
    assets.query = { ...assets.query, recent: true };
    assets.start(ctx);
    await settled(assets);
    assert.equal(assets.items.length, 60);
    assert.equal(assets.total, 60);
    assert.equal(assets.hasMore, false);
    assert.deepEqual((log[0]!.body as { criterion: unknown }).criterion, { type: 'MATCH_ALL' });
  });

  it('a new query aborts the older one: its late answer never lands', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { ctx, log, assets } = session(async ({ body }) => {
      const keywords = JSON.stringify(body).includes('forest') ? 'forest' : 'mountain';
      if (keywords === 'mountain') await held;
      return json({ results: [wrappedAsset(keywords)], totalResults: 1 });
    });
    assets.query = { ...assets.query, keywords: 'mountain' };
    assets.start(ctx);
    while (log.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    assets.set({ keywords: 'forest' });
    release();
    await settled(assets);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(log[0]!.signal?.aborted, true);
    assert.deepEqual(
      assets.items.map((a) => a.id),
      ['forest'],
    );
  });

  it('signed out, nothing is searched and nothing is listed', async () => {
    const { ctx, log, assets } = session(fakeSearches(10));
    assets.start(ctx);
    assets.stop();
    await settled(assets);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(assets.items, []);
    assert.equal(assets.loaded, false);
    assert.ok(log.every((request) => request.signal?.aborted));
  });
});
