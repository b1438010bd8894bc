import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AssetUpload, GuestUploadData, UploadPart, Wrapped } from '../../src/api/models.js';
import {
  call,
  guestToken,
  pollJob,
  present,
  sha256,
  startTestBackend,
  testBytes,
  type ErrorBody,
  type FinishedJob,
  type OpenUpload,
  type StoredAsset,
} from './helpers.js';

/** A part as either profile prints it: the seed profile names its URL `uploadUrl`, and both may leave it out. */
interface AnyProfilePart extends Omit<UploadPart, 'url'> {
  url?: string;
  uploadUrl?: string;
}
interface AnyProfileUpload {
  id: string;
  assetId: string;
  uploadParts: AnyProfilePart[];
}

describe('guest upload flow with real S3', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let token: string;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    token = await guestToken(api);
  });
  after(() => backend.stop());

  async function createUpload(name: string, size: number, partSize?: number) {
    const created = await call<FinishedJob<AssetUpload>>(api, '/asset-and-upload-batch-jobs', {
      token,
      body: { items: [{ batchItemId: 'f1', path: `/${name}`, size, ...(partSize ? { partSize } : {}) }] },
    });
    assert.equal(created.status, 200);
    assert.equal(created.json.type, 'IN_PROGRESS');
    const job = await pollJob<FinishedJob<AssetUpload>>(api, `/asset-and-upload-batch-jobs/${created.json.id}`, token);
    assert.equal(job.type, 'COMPLETED');
    return job.result.successes.f1.result;
  }

  async function putPart(part: UploadPart, bytes: Buffer, headers: Record<string, string> = {}) {
    return fetch(part.url, { method: 'PUT', body: bytes.subarray(part.startByte, part.endByte + 1), headers });
  }

  it('uploads a multipart file and stores identical bytes', async () => {
    const size = 12 * 1024 * 1024 + 123;
    const bytes = testBytes(size, 7);
    const upload = await createUpload('big.bin', size);
    assert.equal(upload.uploadParts.length, 3);
    assert.deepEqual(upload.uploadParts.map((p) => p.endByte - p.startByte + 1).slice(0, 2), [5242880, 5242880]);
    const parts = [];
    for (const part of upload.uploadParts) {
      const response = await putPart(part, bytes);
      assert.equal(response.status, 200, await response.clone().text());
      const eTag = response.headers.get('etag');
      assert.ok(eTag);
      assert.equal(response.headers.get('access-control-expose-headers')?.includes('ETag'), true);
      parts.push({ partNumber: part.partNumber, eTag });
    }
    const listed = await call<Wrapped<{ parts: { size: number }[] }>>(api, `/asset-uploads/${upload.id}/parts`, {
      token,
    });
    assert.deepEqual(
      listed.json.result.parts.map((p) => p.size),
      [5242880, 5242880, size - 2 * 5242880],
    );
    const done = await call<Wrapped<{ type: string }>>(api, '/asset-upload-completions', {
      token,
      body: { assetId: upload.assetId, uploadId: upload.id, parts },
    });
    assert.equal(done.status, 200);
    assert.deepEqual(done.json.result, { type: 'SUCCESS' });
    const stored = await call<{ sha256: string }>(api, `/__control/assets/${upload.assetId}/sha256`);
    assert.equal(stored.json.sha256, sha256(bytes));
    // Completing again is harmless and creates nothing new.
    const before = (await call<StoredAsset[]>(api, '/__control/assets')).json.length;
    const again = await call(api, '/asset-upload-completions', {
      token,
      body: { assetId: upload.assetId, uploadId: upload.id, parts },
    });
    assert.equal(again.status, 200);
    assert.equal((await call<StoredAsset[]>(api, '/__control/assets')).json.length, before);
    const asset = present(
      (await call<StoredAsset[]>(api, '/__control/assets')).json.find((a) => a.id === upload.assetId),
      'the stored asset',
    );
    assert.equal(asset.state, 'STAGED');
    assert.equal(asset.size, size);
    assert.deepEqual((await call<OpenUpload[]>(api, '/__control/uploads')).json, []);
  });

  it('honours partSize and uploads a small file in one part', async () => {
    const upload = await createUpload('small.jpg', 1000);
    assert.deepEqual(
      upload.uploadParts.map(({ url, ...p }) => p),
      [{ partNumber: 1, startByte: 0, endByte: 999 }],
    );
    const sized = await createUpload('sized.bin', 20_000_000, 7_000_000);
    assert.deepEqual(
      sized.uploadParts.map((p) => p.startByte),
      [0, 7_000_000, 14_000_000],
    );
    const bad = await call(api, '/asset-and-upload-batch-jobs', {
      token,
      body: { items: [{ batchItemId: 'x', path: '/a.bin', size: 10, partSize: 1000 }] },
    });
    assert.equal(bad.status, 400);
  });

  it('rejects a completion whose object size differs from the declared size', async () => {
    const upload = await createUpload('short.bin', 1000);
    const response = await putPart({ ...upload.uploadParts[0], endByte: 499 }, testBytes(1000));
    const eTag = response.headers.get('etag')!;
    const done = await call<ErrorBody>(api, '/asset-upload-completions', {
      token,
      body: { assetId: upload.assetId, uploadId: upload.id, parts: [{ partNumber: 1, eTag }] },
    });
    assert.equal(done.status, 400);
    assert.equal(done.json.status, 400);
  });

  it('aborts an upload so no multipart upload stays open', async () => {
    const upload = await createUpload('abort.bin', 6 * 1024 * 1024);
    await putPart(upload.uploadParts[0], testBytes(6 * 1024 * 1024));
    assert.equal(
      (await call<OpenUpload[]>(api, '/__control/uploads')).json.some((u) => u.uploadId === upload.id),
      true,
    );
    const aborted = await call(api, `/asset-uploads/${upload.id}`, { method: 'DELETE', token });
    assert.equal(aborted.status, 204);
    const open = (await call<OpenUpload[]>(api, '/__control/uploads')).json;
    assert.equal(
      open.some((u) => u.uploadId === upload.id),
      false,
    );
    const listed = await call(api, `/asset-uploads/${upload.id}/parts`, { token });
    assert.equal(listed.status, 404);
  });

  it('answers 403 for an expired part URL and fresh URLs work', async () => {
    await call(api, '/__control/faults', { body: { partUrlTtlSeconds: 0 } });
    const upload = await createUpload('expired.bin', 100);
    const expired = await putPart(upload.uploadParts[0], testBytes(100));
    assert.equal(expired.status, 403);
    assert.match(await expired.text(), /Request has expired/);
    await call(api, '/__control/faults', { body: {} });
    const fresh = await call<Wrapped<AssetUpload>>(api, '/asset-uploads', {
      token,
      body: { partUrlsRequest: { uploadId: upload.id, urlRequests: [{ partNumber: 1 }] } },
    });
    assert.equal(fresh.status, 200);
    const ok = await putPart(fresh.json.result.uploadParts[0], testBytes(100));
    assert.equal(ok.status, 200);
  });

  it('verifies Content-MD5 when the part URL was signed with one', async () => {
    const bytes = testBytes(100, 3);
    const upload = await createUpload('md5.bin', 100);
    const md5 = createHash('md5').update(bytes).digest();
    const fresh = await call<Wrapped<AssetUpload>>(api, '/asset-uploads', {
      token,
      body: {
        partUrlsRequest: { uploadId: upload.id, urlRequests: [{ partNumber: 1, contentMd5: md5.toString('hex') }] },
      },
    });
    const part = fresh.json.result.uploadParts[0];
    const wrong = await putPart(part, testBytes(100, 4), { 'content-md5': md5.toString('base64') });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /BadDigest/);
    const right = await putPart(part, bytes, { 'content-md5': md5.toString('base64') });
    assert.equal(right.status, 200);
  });

  it('answers CORS preflight for part PUTs', async () => {
    const upload = await createUpload('cors.bin', 10);
    const response = await fetch(upload.uploadParts[0].url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://example.test',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type,content-md5',
      },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://example.test');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-md5/i);
  });

  it('rejects an invalid email for a guest token', async () => {
    const data = await call<Wrapped<GuestUploadData>>(
      api,
      '/subdomains/demo/publicly-available-guest-upload-data/submit-photos',
    );
    const bad = await call(api, '/guest-upload-access-tokens', {
      body: { guestUploadId: data.json.result.id, email: 'nope' },
    });
    assert.equal(bad.status, 400);
  });
});

/** What both profiles must do the same way, and where the seed profile differs on purpose. */
for (const profile of ['default', 'seed'] as const) {
  describe(`guest uploads against the seed's rules (${profile} profile)`, () => {
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let api: string;
    let token: string;
    const urlField = profile === 'seed' ? 'uploadUrl' : 'url';
    before(async () => {
      backend = await startTestBackend(profile);
      api = backend.apiUrl;
      token = await guestToken(api);
    });
    after(() => backend.stop());

    async function create(batchItemId: string, size: number, partSize?: number) {
      const created = await call<FinishedJob<AnyProfileUpload>>(api, '/asset-and-upload-batch-jobs', {
        token,
        body: { items: [{ batchItemId, path: `/${batchItemId}.bin`, size, ...(partSize ? { partSize } : {}) }] },
      });
      assert.equal(created.status, 200, JSON.stringify(created.json));
      const job = await pollJob<FinishedJob<AnyProfileUpload>>(
        api,
        `/asset-and-upload-batch-jobs/${created.json.id}`,
        token,
      );
      return { jobId: created.json.id, upload: job.result.successes[batchItemId].result };
    }

    it('takes a partSize only when it is more than 5242880 (seed 002 ≈L1510)', async () => {
      const exact = await call(api, '/asset-and-upload-batch-jobs', {
        token,
        body: { items: [{ batchItemId: 'x', path: '/x.bin', size: 20_000_000, partSize: 5_242_880 }] },
      });
      assert.equal(exact.status, 400);
      const { upload } = await create('above', 20_000_000, 5_242_881);
      assert.deepEqual(
        upload.uploadParts.map((p) => p.startByte),
        [0, 5_242_881, 10_485_762, 15_728_643],
      );
    });

    it(`names the part URL \`${urlField}\`, and leaves it out like the seed's example when asked`, async () => {
      const { upload } = await create('named', 100);
      assert.deepEqual(
        Object.keys(upload.uploadParts[0]).sort(),
        ['endByte', 'partNumber', 'startByte', urlField].sort(),
      );
      await call(api, '/__control/faults', { body: { uploadPartsWithoutUrls: true } });
      const bare = await create('bare', 6 * 1024 * 1024, 7 * 1024 * 1024);
      await call(api, '/__control/faults', { body: {} });
      assert.deepEqual(bare.upload.uploadParts, [{ partNumber: 1, startByte: 0, endByte: 6 * 1024 * 1024 - 1 }]);
      // The documented way to get part URLs: POST /asset-uploads with a partUrlsRequest.
      const fresh = await call<Wrapped<AnyProfileUpload>>(api, '/asset-uploads', {
        token,
        body: {
          assetId: bare.upload.assetId,
          path: '/bare.bin',
          size: 6 * 1024 * 1024,
          partUrlsRequest: { uploadId: bare.upload.id, urlRequests: [{ partNumber: 1 }] },
        },
      });
      assert.equal(fresh.status, 200);
      const url = present(fresh.json.result.uploadParts[0][urlField], urlField);
      const bytes = testBytes(6 * 1024 * 1024, 9);
      const put = await fetch(url, { method: 'PUT', body: bytes });
      assert.equal(put.status, 200);
      const done = await call(api, '/asset-upload-completions', {
        token,
        body: {
          assetId: bare.upload.assetId,
          uploadId: bare.upload.id,
          parts: [{ partNumber: 1, eTag: put.headers.get('etag') }],
        },
      });
      assert.equal(done.status, 200);
      assert.equal(
        (await call<{ sha256: string }>(api, `/__control/assets/${bare.upload.assetId}/sha256`)).json.sha256,
        sha256(bytes),
      );
    });

    it('refuses a completion with a wrong ETag or a part never stored as S3 does (InvalidPart), and keeps running', async () => {
      const size = 11 * 1024 * 1024;
      const bytes = testBytes(size, 5);
      const { upload } = await create('etags', size, 6 * 1024 * 1024);
      const [first, second] = upload.uploadParts;
      const put1 = await fetch(present(first[urlField], urlField), {
        method: 'PUT',
        body: bytes.subarray(first.startByte, first.endByte + 1),
      });
      const eTag1 = put1.headers.get('etag')!;
      const complete = (parts: unknown) =>
        call<ErrorBody>(api, '/asset-upload-completions', {
          token,
          body: { assetId: upload.assetId, uploadId: upload.id, parts },
        });
      // Part 2 was never stored: s3rver used to die of an unhandled ENOENT here.
      const missing = await complete([
        { partNumber: 1, eTag: eTag1 },
        { partNumber: 2, eTag: '"0123456789abcdef0123456789abcdef"' },
      ]);
      assert.equal(missing.status, 400);
      assert.match(missing.json.message, /InvalidPart/);
      const put2 = await fetch(present(second[urlField], urlField), {
        method: 'PUT',
        body: bytes.subarray(second.startByte, second.endByte + 1),
      });
      const eTag2 = put2.headers.get('etag')!;
      const wrong = await complete([
        { partNumber: 1, eTag: eTag2 },
        { partNumber: 2, eTag: eTag2 },
      ]);
      assert.equal(wrong.status, 400);
      assert.match(wrong.json.message, /InvalidPart/);
      const unordered = await complete([
        { partNumber: 2, eTag: eTag2 },
        { partNumber: 1, eTag: eTag1 },
      ]);
      assert.equal(unordered.status, 400);
      assert.match(unordered.json.message, /InvalidPartOrder/);
      // Still alive, and the right ETags complete the same upload.
      const right = await complete([
        { partNumber: 1, eTag: eTag1 },
        { partNumber: 2, eTag: eTag2 },
      ]);
      assert.equal(right.status, 200, JSON.stringify(right.json));
      assert.equal(
        (await call<{ sha256: string }>(api, `/__control/assets/${upload.assetId}/sha256`)).json.sha256,
        sha256(bytes),
      );
    });

    it('does the work of a create whose answer is lost (fault dropResponse); only the default profile can find it again', async () => {
      await call(api, '/__control/faults', {
        body: { routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', dropResponse: true, count: 1 }] },
      });
      const assetsBefore = (await call<StoredAsset[]>(api, '/__control/assets')).json.length;
      await assert.rejects(
        call(api, '/asset-and-upload-batch-jobs', {
          token,
          body: { items: [{ batchItemId: 'lost-1', path: '/lost.bin', size: 10 }] },
        }),
      );
      await call(api, '/__control/faults', { body: {} });
      assert.equal((await call<StoredAsset[]>(api, '/__control/assets')).json.length, assetsBefore + 1, 'the job ran');
      const found = await call<{ results: { id: string }[] }>(api, '/asset-and-upload-batch-jobs?batchItemId=lost-1', {
        token,
      });
      if (profile === 'seed') {
        assert.ok([404, 405].includes(found.status), `no lookup: ${found.status}`);
        return;
      }
      assert.equal(found.status, 200);
      assert.equal(found.json.results.length, 1);
      const job = await pollJob<FinishedJob<AnyProfileUpload>>(
        api,
        `/asset-and-upload-batch-jobs/${found.json.results[0].id}`,
        token,
      );
      assert.ok(job.result.successes['lost-1'].result.id);
      const other = await call<{ results: unknown[] }>(api, '/asset-and-upload-batch-jobs?batchItemId=never-sent', {
        token,
      });
      assert.deepEqual(other.json.results, []);
    });
  });
}
