import { expect } from '@open-wc/testing';
import { requestLog, resetBackend } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { parsePortalFields } from '../../src/api/field-views.js';
import { $, gridOf, mountPortal, tilesOf, typeInto, until, untilResults } from './helpers.js';

// The demo backend's expiry field (demo/backend/seed/assets.js METADATA_FIELDS).
const EXPIRY = 'a17e0000-0000-4000-a000-000000000004';

const details = (el: DashPortalBrowser) => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('[part~=details]');

/** Opens the first listed asset whose expiry is (or is not) in the past, and waits for its fields. */
async function openAsset(el: DashPortalBrowser, expired: boolean): Promise<Element> {
  const index = gridOf(el).items.findIndex(
    (asset) => (asset.metadata?.values[EXPIRY]?.[0] === '2024-06-30') === expired && asset.metadata?.values[EXPIRY],
  );
  expect(index, 'no such asset listed').to.be.greaterThan(-1);
  tilesOf(el)[index].click();
  await until(() => details(el)?.textContent?.includes('Licence expiry'), 'the portal fields never showed');
  return details(el)!;
}

describe('dash-portal-browser: the metadata fields the portal shows, with licence badges', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it("lists the portal view's fields with the licence as a badge, and an expired licence says so", async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    typeInto($<HTMLInputElement>(el, '#search')!, 'mountain');
    await until(() => gridOf(el).items.every((asset) => /mountain/.test(asset.currentAssetFile!.filename)), 'search');
    await until(() => !gridOf(el).loading, 'results');

    const expired = await openAsset(el, true);
    const terms = [...expired.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.include.members(['Title', 'Credit', 'Licence', 'Licence expiry']);
    // The internal view's fields are not shown to portal visitors.
    expect(terms).to.not.include('Alt text');
    expect(expired.querySelector('[part~=licence-badge]')?.textContent).to.match(/\S/);
    expect(expired.querySelector('[part~=expired-badge]')?.textContent).to.equal('Licence expired');
    expect(expired.textContent).to.include('2024');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>($(el, 'dash-asset-view')!, '[part~=back-button]')!.click();
    await until(() => !$(el, 'dash-asset-view'), 'asset view did not close');
    const current = await openAsset(el, false);
    expect(current.querySelector('[part~=expired-badge]')).to.equal(null);
    expect(current.textContent).to.include('2099');
  });

  it('asks for the field views once an asset is opened, and its parts are styled through the portal', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const fieldViewCalls = async () => (await requestLog()).filter((r) => r.path.includes('field-views')).length;
    // A visitor who only looks at the grid never needs them.
    expect(await fieldViewCalls()).to.equal(0);
    const style = document.createElement('style');
    style.textContent = 'dash-portal-browser::part(licence-badge) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const view = await openAsset(el, true);
      expect(await fieldViewCalls()).to.equal(1);
      const badge = view.querySelector<HTMLElement>('[part~=licence-badge]')!;
      expect(getComputedStyle(badge).outlineColor).to.equal('rgb(1, 2, 3)');
      // Back and into another asset: the fields are known already.
      $<HTMLButtonElement>($(el, 'dash-asset-view')!, '[part~=back-button]')!.click();
      await until(() => !$(el, 'dash-asset-view'), 'asset view did not close');
      await openAsset(el, false);
      expect(await fieldViewCalls()).to.equal(1);
    } finally {
      style.remove();
    }
  });

  it('reads field views tolerantly: only a portal view, bare list or results, odd fields left out', () => {
    const field = { id: 'f1', name: 'Credit', dataType: 'STRING' };
    const internal = { result: { type: 'INTERNAL_DETAILED', fields: [field] } };
    expect(parsePortalFields([internal])).to.deep.equal([]);
    expect(
      parsePortalFields({ results: [internal, { result: { type: 'PORTAL_DETAILED', fields: [field, { id: 2 }] } }] }),
    ).to.deep.equal([field]);
    expect(parsePortalFields([{ type: 'PORTAL', fields: [{ id: 'f2', name: ' Date ' }] }])).to.deep.equal([
      { id: 'f2', name: 'Date', dataType: 'STRING' },
    ]);
    expect(parsePortalFields(null)).to.deep.equal([]);
  });
});
