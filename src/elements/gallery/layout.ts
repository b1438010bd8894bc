/**
 * Gallery geometry as pure functions: item aspect ratios + container width in, one box per item
 * out. Every box is known before any image loads, which is what makes the gallery free of layout
 * shift and lets the window know where items are without rendering them.
 */

export type LayoutName = 'grid' | 'masonry' | 'justified' | 'carousel';

export interface LayoutOptions {
  layout: LayoutName;
  /** Inner width of the gallery in CSS pixels. */
  width: number;
  /** Fixed column count for grid and masonry; 0 = derive from `width` and `rowHeight`. */
  columns: number;
  gap: number;
  /** Target row height (justified), the row's height (carousel) and target cell size (grid, masonry). */
  rowHeight: number;
  /** Grid only: square cells (cropped) or cells keeping each item's aspect ratio. */
  aspect: 'square' | 'natural';
}

export interface Box {
  /** From the inline start: the left edge left to right, the right edge right to left. */
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

/**
 * Masonry cells (and natural grid cells) are never wider than 3:1 or taller than 1:3; beyond that
 * the image is cropped to fit. A 1:10 strip in a 300 px column would be a 3000 px cell, a 10:1
 * banner a 30 px sliver.
 */
export const MAX_CELL_ASPECT = 3;

/** `aspect` clamped to what a column's cell shows (1:3 … 3:1). */
export function cellAspect(aspect: number): number {
  return Math.min(MAX_CELL_ASPECT, Math.max(1 / MAX_CELL_ASPECT, aspect));
}

/** Columns that fit `width` with cells close to `target` px, at least one. */
export function columnCount(width: number, gap: number, target: number, fixed = 0): number {
  if (fixed > 0) return Math.floor(fixed);
  return Math.max(1, Math.round((width + gap) / (target + gap)));
}

function columnWidth(width: number, gap: number, columns: number): number {
  return Math.max(1, (width - gap * (columns - 1)) / columns);
}

export function grid(aspects: number[], o: LayoutOptions): Layout {
  const columns = columnCount(o.width, o.gap, o.rowHeight, o.columns);
  const cell = columnWidth(o.width, o.gap, columns);
  const boxes: Box[] = [];
  let y = 0;
  for (let start = 0; start < aspects.length; start += columns) {
    const row = aspects.slice(start, start + columns);
    // Natural cells share the row's tallest height so rows never overlap.
    const heights = row.map((aspect) => (o.aspect === 'natural' ? cell / cellAspect(aspect) : cell));
    row.forEach((_, i) => boxes.push({ x: i * (cell + o.gap), y, width: cell, height: heights[i] }));
    y += Math.max(...heights) + o.gap;
  }
  return { boxes, height: Math.max(0, y - o.gap) };
}

export function masonry(aspects: number[], o: LayoutOptions): Layout {
  const columns = columnCount(o.width, o.gap, o.rowHeight, o.columns);
  const cell = columnWidth(o.width, o.gap, columns);
  const bottoms = new Array<number>(columns).fill(0);
  const boxes = aspects.map((aspect) => {
    // The shortest column takes the next item; ties go to the line's start, so reading order stays natural.
    const column = bottoms.indexOf(Math.min(...bottoms));
    const box = { x: column * (cell + o.gap), y: bottoms[column], width: cell, height: cell / cellAspect(aspect) };
    bottoms[column] += box.height + o.gap;
    return box;
  });
  return { boxes, height: Math.max(0, Math.max(...bottoms) - o.gap) };
}

/** Most items one justified row may hold (bounds the row-breaking search). */
const MAX_ROW = 24;

/**
 * A justified row is never lower than this share of `rowHeight`. A row that would be lower is not
 * allowed to hold more than one item, so a panorama that would squash its neighbours into a thin
 * strip gets a row of its own instead, shown at this height across the full width and cropped
 * (object-fit: cover) at its ends. Flickr's justified-layout clamps rows the same way
 * (`edgeCaseMinRowHeight`, half the target there) but crops every item of the row; giving the
 * panorama its own row keeps its neighbours whole and crops it the least.
 */
export const MIN_ROW_SHARE = 0.7;

/**
 * Justified rows: items keep their aspect ratio and each full row fills the width exactly. Row
 * breaks minimise the squared log-ratio of every row's height to `rowHeight` over the whole
 * gallery (dynamic programming, like TeX's line breaking), so one panorama does not squash a
 * row the way greedy filling does. Rows of several items stay at `MIN_ROW_SHARE` of `rowHeight` or
 * higher; a single item too wide for that is cropped to the full width at that height. The last
 * row keeps `rowHeight` rather than stretching.
 */
export function justified(aspects: number[], o: LayoutOptions): Layout {
  const n = aspects.length;
  const lowest = o.rowHeight * MIN_ROW_SHARE;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const breakAt = new Int32Array(n + 1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    let sum = 0;
    for (let start = end - 1; start >= Math.max(0, end - MAX_ROW); start--) {
      sum += aspects[start];
      const fitted = (o.width - o.gap * (end - start - 1)) / sum;
      // Too low for several items: adding more only makes it lower.
      if (fitted < lowest && end - start > 1) break;
      const height = Math.max(fitted, lowest);
      // Log distance: a row half as tall is as bad as one twice as tall.
      const penalty = end === n && height >= o.rowHeight ? 0 : Math.log(height / o.rowHeight) ** 2;
      if (cost[start] + penalty < cost[end]) {
        cost[end] = cost[start] + penalty;
        breakAt[end] = start;
      }
    }
  }
  const rows: [number, number][] = [];
  for (let end = n; end > 0; end = breakAt[end]) rows.unshift([breakAt[end], end]);

  const boxes: Box[] = [];
  let y = 0;
  for (const [start, end] of rows) {
    const row = aspects.slice(start, end);
    const available = o.width - o.gap * (row.length - 1);
    // The height at which the row fills the width exactly.
    const fitted = available / row.reduce((sum, a) => sum + a, 0);
    const height = Math.max(end === n ? Math.min(o.rowHeight, fitted) : fitted, lowest);
    let x = 0;
    for (const aspect of row) {
      // Only a lone item can be below `lowest` when fitted: it is cropped to the width.
      const width = Math.min(aspect * height, available);
      boxes.push({ x, y, width, height });
      x += width + o.gap;
    }
    y += height + o.gap;
  }
  return { boxes, height: Math.max(0, y - o.gap) };
}

/**
 * The widest a carousel tile is, as a share of the view: on a phone the next tile peeks in,
 * saying the row goes on.
 */
export const MAX_VIEW_SHARE = 0.85;

/**
 * One row at `rowHeight`, scrolled sideways: each item keeps its aspect ratio, clamped as a masonry
 * cell's (1:3 … 3:1) and to `MAX_VIEW_SHARE` of the view (cropped beyond).
 */
export function carousel(aspects: number[], o: LayoutOptions): Layout {
  let x = 0;
  const widest = o.width * MAX_VIEW_SHARE;
  const boxes = aspects.map((aspect) => {
    const box = { x, y: 0, width: Math.min(widest, cellAspect(aspect) * o.rowHeight), height: o.rowHeight };
    x += box.width + o.gap;
    return box;
  });
  return { boxes, height: o.rowHeight };
}

/** How far the boxes reach along the row (a carousel's scroll width). */
export function rowEnd(boxes: Box[]): number {
  // A loop, not Math.max(...spread): it runs on every scroll frame of a row of up to 10 000 items.
  let end = 0;
  for (const box of boxes) end = Math.max(end, box.x + box.width);
  return end;
}

const layouts = { grid, masonry, justified, carousel };

/** `options.layout` applied to `aspects`; nothing to place without items or without a width. */
export function layOut(aspects: number[], options: LayoutOptions): Layout {
  return aspects.length && options.width > 0 ? layouts[options.layout](aspects, options) : { boxes: [], height: 0 };
}

/**
 * How many boxes sit in the first row and start within `width` (they load eagerly, with high
 * priority); a carousel's row goes on past the view, where images load lazily.
 */
export function firstRowCount(boxes: Box[], width = Infinity): number {
  let count = 0;
  while (count < boxes.length && boxes[count].y === 0 && boxes[count].x < width) count++;
  return count;
}

/**
 * Indexes of boxes intersecting [top, bottom] (container coordinates), plus `pinned`, ascending;
 * `across`: [start, end] along the row instead (a carousel). Linear on purpose: masonry boxes are
 * not sorted by `y`, and 10,000 comparisons per frame cost well under 1 ms.
 */
export function visibleRange(boxes: Box[], top: number, bottom: number, pinned = -1, across = false): number[] {
  const visible: number[] = [];
  boxes.forEach((box, i) => {
    const [start, size] = across ? [box.x, box.width] : [box.y, box.height];
    if ((start <= bottom && start + size >= top) || i === pinned) visible.push(i);
  });
  return visible;
}

/** Rows of placeholder tiles shown while the data loads: what the first screen mostly holds. */
export const PLACEHOLDER_ROWS = 2;

/**
 * Masonry placeholders alternate these aspect ratios, so the skeleton reads as masonry (uneven
 * columns) while every column stays close to `rowHeight` per tile.
 */
const MASONRY_PLACEHOLDER_ASPECTS = [1, 0.8, 1.25];

/** A justified placeholder tile is 3:2, the most common photo shape. */
const JUSTIFIED_PLACEHOLDER_ASPECT = 1.5;

/**
 * The boxes of the placeholder tiles shown while the data loads, in the gallery's own layout:
 * `rows` rows of grid cells (square; natural grid cells are unknown, so square too), `rows`
 * tiles per masonry column, or `rows` justified rows of 3:2 tiles at `rowHeight`. Reserving this
 * height keeps whatever follows the gallery from being pushed down when the tiles arrive.
 * Without a width, no boxes but the height of `rows` rows of `rowHeight`.
 */
export function placeholderLayout(o: LayoutOptions, rows = PLACEHOLDER_ROWS): Layout {
  if (rows <= 0) return { boxes: [], height: 0 };
  // A carousel has one row whatever `rows` says: it shows as one justified row of 3:2 tiles.
  if (o.layout === 'carousel') rows = 1;
  // No width yet (a hidden container): no tiles to place, the height is reserved all the same.
  if (o.width <= 0) return { boxes: [], height: rows * o.rowHeight + (rows - 1) * o.gap };
  if (o.layout === 'justified' || o.layout === 'carousel') {
    const perRow = Math.max(1, Math.round((o.width + o.gap) / (o.rowHeight * JUSTIFIED_PLACEHOLDER_ASPECT + o.gap)));
    const width = (o.width - o.gap * (perRow - 1)) / perRow;
    const boxes: Box[] = [];
    for (let row = 0; row < rows; row++) {
      for (let i = 0; i < perRow; i++) {
        boxes.push({ x: i * (width + o.gap), y: row * (o.rowHeight + o.gap), width, height: o.rowHeight });
      }
    }
    return { boxes, height: rows * o.rowHeight + (rows - 1) * o.gap };
  }
  const columns = columnCount(o.width, o.gap, o.rowHeight, o.columns);
  const aspects = Array.from({ length: columns * rows }, (_, i) =>
    o.layout === 'masonry' ? MASONRY_PLACEHOLDER_ASPECTS[i % MASONRY_PLACEHOLDER_ASPECTS.length] : 1,
  );
  return o.layout === 'masonry' ? masonry(aspects, o) : grid(aspects, { ...o, aspect: 'square' });
}
