/** `GET /assets/{id}` (seed 002 "Get an Asset"): one asset by id, e.g. to resolve preselected ids. */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES } from '../support/backend.js';
import { getAsset, searchAssets } from '../../src/api/assets.js';
import { hostTokenSource, portalTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import { expectDashError, HOST_TOKEN, SUBDOMAIN } from './helpers.js';

for (const profile of PROFILES) {
  describe(`api/getAsset (${profile} profile)`, () => {
    const backend = backendFor(profile);
    const host: ApiContext = { apiBase: backend.apiBase, auth: hostTokenSource({ accessToken: HOST_TOKEN }) };
    const portal = (slug: string): ApiContext => ({
      apiBase: backend.apiBase,
      auth: portalTokenSource({ apiBase: backend.apiBase }, { subdomain: SUBDOMAIN, portal: slug }),
    });

    before(() => backend.reset());

    it('returns the asset a portal search found, with the same permitted actions', async () => {
      const ctx = portal('press');
      const page = await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, pageSize: 3 });
      const found = page.results[2]!;
      const one = await getAsset(ctx, found.result.id);
      expect(one.result.id).to.equal(found.result.id);
      expect(one.result.currentAssetFile?.filename).to.equal(found.result.currentAssetFile?.filename);
      expect(one.permittedActions.map((p) => p.action)).to.deep.equal(found.permittedActions.map((p) => p.action));
    });

    it('gives the host every asset, a portal visitor only the portal’s (not-found otherwise)', async () => {
      const staged = (await backend.listAllAssets()).find((a) => a.state === 'STAGED')!;
      expect(staged, 'a seeded STAGED asset').to.exist;
      const asHost = await getAsset(host, staged.id);
      expect(asHost.result.lifecycleStatus?.state).to.equal('STAGED');
      await expectDashError(getAsset(portal('press'), staged.id), 'not-found');
      await expectDashError(getAsset(host, 'no-such-asset'), 'not-found');
    });

    it(`${profile === 'seed' ? 'omits' : 'keeps'} the local originalUrl extension`, async () => {
      const page = await searchAssets(portal('press'), { criterion: { type: 'MATCH_ALL' }, pageSize: 1 });
      const file = (await getAsset(host, page.results[0]!.result.id)).result.currentAssetFile!;
      expect('originalUrl' in file).to.equal(profile !== 'seed');
    });
  });
}
