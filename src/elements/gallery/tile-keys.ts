/**
 * Where a key moves focus among the tiles (issue 19 item 5: the gallery is one Tab stop, the
 * arrow keys move within it). Pure geometry over the laid-out boxes, so it works for the window
 * of a 10,000-item gallery as for a small one, and for rows (grid, justified) as for columns
 * (masonry). Box `x` runs from the inline start, so the columns are the same either way:
 * - Left / Right: the previous / next item in the gallery's order (its reading order); the key is
 *   the logical one (core/keys.ts `logicalKey`): right to left, where the tiles run from the right,
 *   ← is the next item;
 * - Up / Down: the nearest tile above / below in the same column, else the nearest one;
 * - PageUp / PageDown: the tile in the same column about one viewport above / below;
 * - Home / End: the first / last item.
 */
import type { Box } from './layout.js';

/**
 * Horizontal distance weighs this many times the vertical one: Up and Down stay in their column
 * (masonry) and do not skip a row whose gap happens to sit under the tile's centre (justified).
 */
const ACROSS = 4;

type Point = { x: number; y: number };

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** How far `x` lies beside the box (0 when the box spans it). */
const beside = (box: Box, x: number) => Math.max(0, box.x - x, x - (box.x + box.width));

/**
 * The tile nearest `target` among those whose centre lies beyond `from`'s in `direction` (1 down,
 * -1 up); `target` undefined: the nearest row (edge to edge). Undefined when there is none.
 */
function vertical(boxes: Box[], from: number, direction: 1 | -1, target?: number): number | undefined {
  const here = boxes[from];
  const { x, y } = centre(here);
  let best: number | undefined;
  let bestScore = Infinity;
  boxes.forEach((box, index) => {
    const other = centre(box);
    if ((other.y - y) * direction < 1) return;
    const edge = direction > 0 ? box.y - (here.y + here.height) : here.y - (box.y + box.height);
    const down = target === undefined ? Math.max(0, edge) : Math.abs(other.y - target);
    const score = down + ACROSS * beside(box, x);
    if (score < bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/**
 * The index focus moves to from tile `from` for `key`, or undefined when the key is not ours or
 * there is nowhere to go. `page`: how far PageUp/PageDown reach (the viewport's height).
 */
export function tileForKey(boxes: Box[], from: number, key: string, page: number): number | undefined {
  const last = boxes.length - 1;
  if (last < 0 || from < 0 || from > last) return undefined;
  const byPage = (direction: 1 | -1) => vertical(boxes, from, direction, centre(boxes[from]).y + direction * page);
  const moves: Record<string, () => number | undefined> = {
    ArrowLeft: () => from - 1,
    ArrowRight: () => from + 1,
    ArrowUp: () => vertical(boxes, from, -1),
    ArrowDown: () => vertical(boxes, from, 1),
    // Past the end of the gallery PageDown lands on the last tile of the column.
    PageUp: () => byPage(-1),
    PageDown: () => byPage(1),
    Home: () => 0,
    End: () => last,
  };
  const to = Object.hasOwn(moves, key) ? moves[key]() : undefined;
  return to === undefined || to < 0 || to > last || to === from ? undefined : to;
}
