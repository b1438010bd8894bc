// Where the gallery's keys move focus (issue 19 item 5): pure geometry over laid-out boxes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { grid, justified, masonry, type LayoutOptions } from '../../src/elements/gallery/layout.js';
import { tileForKey } from '../../src/elements/gallery/tile-keys.js';

const options = (o: Partial<LayoutOptions> = {}): LayoutOptions => ({
  layout: 'grid',
  width: 800,
  columns: 4,
  gap: 8,
  rowHeight: 200,
  aspect: 'square',
  ...o,
});

describe('tileForKey', () => {
  const { boxes } = grid(new Array(10).fill(1), options());

  it('grid: left/right by item, up/down by row in the same column, Home/End', () => {
    assert.equal(tileForKey(boxes, 5, 'ArrowLeft', 600), 4);
    assert.equal(tileForKey(boxes, 5, 'ArrowRight', 600), 6);
    assert.equal(tileForKey(boxes, 5, 'ArrowUp', 600), 1);
    assert.equal(tileForKey(boxes, 5, 'ArrowDown', 600), 9);
    assert.equal(tileForKey(boxes, 5, 'Home', 600), 0);
    assert.equal(tileForKey(boxes, 5, 'End', 600), 9);
  });

  it('stays put at the edges and ignores other keys', () => {
    assert.equal(tileForKey(boxes, 0, 'ArrowLeft', 600), undefined);
    assert.equal(tileForKey(boxes, 9, 'ArrowRight', 600), undefined);
    assert.equal(tileForKey(boxes, 1, 'ArrowUp', 600), undefined);
    assert.equal(tileForKey(boxes, 0, 'Home', 600), undefined);
    assert.equal(tileForKey(boxes, 3, 'a', 600), undefined);
    assert.equal(tileForKey(boxes, 3, 'toString', 600), undefined);
    assert.equal(tileForKey([], 0, 'End', 600), undefined);
  });

  it('grid: down from a column the short last row lacks goes to the nearest tile of that row', () => {
    // Row 3 holds items 8 and 9; item 7 is in column 4.
    assert.equal(tileForKey(boxes, 7, 'ArrowDown', 600), 9);
  });

  it('PageDown/PageUp: about a page away in the same column, the last of the column past the end', () => {
    const { boxes: many } = grid(new Array(400).fill(1), options());
    // Cells are 194 px high + 8 px gap: 1000 px is about five rows.
    assert.equal(tileForKey(many, 1, 'PageDown', 1000), 1 + 5 * 4);
    assert.equal(tileForKey(many, 21, 'PageUp', 1000), 1);
    assert.equal(tileForKey(many, 389, 'PageDown', 1000), 397);
  });

  it('masonry: down stays in the column while it has a tile below', () => {
    const { boxes: columns } = masonry([1, 0.5, 2, 1, 1, 0.7, 1.5, 1], options({ columns: 3 }));
    for (let i = 0; i < columns.length; i++) {
      const below = tileForKey(columns, i, 'ArrowDown', 600);
      const inColumn = columns.some((b) => b.x === columns[i].x && b.y > columns[i].y);
      if (!inColumn) continue;
      assert.notEqual(below, undefined);
      assert.equal(columns[below!].x, columns[i].x, `item ${i} down went to another column`);
      assert.ok(columns[below!].y > columns[i].y);
    }
  });

  it('justified: down goes to the next row, to the tile under (or nearest to) the centre', () => {
    const aspects = [1.5, 0.7, 1, 1.33, 2, 0.8, 1.5, 1, 1.2, 0.9, 1.6, 1];
    const { boxes: rows } = justified(aspects, options({ layout: 'justified' }));
    const rowOf = (i: number) => rows[i].y;
    for (let i = 0; i < rows.length; i++) {
      const below = tileForKey(rows, i, 'ArrowDown', 600);
      if (below === undefined) continue;
      const nextRow = Math.min(...rows.filter((b) => b.y > rowOf(i)).map((b) => b.y));
      assert.equal(rowOf(below), nextRow, `item ${i} skipped a row`);
      const centre = rows[i].x + rows[i].width / 2;
      assert.ok(rows[below].x - 8 <= centre && rows[below].x + rows[below].width + 8 >= centre);
    }
  });
});
