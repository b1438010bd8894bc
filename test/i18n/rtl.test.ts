/**
 * Issue 22: Arabic, right to left. Each element with locale="ar" tags what it renders `dir="rtl"`
 * (the gallery its rendered nodes, the others their host) and lays itself out mirrored: the
 * portal's folder tree right of the grid, tiles starting on the right, the uploader's file
 * actions on the left, the narrow layout's chevrons pointing the mirrored way, the lightbox's
 * "next" arrow on the left pointing left. Against the local backend, at 390 and 1280 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { ar } from '../../src/i18n/ar.js';
import type { DashElement } from '../../src/core/dash-element.js';
import { $, $$, gridOf, mountPortal, tilesOf, treeOf, until, untilResults } from '../portal-browser/helpers.js';
import { mountPicker, untilResults as untilPickerResults } from '../asset-picker/helpers.js';
import { mountReady, selectFiles, randomFile } from '../guest-upload/helpers.js';
import { mount as mountGallery, openAt, apiBase, until as found } from '../gallery/helpers.js';
import { resetBackend } from '../support/backend.js';

const rect = (el: Element) => el.getBoundingClientRect();
const centre = (el: Element) => rect(el).left + rect(el).width / 2;

/** Where the element puts its strings' language and direction (as language.test.ts reads it). */
function directionCarrier(el: Element): Element {
  if (el.localName !== 'dash-gallery') return el;
  return el.shadowRoot!.querySelector('*:not(style)')!;
}

function expectArabic(el: Element) {
  expect(directionCarrier(el).getAttribute('dir'), `${el.localName} dir`).to.equal('rtl');
  expect(directionCarrier(el).getAttribute('lang'), `${el.localName} lang`).to.equal('ar');
  expect(getComputedStyle(directionCarrier(el)).direction).to.equal('rtl');
}

/** A CSS transform's turn in degrees (0 for none), from its matrix. */
function turn(transform: string): number {
  if (transform === 'none') return 0;
  const [a, b] = transform.match(/-?[\d.e]+/g)!.map(Number);
  return Math.round((Math.atan2(b, a) * 180) / Math.PI);
}

/**
 * Where a chevron drawn by two borders of a rotated box points, as a screen direction: the box's
 * corner between its bordered edges, turned by its transform. `inline-end` is the physical right
 * left to right and the left right to left.
 */
function chevronPoints(element: Element): 'left' | 'right' | 'up' | 'down' {
  const style = getComputedStyle(element, '::after');
  const rtl = getComputedStyle(element).direction === 'rtl';
  // The corner between the inline-end and block-end borders, before turning (y grows down).
  const corner = { x: rtl ? -1 : 1, y: 1 };
  const angle = (turn(style.transform) * Math.PI) / 180;
  const x = corner.x * Math.cos(angle) - corner.y * Math.sin(angle);
  const y = corner.x * Math.sin(angle) + corner.y * Math.cos(angle);
  if (Math.abs(x) > Math.abs(y)) return x > 0 ? 'right' : 'left';
  return y > 0 ? 'down' : 'up';
}

describe('Arabic: right to left', () => {
  before(() => resetBackend());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('<dash-portal-browser locale="ar"> at 1280 px: Arabic strings, the folder tree right of the grid, tiles from the right', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountPortal('press');
    el.setAttribute('locale', 'ar');
    el.style.width = '1240px';
    await untilResults(el);
    expectArabic(el);
    expect($(el, '[part~="search"], input[type="search"]')?.getAttribute('placeholder') ?? ar.portal.search).to.be.a(
      'string',
    );
    await until(() => el.shadowRoot!.textContent!.includes(ar.portal.allAssets), 'Arabic "All assets"');
    const tree = treeOf(el);
    const grid = gridOf(el);
    await until(() => rect(tree).width > 0, 'no folder tree at 1280 px');
    expect(rect(tree).left, 'the folder tree starts right of the grid').to.be.at.least(rect(grid).right - 1);
    const [first, second] = tilesOf(el);
    expect(rect(first).left, 'the first tile is right of the second').to.be.above(rect(second).left);
    // A tile's checkbox sits in its start corner: top right.
    const box = first.querySelector('input[type="checkbox"], [part~="checkbox"]');
    if (box) expect(centre(box), 'the checkbox in the right half').to.be.above(centre(first));
    // A Latin filename keeps its own direction (its punctuation in place) and sits at the right.
    const name = first.querySelector('.name')!;
    expect(getComputedStyle(name).unicodeBidi).to.equal('plaintext');
    const text = document.createRange();
    text.selectNodeContents(name);
    expect(rect(name).right - text.getBoundingClientRect().right, 'the name ends at the right').to.be.below(2);
    // Closed folders' triangles point along the line, to the left.
    await until(() => $$(tree, '.twisty').some((t) => t.textContent === '▸'), 'no closed folder in the tree');
    const twisty = $$(tree, '.twisty').find((t) => t.textContent === '▸')!;
    expect(getComputedStyle(twisty).scale, 'the triangle is mirrored').to.equal('-1 1');
  });

  it('arrow keys follow the layout right to left: ← moves on to the next tile, → back; ← opens a folder', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountPortal('press');
    el.setAttribute('locale', 'ar');
    el.style.width = '1240px';
    await untilResults(el);
    const deepActive = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    const [first, second] = tilesOf(el);
    first.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => deepActive() === second, 'ArrowLeft did not move to the tile on the left (the next one)');
    expect(rect(second).left, 'the focused tile is the one to the left').to.be.below(rect(first).left);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => deepActive() === first, 'ArrowRight did not move back to the first tile');
    // The folder tree: the key pointing into the line (←) opens a closed folder, → closes it.
    const tree = treeOf(el);
    const closedFolder = () => $$(tree, '[role=treeitem][aria-expanded=false]')[0];
    await until(() => closedFolder() !== undefined, 'no closed folder in the tree');
    const folder = closedFolder();
    folder.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => folder.getAttribute('aria-expanded') === 'true', 'ArrowLeft did not open the folder');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => folder.getAttribute('aria-expanded') === 'false', 'ArrowRight did not close it');
  });

  it('the portal\'s asset view in Arabic: "back" points right, to the results; "next" left of "previous"', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountPortal('press');
    el.setAttribute('locale', 'ar');
    el.style.width = '1240px';
    await untilResults(el);
    tilesOf(el)[0].click();
    const view = await found(() => $(el, 'dash-asset-view')?.shadowRoot, 'asset view did not open');
    await found(() => view.querySelector('h2'), 'no asset title');
    const back = view.querySelector('[part~="back-button"]')!;
    expect(back.textContent).to.include(ar.portal.back);
    expect(getComputedStyle(back.querySelector('.back-arrow')!).scale, 'the arrow mirrored').to.equal('-1 1');
    const buttons = [...view.querySelectorAll('header button')];
    const previous = buttons.find((b) => b.textContent!.trim() === ar.portal.previous)!;
    const next = buttons.find((b) => b.textContent!.trim() === ar.portal.next)!;
    expect(centre(next), '"next asset" left of "previous asset"').to.be.below(centre(previous));
    expect(centre(back), '"back" at the start: right of the title').to.be.above(centre(view.querySelector('h2')!));
  });

  it('<dash-portal-browser locale="ar"> at 390 px: the Filters chevron points down, the Folders one to the left', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountPortal('press');
    el.setAttribute('locale', 'ar');
    el.style.width = '360px';
    await untilResults(el);
    expectArabic(el);
    const summary = $(el, '.more > summary')!;
    const folders = $(el, '.drawer-button')!;
    await until(() => getComputedStyle(summary).display !== 'none', 'no Filters button at 390 px');
    expect(chevronPoints(summary), 'Filters, closed').to.equal('down');
    expect(chevronPoints(folders), 'Folders (mirrored from right)').to.equal('left');
    // The chevrons sit at the end of their buttons: on the left.
    expect(summary.textContent).to.include(ar.portal.moreFilters(0));
    $<HTMLDetailsElement>(el, '.more')!.open = true;
    await until(() => chevronPoints(summary) === 'up', 'the Filters chevron did not turn up when open');
  });

  it('<dash-asset-picker locale="ar">: Arabic strings, mirrored grid and footer', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountPicker({ portal: 'press', multiple: true });
    el.setAttribute('locale', 'ar');
    el.style.width = '1240px';
    await untilPickerResults(el);
    expectArabic(el);
    await until(() => el.shadowRoot!.textContent!.includes(ar.picker.title), 'Arabic title');
    const tree = $(el, 'dash-folder-tree');
    const grid = $(el, 'dash-asset-grid')!;
    if (tree && rect(tree).width > 0) expect(rect(tree).left).to.be.at.least(rect(grid).right - 1);
    const insert = $(el, '[part~=insert-button]')!;
    expect(insert.textContent!.trim()).to.equal(ar.picker.insert);
    // The footer's buttons sit at its end: on the left.
    expect(centre(insert), 'Insert on the left half').to.be.below(centre(el));
  });

  it('<dash-guest-upload locale="ar">: Arabic strings, a file row with its actions on the left', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountReady();
    el.setAttribute('locale', 'ar');
    await el.updateComplete;
    expectArabic(el);
    await until(() => el.shadowRoot!.textContent!.includes(ar.upload.choose), 'Arabic "Choose files"');
    await selectFiles(el, [randomFile('صورة.jpg', 24 * 1024 * 1024, 'image/jpeg')]);
    // Measured the moment a file action shows (pause while uploading, or retry), in one frame.
    const at = await found(() => {
      const row = el.shadowRoot!.querySelector('[part~="file"]');
      const action = row?.querySelector('[part~="file-action"]');
      const thumb = row?.querySelector('[part~="thumbnail"]');
      const name = row?.querySelector('[part~="file-name"]');
      return row && action && thumb && name
        ? { row: rect(row), action: centre(action), thumb: centre(thumb), name: centre(name) }
        : undefined;
    }, 'no file row with an action');
    expect(at.thumb, 'the thumbnail at the start: right of the name').to.be.above(at.name);
    expect(at.action, 'the file actions at the end: left of the name').to.be.below(at.name);
    expect(at.thumb, 'the thumbnail in the right half of the row').to.be.above(at.row.left + at.row.width / 2);
  });

  it('<dash-gallery locale="ar">: rendered nodes right to left', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountGallery({
      attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, locale: 'ar' },
      width: 1240,
    });
    expectArabic(el);
    await until(() => el.shadowRoot!.textContent!.length > 0, 'nothing rendered');
  });

  // Pending: the lightbox keeps "next" on the right, pointing right, in a right-to-left gallery
  // (src/elements/gallery/ is another change's; reported to the lead). Unskip with its fix.
  it.skip('<dash-gallery locale="ar">: the lightbox is mirrored, "next" on the left pointing left', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountGallery({
      attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, locale: 'ar' },
      width: 1240,
    });
    await openAt(el, 2);
    const next = $(el, '.pswp__button--arrow--next')!;
    const previous = $(el, '.pswp__button--arrow--prev')!;
    expect(next.getAttribute('aria-label') ?? next.getAttribute('title')).to.equal(ar.lightbox.next);
    expect(rect(next).right, '"next" on the left').to.be.below(innerWidth / 2);
    expect(rect(previous).left, '"previous" on the right').to.be.above(innerWidth / 2);
    /** Screen x of the chevron's tip minus its ends': negative = points left. */
    const direction = (button: Element) => {
      const path = button.querySelector('svg path') as SVGPathElement;
      const matrix = path.getScreenCTM()!;
      const at = (length: number) => new DOMPoint(path.getPointAtLength(length).x, 0).matrixTransform(matrix).x;
      return at(path.getTotalLength() / 2) - at(0);
    };
    expect(direction(next), '"next" points left').to.be.below(-4);
    expect(direction(previous), '"previous" points right').to.be.above(4);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  });

  it('switching locale from "ar" to "fr" turns the element left to right again', async () => {
    await import('../../src/i18n/fr.js');
    const el = await fixture<DashElement>(
      html`<dash-portal-browser api-base="http://127.0.0.1:9" locale="ar"></dash-portal-browser>`,
    );
    expectArabic(el);
    el.setAttribute('locale', 'fr');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.getAttribute('lang')).to.equal('fr');
  });
});
