/**
 * The one CUSTOM transformation shape (image steps, every other file as it is) and its three
 * callers: a custom-size download, an embeddable link of a width and the picker's crop. Each
 * caller's description is written out as it was before they shared the helper, key for key.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { customTransformation, ORIGINAL } from '../../src/api/downloads.js';
import { widthTransformation } from '../../src/api/embeddable-links.js';
import type { MediaType, TransformationDescription } from '../../src/api/models.js';
import { imageTransformation } from '../../src/api/transformations.js';
import { cropTransformation } from '../../src/elements/asset-picker/crop.js';

interface Candidate {
  criteria: { type: string; mediaTypes: MediaType[] }[];
  transformation: object[];
}

const images = { type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: 'image', subType: '*' }] };
const anything = {
  criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: '*', subType: '*' }] }],
  transformation: [],
};
/** A description as the callers wrote it out before the helper: `steps` for images, then the catch-all. */
const written = (steps: object[]) => ({
  type: 'CUSTOM',
  candidateTransformations: [{ criteria: [images], transformation: steps }, anything],
});

/** Equal, and equal as text too: links are grouped into jobs by their description's JSON. */
function same(description: TransformationDescription, expected: object): void {
  assert.deepEqual(description, expected);
  assert.equal(JSON.stringify(description), JSON.stringify(expected));
}

const wild = (pattern: string, value: string) => pattern === '*' || pattern === value;

/** The steps a file of `mediaType` gets: the first candidate whose criteria match (seed 002 ≈L1727). */
function stepsFor(description: TransformationDescription, mediaType: MediaType): object[] | undefined {
  assert.equal(description.type, 'CUSTOM');
  const candidates = (description as { candidateTransformations: Candidate[] }).candidateTransformations;
  return candidates.find((candidate) =>
    candidate.criteria.every((c) =>
      c.mediaTypes.some((m) => wild(m.type, mediaType.type) && wild(m.subType, mediaType.subType)),
    ),
  )?.transformation;
}

const jpeg = { type: 'image', subType: 'jpeg' };
const others = [
  { type: 'video', subType: 'mp4' },
  { type: 'application', subType: 'pdf' },
  { type: 'audio', subType: 'mpeg' },
];

describe('transformations', () => {
  it('applies the steps to images and leaves every other file as it is', () => {
    const steps = [{ type: 'RESIZE', width: 10, height: null }];
    const description = imageTransformation(steps);
    same(description, written(steps));
    assert.deepEqual(stepsFor(description, jpeg), steps);
    for (const mediaType of others) assert.deepEqual(stepsFor(description, mediaType), [], mediaType.type);
    // The caller's list is copied, not kept: changing it later changes no description.
    steps.push({ type: 'RESIZE', width: 20, height: null });
    assert.equal(stepsFor(description, jpeg)!.length, 1);
  });

  it('leaves everything as it is for the original, images too', () => {
    same(ORIGINAL, { type: 'CUSTOM', candidateTransformations: [anything] });
    for (const mediaType of [jpeg, ...others]) assert.deepEqual(stepsFor(ORIGINAL, mediaType), []);
    same(imageTransformation([]), written([]));
  });

  it('a custom-size download: RESIZE into the box, then CONVERT, for images only', () => {
    const description = customTransformation({ width: 800, height: 600, format: 'webp' });
    const steps = [
      { type: 'RESIZE', width: 800, height: 600 },
      { type: 'CONVERT', mediaType: { type: 'image', subType: 'webp' } },
    ];
    same(description, written(steps));
    assert.deepEqual(stepsFor(description, jpeg), steps);
    for (const mediaType of others) assert.deepEqual(stepsFor(description, mediaType), []);
  });

  it('an embeddable link of a width: RESIZE to the width, height free, for images only', () => {
    const description = widthTransformation(640);
    const steps = [{ type: 'RESIZE', width: 640, height: null }];
    same(description, written(steps));
    assert.deepEqual(stepsFor(description, jpeg), steps);
    for (const mediaType of others) assert.deepEqual(stepsFor(description, mediaType), []);
  });

  it('a crop: CROP, then a RESIZE into the rendition only where it shrinks the crop, for images only', () => {
    const rect = { x: 10, y: 20, width: 1600, height: 900 };
    const crop = { type: 'CROP', x: 10, y: 20, width: 1600, height: 900 };
    same(cropTransformation(rect), written([crop]));
    same(cropTransformation(rect, 800), written([crop, { type: 'RESIZE', width: 800, height: null }]));
    // A preset's box: the height is what shrinks this crop.
    same(cropTransformation(rect, 1200, 450), written([crop, { type: 'RESIZE', width: 1200, height: 450 }]));
    same(cropTransformation(rect, 2000, 2000), written([crop]));
    for (const mediaType of others) assert.deepEqual(stepsFor(cropTransformation(rect, 800), mediaType), []);
  });

  it('keeps equal descriptions equal as text, so links of one transformation share a job', () => {
    assert.equal(JSON.stringify(widthTransformation(640)), JSON.stringify(widthTransformation(640)));
    assert.equal(
      JSON.stringify(widthTransformation(640)),
      JSON.stringify(imageTransformation([{ type: 'RESIZE', width: 640, height: null }])),
    );
  });
});
