import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { walkFolderDrawerByKeyboard } from '../support/folder-drawer.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { $, mountPicker, until, untilResults } from './helpers.js';

/** Issue 18 "Phones": the narrow layout (a container query) and the wide one it leaves alone. */

const drawerOf = (el: DashAssetPicker) => $<HTMLDialogElement>(el, 'dialog.drawer')!;
const drawerButtonOf = (el: DashAssetPicker) => $<HTMLButtonElement>(el, '[part~=folders-button]')!;

/** The visible part of the results: from the results' top to the bottom of the scrolling body. */
function resultsArea(el: DashAssetPicker): { width: number; height: number } {
  const body = $(el, '.body')!.getBoundingClientRect();
  const results = $(el, '.body > div:last-child')!.getBoundingClientRect();
  return { width: results.width, height: body.bottom - results.top };
}

/** Scrolls the frame to its end; the height of the results then in view above the footer, which stays in the frame. */
async function resultsShownAtFrameEnd(el: DashAssetPicker): Promise<number> {
  const frame = $(el, '.picker')!;
  frame.scrollTop = frame.scrollHeight;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const box = frame.getBoundingClientRect();
  const footer = $(el, '[part~=footer]')!.getBoundingClientRect();
  expect(footer.bottom, 'footer in the frame').to.be.at.most(box.bottom + 1);
  const results = $(el, '.body > div:last-child')!.getBoundingClientRect();
  const body = $(el, '.body')!.getBoundingClientRect();
  return Math.min(body.bottom, footer.top) - Math.max(results.top, box.top);
}

async function mountNarrowInline(): Promise<DashAssetPicker> {
  const el = await mountPicker({ portal: 'press', multiple: true });
  el.parentElement!.style.width = '390px';
  await untilResults(el);
  return el;
}

describe('dash-asset-picker: phone layout', () => {
  before(() => resetBackend());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('modal at 390 px: the results fill the screen, folders and filters wait behind buttons', async () => {
    await setViewport({ width: 390, height: 900 });
    const el = await mountPicker({ portal: 'press', modal: true });
    void el.pick();
    await untilResults(el);
    const area = resultsArea(el);
    expect(area.height, 'results height').to.be.at.least(300);
    expect(area.width, 'results width').to.be.at.least(340);
    expect(drawerOf(el).checkVisibility(), 'folder tree hidden').to.equal(false);
    expect(drawerButtonOf(el).checkVisibility()).to.equal(true);
    expect(drawerButtonOf(el).textContent).to.contain('All assets');
    expect($(el, '#type')!.checkVisibility(), 'file type behind Filters').to.equal(false);
    const summary = $<HTMLElement>(el, '[part~=filters-button]')!;
    expect(summary.textContent?.trim()).to.equal('Filters');
    summary.click();
    await until(() => $(el, '#type')!.checkVisibility(), 'filters did not open');
    expect(await resultsShownAtFrameEnd(el), 'results height with Filters open').to.be.at.least(300);
    $(el, '[part~=cancel-button]')!.click();
  });

  it('inline in a 390 px container: the results get the height', async () => {
    const el = await mountNarrowInline();
    const area = resultsArea(el);
    expect(area.height, 'results height').to.be.at.least(300);
    expect(area.width, 'results width').to.be.at.least(340);
  });

  it('with Filters open the frame scrolls to results still at least 300 px high, Insert in view', async () => {
    const el = await mountNarrowInline();
    const details = $<HTMLDetailsElement>(el, 'details:has(> [part~=filters-button])')!;
    $<HTMLElement>(el, '[part~=filters-button]')!.click();
    await until(() => details.open && $(el, '#type')!.checkVisibility(), 'filters did not open');
    expect(await resultsShownAtFrameEnd(el), 'results height in view').to.be.at.least(300);
    expect($(el, '.picker')!.scrollTop, 'the frame scrolled').to.be.above(0);
    expect($(el, '[part~=insert-button]')!.checkVisibility()).to.equal(true);
  });

  it('the folder drawer opens and closes by keyboard, focus going back to its button', async () => {
    const el = await mountNarrowInline();
    await walkFolderDrawerByKeyboard(el);
  });

  it('the Insert bar stays in view while the results scroll', async () => {
    const el = await mountNarrowInline();
    const body = $(el, '.body')!;
    body.scrollTop = body.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const footer = $(el, '[part~=footer]')!.getBoundingClientRect();
    const frame = $(el, '.picker')!.getBoundingClientRect();
    expect(body.scrollTop, 'results scrolled').to.be.above(0);
    expect(footer.bottom).to.be.at.most(frame.bottom + 1);
    expect(footer.top).to.be.at.least(body.getBoundingClientRect().bottom - 1);
    expect($(el, '[part~=insert-button]')!.checkVisibility()).to.equal(true);
  });

  it('at 1280 px the folders stay beside the results and the filters inline', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const tree = $(el, 'dash-folder-tree')!.getBoundingClientRect();
    const grid = $(el, 'dash-asset-grid')!.getBoundingClientRect();
    expect(tree.width).to.be.above(100);
    expect(tree.right).to.be.at.most(grid.left);
    expect(drawerButtonOf(el).checkVisibility()).to.equal(false);
    expect($<HTMLElement>(el, '[part~=filters-button]')!.checkVisibility()).to.equal(false);
    expect($(el, '#type')!.checkVisibility()).to.equal(true);
  });
});
