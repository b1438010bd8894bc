/**
 * A folder's ancestry (`folderLineage`, from `GET /field-options/{id}`) and a portal's tree roots
 * (`folderLoaderFor` with the whitelist), against both backend profiles and with the parent in
 * each shape a server may print: the parent option (the seed's "complete branch"), its bare id,
 * `{}` or null.
 */
import { expect } from '@open-wc/testing';
import { folderLineage, folderSource } from '../../src/browse/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import { PROFILES, backendFor, hostToken } from '../support/backend.js';

interface RawOption {
  id: string;
  value: string;
  parent: RawOption | Record<string, never> | string | null;
}

for (const profile of PROFILES) {
  describe(`folder ancestry and portal roots (${profile} profile)`, () => {
    const backend = backendFor(profile);
    const host: ApiContext = {
      apiBase: backend.apiBase,
      auth: { getToken: async () => hostToken, refresh: async () => hostToken },
    };
    const portal = (slug: string): ApiContext => {
      const base = { apiBase: backend.apiBase };
      return { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: slug }) };
    };
    const raw = async (id: string): Promise<RawOption> =>
      (
        await (
          await fetch(`${backend.apiBase}/field-options/${id}`, { headers: { authorization: `Bearer ${hostToken}` } })
        ).json()
      ).result;
    const whitelist = async (slug: string): Promise<string[]> =>
      (await (await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/${slug}`)).json()).result
        .whitelistedFolderFieldOptionIds;
    /** A folder three levels below the top (Marketing/Campaigns/Spring 2026/Teasers in the seed data). */
    const deepFolder = async (): Promise<RawOption> => {
      const search = async (criterion: object) =>
        (
          await (
            await fetch(`${backend.apiBase}/field-option-searches`, {
              method: 'POST',
              headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json' },
              body: JSON.stringify({ from: 0, pageSize: 100, criterion, sorts: [{ field: 'POSITION', order: 'ASC' }] }),
            })
          ).json()
        ).results.map((r: { result: RawOption }) => r.result) as RawOption[];
      let level = await search({ type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' });
      let at = level.find((f) => f.value === 'Marketing')!;
      for (const name of ['Campaigns', 'Spring 2026', 'Teasers']) {
        level = await search({ type: 'FIELD_EQUALS', field: 'PARENT_ID', value: at.id });
        at = level.find((f) => f.value === name)!;
      }
      return at;
    };

    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('gives the whole branch to the signed-in user, from the top level', async () => {
      const deep = await deepFolder();
      const path = await folderLineage(host, deep.id);
      expect(path.map((f) => f.value)).to.deep.equal(['Marketing', 'Campaigns', 'Spring 2026', 'Teasers']);
      expect(path[0]!.parent).to.equal(null);
      expect(path.slice(1).map((f) => f.parent)).to.deep.equal(path.slice(0, -1).map((f) => f.id));
    });

    it('cuts the branch at the portal root and has no path for a folder outside the portal', async () => {
      const deep = await deepFolder();
      const roots = await whitelist('press');
      const path = await folderLineage(portal('press'), deep.id, { roots });
      expect(roots).to.include(path[0]!.id);
      expect(path[0]!.parent).to.equal(null);
      expect(path.at(-1)!.id).to.equal(deep.id);
      // A partners folder: 404 for the press visitor (not-found), and with the host's view but
      // the press roots, no path at all.
      const partnersOnly = (await whitelist('partners')).at(-1)!;
      await folderLineage(portal('press'), partnersOnly, { roots }).then(
        () => expect.fail('a folder outside the portal was read'),
        (error: { code?: string }) => expect(error.code).to.equal('not-found'),
      );
      expect(await folderLineage(host, partnersOnly, { roots })).to.deep.equal([]);
    });

    it('follows a parent printed as a bare id with one more GET, and stops at {}', async () => {
      const deep = await raw((await deepFolder()).id);
      const parentId = (deep.parent as RawOption).id;
      // A simpler server: the folder names its parent by id only.
      const flat = { result: { ...deep, parent: parentId }, permittedActions: [] };
      await backend.setFaults({
        routes: [
          { method: 'GET', path: `^/field-options/${deep.id}$`, status: 200, body: JSON.stringify(flat), count: 1 },
        ],
      });
      expect((await folderLineage(host, deep.id)).map((f) => f.value)).to.deep.equal([
        'Marketing',
        'Campaigns',
        'Spring 2026',
        'Teasers',
      ]);
      // `{}`: the parent is not described, so the branch ends at the folder itself.
      const unknown = { result: { ...deep, parent: {} }, permittedActions: [] };
      await backend.setFaults({
        routes: [
          { method: 'GET', path: `^/field-options/${deep.id}$`, status: 200, body: JSON.stringify(unknown), count: 1 },
        ],
      });
      expect((await folderLineage(host, deep.id)).map((f) => f.value)).to.deep.equal(['Teasers']);
    });

    it("loads a portal's whitelisted folders as its roots, in the portal's order, skipping one that is gone", async () => {
      const roots = await whitelist('press');
      const { loader } = await folderSource(portal('press'), { roots: [...roots, 'no-such-folder'] });
      const top = await loader(null, new AbortController().signal);
      expect(top.map((f) => f.id)).to.deep.equal(roots);
      expect(top.every((f) => f.parent === null)).to.equal(true);
      const withChildren = top.find((f) => !f.leaf)!;
      const children = await loader(withChildren.id, new AbortController().signal);
      expect(children.length).to.be.greaterThan(0);
      expect(children.every((f) => f.parent === withChildren.id || f.parent === null)).to.equal(true);
    });
  });
}
