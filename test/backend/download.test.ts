import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import jpeg from 'jpeg-js';
import type { Preset, SearchResponse } from '../../src/api/models.js';
import { call, pollJob, portalToken, present, startTestBackend, type FinishedJob } from './helpers.js';

/** What these tests read of an image asset as the local backend prints it (with its original's URL). */
interface ImageAsset {
  id: string;
  currentAssetFile: { filename: string; originalUrl: string; dimensions: { width: number; height: number } };
}

/** A download or embeddable-link job; `result` once COMPLETED. */
type Job = FinishedJob<{ url: string }>;

describe('downloads and embeddable links', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let press: string;
  let images: ImageAsset[];
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    press = await portalToken(api, 'press');
    const found = await call<SearchResponse<ImageAsset>>(api, '/asset-searches', {
      token: press,
      body: {
        from: 0,
        pageSize: 10,
        criterion: { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'FILE_TYPE' }, value: 'IMAGE' },
        sorts: [],
      },
    });
    images = found.json.results.map((r) => r.result);
  });
  after(() => backend.stop());

  async function download(body: object, token = press) {
    const created = await call<Job>(api, '/asset-download-batch-jobs', { token, body });
    assert.equal(created.status, 200, JSON.stringify(created.json));
    assert.equal(created.json.type, 'IN_PROGRESS');
    const first = await call<Job>(api, `/asset-download-batch-jobs/${created.json.id}`, { token });
    assert.equal(first.json.type, 'IN_PROGRESS');
    assert.ok(first.json.progress.steps.length > 0);
    const job = await pollJob<Job>(api, `/asset-download-batch-jobs/${created.json.id}`, token);
    assert.equal(job.type, 'COMPLETED');
    return job;
  }

  const bytesOf = async (url: string) => {
    const response = await fetch(url);
    assert.equal(response.status, 200);
    return { bytes: new Uint8Array(await response.arrayBuffer()), response };
  };

  it('downloads one original with its real bytes', async () => {
    const asset = images[0];
    const job = await download({
      items: [{ batchItemId: 'a', assetId: asset.id }],
      transformationDescription: { type: 'CUSTOM', candidateTransformations: [] },
    });
    const { bytes, response } = await bytesOf(job.result.successes.a.result.url);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
    const original = await bytesOf(asset.currentAssetFile.originalUrl);
    assert.deepEqual(bytes, original.bytes);
    const decoded = jpeg.decode(bytes);
    assert.equal(decoded.width, asset.currentAssetFile.dimensions.width);
  });

  it('applies a preset (resize + PNG)', async () => {
    const presets = await call<SearchResponse<Preset>>(api, '/preset-transformation-searches', {
      token: press,
      body: {},
    });
    const smallPng = present(
      presets.json.results.find((r) => r.result.name === 'Small PNG'),
      'Small PNG',
    ).result;
    const job = await download({
      items: [{ batchItemId: 'p', assetId: images[1].id }],
      transformationDescription: { type: 'PRESET', presetId: smallPng.id },
    });
    const { bytes } = await bytesOf(job.result.successes.p.result.url);
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const width = Buffer.from(bytes).readUInt32BE(16);
    const height = Buffer.from(bytes).readUInt32BE(20);
    assert.ok(Math.max(width, height) <= 400 && Math.max(width, height) >= 399);
  });

  it('zips several assets', async () => {
    const job = await download({
      items: images.slice(0, 3).map((a, i) => ({ batchItemId: `z${i}`, assetId: a.id })),
      zip: true,
      transformationDescription: { type: 'CUSTOM', candidateTransformations: [] },
    });
    const url = job.result.url;
    assert.equal(job.result.successes.z0.result.url, url);
    const zip = unzipSync((await bytesOf(url)).bytes);
    assert.deepEqual(
      Object.keys(zip).sort(),
      images
        .slice(0, 3)
        .map((a) => a.currentAssetFile.filename)
        .sort(),
    );
    const original = await bytesOf(images[2].currentAssetFile.originalUrl);
    assert.deepEqual(zip[images[2].currentAssetFile.filename], original.bytes);
  });

  it('refuses downloads and embeddable links for VIEW-only portals', async () => {
    const partners = await portalToken(api, 'partners', 'letmein');
    const visible = await call<SearchResponse<ImageAsset>>(api, '/asset-searches', {
      token: partners,
      body: { from: 0, pageSize: 1, criterion: { type: 'MATCH_ALL' }, sorts: [] },
    });
    const assetId = visible.json.results[0].result.id;
    const items = [{ batchItemId: 'x', assetId }];
    assert.equal((await call(api, '/asset-download-batch-jobs', { token: partners, body: { items } })).status, 403);
    assert.equal((await call(api, '/embeddable-link-batch-jobs', { token: partners, body: { items } })).status, 403);
  });

  it('creates embeddable links that serve the file', async () => {
    const created = await call<Job>(api, '/embeddable-link-batch-jobs', {
      token: 'demo',
      body: {
        items: [{ batchItemId: 'e', assetId: images[0].id }],
        transformationDescription: { type: 'CUSTOM', candidateTransformations: [] },
      },
    });
    assert.equal(created.status, 200);
    const job = await pollJob<Job>(api, `/embeddable-link-batch-jobs/${created.json.id}`, 'demo');
    const link = job.result.successes.e.result;
    const { bytes } = await bytesOf(link.url);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8]);
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ batchItemId: String(i), assetId: images[0].id }));
    assert.equal(
      (await call(api, '/embeddable-link-batch-jobs', { token: 'demo', body: { items: tooMany } })).status,
      400,
    );
  });
});
