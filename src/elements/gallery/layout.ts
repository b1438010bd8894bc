/**
 * Gallery geometry as pure functions: item aspect ratios + container width in, one box per item
 * out. Every box is known before any image loads, which is what makes the gallery free of layout
 * shift and lets the virtualizer know where items are without rendering them.
 *
 * Grid and masonry are here, in the gallery's first load; justified, the largest, is in
 * justified.ts, loaded the first time a gallery uses it.
 */

export type LayoutName = 'grid' | 'masonry' | 'justified';

export interface LayoutOptions {
  layout: LayoutName;
  /** Inner width of the gallery in CSS pixels. */
  width: number;
  /** Fixed column count for grid and masonry; 0 = derive from `width` and `rowHeight`. */
  columns: number;
  gap: number;
  /** Target row height (justified) and target cell size (grid, masonry). */
  rowHeight: number;
  /** Grid only: square cells (cropped) or cells keeping each item's aspect ratio. */
  aspect: 'square' | 'natural';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  boxes: Box[];
  height: number;
}

/** Widest and tallest aspect ratio a tile takes; beyond them the image is cropped to fit. */
export const MAX_ASPECT = 10;

/**
 * Width ÷ height, or 1 while the size is unknown (a square until the image is measured). Clamped
 * to 1:10 … 10:1, so a sliver of a banner never becomes a tile of no height or no width.
 */
export function aspectOf(item: { width?: number; height?: number }): number {
  const aspect = item.width && item.height ? item.width / item.height : 1;
  // An infinite ratio (1e300 × 1e-300) is as wide as a tile gets; only NaN is unknown.
  return Number.isNaN(aspect) ? 1 : Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, aspect));
}

/** Columns that fit `width` with cells close to `target` px, at least one. */
export function columnCount(width: number, gap: number, target: number, fixed = 0): number {
  if (fixed > 0) return Math.floor(fixed);
  return Math.max(1, Math.round((width + gap) / (target + gap)));
}

function columnWidth(width: number, gap: number, columns: number): number {
  return Math.max(1, (width - gap * (columns - 1)) / columns);
}

export type LayoutFunction = (aspects: number[], options: LayoutOptions) => Layout;

export function grid(aspects: number[], o: LayoutOptions): Layout {
  const columns = columnCount(o.width, o.gap, o.rowHeight, o.columns);
  const cell = columnWidth(o.width, o.gap, columns);
  const boxes: Box[] = [];
  let y = 0;
  for (let start = 0; start < aspects.length; start += columns) {
    const row = aspects.slice(start, start + columns);
    // Natural cells share the row's tallest height so rows never overlap.
    const heights = row.map((aspect) => (o.aspect === 'natural' ? cell / aspect : cell));
    row.forEach((_, i) =>
      boxes.push({ x: i * (cell + o.gap), y, width: cell, height: heights[i] }),
    );
    y += Math.max(...heights) + o.gap;
  }
  return { boxes, height: Math.max(0, y - o.gap) };
}

export function masonry(aspects: number[], o: LayoutOptions): Layout {
  const columns = columnCount(o.width, o.gap, o.rowHeight, o.columns);
  const cell = columnWidth(o.width, o.gap, columns);
  const bottoms = new Array<number>(columns).fill(0);
  const boxes = aspects.map((aspect) => {
    // The shortest column takes the next item; ties go left, so reading order stays natural.
    const column = bottoms.indexOf(Math.min(...bottoms));
    const box = { x: column * (cell + o.gap), y: bottoms[column], width: cell, height: cell / aspect };
    bottoms[column] += box.height + o.gap;
    return box;
  });
  return { boxes, height: Math.max(0, Math.max(...bottoms) - o.gap) };
}

/** `layout` applied to `aspects`; nothing to place without items or without a width. */
export function layOut(layout: LayoutFunction, aspects: number[], options: LayoutOptions): Layout {
  return aspects.length && options.width > 0 ? layout(aspects, options) : { boxes: [], height: 0 };
}

/** How many boxes sit in the first row (they load eagerly, with high priority). */
export function firstRowCount(boxes: Box[]): number {
  let count = 0;
  while (count < boxes.length && boxes[count].y === 0) count++;
  return count;
}
