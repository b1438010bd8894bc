/**
 * Generated artwork: every seeded image is a gradient with a few shapes in colours derived from
 * a seed, so each asset is visually distinct and needs no files from the internet.
 */
import { seededRandom } from '../seed/ids.js';

/** @typedef {{ width: number, height: number, data: Buffer }} Raster  RGBA, row-major */

function hsl(h, s, l) {
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/**
 * @param {number} seed
 * @param {number} width
 * @param {number} height
 * @returns {Raster}
 */
export function paint(seed, width, height) {
  const rnd = seededRandom(seed * 7919 + 17);
  const hue = rnd.next() * 360;
  const from = hsl(hue, 0.65, 0.55);
  const to = hsl((hue + 40 + rnd.next() * 100) % 360, 0.7, 0.3);
  const accent = hsl((hue + 180) % 360, 0.8, 0.6);
  const data = Buffer.alloc(width * height * 4);
  // Shapes in relative units so every rendition of one image looks the same.
  const circle = { x: 0.2 + rnd.next() * 0.6, y: 0.2 + rnd.next() * 0.6, r: 0.12 + rnd.next() * 0.2 };
  const band = { y: rnd.next(), h: 0.05 + rnd.next() * 0.08 };
  const minSide = Math.min(width, height);
  for (let y = 0; y < height; y++) {
    const ty = y / height;
    for (let x = 0; x < width; x++) {
      const t = (x / width + ty) / 2;
      let r = from[0] + (to[0] - from[0]) * t;
      let g = from[1] + (to[1] - from[1]) * t;
      let b = from[2] + (to[2] - from[2]) * t;
      const dx = (x - circle.x * width) / minSide;
      const dy = (y - circle.y * height) / minSide;
      if (dx * dx + dy * dy < circle.r * circle.r) [r, g, b] = accent;
      else if (ty > band.y && ty < band.y + band.h) [r, g, b] = [r * 0.6 + 100, g * 0.6 + 100, b * 0.6 + 100];
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/**
 * Box-filter downscale (or nearest-neighbour upscale) to fit within maxWidth × maxHeight,
 * keeping the aspect ratio, as Dash's RESIZE does.
 * @param {Raster} src
 */
export function fit(src, maxWidth, maxHeight) {
  const scale = Math.min(1, maxWidth / src.width, maxHeight / src.height);
  const width = Math.max(1, Math.round(src.width * scale));
  const height = Math.max(1, Math.round(src.height * scale));
  if (width === src.width && height === src.height) return src;
  const data = Buffer.alloc(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let r = 0,
        g = 0,
        b = 0,
        a = 0,
        n = 0;
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * src.width + xx) * 4;
          r += src.data[i];
          g += src.data[i + 1];
          b += src.data[i + 2];
          a += src.data[i + 3];
          n++;
        }
      }
      const o = (y * width + x) * 4;
      data[o] = r / n;
      data[o + 1] = g / n;
      data[o + 2] = b / n;
      data[o + 3] = a / n;
    }
  }
  return { width, height, data };
}

/**
 * The `x`, `y`, `width` × `height` rectangle of `src` (a CROP step), clipped to the image: a
 * rectangle reaching past an edge yields what lies inside it.
 * @param {Raster} src
 * @param {{ x: number, y: number, width: number, height: number }} rect
 */
export function crop(src, { x, y, width, height }) {
  const left = Math.min(x, src.width - 1);
  const top = Math.min(y, src.height - 1);
  const w = Math.max(1, Math.min(width, src.width - left));
  const h = Math.max(1, Math.min(height, src.height - top));
  const data = Buffer.alloc(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((top + row) * src.width + left) * 4;
    src.data.copy(data, row * w * 4, from, from + w * 4);
  }
  return { width: w, height: h, data };
}
