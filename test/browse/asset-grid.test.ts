import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/browse/asset-grid.js';
import type { DashAssetGrid } from '../../src/browse/asset-grid.js';
import { searchAssets } from '../../src/api/assets.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { Asset } from '../../src/api/models.js';
import { apiBase, resetBackend } from '../support/backend.js';

let assets: Asset[] = [];

async function mountGrid(props: Partial<DashAssetGrid>): Promise<DashAssetGrid> {
  const el = await fixture<DashAssetGrid>(
    html`<dash-asset-grid style="width: 700px" .label=${'Assets'} .items=${assets}></dash-asset-grid>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  // Columns are measured a frame after layout.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const cells = (el: DashAssetGrid) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell]')];
const active = (el: DashAssetGrid) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('dash-asset-grid', () => {
  before(async () => {
    await resetBackend();
    const base = { apiBase };
    const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: 'press' }) };
    assets = (await searchAssets(ctx, { from: 0, pageSize: 30, criterion: { type: 'MATCH_ALL' } })).results.map(
      (r) => r.result,
    );
  });

  it('is a WAI-ARIA grid with one tab stop and arrow/Home/End/PageDown/Ctrl+End keys', async () => {
    const el = await mountGrid({});
    const rows = el.shadowRoot!.querySelectorAll('[role=row]');
    const columns = rows[0].querySelectorAll('[role=gridcell]').length;
    expect(columns).to.be.greaterThan(1);
    expect(cells(el).filter((c) => c.tabIndex === 0).length).to.equal(1);
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)!.dataset.index).to.equal('1');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)!.dataset.index).to.equal(String(1 + columns));
    await sendKeys({ press: 'End' });
    expect(active(el)!.dataset.index).to.equal(String(2 * columns - 1));
    await sendKeys({ press: 'Home' });
    expect(active(el)!.dataset.index).to.equal(String(columns));
    await sendKeys({ press: 'PageDown' });
    expect(active(el)!.dataset.index).to.equal(String(Math.min(columns * 4, assets.length - 1)));
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(active(el)!.dataset.index).to.equal(String(assets.length - 1));
    expect(cells(el).filter((c) => c.tabIndex === 0).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('Space toggles selection up to max; Enter activates', async () => {
    const el = await mountGrid({ selectionMode: 'multiple', max: 2 });
    expect(el.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-multiselectable')).to.equal('true');
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' }); // over max: ignored
    expect([...el.selection.keys()]).to.deep.equal([assets[0].id, assets[1].id]);
    expect(cells(el)[2].getAttribute('aria-selected')).to.equal('false');
    const activated = oneEvent(el, 'asset-activate');
    await sendKeys({ press: 'Enter' });
    expect((await activated).detail.asset.id).to.equal(assets[2].id);
    await expect(el).to.be.accessible();
  });

  it('single selection replaces; unselectable assets are disabled with a reason', async () => {
    const reason = 'Only images can be chosen here.';
    const el = await mountGrid({
      selectionMode: 'single',
      clickSelects: true,
      isSelectable: (a: Asset) => a.currentAssetFile?.fileType === 'IMAGE' || reason,
    });
    const disabledIndex = assets.findIndex((a) => a.currentAssetFile?.fileType !== 'IMAGE');
    const imageIndexes = assets
      .map((a, i) => (a.currentAssetFile?.fileType === 'IMAGE' ? i : -1))
      .filter((i) => i >= 0);
    cells(el)[imageIndexes[0]].click();
    cells(el)[imageIndexes[1]].click();
    await el.updateComplete;
    expect([...el.selection.keys()]).to.deep.equal([assets[imageIndexes[1]].id]);
    if (disabledIndex >= 0) {
      const cell = cells(el)[disabledIndex];
      expect(cell.getAttribute('aria-disabled')).to.equal('true');
      expect(cell.textContent).to.contain(reason);
      cell.click();
      expect(el.selection.has(assets[disabledIndex].id)).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });
});
