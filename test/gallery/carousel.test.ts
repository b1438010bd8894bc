/**
 * `layout="carousel"` (issue 21): one row at the row height, scrolled sideways with scroll-snap,
 * the tile keys moving focus along it (the focused tile scrolled into view), previous/next buttons
 * for pointer users, right to left from the right, the row's height known before any image loads.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/i18n/ar.js';
import { resetBackend } from '../support/backend.js';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { $, apiBase, cells, counterText, mount, openAt, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

const items = (count: number) => `${apiBase}/demo-data/large.json?count=${count}`;
const carousel = (count = 30, attrs: Record<string, string | number> = {}, width = 600) =>
  mount({ attrs: { source: 'json', src: items(count), layout: 'carousel', 'row-height': 200, ...attrs }, width });

const list = (el: DashGallery) => $(el, '.list')!;
const button = (el: DashGallery, which: 'previous' | 'next') => $<HTMLButtonElement>(el, `.row-button.${which}`)!;
const cell = (el: DashGallery, position: number) => $(el, `.cell[aria-posinset="${position}"]`);
const rect = (element: Element) => element.getBoundingClientRect();

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the row's scroll position has stayed put for a few frames (smooth scroll and snapping are done). */
async function settled(row: HTMLElement): Promise<number> {
  let last = NaN;
  let still = 0;
  await until(() => {
    still = row.scrollLeft === last ? still + 1 : 0;
    last = row.scrollLeft;
    return still >= 5;
  }, 'the row stops scrolling');
  return last;
}

describe('dash-gallery layout="carousel"', function () {
  this.timeout(60_000);
  before(() => resetBackend());

  it('lays every item out in one row at the row height that scrolls sideways, and not the page', async () => {
    const el = await carousel();
    const row = list(el);
    const tops = new Set(cells(el).map((c) => Math.round(rect(c).top)));
    expect(cells(el)).to.have.length(30);
    expect(tops.size, 'all tiles share a top').to.equal(1);
    expect(cells(el).every((c) => Math.round(rect(c).height) === 200)).to.equal(true);
    expect(row.clientHeight).to.equal(200);
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth * 3);
    const style = getComputedStyle(row);
    expect(style.scrollSnapType).to.equal('x mandatory');
    expect(style.overscrollBehaviorX).to.equal('contain');
    expect(getComputedStyle(cells(el)[0]).scrollSnapAlign).to.equal('start');
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth);
    // Tiles keep their aspect ratio: the data's 3:2 and 2:3 photos.
    const widths = cells(el)
      .slice(0, 2)
      .map((c) => Math.round(rect(c).width));
    expect(widths).to.deep.equal([300, 133]);
    // Only what starts in view loads at once; the rest of the row loads lazily.
    const loading = cells(el).map((c) => c.querySelector('img')!.loading);
    expect(loading.slice(0, 3)).to.deep.equal(['eager', 'eager', 'eager']);
    expect(loading.slice(5).every((value) => value === 'lazy')).to.equal(true);
  });

  it('ArrowRight moves focus to the next tile and scrolls it into view, snapped; Home and End jump', async () => {
    const el = await carousel();
    const row = list(el);
    cell(el, 1)!.querySelector<HTMLElement>('.tile')!.focus();
    for (let position = 2; position <= 6; position++) {
      await sendKeys({ press: 'ArrowRight' });
      await until(() => deepActive()?.closest('.cell') === cell(el, position), `focus on tile ${position}`);
      await settled(row);
      // Wholly in view, even a tile of which a part showed (focusing alone scrolls nothing then).
      expect(rect(cell(el, position)!).right, `tile ${position} in view`).to.be.at.most(rect(row).right + 1);
      expect(rect(cell(el, position)!).left).to.be.at.least(rect(row).left - 1);
    }
    const start = await settled(row);
    expect(start, 'the row scrolled').to.be.greaterThan(0);
    const focused = rect(cell(el, 6)!);
    expect(focused.left).to.be.at.least(rect(row).left - 1);
    expect(focused.right).to.be.at.most(rect(row).right + 1);
    // Snapped: some tile's start is at the row's start.
    expect(cells(el).some((c) => Math.abs(rect(c).left - rect(row).left) < 1)).to.equal(true);
    await sendKeys({ press: 'End' });
    await until(() => deepActive()?.closest('.cell') === cell(el, 30), 'focus on the last tile');
    await settled(row);
    expect(rect(cell(el, 30)!).right).to.be.at.most(rect(row).right + 1);
    await sendKeys({ press: 'Home' });
    await until(() => deepActive()?.closest('.cell') === cell(el, 1), 'focus on the first tile');
    expect(await settled(row)).to.equal(0);
  });

  it('the next button scrolls about one view forward; the buttons are hidden at the ends', async () => {
    const el = await carousel();
    const row = list(el);
    const [previous, next] = [button(el, 'previous'), button(el, 'next')];
    expect(previous.getAttribute('aria-label')).to.equal('Previous items');
    expect(next.getAttribute('aria-label')).to.equal('Next items');
    await until(() => !next.disabled, 'next is enabled at the start');
    expect(previous.disabled, 'previous is hidden at the start').to.equal(true);
    expect(getComputedStyle(previous).visibility).to.equal('hidden');
    expect(rect(next).width).to.be.at.least(24);
    expect(rect(next).height).to.be.at.least(24);
    next.click();
    const moved = await settled(row);
    expect(moved).to.be.within(row.clientWidth * 0.5, row.clientWidth * 1.1);
    await until(() => !previous.disabled, 'previous shows once scrolled');
    row.scrollLeft = row.scrollWidth;
    await until(() => next.disabled, 'next is hidden at the end');
    expect(getComputedStyle(next).visibility).to.equal('hidden');
    previous.click();
    await until(() => row.scrollLeft < row.scrollWidth - row.clientWidth - 1, 'previous scrolls back');
  });

  it('right to left (locale="ar"): the row runs from the right, the next button scrolls leftwards', async () => {
    const el = await carousel(30, { locale: 'ar' });
    const row = list(el);
    expect(Math.abs(rect(cell(el, 1)!).right - rect(row).right)).to.be.below(1);
    expect(rect(cell(el, 2)!).right).to.be.below(rect(cell(el, 1)!).left);
    expect(button(el, 'next').getAttribute('aria-label')).to.equal('العناصر التالية');
    expect(rect(button(el, 'next')).left, 'next sits at the left end').to.be.below(rect(row).left + 60);
    await until(() => !button(el, 'next').disabled, 'next is enabled');
    button(el, 'next').click();
    expect(await settled(row)).to.be.below(-100);
    // ← is the next item right to left.
    cell(el, 1)!.querySelector<HTMLElement>('.tile')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => deepActive()?.closest('.cell') === cell(el, 2), 'ArrowLeft: focus on tile 2');
  });

  it('keeps its height from the first frame: nothing moves while the images load', async () => {
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    const el = await carousel(12, {}, 600);
    const after = document.createElement('p');
    after.textContent = 'Below the gallery';
    el.after(after);
    const before = [...cells(el).map((c) => rect(c).toJSON()), rect(after).toJSON()];
    const images = cells(el)
      .slice(0, 3)
      .map((c) => c.querySelector('img')!);
    await until(() => images.every((img) => img.complete && img.naturalWidth), 'the first images load');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect([...cells(el).map((c) => rect(c).toJSON()), rect(after).toJSON()]).to.deep.equal(before);
    observer.disconnect();
    expect(shift, 'cumulative layout shift').to.equal(0);
  });

  it('opens the lightbox from a tile as any layout does', async () => {
    const el = await carousel(8);
    await openAt(el, 3);
    await until(() => counterText(el).includes('3'), 'the lightbox shows item 3');
    el.close();
  });

  it('renders only the tiles near the scrolled-to part of a 10,000-item row', async () => {
    const el = await carousel(10_000);
    const row = list(el);
    expect(cells(el).length).to.be.within(3, 40);
    row.scrollLeft = 200_000;
    await until(
      () => cells(el).some((c) => Math.abs(rect(c).left - rect(row).left) < rect(c).width),
      'tiles where the row was scrolled to',
    );
    expect(cells(el).length).to.be.below(40);
  });

  it('draws the buttons in system colours in forced colours', async () => {
    const el = await carousel(8);
    try {
      await emulateForcedColors('dark');
      const next = button(el, 'next');
      await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours');
      const style = getComputedStyle(next);
      expect(style.visibility).to.equal('visible');
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor, 'a border of the button text colour').to.equal(style.color);
      expect(style.backgroundColor).to.not.equal(style.color);
    } finally {
      await resetMediaFeatures();
    }
  });

  it('is accessible (axe)', async () => {
    const el = await carousel(8);
    await expect(el).to.be.accessible();
  });
});
