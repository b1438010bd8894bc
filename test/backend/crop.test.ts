import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jpeg from 'jpeg-js';
import type { SearchResponse } from '../../src/api/models.js';
import { call, pollJob, startTestBackend, type FinishedJob } from './helpers.js';

interface ImageAsset {
  id: string;
  currentAssetFile: { originalUrl: string; dimensions: { width: number; height: number } };
}
type Job = FinishedJob<{ url: string }>;
type Decoded = { width: number; height: number; data: Uint8Array };

/** The mean colour of a `w` × `h` block at `x`, `y`. */
function mean(image: Decoded, x: number, y: number, w: number, h: number): number[] {
  const sum = [0, 0, 0];
  for (let row = y; row < y + h; row++)
    for (let col = x; col < x + w; col++)
      for (let c = 0; c < 3; c++) sum[c]! += image.data[(row * image.width + col) * 4 + c]!;
  return sum.map((value) => value / (w * h));
}

describe('embeddable links with a CROP step (seed 002: type, x, y, width, height)', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let image: ImageAsset;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    const found = await call<SearchResponse<ImageAsset>>(api, '/asset-searches', {
      token: 'demo',
      body: {
        from: 0,
        pageSize: 1,
        criterion: { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'FILE_TYPE' }, value: 'IMAGE' },
        sorts: [],
      },
    });
    image = found.json.results[0]!.result;
  });
  after(() => backend.stop());

  const link = async (transformation: object[]) => {
    const created = await call<Job>(api, '/embeddable-link-batch-jobs', {
      token: 'demo',
      body: {
        items: [{ batchItemId: 'c', assetId: image.id }],
        transformationDescription: {
          type: 'CUSTOM',
          candidateTransformations: [
            {
              criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: 'image', subType: '*' }] }],
              transformation,
            },
          ],
        },
      },
    });
    return created;
  };
  const decode = async (url: string): Promise<Decoded> =>
    jpeg.decode(new Uint8Array(await (await fetch(url)).arrayBuffer()), { formatAsRGBA: true });

  it('serves the rectangle of the original, then resized', async () => {
    const rect = { x: 100, y: 40, width: 320, height: 180 };
    const created = await link([{ type: 'CROP', ...rect }]);
    assert.equal(created.status, 200, JSON.stringify(created.json));
    const job = await pollJob<Job>(api, `/embeddable-link-batch-jobs/${created.json.id}`, 'demo');
    const cropped = await decode(job.result.successes.c!.result.url);
    assert.deepEqual([cropped.width, cropped.height], [320, 180]);
    const original = await decode(image.currentAssetFile.originalUrl);
    // JPEG re-encoding changes pixels a little; blocks of the region must still match closely.
    for (const [bx, by] of [
      [0, 0],
      [160, 90],
      [300, 160],
    ] as const) {
      const got = mean(cropped, bx, by, 16, 16);
      const want = mean(original, rect.x + bx, rect.y + by, 16, 16);
      got.forEach((value, c) => assert.ok(Math.abs(value - want[c]!) < 12, `block ${bx},${by}: ${got} vs ${want}`));
    }

    const resized = await link([
      { type: 'CROP', ...rect },
      { type: 'RESIZE', width: 160, height: null },
    ]);
    const resizedJob = await pollJob<Job>(api, `/embeddable-link-batch-jobs/${resized.json.id}`, 'demo');
    const small = await decode(resizedJob.result.successes.c!.result.url);
    assert.deepEqual([small.width, small.height], [160, 90]);
  });

  it('refuses a CROP that is not whole pixels with a size', async () => {
    for (const bad of [
      { x: -1, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 0, height: 10 },
      { x: 0.5, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 10 },
    ]) {
      assert.equal((await link([{ type: 'CROP', ...bad }])).status, 400, JSON.stringify(bad));
    }
  });
});
