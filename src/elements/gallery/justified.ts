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
    const height = end === n ? Math.min(o.rowHeight, fitted) : fitted;
    let x = 0;
    for (const aspect of row) {
      boxes.push({ x, y, width: aspect * height, height });
      x += aspect * height + o.gap;
    }
    y += height + o.gap;
  }
  return { boxes, height: Math.max(0, y - o.gap) };
}
