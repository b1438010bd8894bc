/**
 * The justified layout, in a chunk of its own: it is most of the layout code, and most galleries
 * use grid or masonry, so it loads only when a gallery asks for it (shared geometry: layout.ts).
 */
import type { Box, Layout, LayoutOptions } from './layout.js';

/** Height a row of `aspects` must have to fill `width` exactly. */
function fittedHeight(aspects: number[], width: number, gap: number): number {
  const total = aspects.reduce((sum, a) => sum + a, 0);
  return (width - gap * (aspects.length - 1)) / total;
}

/** Most items one justified row may hold (bounds the row-breaking search). */
const MAX_ROW = 24;

/**
 * A row never gets lower than this share of `rowHeight`: a panorama that would squash its row
 * (a 10:1 banner alone in an 800 px row would be 80 px high) is cropped to the width left instead.
 */
export const MIN_ROW_SHARE = 0.6;

/**
 * Tile widths for a row laid out at `height` that would be wider than `available`: the widest
 * tiles are cropped to one common width (water-filling), so ordinary photos keep their shape and
 * only the panoramas lose their edges.
 */
function croppedWidths(row: number[], height: number, available: number): number[] {
  const natural = row.map((aspect) => aspect * height);
  const sorted = [...natural].sort((a, b) => b - a);
  // The k widest share what the others leave; k grows until the next tile fits under that share.
  let cap = available;
  for (let k = 1; k <= sorted.length; k++) {
    const others = sorted.slice(k).reduce((sum, width) => sum + width, 0);
    cap = (available - others) / k;
    if (k === sorted.length || cap >= sorted[k]) break;
  }
  return natural.map((width) => Math.min(width, cap));
}

/**
 * Justified rows: items keep their aspect ratio and each full row fills the width exactly. Row
 * breaks minimise the squared log-ratio of every row's height to `rowHeight` over the whole
 * gallery (dynamic programming, like TeX's line breaking), so one panorama does not squash a
 * row the way greedy filling does. The last row keeps `rowHeight` rather than stretching.
 */
export function justified(aspects: number[], o: LayoutOptions): Layout {
  const n = aspects.length;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const breakAt = new Int32Array(n + 1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    let sum = 0;
    for (let start = end - 1; start >= Math.max(0, end - MAX_ROW); start--) {
      sum += aspects[start];
      const height = (o.width - o.gap * (end - start - 1)) / sum;
      const isLast = end === n;
      // Log distance: a row half as tall is as bad as one twice as tall.
      const penalty = isLast && height >= o.rowHeight ? 0 : Math.log(height / o.rowHeight) ** 2;
      if (cost[start] + penalty < cost[end]) {
        cost[end] = cost[start] + penalty;
        breakAt[end] = start;
      }
      if (height < o.rowHeight / 4) break; // more items only make the row flatter
    }
  }
  const rows: [number, number][] = [];
  for (let end = n; end > 0; end = breakAt[end]) rows.unshift([breakAt[end], end]);

  const boxes: Box[] = [];
  let y = 0;
  for (const [start, end] of rows) {
    const row = aspects.slice(start, end);
    const fitted = fittedHeight(row, o.width, o.gap);
    const height = Math.max(end === n ? Math.min(o.rowHeight, fitted) : fitted, o.rowHeight * MIN_ROW_SHARE);
    const available = o.width - o.gap * (row.length - 1);
    const widths = height > fitted ? croppedWidths(row, height, available) : row.map((aspect) => aspect * height);
    let x = 0;
    for (const width of widths) {
      boxes.push({ x, y, width, height });
      x += width + o.gap;
    }
    y += height + o.gap;
  }
  return { boxes, height: Math.max(0, y - o.gap) };
}
