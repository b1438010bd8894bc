import { expect } from '@open-wc/testing';
import {
  aspectOf,
  cellAspect,
  columnCount,
  layOut,
  visibleRange,
  type Box,
  type Layout,
  type LayoutOptions,
} from '../../src/elements/gallery/layout.js';

/** The three layouts by name, as the gallery picks them. */
const computeLayout = (aspects: number[], options: LayoutOptions): Layout => layOut(aspects, options);

/** Varied aspect ratios: landscape, portrait, square, panorama, 16:9, 4:5. */
const aspects = Array.from({ length: 60 }, (_, i) => [1.5, 0.667, 1, 4, 16 / 9, 0.8][i % 6]);
const base: LayoutOptions = { layout: 'grid', width: 800, columns: 0, gap: 8, rowHeight: 200, aspect: 'square' };

function overlaps(a: Box, b: Box): boolean {
  const eps = 0.01;
  return (
    a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps
  );
}

function expectNoOverlap(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i], boxes[j]), `boxes ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

function expectInside(boxes: Box[], width: number, height: number): void {
  for (const box of boxes) {
    expect(box.x).to.be.at.least(-0.01);
    expect(box.x + box.width).to.be.at.most(width + 0.01);
    expect(box.y + box.height).to.be.at.most(height + 0.01);
  }
}

const columnsOf = (boxes: Box[]) => new Set(boxes.map((b) => Math.round(b.x))).size;

describe('gallery layout geometry', () => {
  for (const layout of ['grid', 'masonry', 'justified'] as const) {
    for (const width of [320, 600, 1024, 1440]) {
      it(`${layout} at ${width}px: every item placed, inside the width, no overlaps`, () => {
        const result = computeLayout(aspects, { ...base, layout, width });
        expect(result.boxes).to.have.length(aspects.length);
        expectInside(result.boxes, width, result.height);
        expectNoOverlap(result.boxes);
      });
    }
  }

  it('grid honours `columns` at several widths, with square cells by default', () => {
    for (const [width, columns] of [
      [400, 2],
      [800, 3],
      [1200, 5],
    ]) {
      const { boxes } = computeLayout(aspects, { ...base, width, columns });
      expect(columnsOf(boxes)).to.equal(columns);
      const cell = (width - 8 * (columns - 1)) / columns;
      for (const box of boxes) {
        expect(box.width).to.be.closeTo(cell, 0.01);
        expect(box.height).to.be.closeTo(cell, 0.01);
      }
    }
  });

  it('grid with aspect="natural" keeps each aspect ratio (up to 3:1) and rows do not overlap', () => {
    const { boxes } = computeLayout(aspects, { ...base, aspect: 'natural', columns: 4 });
    boxes.forEach((box, i) => expect(box.width / box.height).to.be.closeTo(cellAspect(aspects[i]), 0.001));
    expectNoOverlap(boxes);
  });

  it('grid and masonry derive columns from their own width when `columns` is 0', () => {
    expect(columnCount(320, 8, 200)).to.equal(2);
    expect(columnCount(1440, 8, 200)).to.equal(7);
    const narrow = computeLayout(aspects, { ...base, layout: 'masonry', width: 320 });
    const wide = computeLayout(aspects, { ...base, layout: 'masonry', width: 1440 });
    expect(columnsOf(narrow.boxes)).to.be.lessThan(columnsOf(wide.boxes));
  });

  it('masonry keeps aspect ratios (a 4:1 panorama capped at 3:1), honours `columns` and balances column heights', () => {
    const { boxes, height } = computeLayout(aspects, { ...base, layout: 'masonry', columns: 4 });
    expect(columnsOf(boxes)).to.equal(4);
    boxes.forEach((box, i) => expect(box.width / box.height).to.be.closeTo(Math.min(3, aspects[i]), 0.001));
    const bottoms = [...new Set(boxes.map((b) => Math.round(b.x)))].map((x) =>
      Math.max(...boxes.filter((b) => Math.round(b.x) === x).map((b) => b.y + b.height)),
    );
    // No column ends lower than the tallest single item below the others.
    expect(height - Math.min(...bottoms)).to.be.at.most(800 / 4 / 0.667 + 8);
  });

  it('justified: full rows fill the width at a height within tolerance of row-height; last row not stretched', () => {
    for (const width of [360, 800, 1280]) {
      const rowHeight = 180;
      const { boxes } = computeLayout(aspects, { ...base, layout: 'justified', width, rowHeight });
      const rows = new Map<number, Box[]>();
      for (const box of boxes) rows.set(Math.round(box.y), [...(rows.get(Math.round(box.y)) ?? []), box]);
      const list = [...rows.values()];
      list.forEach((row, r) => {
        const height = row[0].height;
        row.forEach((box) => expect(box.height).to.be.closeTo(height, 0.01));
        const right = Math.max(...row.map((b) => b.x + b.width));
        if (r < list.length - 1) {
          expect(right, `row ${r} fills the width`).to.be.closeTo(width, 0.5);
          // A lone panorama may be lower; rows of several items stay near the target.
          if (row.length > 1) expect(height).to.be.within(rowHeight * 0.5, rowHeight * 1.5);
        } else {
          expect(height).to.be.at.most(rowHeight + 0.01);
        }
      });
    }
  });

  it('a lone last item in justified keeps row-height instead of filling the width', () => {
    const { boxes } = computeLayout([1.5, 1.5, 1.5, 1], { ...base, layout: 'justified', width: 900, rowHeight: 300 });
    const last = boxes.at(-1)!;
    expect(last.height).to.equal(300);
    expect(last.width).to.equal(300);
  });

  it('justified: a panorama never squashes its row below 70% of row-height; only a lone panorama is cropped', () => {
    const rowHeight = 220;
    const width = 800;
    const mixed = [1.5, 9, 0.8, 1.5, 1, 12, 1.5, 0.667, 1.5];
    const { boxes } = computeLayout(mixed, { ...base, layout: 'justified', width, rowHeight });
    for (const box of boxes) expect(box.height).to.be.at.least(rowHeight * 0.7 - 0.01);
    expectInside(boxes, width, Infinity);
    expectNoOverlap(boxes);
    // Ordinary photos keep their shape; what lost its edges is a panorama.
    boxes.forEach((box, i) => {
      const shown = box.width / box.height;
      if (Math.abs(shown - mixed[i]) < 0.001) return;
      expect(mixed[i], `item ${i} was cropped`).to.be.at.least(4);
      expect(
        boxes.filter((other) => other.y === box.y),
        `item ${i} shares its row`,
      ).to.have.length(1);
    });
    // A 12:1 banner alone: the full width at the capped height.
    const alone = computeLayout([12], { ...base, layout: 'justified', width, rowHeight }).boxes[0];
    expect(alone.height).to.be.closeTo(rowHeight * 0.7, 0.01);
    expect(alone.width).to.be.closeTo(width, 0.01);
  });

  it('infinite, zero and extreme aspect ratios give real tiles (clamped to 1:10 … 10:1)', () => {
    const odd = [
      aspectOf({ width: 1, height: 0 }),
      aspectOf({ width: 1e9, height: 1 }),
      aspectOf({ width: 1, height: 1e9 }),
      aspectOf({}),
    ];
    expect(odd).to.deep.equal([1, 10, 0.1, 1]);
    for (const layout of ['grid', 'masonry', 'justified'] as const) {
      const { boxes } = computeLayout(odd, { ...base, layout, aspect: 'natural' });
      for (const box of boxes) expect(box.width > 1 && box.height > 1 && Number.isFinite(box.height)).to.equal(true);
    }
  });

  it('visibleRange returns only boxes intersecting the window', () => {
    const { boxes } = computeLayout(aspects, { ...base, columns: 4 });
    const visible = visibleRange(boxes, 400, 700);
    expect(visible.length).to.be.greaterThan(0);
    expect(visible.length).to.be.lessThan(boxes.length);
    for (const i of visible) expect(boxes[i].y).to.be.at.most(700);
  });

  it('visibleRange keeps the pinned box (focused tile, lightbox item) in order', () => {
    const { boxes } = computeLayout(aspects, { ...base, columns: 4 });
    const visible = visibleRange(boxes, 0, 100, 50);
    expect(visible).to.include(50);
    expect(visible).to.deep.equal([...visible].sort((a, b) => a - b));
  });
});
