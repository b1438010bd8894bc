/**
 * The picker's main flows against both backend profiles (see test/portal-browser/real-api.test.ts):
 * pick with permanent embeddable links whose URLs serve the file, a passcode portal, the tree
 * from whitelisted folders, and preselected ids resolved with `GET /assets/{id}`.
 */
import { expect } from '@open-wc/testing';
import { PROFILES, backendFor, hostToken } from '../support/backend.js';
import type { Asset } from '../../src/api/models.js';
import {
  $,
  $$,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  tilesOf,
  until,
  untilResults,
  type MountOptions,
} from './helpers.js';

async function fetchOk(url: string): Promise<Blob> {
  const response = await fetch(url);
  expect(response.ok, `GET ${url}`).to.equal(true);
  return response.blob();
}

for (const profile of PROFILES) {
  describe(`dash-asset-picker against the API (${profile} profile)`, () => {
    const backend = backendFor(profile);
    const mount = (options: MountOptions) => mountPicker({ ...options, apiBase: backend.apiBase });
    const portalData = async (slug: string) =>
      (await (await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/${slug}`)).json()).result;
    const rootIds = (el: HTMLElement) =>
      $$($(el, 'dash-folder-tree')!, '[role=treeitem][aria-level="1"]')
        .map((item) => item.dataset.id)
        .filter(Boolean);

    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('picks an image as a permanent embeddable link whose URL serves it, from a tree of the whitelisted folders', async () => {
      const { whitelistedFolderFieldOptionIds: whitelist } = await portalData('press');
      const el = await mount({ portal: 'press' });
      await untilResults(el);
      await until(() => rootIds(el).length === whitelist.length, 'whitelisted folders');
      expect(rootIds(el)).to.deep.equal(whitelist);
      const index = gridOf(el).items.findIndex(
        (a) => a.currentAssetFile?.fileType === 'IMAGE' && a.currentAssetFile.dimensions,
      );
      const source: Asset = gridOf(el).items[index];
      tilesOf(el)[index].click();
      const selected = nextSelect(el);
      insertButton(el).click();
      const [picked] = await selected;
      expect(picked.id).to.equal(source.id);
      expect(picked.urlKind).to.equal('embeddable');
      const bitmap = await createImageBitmap(await fetchOk(picked.url));
      expect(bitmap.width).to.equal(source.currentAssetFile!.dimensions!.width);
    });

    it('asks for the passcode (wrong, then right) and hands out preview URLs on a VIEW-only portal', async () => {
      const el = await mount({ portal: 'partners' });
      await until(() => $(el, '#passcode'), 'no passcode form');
      const submit = (passcode: string) => {
        $<HTMLInputElement>(el, '#passcode')!.value = passcode;
        $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
      };
      submit('wrong');
      await until(() => $(el, '#passcode-error')!.textContent!.trim() !== '', 'wrong passcode not said');
      submit('letmein');
      await untilResults(el);
      const index = gridOf(el).items.findIndex((a) => a.currentAssetFile?.previewUrl);
      tilesOf(el)[index].click();
      const selected = nextSelect(el);
      insertButton(el).click();
      const [picked] = await selected;
      expect(picked.urlKind).to.equal('preview');
      expect((await fetchOk(picked.url)).size).to.be.greaterThan(0);
    });

    it('resolves a preselected id it never listed with GET /assets/{id} and builds a fresh link for it', async () => {
      // An image with at least 60 newer images: not on the picker's first page of 60.
      const token = await (async () => {
        const portal = await portalData('press');
        const res = await fetch(`${backend.apiBase}/portals/${portal.id}/access-token`);
        return (await res.json()).result.accessToken as string;
      })();
      const page = await (
        await fetch(`${backend.apiBase}/asset-searches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            from: 60,
            pageSize: 20,
            criterion: { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'FILE_TYPE' }, value: 'IMAGE' },
            sorts: [{ field: { type: 'FIXED', fieldName: 'DATE_LIVE' }, order: 'DESC' }],
          }),
        })
      ).json();
      const far = page.results
        .map((r: { result: Asset }) => r.result)
        .find((a: Asset) => a.currentAssetFile?.dimensions);
      expect(far, 'an image beyond the first page').to.exist;
      const el = await mount({ portal: 'press', selectedIds: [far.id] });
      await untilResults(el);
      expect(gridOf(el).items.some((a) => a.id === far.id)).to.equal(false);
      await until(
        async () => (await backend.requestLog()).some((r) => r.path === `/assets/${far.id}` && r.status === 200),
        'no GET /assets/{id}',
      );
      const selected = nextSelect(el);
      insertButton(el).click();
      const [picked] = await selected;
      expect(picked.id).to.equal(far.id);
      expect(picked.filename).to.equal(far.currentAssetFile.filename);
      expect(picked.urlKind).to.equal('embeddable');
      const bitmap = await createImageBitmap(await fetchOk(picked.url));
      expect(bitmap.width).to.equal(far.currentAssetFile.dimensions.width);
    });

    it('opens on a folder below a whitelisted one, showing its branch; a folder outside the portal is ignored', async () => {
      const { whitelistedFolderFieldOptionIds: whitelist } = await portalData('press');
      const children = async (id: string) =>
        (
          await (
            await fetch(`${backend.apiBase}/field-option-searches`, {
              method: 'POST',
              headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json' },
              body: JSON.stringify({
                from: 0,
                pageSize: 100,
                criterion: { type: 'FIELD_EQUALS', field: 'PARENT_ID', value: id },
                sorts: [],
              }),
            })
          ).json()
        ).results.map((r: { result: { id: string } }) => r.result.id) as string[];
      let root = '';
      let child = '';
      for (const id of whitelist) {
        const [first] = await children(id);
        if (first && !child) [root, child] = [id, first];
      }
      const el = await mount({ portal: 'press', folder: child });
      await untilResults(el);
      const tree = $(el, 'dash-folder-tree')!;
      await until(
        () => $$(tree, '[role=treeitem][aria-selected=true]')[0]?.dataset.id === child,
        'folder not selected in the tree',
      );
      expect($$(tree, `[role=treeitem][aria-expanded=true]`).map((item) => item.dataset.id)).to.include(root);
      // Every asset listed lies in that folder (or below it).
      await until(() => gridOf(el).items.length > 0, 'no assets in the folder');
      const token = (
        await (await fetch(`${backend.apiBase}/portals/${(await portalData('press')).id}/access-token`)).json()
      ).result.accessToken;
      const fieldId = (
        await (
          await fetch(`${backend.apiBase}/folder-settings`, { headers: { authorization: `Bearer ${token}` } })
        ).json()
      ).result.fieldId;
      const inFolder = await (
        await fetch(`${backend.apiBase}/asset-searches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            from: 0,
            pageSize: 1000,
            criterion: {
              type: 'FIELD_EQUALS',
              field: { type: 'FIELD', fieldId },
              value: child,
              includeDescendants: true,
            },
            sorts: [],
          }),
        })
      ).json();
      const ids = new Set(inFolder.results.map((r: { result: Asset }) => r.result.id));
      await until(() => gridOf(el).items.every((a) => ids.has(a.id)), 'assets outside the folder listed');
      el.remove();

      const partners = await portalData('partners');
      const foreign = partners.whitelistedFolderFieldOptionIds.at(-1);
      const other = await mount({ portal: 'press', folder: foreign });
      await untilResults(other);
      await until(() => other.shadowRoot!.querySelectorAll('dash-folder-tree').length === 1, 'tree');
      const all = await (
        await fetch(`${backend.apiBase}/asset-searches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ from: 0, pageSize: 1, criterion: { type: 'MATCH_ALL' }, sorts: [] }),
        })
      ).json();
      await until(() => gridOf(other).total === all.totalResults, 'not back to all assets');
    });

    it('host token: the tree starts at the account top level', async () => {
      const el = await mount({ accessToken: hostToken });
      await untilResults(el);
      const top = await (
        await fetch(`${backend.apiBase}/field-option-searches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            from: 0,
            pageSize: 100,
            criterion: { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' },
            sorts: [{ field: 'POSITION', order: 'ASC' }],
          }),
        })
      ).json();
      await until(() => rootIds(el).length === top.totalResults, 'top-level folders');
      expect(rootIds(el)).to.deep.equal(top.results.map((r: { result: { id: string } }) => r.result.id));
    });
  });
}
