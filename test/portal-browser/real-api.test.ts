/**
 * The portal browser's main flows against both backend profiles: `default` (the demo's backend)
 * and `seed` (only what seed 002 prints; its portals whitelist sub-folders at different depths,
 * its list answers print `parent: {}`, it has no accentColor on portal data). Expectations are
 * read from the backend with the host token, never hard-coded per profile.
 */
import { expect } from '@open-wc/testing';
import { PROFILES, backendFor, hostToken } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { Asset } from '../../src/api/models.js';
import { $, $$, gridOf, mountPortal, tileNames, tilesOf, treeOf, typeInto, until, untilResults } from './helpers.js';

interface Option {
  id: string;
  value: string;
  parent: unknown;
}

const rootItems = (el: DashPortalBrowser) =>
  $$(treeOf(el), '[role=treeitem][aria-level="1"]').filter((item) => item.dataset.id);
const view = (el: DashPortalBrowser) => $(el, 'dash-asset-view');

function nextEvent<T>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.ok, `GET ${url}`).to.equal(true);
  return new Uint8Array(await response.arrayBuffer());
}

for (const profile of PROFILES) {
  describe(`dash-portal-browser against the API (${profile} profile)`, () => {
    const backend = backendFor(profile);
    const api = async (path: string, body?: unknown) => {
      const response = await fetch(backend.apiBase + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json();
    };
    const portalData = async (slug: string) =>
      (await (await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/${slug}`)).json()).result;
    const folder = async (id: string): Promise<Option> => (await api(`/field-options/${id}`)).result;
    const children = async (id: string): Promise<Option[]> =>
      (
        await api('/field-option-searches', {
          from: 0,
          pageSize: 100,
          criterion: { type: 'FIELD_EQUALS', field: 'PARENT_ID', value: id },
          sorts: [{ field: 'POSITION', order: 'ASC' }],
        })
      ).results.map((r: { result: Option }) => r.result);
    const mount = (portal: string, extra: { passcode?: string; syncUrl?: boolean } = {}) =>
      mountPortal(portal, { ...extra, apiBase: backend.apiBase });

    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it("shows the whitelisted folders (at any depth) as the tree's roots and their children below", async () => {
      const { whitelistedFolderFieldOptionIds: whitelist } = await portalData('press');
      const el = await mount('press');
      await untilResults(el);
      await until(() => rootItems(el).length > 0, 'no folders');
      expect(rootItems(el).map((item) => item.dataset.id)).to.deep.equal(whitelist);
      const roots = await Promise.all(whitelist.map(folder));
      expect(rootItems(el).map((item) => item.querySelector('.label')!.textContent)).to.deep.equal(
        roots.map((r) => r.value),
      );
      if (profile === 'seed') {
        // Whitelisted sub-folders: their parents are outside the portal and never shown.
        expect(roots.some((r) => r.parent !== null)).to.equal(true);
      }
      // A root with children opens to exactly its children.
      const withChildren = rootItems(el).find((item) => item.getAttribute('aria-expanded') === 'false')!;
      const expected = await children(withChildren.dataset.id!);
      withChildren.querySelector<HTMLElement>('.twisty')!.click();
      await until(
        () => $$(treeOf(el), '[role=treeitem][aria-level="2"]').length === expected.length,
        'children did not load',
      );
      expect($$(treeOf(el), '[role=treeitem][aria-level="2"]').map((item) => item.dataset.id)).to.deep.equal(
        expected.map((c) => c.id),
      );
      // Every folder shown is a whitelisted folder or below one.
      const shown = $$(treeOf(el), '[role=treeitem]')
        .map((item) => item.dataset.id)
        .filter(Boolean);
      const allowed = new Set([...whitelist, ...expected.map((c) => c.id)]);
      expect(shown.every((id) => allowed.has(id!))).to.equal(true);

      // Choosing a whitelisted sub-folder searches in it (and its descendants).
      const target = rootItems(el).at(-1)!;
      target.click();
      await untilResults(el);
      expect($(el, '[part~=breadcrumb] [aria-current=page]')!.textContent!.trim()).to.equal(roots.at(-1)!.value);
      expect(gridOf(el).items.length).to.be.greaterThan(0);
    });

    it('restores a deep folder from the URL with its breadcrumb from the whitelisted root, and drops a folder outside the portal', async () => {
      const original = location.href;
      const { whitelistedFolderFieldOptionIds: whitelist } = await portalData('press');
      // A child of a whitelisted folder that has children.
      let root: Option | undefined;
      let child: Option | undefined;
      for (const id of whitelist) {
        const [first] = await children(id);
        if (first) {
          root = await folder(id);
          child = first;
          break;
        }
      }
      try {
        history.replaceState(null, '', `${original.split('?')[0]}?dash-folder=${encodeURIComponent(child!.id)}`);
        const el = await mount('press', { syncUrl: true });
        await untilResults(el);
        const crumbs = () => $$(el, '[part~=breadcrumb] li').map((li) => li.textContent!.trim());
        await until(() => crumbs().length === 3, 'breadcrumb not restored');
        expect(crumbs().slice(1)).to.deep.equal([root!.value, child!.value]);
        await until(
          () => $$(treeOf(el), '[role=treeitem][aria-selected=true]')[0]?.dataset.id === child!.id,
          'folder not revealed in the tree',
        );
        el.remove();

        // A folder of another portal: not shown, the portal opens on everything it may see.
        const partners = await portalData('partners');
        const underPress = async (id: string) => {
          // The host sees the whole branch: nested parents up to the top.
          for (let at: Option | null = await folder(id); at; at = at.parent as Option | null) {
            if (whitelist.includes(at.id)) return true;
          }
          return false;
        };
        let foreign = '';
        for (const id of partners.whitelistedFolderFieldOptionIds)
          if (!foreign && !(await underPress(id))) foreign = id;
        expect(foreign, 'a partners folder outside the press portal').to.not.equal('');
        history.replaceState(null, '', `${original.split('?')[0]}?dash-folder=${encodeURIComponent(foreign)}`);
        const other = await mount('press', { syncUrl: true });
        await untilResults(other);
        await until(() => !new URL(location.href).searchParams.get('dash-folder'), 'foreign folder kept in the URL');
        expect($$(other, '[part~=breadcrumb] li').map((li) => li.textContent!.trim())).to.have.length(1);
        const foreignName = (await folder(foreign)).value;
        expect($(other, '[part~=breadcrumb]')!.textContent).not.to.contain(foreignName);
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('searches, opens an asset and downloads the original and a preset; PDFs are offered no image preset', async () => {
      const el = await mount('press');
      await untilResults(el);
      typeInto($<HTMLInputElement>(el, '#search')!, 'mountain');
      await until(
        () => tileNames(el).length > 0 && tileNames(el).every((name) => name.includes('mountain')),
        'search did not apply',
      );
      const index = gridOf(el).items.findIndex(
        (a) => a.currentAssetFile?.fileType === 'IMAGE' && a.currentAssetFile.dimensions,
      );
      const asset: Asset = gridOf(el).items[index];
      const opened = nextEvent<{ asset: Asset }>(el, 'dash-asset-open');
      tilesOf(el)[index].click();
      expect((await opened).detail.asset.id).to.equal(asset.id);
      await until(() => view(el)?.shadowRoot?.querySelector('h2'), 'asset view did not open');

      const select = () => $<HTMLSelectElement>(el, '#format-asset')!;
      const button = () => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!;
      const original = nextEvent<{ assetIds: string[]; url: string }>(el, 'dash-download');
      button().click();
      const done = (await original).detail;
      expect(done.assetIds).to.deep.equal([asset.id]);
      const bitmap = await createImageBitmap(new Blob([(await fetchBytes(done.url)) as BlobPart]));
      expect([bitmap.width, bitmap.height]).to.deep.equal([
        asset.currentAssetFile!.dimensions!.width,
        asset.currentAssetFile!.dimensions!.height,
      ]);

      await until(() => select().options.length > 1, 'no presets for an image');
      select().value = [...select().options].find((o) => o.textContent!.trim() === 'Small')!.value;
      select().dispatchEvent(new Event('change'));
      const preset = nextEvent<{ assetIds: string[]; url: string }>(el, 'dash-download');
      button().click();
      const small = await createImageBitmap(new Blob([(await fetchBytes((await preset).detail.url)) as BlobPart]));
      expect(Math.max(small.width, small.height)).to.be.at.most(400);

      // A PDF: the preset search is scoped to it, and no image preset is offered.
      view(el)!.dispatchEvent(new CustomEvent('close'));
      typeInto($<HTMLInputElement>(el, '#search')!, '');
      const type = $<HTMLSelectElement>(el, '#type')!;
      type.value = 'DOCUMENT';
      type.dispatchEvent(new Event('change'));
      await until(
        () => gridOf(el).items.length > 0 && gridOf(el).items.every((a) => a.currentAssetFile?.fileType === 'DOCUMENT'),
        'no documents',
      );
      tilesOf(el)[0].click();
      await until(() => select() && view(el)?.shadowRoot?.querySelector('h2'), 'document did not open');
      const log = () => backend.requestLog();
      await until(
        async () => (await log()).filter((r) => r.path === '/preset-transformation-searches').length >= 2,
        'no preset search for the PDF',
      );
      await el.updateComplete;
      expect([...select().options].map((o) => o.value)).to.deep.equal(['']);
    });

    it('asks for the passcode of a protected portal (wrong, then right) and shows its whitelisted folders', async () => {
      const { whitelistedFolderFieldOptionIds: whitelist } = await portalData('partners');
      const el = await mount('partners');
      await until(() => $(el, '#passcode'), 'no passcode form');
      const submit = (passcode: string) => {
        $<HTMLInputElement>(el, '#passcode')!.value = passcode;
        $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
      };
      const error = nextEvent<{ code: string }>(el, 'dash-error');
      submit('wrong');
      expect((await error).detail.code).to.equal('wrong-passcode');
      await until(() => $(el, '#passcode-error')!.textContent!.trim() !== '', 'wrong passcode not said');
      submit('letmein');
      await untilResults(el);
      await until(() => rootItems(el).length === whitelist.length, 'folders of the portal');
      expect(rootItems(el).map((item) => item.dataset.id)).to.deep.equal(whitelist);
      expect($(el, '[part~=download-button]')).to.equal(null);
    });

    it("applies the account theme's accentColour (ThemeSearch by subdomain, no bearer)", async () => {
      const theme = await (
        await fetch(`${backend.apiBase}/theme-searches`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            from: 0,
            pageSize: 1,
            criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value: 'demo' },
            sorts: [],
          }),
        })
      ).json();
      const colour = theme.results[0].result.accentColour;
      const el = await mount('press');
      await untilResults(el);
      await until(() => el.style.getPropertyValue('--_portal-accent') === colour, `accent ${colour} not applied`);
    });

    it('shows 59 of a page of 60 when one asset is malformed, says so quietly and reports it once', async () => {
      const portal = await portalData('press');
      const token = (await (await fetch(`${backend.apiBase}/portals/${portal.id}/access-token`)).json()).result
        .accessToken;
      const page = await (
        await fetch(`${backend.apiBase}/asset-searches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ from: 0, pageSize: 60, criterion: { type: 'MATCH_ALL' }, sorts: [] }),
        })
      ).json();
      expect(page.results).to.have.length(60);
      page.totalResults = 60;
      const broken = page.results[10].result;
      page.results[10].result = { ...broken, id: 42, currentAssetFile: 'not a file' };
      await backend.setFaults({
        routes: [{ method: 'POST', path: '^/asset-searches$', status: 200, body: JSON.stringify(page), count: 1 }],
      });
      const errors: { code: string; message: string }[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent<{ code: string; message: string }>).detail);
      document.addEventListener('dash-error', record);
      try {
        const el = await mount('press');
        await untilResults(el);
        expect(gridOf(el).items).to.have.length(59);
        expect(gridOf(el).items.some((a) => a.id === broken.id)).to.equal(false);
        expect($(el, '.status-line')!.textContent).to.match(/One asset could not be shown/);
        expect($(el, '[part~=error]')).to.equal(null);
        await until(() => errors.length > 0, 'no dash-error');
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
        expect(errors[0].message).to.match(/\b1 of the assets\b/);
        // All 60 were received: nothing more to page in.
        expect(gridOf(el).hasMore).to.equal(false);
      } finally {
        document.removeEventListener('dash-error', record);
      }
    });

    it('falls back to documented sorts when the server refuses a guessed one (400)', async () => {
      await backend.setFaults({ routes: [{ method: 'POST', path: '^/asset-searches$', status: 400, count: 1 }] });
      const errors: string[] = [];
      const el = await mount('press');
      el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
      await untilResults(el);
      expect(tilesOf(el).length).to.be.greaterThan(0);
      const searches = (await backend.requestLog()).filter((r) => r.path === '/asset-searches');
      expect(searches.map((r) => r.status).slice(0, 2)).to.deep.equal([400, 200]);
      expect(errors).to.deep.equal([]);
    });
  });
}
