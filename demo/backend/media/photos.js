/**
 * Real photographs for the seeded images: freely licensed sample photos from scikit-image's data
 * (Debian's `python3-skimage`; `demo/fetch-photos.sh` unpacks the five we use into `.cache/demo-photos/`
 * without installing the package's Python dependencies). Each seed picks a photo, a crop window and
 * (for photos without lettering) a mirror image, so neighbouring tiles differ; every rendition of one seed shows the same picture.
 * Where the photos are missing, callers fall back to the generated artwork (raster.js `paint`), so
 * `npm start` works on any machine. Credits: CREDITS.md at the repository root and
 * `GET /demo-data/credits.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { decodeJpeg } from './codecs.js';
import { paint } from './raster.js';

/** @typedef {import('./raster.js').Raster} Raster */

/**
 * The photos, in the order seeds pick them, with what the package's docstrings
 * (`skimage/data/_fetchers.py`) say of their origin and licence.
 */
export const PHOTOS = [
  {
    file: 'coffee.png',
    title: 'Coffee cup',
    alt: 'An espresso cup on a red saucer',
    author: 'Rachel Michetti, courtesy of Pikolo Espresso Bar',
    licence: 'CC0 1.0',
    mirror: true,
  },
  {
    file: 'astronaut.png',
    title: 'Astronaut Eileen Collins',
    alt: 'Astronaut Eileen Collins in her orange flight suit',
    author: 'NASA',
    licence: 'Public domain',
    source: 'https://flic.kr/p/r9qvLn',
  },
  {
    file: 'chelsea.png',
    title: 'Chelsea the cat',
    alt: 'Chelsea, a tabby cat, close up',
    author: 'Stefan van der Walt',
    licence: 'CC0 1.0',
    mirror: true,
  },
  {
    file: 'rocket.jpg',
    title: 'Launch of DSCOVR on Falcon 9',
    alt: 'A Falcon 9 rocket on its launch pad at dusk',
    author: 'SpaceX',
    licence: 'Public domain',
    source: 'https://www.flickr.com/photos/spacexphotos/16511594820/',
  },
  {
    file: 'hubble_deep_field.jpg',
    title: 'Hubble eXtreme Deep Field',
    alt: 'Thousands of faint galaxies in the deep sky',
    author: 'NASA',
    licence: 'Public domain',
    source: 'http://hubblesite.org/newscenter/archive/releases/2012/37/image/a/',
    mirror: true,
  },
].map((photo) => ({ source: 'scikit-image sample data (Debian python3-skimage)', ...photo }));

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The folder holding every photo, or null. `DASH_DEMO_PHOTOS=off` forces the generated artwork
 * (a machine with the photos can still check the fallback); another value names the folder.
 */
export function photoDir(env = process.env) {
  const asked = env.DASH_DEMO_PHOTOS;
  if (asked === 'off') return null;
  const candidates = asked
    ? [asked]
    : [join(repoRoot, '.cache', 'demo-photos'), '/usr/lib/python3/dist-packages/skimage/data'];
  return candidates.find((dir) => PHOTOS.every((photo) => existsSync(join(dir, photo.file)))) ?? null;
}

/** Looked up once per process: every rendition of a run must come from the same source. */
let chosenDir = /** @type {string | null | undefined} */ (undefined);

/** `photo` where the photos are, else `paint` (the generated artwork). */
export function artworkKind() {
  if (chosenDir === undefined) chosenDir = photoDir();
  return chosenDir ? 'photo' : 'paint';
}

/**
 * Seed `seed`'s picture at exactly width × height: its photo, or the generated artwork.
 * @returns {Raster}
 */
export function artwork(seed, width, height) {
  if (artworkKind() === 'photo') {
    try {
      return /** @type {Raster} */ (photo(seed, width, height, chosenDir));
    } catch {
      chosenDir = null; // an unreadable photo: the artwork from now on, for every seed alike
    }
  }
  return paint(seed, width, height);
}

/** 8-bit RGB or RGBA, non-interlaced: what the sample PNGs are. Anything else throws. */
export function decodePng(bytes) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[data[9]] ?? 0;
      if (data[8] !== 8 || !channels || data[12] !== 0) throw new Error('Unsupported PNG');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), rows, y * stride, stride, channels);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0, o = 0; o < data.length; i += channels, o += 4) {
    data[o] = rows[i];
    data[o + 1] = rows[i + 1];
    data[o + 2] = rows[i + 2];
    data[o + 3] = channels === 4 ? rows[i + 3] : 255;
  }
  return { width, height, data };
}

function unfilterRow(raw, at, out, to, stride, bpp) {
  const filter = raw[at];
  for (let x = 0; x < stride; x++) {
    const left = x >= bpp ? out[to + x - bpp] : 0;
    const up = to > 0 ? out[to - stride + x] : 0;
    const upLeft = to > 0 && x >= bpp ? out[to - stride + x - bpp] : 0;
    const value = raw[at + 1 + x];
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
    out[to + x] = (value + predictor) & 0xff;
  }
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** @type {Map<string, Raster>} decoded once per process */
const decoded = new Map();

function load(dir, file) {
  let raster = decoded.get(file);
  if (!raster) {
    const bytes = readFileSync(join(dir, file));
    raster = file.endsWith('.png') ? decodePng(bytes) : decodeJpeg(bytes);
    decoded.set(file, raster);
  }
  return raster;
}

/**
 * Photo `seed` cropped to the aspect of width × height (a window that slides with the seed) and
 * scaled to exactly that size: averaging when shrinking, bilinear when enlarging. Null without
 * the photos.
 * @returns {Raster | null}
 */
export function photo(seed, width, height, dir = photoDir()) {
  if (!dir) return null;
  // Seeds run in order along a grid's rows: any five in a row show five different photos.
  const round = Math.floor(Math.abs(seed) / PHOTOS.length);
  const index = Math.abs(seed) % PHOTOS.length;
  const src = load(dir, PHOTOS[index].file);
  const scale = Math.max(width / src.width, height / src.height);
  const cropW = width / scale;
  const cropH = height / scale;
  // Across: anywhere from a fifth to four fifths; down: favouring the upper half, where faces are.
  const slide = (round * 0.37) % 1;
  const left = (src.width - cropW) * (0.2 + slide * 0.6);
  const top = (src.height - cropH) * (0.15 + slide * 0.35);
  const mirror = PHOTOS[index].mirror === true && round % 2 === 1;
  return resample(src, { left, top, width: cropW, height: cropH }, width, height, mirror);
}

function resample(src, crop, width, height, mirror) {
  const data = Buffer.alloc(width * height * 4);
  const step = crop.width / width; // source pixels per output pixel, the same both ways
  const sample = step > 1 ? average : bilinear;
  for (let y = 0; y < height; y++) {
    const sy = crop.top + y * step;
    for (let x = 0; x < width; x++) {
      const sx = crop.left + (mirror ? width - 1 - x : x) * step;
      sample(src, sx, sy, step, data, (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** The mean of the source pixels under the output pixel's footprint. */
function average(src, sx, sy, step, out, o) {
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const x1 = Math.min(src.width, Math.max(x0 + 1, Math.floor(sx + step)));
  const y1 = Math.min(src.height, Math.max(y0 + 1, Math.floor(sy + step)));
  const sum = [0, 0, 0];
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const i = (yy * src.width + xx) * 4;
      sum[0] += src.data[i];
      sum[1] += src.data[i + 1];
      sum[2] += src.data[i + 2];
    }
  }
  const n = (x1 - x0) * (y1 - y0);
  out[o] = sum[0] / n;
  out[o + 1] = sum[1] / n;
  out[o + 2] = sum[2] / n;
  out[o + 3] = 255;
}

function bilinear(src, sx, sy, step, out, o) {
  const cx = Math.min(src.width - 1, Math.max(0, sx + step / 2 - 0.5));
  const cy = Math.min(src.height - 1, Math.max(0, sy + step / 2 - 0.5));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(src.width - 1, x0 + 1);
  const y1 = Math.min(src.height - 1, y0 + 1);
  const fx = cx - x0;
  const fy = cy - y0;
  for (let c = 0; c < 3; c++) {
    const top = src.data[(y0 * src.width + x0) * 4 + c] * (1 - fx) + src.data[(y0 * src.width + x1) * 4 + c] * fx;
    const bottom = src.data[(y1 * src.width + x0) * 4 + c] * (1 - fx) + src.data[(y1 * src.width + x1) * 4 + c] * fx;
    out[o + c] = top * (1 - fy) + bottom * fy;
  }
  out[o + 3] = 255;
}
