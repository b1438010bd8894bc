// Issue 18: while its data loads, the gallery shows placeholder tiles in its own layout that
// reserve the height of the first rows (no "Loading…" line that the grid then pushes down), hidden
// from assistive technology, with the status still announced politely.
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderLoading } from '../../src/core/states.js';
import { DashGallery } from '../../src/gallery.js';
import { resetMediaFeatures } from '../support/media-features.js';
import { expectStillWhenReduced } from '../support/skeleton.js';
import { $, $$, apiBase, cells, until } from './helpers.js';

const SRC = `${apiBase}/demo-data/gallery.json`;
const WIDTH = 800;

/** Holds every fetch of `url` until `release()`: the gallery stays in its loading state meanwhile. */
function holdFetch(url: string): { release: () => void; restore: () => void } {
  const realFetch = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const asked = input instanceof Request ? input.url : String(input);
    if (asked === url) await gate;
    return realFetch(input, init);
  }) as typeof window.fetch;
  return { release, restore: () => (window.fetch = realFetch) };
}

/** A gallery in a WIDTH px column, a paragraph after it; the data is held until released. */
async function loadingGallery(attrs: Record<string, string>) {
  const held = holdFetch(SRC);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
  const el = document.createElement('dash-gallery') as DashGallery;
  el.setAttribute('api-base', apiBase);
  el.setAttribute('source', 'json');
  el.setAttribute('src', SRC);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const after = document.createElement('p');
  after.textContent = 'Text after the gallery';
  wrapper.append(el, after);
  await el.updateComplete;
  await until(() => $(el, '[part=loading]'), 'no loading state');
  return { el, after, held };
}

/** The y of `element` in the page. */
const yOf = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

/** The height of the loading state every other element shows (the gallery's before issue 18). */
async function plainLoadingHeight(): Promise<number> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"><div></div></div>`);
  const root = wrapper.firstElementChild!.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = DashGallery.styles
    .flat()
    .map((style) => (style as { styleSheet: CSSStyleSheet }).styleSheet);
  render(renderLoading({ common: { loading: 'Loading…' } } as never), root);
  return root.firstElementChild!.getBoundingClientRect().height;
}

describe('dash-gallery: skeleton while loading (issue 18)', function () {
  this.timeout(30_000);
  let held: { release: () => void; restore: () => void } | undefined;
  afterEach(async () => {
    held?.release();
    held?.restore();
    held = undefined;
    await resetMediaFeatures();
  });

  it('grid: two rows of square placeholders, aria-hidden, the status announced; the page below moves less than with a "Loading…" line', async () => {
    const loading = await loadingGallery({ columns: '4', gap: '8' });
    held = loading.held;
    const { el, after } = loading;
    const cell = (WIDTH - 3 * 8) / 4;
    const placeholders = $$(el, '.placeholder');
    expect(placeholders.length, 'two rows of four').to.equal(8);
    const rect = placeholders[0].getBoundingClientRect();
    expect(rect.width).to.be.closeTo(cell, 1);
    expect(rect.height, 'square cells').to.be.closeTo(cell, 1);
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight, 'two rows reserved').to.be.closeTo(2 * cell + 8, 1);

    // Hidden from assistive technology; the status is still there for it, polite, not seen.
    const tiles = $(el, '.skeleton-tiles')!;
    expect(tiles.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholders.every((p) => p.closest('[aria-hidden="true"]'))).to.equal(true);
    const status = $(el, '[part=loading]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent!.trim(), 'the placeholders hold no text').to.equal('Loading…');
    const words = status.querySelector('.visually-hidden')!;
    expect(words.closest('[aria-hidden="true"]')).to.equal(null);
    expect(words.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);

    // When the items arrive the real tiles replace the placeholders.
    const yLoading = yOf(after);
    const galleryTop = yOf(el);
    loading.held.release();
    await until(() => cells(el).length, 'tiles never came');
    await el.updateComplete;
    expect($$(el, '.placeholder')).to.have.length(0);
    expect($(el, '[part=loading]')).to.equal(null);
    const yLoaded = yOf(after);
    const shiftNow = Math.abs(yLoaded - yLoading);
    // Before: a "Loading…" line where the gallery is, then the grid.
    const shiftBefore = Math.abs(yLoaded - (galleryTop + (await plainLoadingHeight())));
    expect(shiftNow, `moved ${shiftNow} px, ${shiftBefore} px with a loading line`).to.be.lessThan(shiftBefore);
    // The first two rows are exactly what was reserved: only rows beyond them add height.
    const rows = Math.ceil(cells(el).length / 4);
    expect(shiftNow).to.be.closeTo(Math.max(0, rows - 2) * (cell + 8), 1);
  });

  it('justified: two rows of row-height; masonry: columns of about row-height', async () => {
    const justified = await loadingGallery({ layout: 'justified', 'row-height': '180', gap: '8' });
    held = justified.held;
    const jTiles = $$(justified.el, '.placeholder');
    expect(jTiles.length).to.be.greaterThan(1);
    expect(jTiles.every((p) => Math.abs(p.getBoundingClientRect().height - 180) < 1)).to.equal(true);
    expect(justified.el.getBoundingClientRect().height).to.be.closeTo(2 * 180 + 8, 1);
    held.release();
    held.restore();

    const masonry = await loadingGallery({ layout: 'masonry', 'row-height': '200' });
    held = masonry.held;
    const mTiles = $$(masonry.el, '.placeholder');
    const columns = new Set(mTiles.map((p) => Math.round(p.getBoundingClientRect().left)));
    expect(columns.size, 'as many columns as fit row-height').to.equal(Math.round((WIDTH + 8) / (200 + 8)));
    const height = masonry.el.getBoundingClientRect().height;
    expect(height, 'at least about one row').to.be.greaterThan(200);
    expect(height).to.be.lessThan(3 * 200 * 1.25);
  });

  it('placeholders pulse, and do not move under prefers-reduced-motion', async () => {
    const loading = await loadingGallery({});
    held = loading.held;
    // The tiles breathe together, as every element's placeholders do.
    await expectStillWhenReduced($<HTMLElement>(loading.el, '.skeleton-tiles')!);
  });

  it('without a width to lay out in, still reserves two rows of row-height', async () => {
    held = holdFetch(SRC);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none"></div>`);
    const el = document.createElement('dash-gallery') as DashGallery;
    el.setAttribute('api-base', apiBase);
    el.setAttribute('source', 'json');
    el.setAttribute('src', SRC);
    el.setAttribute('row-height', '150');
    wrapper.append(el);
    await el.updateComplete;
    expect($$(el, '.placeholder')).to.have.length(0);
    wrapper.style.display = 'block';
    // Shown later: the width arrives, the placeholders are laid out in it.
    await until(() => $$(el, '.placeholder').length, 'no placeholders once shown');
    expect(el.getBoundingClientRect().height).to.be.at.least(2 * 150);
  });
});
