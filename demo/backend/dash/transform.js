/**
 * Applies a Dash `transformationDescription` to an asset's file: PRESET (by `presetId`) or CUSTOM
 * (`candidateTransformations`, the first whose criteria match is applied; an empty transformation
 * list means the untransformed original). RESIZE fits within width × height without upscaling;
 * CONVERT re-encodes as JPEG, PNG or WebP (lossless), the `mediaType.subType` asked for; any other
 * subtype is a 400, not silently a JPEG. CROP (`x`, `y`, `width`, `height` in source pixels, as seed
 * 002 prints it) cuts that rectangle from the original before any RESIZE; a rectangle that is not
 * whole non-negative numbers with a positive size is a 400. Non-images pass through untransformed, as
 * their media type matches no image criteria.
 */
import { badRequest } from '../http/errors.js';
import { decodeJpeg, encodeJpeg, encodePng, encodeWebp } from '../media/codecs.js';
import { originalFile } from '../media/files.js';
import { crop, fit } from '../media/raster.js';
import { artwork } from '../media/photos.js';
import { PRESETS } from './presets.js';

/** Validates a description up front so that a bad request is a 400, not a failed job. */
export function resolveCandidates(description) {
  if (!description || description.type === undefined) return [];
  if (description.type === 'PRESET') {
    const preset = PRESETS.find((p) => p.id === (description.presetId ?? description.preset?.id));
    if (!preset) throw badRequest('Unknown presetId');
    return preset.candidatePresetTransformations.map((c) => ({
      criteria: c.criteria,
      transformation: c.transformationTemplate,
    }));
  }
  if (description.type === 'CUSTOM') {
    if (!Array.isArray(description.candidateTransformations))
      throw badRequest('candidateTransformations must be an array');
    for (const candidate of description.candidateTransformations)
      for (const step of candidate?.transformation ?? [])
        if (step?.type === 'CONVERT' && !ENCODERS[step.mediaType?.subType])
          throw badRequest(`Cannot convert to ${step.mediaType?.type}/${step.mediaType?.subType}`);
        else if (step?.type === 'CROP' && !validCrop(step))
          throw badRequest('CROP needs whole-pixel x, y (0 or more) and width, height (1 or more)');
    return description.candidateTransformations;
  }
  throw badRequest(`Unknown transformationDescription type ${description.type}`);
}

const whole = (value, min) => Number.isInteger(value) && value >= min;
const validCrop = (step) => whole(step.x, 0) && whole(step.y, 0) && whole(step.width, 1) && whole(step.height, 1);

/** The formats CONVERT writes, by `mediaType.subType`. */
const ENCODERS = {
  jpeg: { encode: (raster) => encodeJpeg(raster, 88), ext: 'jpg', contentType: 'image/jpeg' },
  png: { encode: encodePng, ext: 'png', contentType: 'image/png' },
  webp: { encode: encodeWebp, ext: 'webp', contentType: 'image/webp' },
};

const wild = (pattern, value) => pattern == null || pattern === '*' || pattern === value;

function candidateMatches(candidate, mediaType) {
  const criteria = candidate.criteria ?? [];
  return criteria.every(
    (c) =>
      c.type !== 'MATCHES_MEDIA_TYPES' ||
      (c.mediaTypes ?? []).some((m) => wild(m?.type, mediaType.type) && wild(m?.subType, mediaType.subType)),
  );
}

function renamed(filename, ext) {
  return /\.[^.]+$/.test(filename) ? filename.replace(/\.[^.]+$/, `.${ext}`) : `${filename}.${ext}`;
}

/**
 * @param {import('../seed/assets.js').Asset} asset
 * @returns {Promise<{ bytes: Buffer, filename: string, contentType: string }>}
 */
export async function transformAsset(asset, candidates, s3) {
  const candidate = candidates.find((c) => candidateMatches(c, asset.mediaType));
  const steps = candidate?.transformation ?? [];
  const isJpegImage = asset.mediaType.type === 'image' && asset.mediaType.subType === 'jpeg';
  if (steps.length === 0 || !isJpegImage) {
    const original = await originalFile(asset, s3);
    return { bytes: original.bytes, filename: asset.filename, contentType: original.contentType };
  }
  let box = { width: Infinity, height: Infinity };
  let format = 'jpeg';
  let region;
  for (const step of steps) {
    if (step.type === 'CROP') region = step;
    else if (step.type === 'RESIZE') box = { width: step.width ?? Infinity, height: step.height ?? Infinity };
    else if (step.type === 'CONVERT') format = ENCODERS[step.mediaType?.subType] ? step.mediaType.subType : 'jpeg';
  }
  let raster;
  if (asset.content === 'upload' || region) {
    // A crop is cut from the original's own pixels, so the link shows exactly what the editor framed.
    const original = decodeJpeg((await originalFile(asset, s3)).bytes);
    raster = fit(region ? crop(original, region) : original, box.width, box.height);
  } else {
    // Seeded pictures are rendered at the target size directly, from the photo (or the artwork).
    const w = asset.width ?? 1200;
    const h = asset.height ?? 800;
    const scale = Math.min(1, box.width / w, box.height / h);
    raster = artwork(
      asset.visual ?? 10_000 + asset.addedOrder,
      Math.max(1, Math.round(w * scale)),
      Math.max(1, Math.round(h * scale)),
    );
  }
  const { encode, ext, contentType } = ENCODERS[format];
  return { bytes: encode(raster), filename: renamed(asset.filename, ext), contentType };
}
