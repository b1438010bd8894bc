import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import {
  $,
  $$,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  settled,
  statusText,
  tileNames,
  tilesOf,
  typeInto,
  until,
  untilResults,
} from './helpers.js';

const mediaTypeOf = (el: DashAssetPicker, index: number) => {
  const type = gridOf(el).items[index].currentAssetFile!.mediaType;
  return `${type.type}/${type.subType}`;
};

/** The focused element inside the picker, through the grid's shadow root. */
function focusedIn(el: DashAssetPicker): Element | null {
  let active: Element | null = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('dash-asset-picker: browsing and selection', () => {
  before(() => resetBackend());

  it('searches by keyword (debounced), filters by type and date, and sorts', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const allCount = statusText(el);

    typeInto($<HTMLInputElement>(el, '#search')!, 'har');
    typeInto($<HTMLInputElement>(el, '#search')!, 'harbour');
    await until(() => statusText(el) !== allCount && /\d/.test(statusText(el)), 'search never applied');
    await untilResults(el);
    expect(tileNames(el).length).to.be.greaterThan(0);
    expect(tileNames(el).every((name) => name.startsWith('harbour'))).to.equal(true);

    const type = $<HTMLSelectElement>(el, '#type')!;
    type.value = 'VIDEO';
    type.dispatchEvent(new Event('change'));
    await until(() => gridOf(el).items.every((asset) => asset.currentAssetFile!.fileType === 'VIDEO'), 'type filter');
    await untilResults(el);

    typeInto($<HTMLInputElement>(el, '#search')!, '');
    type.value = '';
    type.dispatchEvent(new Event('change'));
    const from = $<HTMLInputElement>(el, '#from')!;
    const until_ = $<HTMLInputElement>(el, '#until')!;
    from.value = '2025-03-01';
    until_.value = '2025-05-31';
    until_.dispatchEvent(new Event('change'));
    await until(
      () => /\d/.test(statusText(el)) && !gridOf(el).loading && gridOf(el).items.length > 0,
      `date filter: ${statusText(el)} ${$(el, '[role=alert]')?.textContent}`,
    );
    const dates = gridOf(el).items.map((asset) => asset.lifecycleStatus!.dateLive!);
    expect(dates.every((date) => date >= '2025-03-01' && date <= '2025-05-31T23:59:59.999Z')).to.equal(true);

    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await until(() => {
      const names = tileNames(el);
      return names.length > 1 && names.every((name, i) => i === 0 || names[i - 1].localeCompare(name) <= 0);
    }, 'name sort');
  });

  it('narrows the results to a folder chosen in the tree', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const all = gridOf(el).total!;
    const tree = $(el, 'dash-folder-tree')!;
    await until(() => $$(tree, '[role=treeitem]').length > 1, 'no folders');
    const press = $$(tree, '[role=treeitem]').find(
      (item) => item.querySelector('.label')!.textContent!.trim() === 'Press',
    )!;
    press.click();
    await until(() => gridOf(el).total! < all && !gridOf(el).loading, 'folder not applied');
    expect(gridOf(el).total).to.be.greaterThan(0);
    expect(press.getAttribute('aria-selected')).to.equal('true');
  });

  it('loads further pages past the first one', async () => {
    const el = await mountPicker({ portal: 'big' });
    await untilResults(el);
    const first = tilesOf(el).length;
    expect(gridOf(el).hasMore).to.equal(true);
    $<HTMLButtonElement>(gridOf(el), '.more button')!.click();
    await until(() => tilesOf(el).length > first, 'no second page');
    expect(new Set(gridOf(el).items.map((asset) => asset.id)).size).to.equal(tilesOf(el).length);
  });

  it('single selection: a second choice replaces the first', async () => {
    const el = await mountPicker({ portal: 'press', accept: 'image/*' });
    await untilResults(el);
    const images = gridOf(el).items.flatMap((_, i) => (mediaTypeOf(el, i).startsWith('image/') ? [i] : []));
    tilesOf(el)[images[0]].click();
    tilesOf(el)[images[1]].click();
    await settled(el);
    expect($$(gridOf(el), '[aria-selected=true]')).to.have.length(1);
    expect(el.selectedIds).to.deep.equal([gridOf(el).items[images[1]].id]);
  });

  it('multiple with max-selected: disables further tiles with the reason and returns the chosen ones in order', async () => {
    const el = await mountPicker({ portal: 'press', multiple: true, maxSelected: 2, accept: 'image/*' });
    await untilResults(el);
    const images = gridOf(el).items.flatMap((_, i) => (mediaTypeOf(el, i).startsWith('image/') ? [i] : []));
    for (const index of images.slice(0, 3)) tilesOf(el)[index].click();
    await settled(el);
    expect($$(gridOf(el), '[aria-selected=true]')).to.have.length(2);
    const third = tilesOf(el)[images[2]];
    expect(third.getAttribute('aria-disabled')).to.equal('true');
    expect(third.textContent).to.contain('You can choose up to 2');
    expect($(el, '[part~=footer] [role=status]')!.textContent).to.contain('2 selected');
    await expect(el).to.be.accessible();

    const selected = nextSelect(el);
    insertButton(el).click();
    const assets = await selected;
    expect(assets.map((a) => a.id)).to.deep.equal(images.slice(0, 2).map((i) => gridOf(el).items[i].id));
  });

  it('max (deprecated) still caps the selection, as max-selected, and warns once naming max-selected', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const container = document.createElement('div');
      container.innerHTML = `<dash-asset-picker max="2" multiple></dash-asset-picker><dash-asset-picker max="3"></dash-asset-picker>`;
      const [first, second] = [...container.children] as DashAssetPicker[];
      expect(first.maxSelected).to.equal(2);
      expect(first.max).to.equal(2);
      expect(second.maxSelected).to.equal(3);
      first.max = 4;
      expect(first.maxSelected).to.equal(4);
    } finally {
      console.warn = warn;
    }
    // Once for the page, however many pickers use it.
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('max-selected');
  });

  it('max-selected caps the selection from its attribute', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<dash-asset-picker max-selected="2" multiple></dash-asset-picker>`;
    expect((container.firstElementChild as DashAssetPicker).maxSelected).to.equal(2);
  });

  it('accept: disables non-matching assets with an explanation, or hides them', async () => {
    const el = await mountPicker({ portal: 'press', accept: 'video/*' });
    await untilResults(el);
    const tiles = tilesOf(el);
    const videoIndex = gridOf(el).items.findIndex((_, i) => mediaTypeOf(el, i).startsWith('video/'));
    const imageIndex = gridOf(el).items.findIndex((_, i) => mediaTypeOf(el, i).startsWith('image/'));
    expect(tiles[videoIndex].hasAttribute('aria-disabled')).to.equal(false);
    expect(tiles[imageIndex].getAttribute('aria-disabled')).to.equal('true');
    expect(tiles[imageIndex].textContent).to.contain('cannot be chosen');
    tiles[imageIndex].click();
    await settled(el);
    expect(tiles[imageIndex].getAttribute('aria-selected')).to.equal('false');
    await expect(el).to.be.accessible();
    el.accept = 'image/*,video/*';
    await settled(el);
    expect(tiles[imageIndex].hasAttribute('aria-disabled')).to.equal(false);

    const hidden = await mountPicker({ portal: 'press', accept: 'video/*', hideUnaccepted: true });
    await untilResults(hidden);
    await until(() => tilesOf(hidden).length > 0, 'no videos shown');
    expect(gridOf(hidden).items.every((asset) => asset.currentAssetFile!.mediaType.type === 'video')).to.equal(true);
  });

  it('preselects current values and returns them when confirmed unchanged', async () => {
    const probe = await mountPicker({ portal: 'press' });
    await untilResults(probe);
    const ids = gridOf(probe)
      .items.slice(1, 3)
      .map((asset) => asset.id);
    probe.remove();

    const el = await mountPicker({ portal: 'press', multiple: true, selectedIds: ids });
    await untilResults(el);
    await until(() => $$(gridOf(el), '[aria-selected=true]').length === 2, 'preselection not shown');
    expect(tilesOf(el)[1].getAttribute('aria-selected')).to.equal('true');
    expect(tilesOf(el)[2].getAttribute('aria-selected')).to.equal('true');
    const selected = nextSelect(el);
    insertButton(el).click();
    expect((await selected).map((asset) => asset.id)).to.deep.equal(ids);
  });

  it('hands back stored values it cannot load again unchanged, beside new choices', async () => {
    // A value stored earlier by an app (host token) for an asset the press portal cannot see.
    const app = await mountPicker({ accessToken: 'demo' });
    await untilResults(app);
    typeInto($<HTMLInputElement>(app, '#search')!, 'archive-00001');
    await until(() => tileNames(app)[0] === 'archive-00001.jpg', 'archive asset not found');
    tilesOf(app)[0].click();
    const stored = nextSelect(app);
    insertButton(app).click();
    const [earlier] = await stored;
    app.remove();

    const el = await mountPicker({ portal: 'press', multiple: true });
    el.value = [earlier];
    await untilResults(el);
    expect(el.selectedIds).to.deep.equal([]);
    tilesOf(el)[0].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const assets = await selected;
    expect(assets).to.have.length(2);
    expect(assets[0]).to.deep.equal(earlier);
    expect(assets[1].id).to.equal(gridOf(el).items[0].id);
  });

  it('works by keyboard alone: search, Tab into the grid, arrows, Space, Enter', async () => {
    const el = await mountPicker({ portal: 'press', multiple: true });
    await untilResults(el);
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'harbour' });
    await until(() => tileNames(el).length > 0 && tileNames(el).every((n) => n.startsWith('harbour')), 'search');
    await untilResults(el);

    for (let i = 0; i < 12 && focusedIn(el)?.getAttribute('role') !== 'gridcell'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focusedIn(el)?.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedIn(el)?.getAttribute('data-index')).to.equal('1');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'End' });
    const endIndex = Number(focusedIn(el)?.getAttribute('data-index'));
    expect(endIndex).to.be.greaterThan(1);
    await sendKeys({ press: 'Home' });
    expect(focusedIn(el)?.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect($$(gridOf(el), '[aria-selected=true]')).to.have.length(2);

    const selected = nextSelect(el);
    await sendKeys({ press: 'Enter' });
    const assets = await selected;
    expect(assets.map((a) => a.id)).to.deep.equal([gridOf(el).items[1].id, gridOf(el).items[0].id]);
    await until(() => $(el, '[part~=footer] [role=status]')!.textContent!.includes('2 inserted'), 'not announced');
  });
});
