import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { walkFolderDrawerByKeyboard } from '../support/folder-drawer.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { $, gridOf, mountPortal, openImageDownload, tilesOf, treeOf, until, untilResults } from './helpers.js';

/** Issue 18 "Phones": the portal's narrow layout and the wide one it leaves alone. */

const drawerOf = (el: DashPortalBrowser) => $<HTMLDialogElement>(el, 'dialog.drawer')!;
const drawerButtonOf = (el: DashPortalBrowser) => $<HTMLButtonElement>(el, '[part~=folders-button]')!;

/** Selects a tile at `width` × 600, scrolls 300 px into the grid; the bar's box, its Download visible. */
async function selectionBarWhileGridScrolls(width: number): Promise<DOMRect> {
  await setViewport({ width, height: 600 });
  const el = await mountPortal('press');
  await untilResults(el);
  tilesOf(el)[0].querySelector<HTMLElement>('.check')!.click();
  await until(() => $(el, '[part~=selection-bar]'), 'no selection bar');
  window.scrollTo(0, gridOf(el).getBoundingClientRect().top + window.scrollY + 300);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const bar = $(el, '[part~=selection-bar]')!.getBoundingClientRect();
  expect($(el, '[part~=selection-bar] [part~=download-button]')!.checkVisibility()).to.equal(true);
  window.scrollTo(0, 0);
  return bar;
}

describe('dash-portal-browser: phone layout', () => {
  before(() => resetBackend());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 390 px the grid starts above the fold, full width, with the folders closed', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await mountPortal('press');
    await untilResults(el);
    const top = el.getBoundingClientRect().top;
    const grid = gridOf(el).getBoundingClientRect();
    expect(grid.top - top, 'grid top').to.be.at.most(300);
    expect(grid.width).to.be.at.least(el.getBoundingClientRect().width - 2);
    expect(drawerOf(el).open).to.equal(false);
    expect(treeOf(el).checkVisibility(), 'tree hidden').to.equal(false);
    expect($(el, '#sort')!.checkVisibility(), 'sort behind Filters').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('at 390 × 844 the asset view shows Download within the first screen and a half', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountPortal('press');
    await untilResults(el);
    const download = await openImageDownload(el);
    const view = $(el, 'dash-asset-view')!;
    // The photo's width and height attributes size it before it loads.
    await until(() => view.shadowRoot!.querySelector('[part~=preview] img'), 'no photo');
    const preview = view.shadowRoot!.querySelector('[part~=preview]')!.getBoundingClientRect();
    expect(preview.height, 'preview capped').to.be.at.most(844 * 0.55);
    const top = download.getBoundingClientRect().top - el.getBoundingClientRect().top;
    expect(top, 'Download from the element top').to.be.at.most(844 * 1.5);
  });

  it('the folder drawer opens and closes by keyboard and closes on a choice', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await mountPortal('press');
    await untilResults(el);
    await walkFolderDrawerByKeyboard(el, () => expect(el).to.be.accessible());
  });

  it('the selection bar with Download sticks to the bottom while the grid scrolls', async () => {
    const bar = await selectionBarWhileGridScrolls(390);
    expect(bar.bottom).to.be.at.most(window.innerHeight + 1);
    expect(bar.bottom).to.be.at.least(window.innerHeight - 2);
  });

  it('at 1280 px the selection bar with Download sticks to the top while the grid scrolls', async () => {
    const bar = await selectionBarWhileGridScrolls(1280);
    expect(bar.top, 'stuck to the top').to.be.within(-1, 2);
  });

  it('at 1280 px the folders stay beside the grid and the filters inline', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mountPortal('press');
    await untilResults(el);
    const tree = treeOf(el).getBoundingClientRect();
    expect(tree.width).to.be.above(100);
    expect(tree.right).to.be.at.most(gridOf(el).getBoundingClientRect().left);
    expect(drawerButtonOf(el).checkVisibility()).to.equal(false);
    expect($(el, '#sort')!.checkVisibility()).to.equal(true);
  });
});
