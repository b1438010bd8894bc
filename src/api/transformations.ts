/**
 * The one shape of CUSTOM transformation the elements ask for: steps for images, every other file
 * as it is. Downloads in a custom size, embeddable links of a width and a picker's crop all build
 * their description here, so a correction to the shape is made once.
 */
import type { TransformationDescription, TransformationOperation } from './models.js';

const matching = (type: string) => [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type, subType: '*' }] }];

/** Leaves every file as it is: the "original" rendition. */
export const ORIGINAL = {
  type: 'CUSTOM',
  candidateTransformations: [{ criteria: matching('*'), transformation: [] as TransformationOperation[] }],
} satisfies TransformationDescription;

/**
 * A CUSTOM description applying `steps` in order to every image (seed 002 ≈L1721–1786: the first
 * candidate whose criteria match is applied, its `transformation` steps in order). Anything that is
 * not an image meets the second candidate, which leaves the file as it is: without it a job with a
 * PDF or a video in it fails for want of a matching candidate.
 */
export function imageTransformation(steps: readonly TransformationOperation[]): TransformationDescription {
  return {
    type: 'CUSTOM',
    candidateTransformations: [
      { criteria: matching('image'), transformation: [...steps] },
      ...ORIGINAL.candidateTransformations,
    ],
  };
}
