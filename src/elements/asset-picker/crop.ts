/**
 * Crops to a preset aspect ratio: the host's `crops` (`"16:9 hero, 1:1 card"` or `{label, ratio}`
 * objects), the crop box as a rectangle in source pixels, and the CUSTOM transformation that makes
 * an embeddable link of it (seed 002's CROP step: `x`, `y`, `width`, `height`, then an optional
 * RESIZE). Pure functions: the editor (crop-editor.ts) only renders and forwards input to them.
 */
import type { TransformationDescription, TransformationOperation } from '../../api/models.js';
import { imageTransformation } from '../../api/transformations.js';
import { fitWithin, type Size } from './rendition.js';

/** One aspect ratio the host offers. `ratio` is written as given (`16:9`), `value` is width / height. */
export interface CropPreset {
  ratio: string;
  label: string;
  value: number;
}

/** A rectangle in the source image's pixels, whole numbers, inside the image. */
export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `dash-select` carries of a crop: the preset it follows and the rectangle in source pixels. */
export interface PickedCrop extends CropRect {
  ratio: string;
  label: string;
}

declare module './results.js' {
  interface PickedAsset {
    /** The crop the editor chose (images only, when the host offers `crops`). */
    crop?: PickedCrop;
  }
}

/** `16:9`, `4/5` or a plain number (`1.5`) as width / height; NaN when unreadable. */
function ratioValue(text: string): number {
  const [w, h] = text.split(/[:/]/).map(Number);
  const value = h === undefined ? w! : w! / h;
  return Number.isFinite(value) && value > 0 ? value : NaN;
}

/**
 * Reads `crops`: a comma-separated list of `ratio label` (`"16:9 hero, 1:1 card"`) or an array of
 * `{label, ratio}`. Entries without a readable ratio are left out.
 */
export function parseCrops(value: string | readonly { label?: string; ratio: string | number }[] | null | undefined) {
  const entries =
    typeof value === 'string'
      ? value.split(',').map((part) => {
          const [ratio = '', ...label] = part.trim().split(/\s+/);
          return { ratio, label: label.join(' ') };
        })
      : (value ?? []).map((entry) => ({ ratio: String(entry.ratio), label: entry.label ?? '' }));
  return entries
    .map(({ ratio, label }) => ({ ratio, label, value: ratioValue(ratio) }))
    .filter((preset): preset is CropPreset => !Number.isNaN(preset.value));
}

/** `16:9 hero`: how a preset is named to the editor. */
export const cropName = (preset: CropPreset): string => `${preset.ratio} ${preset.label}`.trim();

/** The box of `ratio` with `width` (clamped to what fits), keeping the ratio to a pixel. */
function boxOfWidth(image: Size, ratio: number, width: number): Pick<CropRect, 'width' | 'height'> {
  const widest = Math.min(image.width, image.height * ratio);
  const w = Math.max(1, Math.min(widest, width));
  return { width: Math.round(w), height: Math.max(1, Math.min(image.height, Math.round(w / ratio))) };
}

/** Keeps a box inside the image by moving it (never resizing it). */
export function clampCrop(image: Size, rect: CropRect): CropRect {
  const x = Math.round(Math.min(Math.max(0, rect.x), image.width - rect.width));
  const y = Math.round(Math.min(Math.max(0, rect.y), image.height - rect.height));
  return { ...rect, x, y };
}

/** The largest box of `ratio`, centred on `focus` (0–1 from the left and top; the centre by default). */
export function defaultCrop(image: Size, ratio: number, focus = { x: 0.5, y: 0.5 }): CropRect {
  const box = boxOfWidth(image, ratio, Infinity);
  return clampCrop(image, {
    ...box,
    x: image.width * focus.x - box.width / 2,
    y: image.height * focus.y - box.height / 2,
  });
}

export function moveCrop(image: Size, rect: CropRect, dx: number, dy: number): CropRect {
  return clampCrop(image, { ...rect, x: rect.x + dx, y: rect.y + dy });
}

/** Resizes to `width` keeping the ratio and the box's centre, then moves it back inside. */
export function resizeCrop(image: Size, rect: CropRect, ratio: number, width: number): CropRect {
  const box = boxOfWidth(image, ratio, width);
  return clampCrop(image, {
    ...box,
    x: rect.x + (rect.width - box.width) / 2,
    y: rect.y + (rect.height - box.height) / 2,
  });
}

/** The widest box of `ratio` that fits: 100 % on the size slider. */
export const widestCrop = (image: Size, ratio: number): number => boxOfWidth(image, ratio, Infinity).width;

/**
 * The link's transformation: CROP (seed 002 ≈L2446), then a RESIZE into `width` × `height` (a
 * `width:` rendition's width, a preset's box) when that shrinks the crop — the API does not
 * enlarge — then the preset's CONVERT, if it has one. Only images match; other files stay as they are.
 */
export function cropTransformation(
  rect: CropRect,
  width?: number,
  height?: number,
  convert?: TransformationOperation,
): TransformationDescription {
  const steps: TransformationOperation[] = [
    { type: 'CROP', x: rect.x, y: rect.y, width: rect.width, height: rect.height },
  ];
  if (fitWithin(rect, width, height).width < rect.width)
    steps.push({ type: 'RESIZE', width: width ?? null, height: height ?? null });
  if (convert) steps.push(convert);
  return imageTransformation(steps);
}
