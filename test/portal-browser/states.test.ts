import { expect } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import { $, gridOf, mountPortal, statusText, until, untilResults } from './helpers.js';

describe('dash-portal-browser: designed states', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('announces loading while the portal resolves', async () => {
    await setFaults({ latencyMs: 600 });
    const el = await mountPortal('press');
    const loading = $(el, '[part~=loading]');
    expect(loading).to.exist;
    expect(loading!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    await untilResults(el);
  });

  it('shows an empty folder as such (not as "no results")', async () => {
    // The seed has no empty folder; the backend answers this folder's search with no assets.
    const el = await mountPortal('press');
    await untilResults(el);
    await setFaults({
      routes: [{ method: 'POST', path: '^/asset-searches$', status: 200, body: '{"results":[],"totalResults":0}' }],
    });
    const tree = $(el, 'dash-folder-tree')!;
    await until(() => (tree.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) > 1, 'no folders');
    tree.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')[1].click();
    await until(() => $(el, '[part~=empty]'), 'no empty state');
    expect($(el, '[part~=empty]')!.textContent).to.contain('This folder has no assets yet.');
    expect(statusText(el)).to.equal('0 assets');
    expect(gridOf(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a search failure with a retry that recovers', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-searches$', status: 500 }] });
    $<HTMLSelectElement>(el, '#sort')!.value = 'name';
    $<HTMLSelectElement>(el, '#sort')!.dispatchEvent(new Event('change'));
    await until(() => $(el, '[part~=error]'), 'no error state', 20_000);
    expect($(el, '[part~=error]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    await setFaults({});
    $<HTMLButtonElement>(el, '[part~=error] [part~=retry-button]')!.click();
    await untilResults(el);
    const names = gridOf(el).items.map((a) => a.currentAssetFile!.filename.toLowerCase());
    expect([...names].sort()).to.deep.equal(names);
  });
});
