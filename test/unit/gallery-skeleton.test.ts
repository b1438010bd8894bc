// The gallery's loading placeholders (issue 18): laid out as the first rows will be, in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { columnCount, placeholderLayout, type LayoutOptions } from '../../src/elements/gallery/layout.js';

const base: LayoutOptions = { layout: 'grid', width: 800, columns: 0, gap: 8, rowHeight: 200, aspect: 'square' };

describe('placeholderLayout', () => {
  it('grid: two rows of square cells, fixed or derived columns, square even when natural', () => {
    const fixed = placeholderLayout({ ...base, columns: 4, aspect: 'natural' });
    const cell = (800 - 3 * 8) / 4;
    assert.equal(fixed.boxes.length, 8);
    assert.ok(fixed.boxes.every((box) => box.width === cell && box.height === cell));
    assert.equal(fixed.height, 2 * cell + 8);
    const derived = placeholderLayout(base);
    assert.equal(derived.boxes.length, 2 * columnCount(800, 8, 200));
  });

  it('justified: rows of row-height filling the width', () => {
    const { boxes, height } = placeholderLayout({ ...base, layout: 'justified', rowHeight: 180 });
    assert.equal(height, 2 * 180 + 8);
    assert.ok(boxes.every((box) => box.height === 180));
    const firstRow = boxes.filter((box) => box.y === 0);
    const last = firstRow.at(-1)!;
    assert.ok(Math.abs(last.x + last.width - 800) < 1e-6, 'the row fills the width');
    assert.equal(boxes.length, 2 * firstRow.length);
  });

  it('masonry: two tiles per column, uneven, about row-height each', () => {
    const { boxes, height } = placeholderLayout({ ...base, layout: 'masonry' });
    const columns = columnCount(800, 8, 200);
    assert.equal(boxes.length, 2 * columns);
    assert.equal(new Set(boxes.map((box) => box.x)).size, columns);
    assert.ok(new Set(boxes.map((box) => box.height)).size > 1, 'uneven heights');
    assert.ok(height > 2 * 150 && height < 2 * 260);
  });

  it('no width yet: no boxes, the height of two rows still reserved; no rows: nothing', () => {
    assert.deepEqual(placeholderLayout({ ...base, width: 0 }), { boxes: [], height: 2 * 200 + 8 });
    assert.deepEqual(placeholderLayout(base, 0), { boxes: [], height: 0 });
  });
});
