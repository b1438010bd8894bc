/**
 * Issue 16 class 14 for <dash-gallery>: silent blanks. `row-height="auto"` and `gap="auto"` laid
 * out zero tiles without a word (Lit's number converter makes them NaN), `columns="1e9"` made a
 * billion columns, an item of infinite aspect ratio became a 0×0 tile. Now numbers are clamped
 * to their documented ranges (src/elements/gallery/display-options.ts), junk is replaced by the
 * default and reported as one `invalid-config` after the configuration settled, and every item
 * is a visible tile.
 *
 * One row per attack: adding an attack is one line in ATTACKS.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/gallery.js';
import type { DashGallery } from '../../../src/gallery.js';
import { apiBase, resetBackend, setFaults } from '../../support/backend.js';
import { $, cells, until } from '../../gallery/helpers.js';

const COUNT = 6;
/** Six sized items (no missing files) from the backend's JSON feed. */
const FEED = `${apiBase}/demo-data/unsized.json?count=${COUNT}&missing=0`;
/** Served with hostile items in place of the feed (see hostileItems). */
const HOSTILE = `${apiBase}/demo-data/gallery.json`;

interface Attack {
  name: string;
  attrs: Record<string, string>;
  /** Items of these sizes, served as the JSON gallery (JSON.parse reads 1e999 as Infinity). */
  sizes?: string[];
  /** The dash-error codes expected (none when the value is only clamped). */
  errors: string[];
  /** What the effective value is, checked on the tiles. */
  check?: (boxes: DOMRect[]) => void;
}

const columnsIn = (boxes: DOMRect[]) => new Set(boxes.map((box) => Math.round(box.left))).size;
const sameHeight = (px: number) => (boxes: DOMRect[]) => expect(Math.round(boxes[0].height)).to.equal(px);

const ATTACKS: Attack[] = [
  {
    name: 'row-height="auto" (220: four columns in 800 px)',
    attrs: { 'row-height': 'auto' },
    errors: ['invalid-config'],
    check: (b) => expect(columnsIn(b)).to.equal(4),
  },
  { name: 'gap="auto"', attrs: { gap: 'auto' }, errors: ['invalid-config'] },
  {
    name: 'gap="auto" and row-height="auto" together (one report)',
    attrs: { gap: 'auto', 'row-height': 'auto' },
    errors: ['invalid-config'],
  },
  { name: 'limit="all"', attrs: { limit: 'all' }, errors: ['invalid-config'] },
  { name: 'layout="mosaic"', attrs: { layout: 'mosaic' }, errors: ['invalid-config'] },
  { name: 'aspect="wide"', attrs: { aspect: 'wide' }, errors: ['invalid-config'] },
  {
    name: 'columns="1e9" (clamped to 24)',
    attrs: { columns: '1e9' },
    errors: [],
    check: (b) => expect(columnsIn(b)).to.equal(COUNT),
  },
  {
    name: 'columns="-3" (clamped to 0 = auto)',
    attrs: { columns: '-3' },
    errors: [],
    check: (b) => expect(columnsIn(b)).to.equal(4),
  },
  {
    name: 'columns="2.6" (rounded to 3)',
    attrs: { columns: '2.6' },
    errors: [],
    check: (b) => expect(columnsIn(b)).to.equal(3),
  },
  { name: 'row-height="Infinity" (clamped to 1200)', attrs: { 'row-height': 'Infinity', columns: '1' }, errors: [] },
  { name: 'row-height="-100" (clamped to 40)', attrs: { 'row-height': '-100', layout: 'justified' }, errors: [] },
  { name: 'row-height="" (clamped to 40)', attrs: { 'row-height': '', layout: 'justified' }, errors: [] },
  { name: 'gap="1e9" (clamped to 100)', attrs: { gap: '1e9' }, errors: [] },
  {
    name: 'gap="-20" (clamped to 0)',
    attrs: { gap: '-20', columns: '3' },
    errors: [],
    check: (b) => expect(b[1].left - b[0].right).to.be.closeTo(0, 0.5),
  },
  { name: 'limit="-1" (all)', attrs: { limit: '-1' }, errors: [] },
  {
    name: 'justified row-height 1e9 (clamped to 1200)',
    attrs: { layout: 'justified', 'row-height': '1e9' },
    errors: [],
    check: (b) => b.forEach((box) => expect(box.height).to.be.at.most(1200)),
  },
  {
    name: 'infinite aspect ratios, grid natural',
    attrs: { aspect: 'natural' },
    sizes: ['1e300,1e-300', '1e-300,1e300', '1e999,1', '1,1e999', '5e-324,1', '1,5e-324'],
    errors: [],
  },
  {
    name: 'infinite aspect ratios, masonry',
    attrs: { layout: 'masonry' },
    sizes: ['1e300,1e-300', '1e-300,1e300', '1e999,1e999', '1,5e-324'],
    errors: [],
  },
  {
    name: 'infinite aspect ratios, justified',
    attrs: { layout: 'justified' },
    sizes: ['1e300,1e-300', '1e-300,1e300', '1e999,1', '1,1e999', '5e-324,1'],
    errors: [],
  },
  {
    name: 'valid attributes (control)',
    attrs: { layout: 'grid', columns: '3', gap: '4', 'row-height': '150' },
    errors: [],
    check: sameHeight(264),
  },
];

/** The JSON body of a gallery whose items have the given `width,height` pairs (raw JSON numbers). */
async function hostileItems(sizes: string[]): Promise<string> {
  const { items } = (await (await fetch(FEED)).json()) as { items: { src: string }[] };
  const rows = sizes.map((size, i) => {
    const [width, height] = size.split(',');
    return `{"src":${JSON.stringify(items[i % items.length].src)},"width":${width},"height":${height},"alt":"Hostile ${i + 1}"}`;
  });
  return `{"items":[${rows.join(',')}]}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('attacks on <dash-gallery> display attributes (issue 16 class 14)', function () {
  this.timeout(20_000);
  afterEach(() => resetBackend());

  for (const attack of ATTACKS) {
    it(`${attack.name}: every item a visible tile, errors ${JSON.stringify(attack.errors)}`, async () => {
      if (attack.sizes)
        await setFaults({
          routes: [
            { method: 'GET', path: '^/demo-data/gallery\\.json$', status: 200, body: await hostileItems(attack.sizes) },
          ],
        });
      const expected = attack.sizes?.length ?? COUNT;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement('dash-gallery') as DashGallery;
      el.setAttribute('source', 'json');
      el.setAttribute('src', attack.sizes ? HOSTILE : FEED);
      for (const [name, value] of Object.entries(attack.attrs)) el.setAttribute(name, value);
      const errors: string[] = [];
      el.addEventListener('dash-error', (e) =>
        errors.push((e as CustomEvent<{ code: string; message: string }>).detail.code),
      );
      wrapper.append(el);
      await until(() => cells(el).length === expected, `${expected} tiles`);
      await sleep(400); // past configSettled(): a report would have come
      expect($(el, '[part=error]'), 'no error state: the tiles show').to.equal(null);
      const boxes = cells(el).map((cell) => cell.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.width, 'tile width').to.be.at.least(2);
        expect(box.height, 'tile height').to.be.at.least(2);
        expect(box.right, 'inside the gallery').to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      attack.check?.(boxes.sort((a, b) => a.top - b.top || a.left - b.left));
      expect(errors).to.deep.equal(attack.errors);
    });
  }

  it('reports nothing when a framework replaces row-height="auto" with a number 10 ms later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('dash-gallery') as DashGallery;
    el.setAttribute('row-height', 'auto');
    const errors: string[] = [];
    el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    wrapper.append(el);
    await sleep(10);
    el.rowHeight = 150;
    el.source = 'json';
    el.src = FEED;
    await until(() => cells(el).length === COUNT, 'tiles');
    await sleep(400);
    expect(errors).to.deep.equal([]);
  });

  it('names the attribute and its value in the report', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('dash-gallery') as DashGallery;
    el.setAttribute('source', 'json');
    el.setAttribute('src', FEED);
    el.setAttribute('row-height', 'auto');
    const messages: string[] = [];
    el.addEventListener('dash-error', (e) => messages.push((e as CustomEvent<{ message: string }>).detail.message));
    wrapper.append(el);
    await until(() => messages.length, 'a report');
    expect(messages[0]).to.contain('row-height="auto"').and.contain('220');
  });
});
