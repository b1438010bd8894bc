// The carousel's geometry, in Node: one row at the row height, items keeping their (clamped)
// aspect ratio, the first row's eager images only those starting in view, windowing along the row.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  carousel,
  firstRowCount,
  layOut,
  MAX_CELL_ASPECT,
  MAX_VIEW_SHARE,
  placeholderLayout,
  rowEnd,
  visibleRange,
  type LayoutOptions,
} from '../../src/elements/gallery/layout.js';
import { readDisplayOptions } from '../../src/elements/gallery/display-options.js';

const options = (o: Partial<LayoutOptions> = {}): LayoutOptions => ({
  layout: 'carousel',
  width: 800,
  columns: 0,
  gap: 8,
  rowHeight: 200,
  aspect: 'square',
  ...o,
});

describe('carousel layout', () => {
  it('puts every item in one row at the row height, in order, gap apart', () => {
    const { boxes, height } = layOut([1.5, 1, 0.75, 2], options());
    assert.equal(height, 200);
    assert.deepEqual(
      boxes.map((b) => [b.y, b.height]),
      boxes.map(() => [0, 200]),
    );
    assert.deepEqual(
      boxes.map((b) => b.width),
      [300, 200, 150, 400],
    );
    assert.deepEqual(
      boxes.map((b) => b.x),
      [0, 308, 516, 674],
    );
    assert.equal(rowEnd(boxes), 1074);
  });

  it('clamps aspect ratios as masonry cells do, and leaves room in view for the next tile to peek in', () => {
    const { boxes } = carousel([10, 0.1, 3], options({ width: 500 }));
    assert.equal(boxes[0].width, 500 * MAX_VIEW_SHARE, 'a 10:1 panorama: 3:1 at 200 px is 600, clamped');
    assert.ok(Math.abs(boxes[1].width - 200 / MAX_CELL_ASPECT) < 0.01, 'a 1:10 strip shows at 1:3');
    assert.equal(boxes[2].width, 500 * MAX_VIEW_SHARE);
  });

  it('has no boxes without items or width; the height of one row is known before any image', () => {
    assert.deepEqual(layOut([], options()), { boxes: [], height: 0 });
    assert.deepEqual(layOut([1], options({ width: 0 })), { boxes: [], height: 0 });
    assert.equal(layOut([1, 1], options({ rowHeight: 320 })).height, 320);
  });

  it('loads eagerly only the tiles that start in view; other layouts keep their whole first row', () => {
    const { boxes } = carousel([1, 1, 1, 1, 1, 1], options({ width: 500 }));
    assert.equal(firstRowCount(boxes, 500), 3, 'starts at 0, 208, 416');
    assert.equal(firstRowCount(boxes), 6, 'without a width: the whole row');
    const grid = layOut([1, 1, 1, 1, 1, 1], options({ layout: 'grid' }));
    assert.equal(firstRowCount(grid.boxes, 800), firstRowCount(grid.boxes));
  });

  it('windows along the row', () => {
    const { boxes } = carousel(new Array(20).fill(1), options());
    // 208 px per tile: [1000, 1500] touches tiles 4 (832–1032) to 7 (1456–1656).
    assert.deepEqual(visibleRange(boxes, 1000, 1500, -1, true), [4, 5, 6, 7]);
    assert.deepEqual(visibleRange(boxes, 1000, 1500, 15, true), [4, 5, 6, 7, 15], 'the pinned tile too');
    assert.equal(visibleRange(boxes, 0, 500).length, 20, 'by height, the one row is all in view');
  });

  it('shows one row of placeholders, whatever the row count asked', () => {
    const { boxes, height } = placeholderLayout(options());
    assert.equal(height, 200);
    assert.ok(boxes.length > 0 && boxes.every((b) => b.y === 0 && b.height === 200));
    assert.ok(rowEnd(boxes) <= 800 + 0.01, 'inside the view: nothing scrolls the page sideways');
    assert.equal(placeholderLayout(options({ width: 0 })).height, 200);
  });

  it('is a layout name the attribute accepts', () => {
    const display = readDisplayOptions({ layout: 'carousel' } as never);
    assert.equal(display.layout, 'carousel');
    assert.deepEqual(display.problems, []);
  });
});
