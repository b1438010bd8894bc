import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { folderCriterion, searchAssets } from '../../src/api/assets.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import { apiBase, cells, mount, until } from './helpers.js';

/** The first whitelisted folder of the demo portal `press`. */
async function pressFolder(): Promise<string> {
  const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
  const portal = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
  return portal.result.whitelistedFolderFieldOptionIds[0];
}

/** The folder's assets as a portal visitor's search lists them: file names in order, and the total. */
async function folderAssets(folder: string): Promise<{ names: string[]; total: number }> {
  const base = { apiBase };
  const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: 'press' }) };
  const { fieldId } = await getFolderSettings(ctx);
  const page = await searchAssets(ctx, { from: 0, pageSize: 1000, criterion: folderCriterion(fieldId, folder) });
  return { names: page.results.map((r) => r.result.currentAssetFile?.filename ?? ''), total: page.totalResults };
}

describe('dash-gallery dash-portal: a small first page (issue 21)', () => {
  before(() => resetBackend());

  it('asks the first search for 24 assets; the later pages continue where it stopped, none missing or repeated', async () => {
    const folder = await pressFolder();
    const expected = await folderAssets(folder);
    expect(expected.total, 'a folder larger than the first page').to.be.greaterThan(24);
    // What the gallery asks the search for (the request still goes to the backend).
    const searches: { from: number; pageSize: number; answered: number }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (String(input).endsWith('/asset-searches') && typeof init?.body === 'string') {
        const { from, pageSize } = JSON.parse(init.body) as { from: number; pageSize: number };
        const { results } = (await response.clone().json()) as { results: unknown[] };
        searches.push({ from, pageSize, answered: results.length });
      }
      return response;
    };
    try {
      const el = await mount({ attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder } });
      expect(searches[0]).to.deep.equal({ from: 0, pageSize: 24, answered: 24 });
      expect(Number(cells(el)[0].getAttribute('aria-setsize')), 'the whole folder is announced').to.equal(
        expected.total,
      );
      // Scroll to the end of what is loaded until every asset is.
      await until(() => {
        window.scrollTo(0, document.body.scrollHeight);
        return el.items.length >= expected.total;
      }, 'not every page loaded');
      window.scrollTo(0, 0);
      expect(searches.slice(1).every((s) => s.pageSize === 60)).to.equal(true);
      for (const [i, search] of searches.slice(1).entries()) {
        const before = searches[i];
        expect(search.from, `search ${i + 1} starts where search ${i} stopped`).to.equal(before.from + before.answered);
      }
      expect(el.items.map((item) => item.filename)).to.deep.equal(expected.names);
      expect(new Set(el.items.map((item) => item.id)).size).to.equal(expected.total);
    } finally {
      window.fetch = realFetch;
    }
  });
});
