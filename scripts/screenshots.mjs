#!/usr/bin/env node
// The README's screenshots: docs/screenshots/<element>-<width>.jpg, cut from the screenshot tests'
// baselines (test/visual/baselines/, light scheme), so they show exactly what CI checks. Desktop
// shots are cropped to their upper part and scaled to 800 px wide (the README shows them at half
// its width); JPEG keeps the photographs small. Run it after the baselines are updated:
//
//   npm test -- --only browser --group visual --update-visual-baseline
//   node scripts/screenshots.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeJpeg } from '../demo/backend/media/codecs.js';
import { decodePng } from '../demo/backend/media/photos.js';
import { fit } from '../demo/backend/media/raster.js';

const MAX_WIDTH = 800;

const root = fileURLToPath(new URL('..', import.meta.url));
const baselines = join(root, 'test/visual/baselines');
const out = join(root, 'docs/screenshots');

/** Which baseline each README screenshot is, and how many rows of it to keep. */
const SHOTS = [
  { name: 'gallery-1280', from: 'gallery-1280-light', height: 660 },
  { name: 'portal-1280', from: 'portal-1280-light', height: 660 },
  { name: 'picker-1280', from: 'picker-modal-1280-light', height: 800 },
  { name: 'upload-1280', from: 'upload-progress-1280-light', height: 620 },
  { name: 'gallery-390', from: 'gallery-lightbox-390-light' },
  { name: 'portal-390', from: 'portal-390-light' },
  { name: 'picker-390', from: 'picker-modal-390-light' },
  { name: 'upload-390', from: 'upload-done-390-light' },
];

/** The top `height` rows of an RGBA raster. */
function crop(raster, height = raster.height) {
  const rows = Math.min(height, raster.height);
  return { width: raster.width, height: rows, data: raster.data.subarray(0, raster.width * rows * 4) };
}

mkdirSync(out, { recursive: true });
for (const shot of SHOTS) {
  const raster = fit(
    crop(decodePng(readFileSync(join(baselines, `${shot.from}.png`))), shot.height),
    MAX_WIDTH,
    Infinity,
  );
  const bytes = encodeJpeg(raster, 80);
  writeFileSync(join(out, `${shot.name}.jpg`), bytes);
  console.log(
    `docs/screenshots/${shot.name}.jpg  ${raster.width}×${raster.height}  ${Math.round(bytes.length / 1024)} KiB`,
  );
}
