/**
 * AssetCursor against both local backends: the `big` portal (10,050 assets) read past the
 * 10,000-result paging limit with a scroll search, each asset once, in the search's order.
 */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES } from '../support/backend.js';
import { AssetCursor } from '../../src/api/asset-cursor.js';
import { MAX_PAGED_RESULTS, searchAssets } from '../../src/api/assets.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import type { Criterion, Sort } from '../../src/api/models.js';
import { SUBDOMAIN } from './helpers.js';

const MATCH_ALL: Criterion = { type: 'MATCH_ALL' };
const NEWEST: Sort[] = [{ field: { type: 'FIXED', fieldName: 'DATE_LIVE' }, order: 'DESC' }];

for (const profile of PROFILES) {
  describe(`api/AssetCursor (${profile} profile)`, () => {
    const backend = backendFor(profile);
    const portal = (slug: string): ApiContext => ({
      apiBase: backend.apiBase,
      auth: portalTokenSource({ apiBase: backend.apiBase }, { subdomain: SUBDOMAIN, portal: slug }),
    });
    const logged = async (path: string) =>
      (await backend.requestLog()).filter((r) => r.method === 'POST' && r.path === path);

    beforeEach(() => backend.reset());

    it('reads past 10,000 results: one paged search, then one scroll search, each asset once', async () => {
      const ctx = portal('big');
      const cursor = new AssetCursor(ctx, { criterion: MATCH_ALL, sorts: NEWEST, pageSize: 1000 });
      const ids: string[] = [];
      const froms: number[] = [];
      for (let page = await cursor.next(); page; page = await cursor.next()) {
        froms.push(page.from);
        ids.push(...page.results.map((r) => r.result.id));
      }
      expect(cursor.total).to.be.greaterThan(MAX_PAGED_RESULTS);
      expect(ids.length).to.equal(cursor.total);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(froms).to.deep.equal(froms.map((_, i) => i * 1000));
      expect(await logged('/asset-searches')).to.have.length(1);
      const scrolls = await logged('/asset-scroll-searches');
      expect(scrolls.every((r) => r.status === 200)).to.equal(true);
      expect(scrolls.length).to.be.within(11, 13);
      // The same order as the paged search, where both reach.
      const paged = await searchAssets(ctx, { criterion: MATCH_ALL, sorts: NEWEST, from: 9_000, pageSize: 1000 });
      expect(ids.slice(9_000, 10_000)).to.deep.equal(paged.results.map((r) => r.result.id));
    });

    it('pages with plain searches when the results fit in 10,000', async () => {
      const cursor = new AssetCursor(portal('press'), { criterion: MATCH_ALL, pageSize: 7 });
      const ids: string[] = [];
      for (let page = await cursor.next(); page; page = await cursor.next())
        ids.push(...page.results.map((r) => r.result.id));
      expect(ids.length).to.equal(cursor.total);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(await logged('/asset-scroll-searches')).to.have.length(0);
    });

    it('stops at an abort and goes on from the same place afterwards', async () => {
      const cursor = new AssetCursor(portal('big'), { criterion: MATCH_ALL, pageSize: 500 });
      const first = await cursor.next();
      const second = await cursor.next();
      const controller = new AbortController();
      const pending = cursor.next({ signal: controller.signal });
      controller.abort();
      let caught: unknown;
      await pending.catch((error: unknown) => (caught = error));
      expect((caught as Error)?.name).to.equal('AbortError');
      const third = await cursor.next();
      expect(third!.from).to.equal(1000);
      const seen = new Set([first, second, third].flatMap((p) => p!.results.map((r) => r.result.id)));
      expect(seen.size).to.equal(1500);
    });
  });
}
