/**
 * Issue 22: Arabic, right to left. Each element with locale="ar" tags what it renders `dir="rtl"`
 * (the gallery its rendered nodes, the others their host) and lays itself out mirrored: the
 * portal's folder tree right of the grid, tiles starting on the right, the uploader's file
 * actions on the left, the narrow layout's chevrons pointing the mirrored way, the lightbox's
 * "next" arrow on the left pointing left. Against the local backend, at 390 and 1280 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { ar } from '../../src/i18n/ar.js';
import type { DashElement } from '../../src/core/dash-element.js';
import { $, $$, gridOf, mountPortal, tilesOf, treeOf, until, untilResults } from '../portal-browser/helpers.js';
import { mountPicker, untilResults as untilPickerResults } from '../asset-picker/helpers.js';
import { mountReady, selectFiles, randomFile } from '../guest-upload/helpers.js';
import {
  mount as mountGallery,
  openAt,
  apiBase,
  until as found,
  counterText,
  nextEvent,
  HOST_TOKEN,
} from '../gallery/helpers.js';
import { resetBackend } from '../support/backend.js';
import type { DashGallery } from '../../src/gallery.js';

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

/** A JSON gallery in Arabic, 1240 px wide, with `attrs` besides. */
function arabicGallery(attrs: Record<string, string | boolean> = {}): Promise<DashGallery> {
  return mountGallery({
    attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, locale: 'ar', ...attrs },
    width: 1240,
  });
}

/** The tile of the item at `position` (1-based). */
const tileAt = (el: Element, position: number) => $(el, `.cell[aria-posinset="${position}"] .tile`)!;

/** The gallery's focused tile, if any. */
const focusedTile = (el: Element) => el.shadowRoot!.activeElement;

/** The image of the slide the lightbox shows. */
const shownImage = (el: Element) =>
  $<HTMLImageElement>(el, '.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)');

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

  it('<dash-gallery locale="ar">: the lightbox is mirrored, "next" on the left pointing left', async () => {
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

  for (const layout of ['grid', 'masonry', 'justified']) {
    it(`<dash-gallery locale="ar" layout="${layout}">: the first tile at the right, the second left of it`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await arabicGallery({ layout });
      const [first, second] = [tileAt(el, 1), tileAt(el, 2)];
      const list = $(el, '.list')!;
      expect(rect(first).right, 'the first tile ends at the right edge').to.be.closeTo(rect(list).right, 1);
      expect(rect(second).right, 'the second tile left of the first').to.be.at.most(rect(first).left + 1);
      expect(Math.abs(rect(second).top - rect(first).top), 'on one row').to.be.below(1);
    });
  }

  it('<dash-gallery locale="ar">: ← moves to the next tile and → back, Home and End as ever', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await arabicGallery();
    const count = el.items.length;
    tileAt(el, 1).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focusedTile(el) === tileAt(el, 2), 'ArrowLeft did not move to the second tile');
    expect(rect(tileAt(el, 2)).left, 'the tile to the left').to.be.below(rect(tileAt(el, 1)).left);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedTile(el) === tileAt(el, 1), 'ArrowRight did not move back to the first tile');
    await sendKeys({ press: 'End' });
    await until(() => focusedTile(el) === tileAt(el, count), 'End did not move to the last tile');
    await sendKeys({ press: 'Home' });
    await until(() => focusedTile(el) === tileAt(el, 1), 'Home did not move to the first tile');
  });

  it('<dash-gallery locale="ar">: in the lightbox ← shows the next item, → the previous; counter, strip, link and events say the item', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await arabicGallery({ id: 'rtl-gallery', 'deep-link': true, 'lightbox-thumbnails': true });
    const { items } = el;
    await openAt(el, 2);
    const shows = (index: number) =>
      counterText(el) === ar.lightbox.slideStatus(index + 1, items.length) &&
      (items[index].type !== 'image' || shownImage(el)?.alt === items[index].alt) &&
      location.hash.includes(`rtl-gallery:${index + 1}`) &&
      $(el, '.dash-pswp-thumb[aria-current="true"]')?.getAttribute('aria-label') === items[index].alt;
    await until(() => shows(1), 'the lightbox did not open on the second item');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => shows(2), 'ArrowLeft did not show the third item');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => shows(0), 'ArrowRight did not go back to the first item');
    // The "next" button (on the left) and a thumbnail go where they say.
    $(el, '.pswp__button--arrow--next')!.click();
    await until(() => shows(1), '"next" did not show the second item');
    $(el, '.pswp__button--arrow--prev')!.click();
    await until(() => shows(0), '"previous" did not show the first item');
    // The strip runs from the right, as the tiles do: the first thumbnail right of the second.
    const thumbs = $$(el, '.dash-pswp-thumb');
    expect(rect(thumbs[0]).left, 'the first thumbnail right of the second').to.be.above(rect(thumbs[1]).left);
    thumbs[3].click();
    await until(() => shows(3), 'the fourth thumbnail did not show the fourth item');
    // Scrolled so the current thumbnail shows.
    const strip = $(el, '.dash-pswp-thumbs')!;
    const current = $(el, '.dash-pswp-thumb[aria-current="true"]')!;
    expect(rect(current).left).to.be.at.least(rect(strip).left);
    expect(rect(current).right).to.be.at.most(rect(strip).right);
    const closed = nextEvent<{ index: number }>(el, 'dash-lightbox-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.index, 'dash-lightbox-close names the item shown').to.equal(3);
    await until(() => focusedTile(el) === tileAt(el, 4), 'focus did not return to the fourth tile');
  });

  it('<dash-gallery locale="ar">: dragging the image from left to right shows the next item', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await arabicGallery();
    const { items } = el;
    await openAt(el, 2);
    await until(() => shownImage(el)?.alt === items[1].alt, 'the lightbox did not open on the second item');
    const y = Math.round(innerHeight / 2);
    await sendMouse({ type: 'move', position: [500, y] });
    await sendMouse({ type: 'down' });
    for (const x of [540, 600, 680, 760, 840, 900]) await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'up' });
    await until(
      () => counterText(el) === ar.lightbox.slideStatus(3, items.length) && shownImage(el)?.alt === items[2].alt,
      'dragging to the right did not show the third item',
    );
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendKeys({ press: 'Escape' });
  });

  it('<dash-gallery locale="ar" editable>: Alt+← moves a tile later, to the left, and its move buttons point the way it goes', async () => {
    await resetBackend();
    const el = await mountGallery({
      attrs: { source: 'cms', gallery: 'summer-2026', editable: true, locale: 'ar' },
      token: HOST_TOKEN,
    });
    await found(() => $(el, '[part=edit-tools]'), 'no edit tools');
    const before = el.items.map((item) => item.id);
    const [earlier, later] = $$(tileAt(el, 1).closest('.cell')!, '[part=edit-tools] button');
    // Which way a button's arrow points on screen: its glyph, mirrored or not by the layout's direction.
    const pointsRight = (button: Element) => {
      const arrow = button.querySelector('.arrow')!;
      const mirrored = new DOMMatrix(getComputedStyle(arrow).transform).a < 0;
      return (arrow.textContent === '→') !== mirrored;
    };
    expect([pointsRight(earlier), pointsRight(later)], 'earlier → (to the right), later ←').to.deep.equal([
      true,
      false,
    ]);
    tileAt(el, 1).focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    await until(() => el.items[1]?.id === before[0], 'Alt+ArrowLeft did not move the first tile to second place');
    expect(el.items[0].id).to.equal(before[1]);
    await resetBackend();
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

  it('a dir the page gives the element wins over its language, and goes when the page removes it', async () => {
    const portal = await fixture<DashElement>(
      html`<dash-portal-browser api-base="http://127.0.0.1:9" dir="rtl"></dash-portal-browser>`,
    );
    await portal.updateComplete;
    portal.requestUpdate();
    await portal.updateComplete;
    expect(portal.getAttribute('dir'), 'English strings, the page asked for right to left').to.equal('rtl');
    expect(portal.getAttribute('lang')).to.equal('en');
    portal.removeAttribute('dir');
    portal.requestUpdate();
    await portal.updateComplete;
    expect(portal.getAttribute('dir')).to.equal('ltr');

    // The gallery tags what it renders: an English gallery of right-to-left captions.
    const gallery = await mountGallery({
      attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, dir: 'rtl' },
      width: 1240,
    });
    await until(() => gallery.shadowRoot!.querySelectorAll('.cell').length > 1, 'tiles');
    const carrier = directionCarrier(gallery);
    expect(carrier.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(carrier).direction).to.equal('rtl');
    const [first, second] = [tileAt(gallery, 1), tileAt(gallery, 2)];
    expect(rect(first).left, 'the first tile is right of the second').to.be.greaterThan(rect(second).left);
  });
});
