/**
 * Issue 16 class 9 for <dash-gallery>: items sharing an id lost tiles (12 items → 7 tiles while
 * `aria-setsize` said 12) because cells were keyed by id alone. Cells are keyed by id plus a
 * repeat count now; these rows try ids that collide in other ways too (an id that looks like a
 * repeat key, prototype names, empty and numeric ids, a missing id that falls back to the index).
 *
 * Every row: as many tiles as items, each with its own image, `aria-setsize` the item count, and
 * the lightbox reaches the last item. One row per attack: adding one is one line in ATTACKS.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../../support/backend.js';
import { $, cells, counterText, key, mount, nextEvent, openAt, pswp, until } from '../../gallery/helpers.js';

interface Attack {
  name: string;
  /** The items' ids as raw JSON values (`null` leaves the id out). */
  ids?: unknown[];
  /** Or a feed of the backend: `unsized.json?count=C&dupes=D`. */
  feed?: { count: number; dupes: number };
}

const ATTACKS: Attack[] = [
  { name: '12 items sharing 3 ids (the reported case)', feed: { count: 12, dupes: 3 } },
  { name: '12 items sharing one id', feed: { count: 12, dupes: 1 } },
  { name: '150 items sharing 7 ids (windowed)', feed: { count: 150, dupes: 7 } },
  { name: 'an id that looks like a repeat key', ids: ['x', 'x', 'x\u00001', 'x\u00001', '1:x', '0:x'] },
  {
    name: 'prototype names',
    ids: ['__proto__', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__'],
  },
  { name: 'empty, blank and missing ids', ids: ['', '', ' ', null, null, ''] },
  { name: 'numeric ids equal to string ids and to indexes', ids: [1, '1', 1, null, '3', 3] },
  { name: 'very long equal ids', ids: ['a'.repeat(5000), 'a'.repeat(5000), 'a'.repeat(5001)] },
];

/** The JSON body of a gallery whose items have these ids and the feed's images. */
async function itemsWithIds(ids: unknown[]): Promise<string> {
  const { items } = (await (await fetch(`${apiBase}/demo-data/unsized.json?count=${ids.length}&missing=0`)).json()) as {
    items: { src: string }[];
  };
  return JSON.stringify({
    items: ids.map((id, i) => ({ ...(id === null ? {} : { id }), src: items[i].src, alt: `Item ${i + 1}` })),
  });
}

describe('attacks on <dash-gallery> item ids (issue 16 class 9)', function () {
  this.timeout(30_000);
  afterEach(() => resetBackend());

  for (const attack of ATTACKS) {
    it(`${attack.name}: one tile and one slide per item`, async () => {
      let src = `${apiBase}/demo-data/gallery.json`;
      let count: number;
      if (attack.feed) {
        ({ count } = attack.feed);
        src = `${apiBase}/demo-data/unsized.json?count=${count}&missing=0&dupes=${attack.feed.dupes}`;
      } else {
        count = attack.ids!.length;
        await setFaults({
          routes: [
            { method: 'GET', path: '^/demo-data/gallery\\.json$', status: 200, body: await itemsWithIds(attack.ids!) },
          ],
        });
      }
      const el = await mount({ attrs: { source: 'json', src } });
      expect(el.items.length, 'items read').to.equal(count);
      const rendered = () => cells(el).filter((cell) => cell.querySelector('img'));
      // A windowed gallery renders what is near the viewport: every rendered tile its own item.
      await until(() => rendered().length === Math.min(count, 60) || rendered().length >= 20, 'tiles');
      const positions = cells(el).map((cell) => cell.getAttribute('aria-posinset'));
      expect(new Set(positions).size, 'no two cells for one position').to.equal(positions.length);
      const alts = rendered().map((cell) => cell.querySelector('img')!.alt);
      expect(new Set(alts).size, 'each tile its own item').to.equal(alts.length);
      for (const cell of cells(el)) expect(cell.getAttribute('aria-setsize')).to.equal(String(count));
      if (count <= 60) expect(cells(el).length, 'every item a tile').to.equal(count);
      // The lightbox counts every item and reaches the last one.
      await openAt(el, 1);
      expect(counterText(el)).to.equal(`1 of ${count}`);
      key('ArrowLeft'); // PhotoSwipe loops: the last item
      await until(() => counterText(el) === `${count} of ${count}`, 'the last item');
      const closed = nextEvent(el, 'dash-lightbox-close');
      key('Escape');
      await closed;
      await until(() => !pswp(el), 'closed');
      // Focus returned to the last item's own tile.
      await until(() => $(el, `.cell[aria-posinset="${count}"]`), 'the last tile');
    });
  }
});
