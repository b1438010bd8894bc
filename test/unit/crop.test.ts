/** The picker's crop rules without a browser: reading `crops`, the default box, moving and resizing it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cropTransformation,
  defaultCrop,
  moveCrop,
  parseCrops,
  resizeCrop,
} from '../../src/elements/asset-picker/crop.js';

const image = { width: 1200, height: 800 };

describe('crop', () => {
  it('reads crops as text or objects, leaving out unreadable ratios', () => {
    assert.deepEqual(parseCrops('16:9 hero, 1:1 card,  4/5 social media , x:y bad'), [
      { ratio: '16:9', label: 'hero', value: 16 / 9 },
      { ratio: '1:1', label: 'card', value: 1 },
      { ratio: '4/5', label: 'social media', value: 0.8 },
    ]);
    assert.deepEqual(parseCrops([{ label: 'wide', ratio: 2 }, { ratio: '0:1' }]), [
      { ratio: '2', label: 'wide', value: 2 },
    ]);
    assert.deepEqual(parseCrops(''), []);
  });

  it('starts with the largest centred box of the ratio, or around a focal point', () => {
    assert.deepEqual(defaultCrop(image, 16 / 9), { x: 0, y: 63, width: 1200, height: 675 });
    assert.deepEqual(defaultCrop(image, 1), { x: 200, y: 0, width: 800, height: 800 });
    assert.deepEqual(defaultCrop(image, 1, { x: 0.9, y: 0.5 }), { x: 400, y: 0, width: 800, height: 800 });
  });

  it('moves inside the image and resizes keeping the ratio and the centre', () => {
    const square = defaultCrop(image, 1);
    assert.deepEqual(moveCrop(image, square, -500, 30), { x: 0, y: 0, width: 800, height: 800 });
    const small = resizeCrop(image, square, 1, 400);
    assert.deepEqual(small, { x: 400, y: 200, width: 400, height: 400 });
    assert.deepEqual(resizeCrop(image, small, 1, 5000), square);
    const wide = resizeCrop(image, defaultCrop(image, 16 / 9), 16 / 9, 333);
    assert.ok(Math.abs(wide.width / wide.height - 16 / 9) < 0.01);
  });

  it('writes the CROP step as seed 002 prints it, then a RESIZE only to shrink', () => {
    const rect = { x: 100, y: 40, width: 1200, height: 675 };
    const steps = (width?: number) =>
      (cropTransformation(rect, width) as { candidateTransformations: { transformation: object[] }[] })
        .candidateTransformations[0]!.transformation;
    assert.deepEqual(steps(), [{ type: 'CROP', x: 100, y: 40, width: 1200, height: 675 }]);
    assert.deepEqual(steps(600)[1], { type: 'RESIZE', width: 600, height: null });
    assert.equal(steps(2000).length, 1);
  });
});
