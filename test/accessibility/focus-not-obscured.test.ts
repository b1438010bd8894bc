/**
 * WCAG 2.4.11 Focus Not Obscured (Minimum): two bars stay in view while results scroll under them,
 * the portal's selection bar (top, wide screens, while assets are selected) and the picker's Insert
 * bar (bottom, phones, when the frame scrolls as a whole). A tile that keyboard focus reaches and
 * the browser scrolls into view must come to rest wholly clear of them, not partly underneath.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { $, gridOf, mountPortal, tilesOf, until, untilResults } from '../portal-browser/helpers.js';
import {
  $ as $p,
  mountPicker,
  tilesOf as pickerTilesOf,
  untilResults as untilPickerResults,
} from '../asset-picker/helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function overlap(a: DOMRect, b: DOMRect): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? x * y : 0;
}

/** Scrolls the page so `tile` starts 30 px above the foot of the bar stuck to the top. */
function underTheBar(tile: Element, bar: Element): void {
  scrollBy(0, tile.getBoundingClientRect().top - bar.getBoundingClientRect().height + 30);
}

/** How many tiles the grid's first row holds. */
function columnsOf(tiles: HTMLElement[]): number {
  const top = tiles[0].getBoundingClientRect().top;
  return tiles.filter((tile) => Math.abs(tile.getBoundingClientRect().top - top) < 1).length;
}

/** The tile focus ended on: the grid's focused gridcell. */
function focusedTile(grid: Element): HTMLElement {
  const active = grid.shadowRoot!.activeElement as HTMLElement | null;
  expect(active?.getAttribute('role'), 'focus on a tile').to.equal('gridcell');
  return active!;
}

describe('WCAG 2.4.11: a focused tile never rests under a sticky bar', () => {
  before(() => resetBackend());
  let spacer: HTMLElement | undefined;
  afterEach(async () => {
    spacer?.remove();
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('portal at 1280×800 with the selection bar shown: ArrowUp and Tab to a tile under the bar', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mountPortal('press');
    // Room below the results, so any row can be scrolled up to the bar.
    spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.blockSize = '200vh';
    await untilResults(el);
    tilesOf(el)[0].querySelector<HTMLElement>('.check')!.click();
    await until(() => $(el, '[part~=selection-bar]'), 'no selection bar');
    const bar = $(el, '[part~=selection-bar]')!;
    const grid = gridOf(el);
    const tiles = tilesOf(el);
    const cols = columnsOf(tiles);
    expect(tiles.length, 'enough tiles for three rows').to.be.above(cols * 3);
    for (const move of ['ArrowUp', 'Tab'] as const) {
      // Row 2 starts a little above the bar's foot: its tiles are partly under the bar.
      const target = tiles[cols + 1];
      underTheBar(target, bar);
      await frame();
      expect(bar.getBoundingClientRect().top, 'the bar stuck to the top').to.be.at.most(1);
      expect(
        overlap(target.getBoundingClientRect(), bar.getBoundingClientRect()),
        'set-up: tile under the bar',
      ).to.be.above(0);
      if (move === 'ArrowUp') {
        tiles[cols * 2 + 1].focus({ preventScroll: true });
        await sendKeys({ press: 'ArrowUp' });
      } else {
        // The grid is one Tab stop, its last focused tile (the one ArrowUp reached): Tab from the
        // bar's last button lands on it.
        $<HTMLElement>(bar, 'button:last-of-type')!.focus({ preventScroll: true });
        await sendKeys({ press: 'Tab' });
      }
      await until(() => grid.shadowRoot!.activeElement === target, `${move} did not reach the tile`);
      await frame();
      const tile = focusedTile(grid).getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      expect(overlap(tile, barBox), `${move}: focused tile under the selection bar`).to.equal(0);
      expect(tile.top, `${move}: tile below the bar`).to.be.at.least(barBox.bottom - 0.5);
      expect(tile.bottom, `${move}: tile within the screen`).to.be.at.most(innerHeight + 0.5);
    }
  });

  for (const locale of ['en', 'de']) {
    it(`portal on a phone (390×844, ${locale}), the selection bar at the foot: ArrowDown to a tile under the bar`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await mountPortal('press');
      el.locale = locale;
      await untilResults(el);
      tilesOf(el)[0].querySelector<HTMLElement>('.check')!.click();
      await until(() => $(el, '[part~=selection-bar]'), 'no selection bar');
      const bar = $(el, '[part~=selection-bar]')!;
      const grid = gridOf(el);
      const tiles = tilesOf(el);
      const cols = columnsOf(tiles);
      expect(tiles.length, 'enough tiles for four rows').to.be.above(cols * 4);
      // Row 4 ends a little below the top of the bar stuck to the screen's foot.
      const target = tiles[cols * 3];
      scrollBy(0, target.getBoundingClientRect().bottom - (innerHeight - bar.getBoundingClientRect().height) - 30);
      await frame();
      expect(bar.getBoundingClientRect().bottom, 'the bar stuck to the foot').to.be.at.least(innerHeight - 1);
      expect(
        overlap(target.getBoundingClientRect(), bar.getBoundingClientRect()),
        'set-up: tile under the bar',
      ).to.be.above(0);
      tiles[cols * 2].focus({ preventScroll: true });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => grid.shadowRoot!.activeElement === target, 'ArrowDown did not reach the tile');
      await frame();
      const tile = focusedTile(grid).getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      console.log(
        'dbg',
        getComputedStyle(focusedTile(grid)).scrollMarginBlockEnd,
        barBox.height,
        barBox.top,
        tile.bottom,
        innerHeight,
      );
      expect(overlap(tile, barBox), 'focused tile under the selection bar').to.equal(0);
      expect(tile.bottom, 'tile above the bar').to.be.at.most(barBox.top + 0.5);
    });
  }

  it('picker in a phone (390×844) with Filters open: ArrowDown to a tile under the Insert bar', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountPicker({ portal: 'press', multiple: true });
    el.parentElement!.style.width = '390px';
    await untilPickerResults(el);
    // Open Filters take half the frame: it then scrolls as a whole, the Insert bar stuck to its foot.
    $p<HTMLElement>(el, '[part~=filters-button]')!.click();
    await until(() => $p(el, '#type')?.checkVisibility(), 'filters did not open');
    const scroller = $p(el, '.picker')!;
    const footer = $p(el, '[part~=footer]')!;
    const grid = $p(el, 'dash-asset-grid')!;
    const tiles = pickerTilesOf(el);
    const cols = columnsOf(tiles);
    expect(tiles.length).to.be.above(cols * 4);
    // Row 4 ends a little below the bar's top: its tiles are partly under the bar.
    const target = tiles[cols * 3];
    const body = $p(el, '.body')!;
    // The frame short of its end, so the results run on under the bar; then the results scrolled so
    // row 4 ends 30 px below the bar's top.
    expect(scroller.scrollHeight, 'the frame scrolls').to.be.above(scroller.clientHeight + 100);
    scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight - 100;
    await frame();
    body.scrollTop += target.getBoundingClientRect().bottom - footer.getBoundingClientRect().top - 30;
    await frame();
    expect(
      overlap(target.getBoundingClientRect(), footer.getBoundingClientRect()),
      'set-up: tile under the bar',
    ).to.be.above(0);
    tiles[cols * 2].focus({ preventScroll: true });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => grid.shadowRoot!.activeElement === target, 'ArrowDown did not reach the tile');
    await frame();
    const tile = focusedTile(grid).getBoundingClientRect();
    const bar = footer.getBoundingClientRect();
    expect(overlap(tile, bar), 'focused tile under the Insert bar').to.equal(0);
    expect(tile.bottom, 'tile above the bar').to.be.at.most(bar.top + 0.5);
  });
});
