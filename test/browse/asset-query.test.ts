import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AssetQueryController } from '../../src/browse/asset-query.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import { apiBase, requestLog, resetBackend } from '../support/backend.js';

/** A bare controller host: the controller's work is driven by hand, no element involved. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

function portalContext(portal: string): ApiContext {
  const base = { apiBase };
  return { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal }) };
}

const settle = (q: AssetQueryController) =>
  waitUntil(() => !q.loading && q.loaded, 'query did not settle', { timeout: 15_000 });

describe('AssetQueryController', () => {
  beforeEach(() => resetBackend());

  it('pages past 10,000 results with a scroll search, without repeating an asset', async () => {
    const ctx = portalContext('big');
    const host = new Host();
    const query = new AssetQueryController(host, { folderFieldId: () => undefined, pageSize: 1000 });
    query.start(ctx);
    await settle(query);
    expect(query.total).to.be.greaterThan(10_000);
    while (query.items.length < 10_000) {
      query.loadMore();
      await waitUntil(() => !query.loading, 'page did not load', { timeout: 15_000 });
    }
    expect(query.hasMore).to.equal(true);
    query.loadMore();
    await waitUntil(() => !query.loading, 'scroll page did not load', { timeout: 15_000 });
    expect(query.error).to.equal(undefined);
    expect(query.items.length).to.be.greaterThan(10_000);
    while (query.hasMore) {
      query.loadMore();
      await waitUntil(() => !query.loading, 'scroll page did not load', { timeout: 15_000 });
    }
    expect(query.items.length).to.equal(query.total);
    expect(new Set(query.items.map((a) => a.id)).size).to.equal(query.items.length);
    const log = await requestLog();
    expect(log.some((r) => r.path === '/asset-scroll-searches' && r.status === 200)).to.equal(true);
  });

  it('cancels superseded keyword searches: only the last one lands', async () => {
    const ctx = portalContext('press');
    const host = new Host();
    const query = new AssetQueryController(host, { folderFieldId: () => undefined, debounceMs: 0 });
    query.start(ctx);
    await settle(query);
    query.set({ keywords: 'mountain' });
    query.set({ keywords: 'forest' });
    query.set({ keywords: 'harbour' });
    await settle(query);
    expect(query.items.length).to.be.greaterThan(0);
    expect(query.items.every((a) => a.currentAssetFile!.filename.startsWith('harbour'))).to.equal(true);
  });
});
