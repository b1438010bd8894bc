import { expect } from '@open-wc/testing';
import { requestLog, resetBackend, setFaults } from '../support/backend.js';
import {
  $,
  $$,
  gridOf,
  mountPortal,
  statusText,
  tileNames,
  tilesOf,
  treeOf,
  typeInto,
  until,
  untilResults,
} from './helpers.js';

const folderName = (item: HTMLElement) => item.querySelector('.label')!.textContent!.trim();

describe('dash-portal-browser: folders, search, filters, paging', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('navigates the folder tree, loading children lazily, with a breadcrumb', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const allCount = statusText(el);
    const tree = treeOf(el);
    await until(() => $$(tree, '[role=treeitem]').length > 1, 'no folders');
    const names = $$(tree, '[role=treeitem][aria-level="1"]').map((item) => folderName(item));
    expect(names).to.deep.equal(['All assets', 'Marketing', 'Products', 'Press', 'Events']);
    const before = (await requestLog()).filter((r) => r.path === '/field-option-searches').length;

    const marketing = $$(tree, '[role=treeitem]').find((item) => folderName(item) === 'Marketing')!;
    marketing.click();
    await until(() => $$(tree, '[role=treeitem][aria-level="2"]').length > 0, 'children never loaded');
    const after = (await requestLog()).filter((r) => r.path === '/field-option-searches').length;
    expect(after).to.equal(before + 1);
    expect(marketing.getAttribute('aria-selected')).to.equal('true');
    expect(marketing.getAttribute('aria-expanded')).to.equal('true');
    await untilResults(el);
    expect($(el, 'nav [aria-current=page]')!.textContent!.trim()).to.equal('Marketing');
    expect(statusText(el)).not.to.equal(allCount);

    const campaigns = $$(tree, '[role=treeitem][aria-level="2"]').find((i) => folderName(i) === 'Campaigns')!;
    campaigns.click();
    await until(() => $(el, 'nav [aria-current=page]')!.textContent!.trim() === 'Campaigns', 'breadcrumb not updated');
    const crumbs = $$(el, 'nav li').map((li) => li.textContent!.trim());
    expect(crumbs).to.deep.equal(['All assets', 'Marketing', 'Campaigns']);
    await untilResults(el);
    await expect(el).to.be.accessible();

    // Back up through the breadcrumb.
    $$<HTMLButtonElement>(el, 'nav button')
      .find((b) => b.textContent!.trim() === 'All assets')!
      .click();
    await untilResults(el);
    expect(statusText(el)).to.equal(allCount);
  });

  it('searches by keyword, filters by type, and shows a designed no-results state', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    typeInto($<HTMLInputElement>(el, '#search')!, 'harbour');
    await until(
      () => tileNames(el).length > 0 && tileNames(el).every((n) => n.startsWith('harbour')),
      'search did not apply',
    );

    const type = $<HTMLSelectElement>(el, '#type')!;
    type.value = 'VIDEO';
    type.dispatchEvent(new Event('change'));
    typeInto($<HTMLInputElement>(el, '#search')!, '');
    await until(
      () => tileNames(el).length > 0 && gridOf(el).items.every((a) => a.currentAssetFile?.fileType === 'VIDEO'),
      'type filter did not apply',
    );

    typeInto($<HTMLInputElement>(el, '#search')!, 'zzzz-nothing-matches');
    await until(() => $(el, '[part~=empty]'), 'no empty state');
    expect($(el, '[part~=empty]')!.textContent).to.contain('No assets match');
    expect(gridOf(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('drops stale responses: only the last query renders', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    // The next search answers slowly; if it were not cancelled it would land after the second.
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-searches$', delayMs: 1500, count: 1 }] });
    const search = $<HTMLInputElement>(el, '#search')!;
    typeInto(search, 'mountain');
    await until(() => gridOf(el).loading, 'first search never started');
    typeInto(search, 'harbour');
    await until(
      () => tileNames(el).length > 0 && tileNames(el).every((n) => n.startsWith('harbour')),
      'second search did not render',
    );
    // Outlast the slow first response, then check it changed nothing.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    const searches = (await requestLog()).filter((r) => r.path === '/asset-searches');
    expect(searches.length).to.be.greaterThan(1);
    expect(tileNames(el).every((n) => n.startsWith('harbour'))).to.equal(true);
    expect(search.value).to.equal('harbour');
  });

  it('loads more pages when the end of the grid scrolls into view', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    // Let the folder tree fill first (its code loads after the first paint): in a narrow layout it
    // sits above the grid and would push the sentinel back out of view.
    await until(() => $$(treeOf(el), '[role=treeitem]').length > 1, 'no folders');
    const first = tilesOf(el).length;
    expect(gridOf(el).hasMore).to.equal(true);
    $(gridOf(el), '.sentinel')!.scrollIntoView();
    await until(() => tilesOf(el).length > first, 'no second page');
    const ids = gridOf(el).items.map((a) => a.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('shows "recently added" when the portal enables it', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const toggle = $$<HTMLButtonElement>(el, '.toolbar button').find((b) => b.textContent!.includes('Recently added'))!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'toggle not pressed');
    await untilResults(el);
    expect($(el, 'nav [aria-current=page]')!.textContent!.trim()).to.equal('Recently added');
    const dates = gridOf(el).items.map((a) => a.lifecycleStatus?.dateLive ?? '');
    expect([...dates].sort().reverse()).to.deep.equal(dates);
  });

  it('mirrors the state in the URL only with sync-url, never the passcode', async () => {
    const original = location.href;
    try {
      const el = await mountPortal('partners', { passcode: 'letmein', syncUrl: true });
      await untilResults(el);
      typeInto($<HTMLInputElement>(el, '#search')!, 'sneaker');
      await until(() => new URL(location.href).searchParams.get('dash-q') === 'sneaker', 'URL not updated');
      expect(location.href).not.to.contain('letmein');
      expect(location.href.toLowerCase()).not.to.contain('token');
      // A mounted sync-url portal keeps mirroring its state (its folder tree, for one, may still be
      // arriving), so it goes before checking that a plain one leaves the URL alone.
      el.remove();

      const plain = await mountPortal('press');
      await untilResults(plain);
      history.replaceState(null, '', original);
      typeInto($<HTMLInputElement>(plain, '#search')!, 'harbour');
      await until(() => tileNames(plain).every((n) => n.startsWith('harbour')), 'search did not apply');
      expect(location.href).to.equal(original);

      // A shared link restores the state.
      history.replaceState(null, '', `${original.split('?')[0]}?dash-q=harbour&dash-type=IMAGE`);
      const restored = await mountPortal('press', { syncUrl: true });
      await untilResults(restored);
      expect($<HTMLInputElement>(restored, '#search')!.value).to.equal('harbour');
      expect($<HTMLSelectElement>(restored, '#type')!.value).to.equal('IMAGE');
      expect(gridOf(restored).items.every((a) => a.currentAssetFile!.filename.startsWith('harbour'))).to.equal(true);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('restores a nested folder from the URL: breadcrumb and tree branch', async () => {
    const original = location.href;
    try {
      const el = await mountPortal('press', { syncUrl: true });
      await untilResults(el);
      const tree = treeOf(el);
      const find = (label: string) => $$(tree, '[role=treeitem]').find((i) => folderName(i) === label);
      await until(() => find('Marketing'), 'no folders');
      find('Marketing')!.click();
      await until(() => find('Campaigns'), 'children never loaded');
      find('Campaigns')!.click();
      await until(() => new URL(location.href).searchParams.get('dash-folder'), 'folder not in the URL');
      await untilResults(el);
      const count = statusText(el);
      const shared = location.href;
      el.remove();

      history.replaceState(null, '', shared);
      const restored = await mountPortal('press', { syncUrl: true });
      await untilResults(restored);
      await until(() => $$(restored, 'nav li').length === 3, 'breadcrumb not restored');
      expect($$(restored, 'nav li').map((li) => li.textContent!.trim())).to.deep.equal([
        'All assets',
        'Marketing',
        'Campaigns',
      ]);
      const restoredTree = treeOf(restored);
      await until(() => restoredTree.shadowRoot?.querySelector('[aria-selected=true]'), 'tree selection not restored');
      expect(folderName(restoredTree.shadowRoot!.querySelector<HTMLElement>('[aria-selected=true]')!)).to.equal(
        'Campaigns',
      );
      expect(statusText(restored)).to.equal(count);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
