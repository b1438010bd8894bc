/**
 * Throughput benchmark (not part of `npm test`; run it alone):
 *   npm test -- --only browser --files test/guest-upload/throughput.bench.ts
 * A 256 MiB file goes (1) as raw parallel `fetch` PUTs of the Dash parts, 6 at a time, and (2)
 * through <dash-guest-upload> (Uppy, concurrency 6), to the same local S3 server in the same run.
 * Prints both rates, their ratio, and the JS heap growth during the element's upload.
 */
import { expect } from '@open-wc/testing';
import { completeUpload, createAssetUploads } from '../../src/api/guest-uploads.js';
import { guestTokenSource } from '../../src/api/tokens.js';
import { apiBase, resetBackend } from '../support/backend.js';
import { GUEST_UPLOAD, MiB, mountReady, randomFile, selectFiles, SUBDOMAIN, waitForStatus } from './helpers.js';

const SIZE = 256 * MiB;
const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

async function rawFetchUpload(file: File): Promise<number> {
  const ctx = {
    apiBase,
    auth: guestTokenSource(
      { apiBase },
      { subdomain: SUBDOMAIN, guestUpload: GUEST_UPLOAD, email: 'bench@example.com' },
    ),
  };
  const started = performance.now();
  const { raw } = await createAssetUploads(ctx, [
    { batchItemId: 'raw', path: '/raw.bin', size: file.size, partSize: 6 * MiB },
  ]);
  const queue = [...raw.uploadParts];
  const parts: { partNumber: number; eTag: string }[] = [];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let part = queue.shift(); part; part = queue.shift()) {
        const response = await fetch(part.url, { method: 'PUT', body: file.slice(part.startByte, part.endByte + 1) });
        parts.push({ partNumber: part.partNumber, eTag: response.headers.get('etag')! });
      }
    }),
  );
  parts.sort((a, b) => a.partNumber - b.partNumber);
  await completeUpload(ctx, { assetId: raw.assetId, uploadId: raw.id, parts });
  return performance.now() - started;
}

describe('dash-guest-upload: throughput', function () {
  this.timeout(600_000);
  before(() => resetBackend());
  after(() => resetBackend());

  it('uploads 256 MiB at ≥ 0.85× raw parallel fetch', async () => {
    const file = randomFile('bench.bin', SIZE);
    const rawMs = await rawFetchUpload(file);
    const el = await mountReady();
    const heapBefore = heap();
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, heap())), 100);
    const started = performance.now();
    selectFiles(el, [file]);
    await waitForStatus(el, ['done'], 1, 500_000);
    const elementMs = performance.now() - started;
    clearInterval(sampler);
    const rate = (ms: number) => (SIZE / MiB / (ms / 1000)).toFixed(1);
    const ratio = rawMs / elementMs;
    console.log(
      `raw fetch ${rate(rawMs)} MiB/s, element ${rate(elementMs)} MiB/s, ratio ${ratio.toFixed(2)}, ` +
        `JS heap growth ${((heapPeak - heapBefore) / MiB).toFixed(1)} MiB`,
    );
    expect(ratio).to.be.at.least(0.85);
    expect(heapPeak - heapBefore).to.be.at.most(32 * MiB);
  });
});
