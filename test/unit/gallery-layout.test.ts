// The gallery's layout maths and deep-link parsing, in Node: pure functions, no DOM.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  aspectOf,
  columnCount,
  firstRowCount,
  grid,
  justified,
  layOut,
  masonry,
  MAX_ASPECT,
  MAX_CELL_ASPECT,
  MIN_ROW_SHARE,
  visibleRange,
  type Box,
  type LayoutOptions,
} from '../../src/elements/gallery/layout.js';
import { deepLinkIndex } from '../../src/elements/gallery/deep-link.js';
import { withoutDeepLink } from '../../src/elements/gallery/deep-link-history.js';

const options = (o: Partial<LayoutOptions> = {}): LayoutOptions => ({
  layout: 'grid',
  width: 800,
  columns: 0,
  gap: 8,
  rowHeight: 200,
  aspect: 'square',
  ...o,
});

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 0.01, `${message ?? ''} ${actual} ≉ ${expected}`);

function assertNoOverlap(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap =
        a.x < b.x + b.width - 0.01 &&
        b.x < a.x + a.width - 0.01 &&
        a.y < b.y + b.height - 0.01 &&
        b.y < a.y + a.height - 0.01;
      assert.ok(!overlap, `boxes ${i} and ${j} overlap`);
    }
  }
}

/** Boxes grouped by their `y`, in order. */
function rows(boxes: Box[]): Box[][] {
  const byY = new Map<number, Box[]>();
  for (const box of boxes) byY.set(box.y, [...(byY.get(box.y) ?? []), box]);
  return [...byY.values()];
}

describe('aspectOf', () => {
  it('is width ÷ height, 1 while unknown, clamped to 1:10 … 10:1', () => {
    assert.equal(aspectOf({ width: 300, height: 200 }), 1.5);
    assert.equal(aspectOf({}), 1);
    assert.equal(aspectOf({ width: 300 }), 1);
    assert.equal(aspectOf({ width: 5000, height: 10 }), MAX_ASPECT);
    assert.equal(aspectOf({ width: 10, height: 5000 }), 1 / MAX_ASPECT);
    assert.equal(aspectOf({ width: 1e300, height: 1e-300 }), MAX_ASPECT);
  });
});

describe('grid', () => {
  it('derives the column count from the width and the target cell size, or takes a fixed one', () => {
    assert.equal(columnCount(800, 8, 200), 4);
    assert.equal(columnCount(100, 8, 200), 1);
    assert.equal(columnCount(800, 8, 200, 3), 3);
  });

  it('lays square cells in rows that fill the width', () => {
    const { boxes, height } = grid([1.5, 0.5, 1, 2, 1], options({ width: 800 }));
    const cell = (800 - 3 * 8) / 4;
    assert.equal(boxes.length, 5);
    boxes.forEach((box, i) => {
      close(box.width, cell);
      close(box.height, cell);
      close(box.x, (i % 4) * (cell + 8));
      close(box.y, Math.floor(i / 4) * (cell + 8));
    });
    close(height, 2 * cell + 8);
    assertNoOverlap(boxes);
  });

  it('natural cells keep each aspect ratio; a row is as tall as its tallest cell', () => {
    const { boxes } = grid([2, 0.5, 1, 1, 1], options({ aspect: 'natural', columns: 4 }));
    const cell = (800 - 3 * 8) / 4;
    close(boxes[0].height, cell / 2);
    close(boxes[1].height, cell * 2);
    close(boxes[4].y, cell * 2 + 8);
    assertNoOverlap(boxes);
  });
});

describe('masonry', () => {
  it('puts each item into the shortest column, ties to the left', () => {
    const { boxes, height } = masonry([1, 0.5, 1, 1, 2], options({ columns: 3, width: 316 }));
    // Cells 100 px wide: heights 100, 200, 100, then the two short columns, left first.
    assert.deepEqual(
      boxes.map(({ x, y }) => [x, y]),
      [
        [0, 0],
        [108, 0],
        [216, 0],
        [0, 108],
        [216, 108],
      ],
    );
    close(boxes[4].height, 50);
    close(height, 208);
    assertNoOverlap(boxes);
  });

  it('caps a cell at 1:3 … 3:1: a 1:10 strip is no 3000 px column, a 10:1 banner no sliver', () => {
    const { boxes } = masonry([0.1, 10, 1], options({ columns: 3, width: 916 }));
    // 300 px columns: the strip is 900 px tall (not 3000), the banner 100 px (not 30).
    close(boxes[0].height, 300 * MAX_CELL_ASPECT);
    close(boxes[1].height, 300 / MAX_CELL_ASPECT);
    close(boxes[2].height, 300);
  });

  it('natural grid cells take the same cap', () => {
    const { boxes } = grid([0.1, 10], options({ aspect: 'natural', columns: 2, width: 608 }));
    close(boxes[0].height, 900);
    close(boxes[1].height, 100);
  });
});

describe('justified', () => {
  const aspects = Array.from({ length: 30 }, (_, i) => [1.5, 0.667, 1, 4 / 3, 16 / 9, 0.8][i % 6]);

  it('fills every row but the last exactly, keeping each aspect ratio', () => {
    const { boxes } = justified(aspects, options({ layout: 'justified' }));
    const all = rows(boxes);
    for (const row of all.slice(0, -1)) {
      const last = row[row.length - 1];
      close(last.x + last.width, 800, 'row end');
    }
    boxes.forEach((box, i) => close(box.width / box.height, aspects[i], `aspect of ${i}`));
    // The last row keeps the target height rather than stretching.
    assert.ok(all[all.length - 1][0].height <= 200 + 0.01);
    assertNoOverlap(boxes);
  });

  /** Photos with a 6:1 panorama in the middle, as a travel gallery has them. */
  const withPanorama = [1.5, 0.667, 1.5, 1, 6, 1.5, 0.8, 1.5, 4 / 3, 1.5];

  for (const width of [390, 800, 1280]) {
    it(`a 6:1 panorama at ${width} px: no row lower than ${MIN_ROW_SHARE} × row-height; only a panorama alone in its row is cropped`, () => {
      const rowHeight = 220;
      const { boxes } = justified(withPanorama, options({ layout: 'justified', width, rowHeight }));
      for (const row of rows(boxes)) {
        assert.ok(row[0].height >= rowHeight * MIN_ROW_SHARE - 0.01, `row at ${row[0].y} is ${row[0].height} px`);
        const right = row[row.length - 1].x + row[row.length - 1].width;
        assert.ok(right <= width + 0.01, 'inside the width');
      }
      boxes.forEach((box, i) => {
        const shown = box.width / box.height;
        if (Math.abs(shown - withPanorama[i]) < 0.001) return;
        // Cropped: a lone item filling the width at the lowest row height.
        assert.equal(rows(boxes).find((row) => row.includes(box))!.length, 1, `item ${i} cropped beside others`);
        close(box.width, width, `cropped item ${i} fills the width`);
        close(box.height, rowHeight * MIN_ROW_SHARE, `cropped item ${i} height`);
      });
      assertNoOverlap(boxes);
    });
  }

  it('at 1280 px a 6:1 panorama keeps its whole picture (a row of its own is high enough)', () => {
    const { boxes } = justified(withPanorama, options({ layout: 'justified', width: 1280, rowHeight: 220 }));
    close(boxes[4].width / boxes[4].height, 6);
  });

  it('a panorama alone is cropped to the full width at the lowest row height, not a strip', () => {
    const { boxes } = justified([MAX_ASPECT], options({ layout: 'justified', rowHeight: 200 }));
    close(boxes[0].height, 200 * MIN_ROW_SHARE);
    close(boxes[0].width, 800);
  });

  it('a panorama never shares a row that it would push below the minimum', () => {
    const mixed = [1.5, 1.5, MAX_ASPECT, 1.5, 0.667, 1, 1.5];
    const { boxes } = justified(mixed, options({ layout: 'justified', rowHeight: 200 }));
    const panoramaRow = rows(boxes).find((row) => row.includes(boxes[2]))!;
    assert.equal(panoramaRow.length, 1);
    for (const box of boxes) assert.ok(box.height >= 200 * MIN_ROW_SHARE - 0.01, 'not squashed');
    assertNoOverlap(boxes);
  });

  it('unsized items are squares until measured', () => {
    const unsized = [{}, { width: 400, height: 200 }, {}].map(aspectOf);
    const { boxes } = justified(unsized, options({ layout: 'justified', width: 2000 }));
    close(boxes[0].width, boxes[0].height);
    close(boxes[1].width, 2 * boxes[1].height);
  });
});

describe('layOut', () => {
  it('picks the layout by name, and places nothing without items or width', () => {
    const aspects = [1, 2, 0.5];
    assert.deepEqual(layOut(aspects, options({ layout: 'masonry' })), masonry(aspects, options()));
    assert.deepEqual(layOut(aspects, options({ layout: 'justified' })), justified(aspects, options()));
    assert.deepEqual(layOut([], options()), { boxes: [], height: 0 });
    assert.deepEqual(layOut(aspects, options({ width: 0 })), { boxes: [], height: 0 });
  });

  it('counts the first row', () => {
    assert.equal(firstRowCount(grid([1, 1, 1, 1, 1, 1], options({ columns: 4 })).boxes), 4);
    assert.equal(firstRowCount([]), 0);
  });
});

describe('visibleRange (windowing)', () => {
  const boxes = grid(
    Array.from({ length: 100 }, () => 1),
    options({ columns: 4, width: 424 }),
  ).boxes; // rows of 100 px cells, every 108 px

  it('is the boxes intersecting the slice, ascending', () => {
    assert.deepEqual(visibleRange(boxes, 0, 100), [0, 1, 2, 3]);
    assert.deepEqual(visibleRange(boxes, 210, 300), [8, 9, 10, 11]);
    assert.deepEqual(visibleRange(boxes, 200, 300), [4, 5, 6, 7, 8, 9, 10, 11]);
    assert.deepEqual(visibleRange(boxes, 5000, 6000), []);
  });

  it('keeps the pinned box although it is outside', () => {
    assert.deepEqual(visibleRange(boxes, 0, 100, 50), [0, 1, 2, 3, 50]);
    assert.deepEqual(visibleRange(boxes, 0, 100, 2), [0, 1, 2, 3]);
  });

  it('works on masonry boxes, which are not sorted by y', () => {
    // The 1:3 cell spans 0–300 in the left column; the right one stacks three squares.
    const { boxes: m } = masonry([1 / 3, 1, 1, 1, 1], options({ columns: 2, width: 208 }));
    assert.deepEqual(visibleRange(m, 250, 260), [0, 3]);
    assert.deepEqual(visibleRange(m, 301, 305), [3]);
  });
});

describe('deep links', () => {
  it('reads dash-gallery=<id>:<n> (1-based) for its own gallery only', () => {
    assert.equal(deepLinkIndex('#dash-gallery=summer:3', 'summer'), 2);
    assert.equal(deepLinkIndex('#dash-gallery=summer:3', 'winter'), undefined);
    assert.equal(deepLinkIndex('', 'summer'), undefined);
  });

  it('finds it after a hash router path and its query', () => {
    assert.equal(deepLinkIndex('#/products/42?tab=photos&dash-gallery=summer:4', 'summer'), 3);
    assert.equal(deepLinkIndex('#/products/42?dash-gallery=summer:1', 'summer'), 0);
  });

  it('decodes the id and splits at the last colon', () => {
    assert.equal(deepLinkIndex(`#dash-gallery=${encodeURIComponent('a:b c')}:2`, 'a:b c'), 1);
  });

  it('refuses items that are no whole number ≥ 1, and malformed escapes', () => {
    for (const item of ['0', '-1', '1.5', 'x', '']) {
      assert.equal(deepLinkIndex(`#dash-gallery=summer:${item}`, 'summer'), undefined, item);
    }
    assert.equal(deepLinkIndex('#dash-gallery=%E0%A4%A:1', '%E0%A4%A'), undefined);
  });

  it('still opens the earlier form dash-gallery=<id>&item=<n>', () => {
    assert.equal(deepLinkIndex('#dash-gallery=summer&item=5', 'summer'), 4);
  });

  it('removing the link leaves the host page its own hash exactly', () => {
    assert.equal(withoutDeepLink('/products/42?tab=photos&dash-gallery=summer:4'), '/products/42?tab=photos');
    assert.equal(withoutDeepLink('dash-gallery=summer:4&tab=photos'), 'tab=photos');
    assert.equal(withoutDeepLink('/p?dash-gallery=summer:4&tab=photos'), '/p?tab=photos');
    assert.equal(withoutDeepLink('dash-gallery=summer&item=5'), '');
    assert.equal(withoutDeepLink('/products/42'), '/products/42');
  });
});
