import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { call, guestToken, pollJob, sha256, startTestBackend, testBytes } from './helpers.js';

type Part = { partNumber: number; startByte: number; endByte: number; url: string };

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
    const created = await call(api, '/asset-and-upload-batch-jobs', {
      token,
      body: { items: [{ batchItemId: 'f1', path: `/${name}`, size, ...(partSize ? { partSize } : {}) }] },
    });
    assert.equal(created.status, 200);
    assert.equal(created.json.type, 'IN_PROGRESS');
    const job = await pollJob(api, `/asset-and-upload-batch-jobs/${created.json.id}`, token);
    assert.equal(job.type, 'COMPLETED');
    return job.result.successes.f1.result as { id: string; assetId: string; uploadParts: Part[] };
  }

  async function putPart(part: Part, bytes: Buffer, headers: Record<string, string> = {}) {
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
    const listed = await call(api, `/asset-uploads/${upload.id}/parts`, { token });
    assert.deepEqual(listed.json.result.parts.map((p: any) => p.size), [5242880, 5242880, size - 2 * 5242880]);
    const done = await call(api, '/asset-upload-completions', { token, body: { assetId: upload.assetId, uploadId: upload.id, parts } });
    assert.equal(done.status, 200);
    assert.deepEqual(done.json.result, { type: 'SUCCESS' });
    const stored = await call(api, `/__control/assets/${upload.assetId}/sha256`);
    assert.equal(stored.json.sha256, sha256(bytes));
    // Completing again is harmless and creates nothing new.
    const before = (await call(api, '/__control/assets')).json.length;
    const again = await call(api, '/asset-upload-completions', { token, body: { assetId: upload.assetId, uploadId: upload.id, parts } });
    assert.equal(again.status, 200);
    assert.equal((await call(api, '/__control/assets')).json.length, before);
    const asset = (await call(api, '/__control/assets')).json.find((a: any) => a.id === upload.assetId);
    assert.equal(asset.state, 'STAGED');
    assert.equal(asset.size, size);
    assert.deepEqual((await call(api, '/__control/uploads')).json, []);
  });

  it('honours partSize and uploads a small file in one part', async () => {
    const upload = await createUpload('small.jpg', 1000);
    assert.deepEqual(upload.uploadParts.map(({ url, ...p }) => p), [{ partNumber: 1, startByte: 0, endByte: 999 }]);
    const sized = await createUpload('sized.bin', 20_000_000, 7_000_000);
    assert.deepEqual(sized.uploadParts.map((p) => p.startByte), [0, 7_000_000, 14_000_000]);
    const bad = await call(api, '/asset-and-upload-batch-jobs', { token, body: { items: [{ batchItemId: 'x', path: '/a.bin', size: 10, partSize: 1000 }] } });
    assert.equal(bad.status, 400);
  });

  it('rejects a completion whose object size differs from the declared size', async () => {
    const upload = await createUpload('short.bin', 1000);
    const response = await putPart({ ...upload.uploadParts[0], endByte: 499 }, testBytes(1000));
    const eTag = response.headers.get('etag')!;
    const done = await call(api, '/asset-upload-completions', { token, body: { assetId: upload.assetId, uploadId: upload.id, parts: [{ partNumber: 1, eTag }] } });
    assert.equal(done.status, 400);
    assert.equal(done.json.status, 400);
  });

  it('aborts an upload so no multipart upload stays open', async () => {
    const upload = await createUpload('abort.bin', 6 * 1024 * 1024);
    await putPart(upload.uploadParts[0], testBytes(6 * 1024 * 1024));
    assert.equal((await call(api, '/__control/uploads')).json.some((u: any) => u.uploadId === upload.id), true);
    const aborted = await call(api, `/asset-uploads/${upload.id}`, { method: 'DELETE', token });
    assert.equal(aborted.status, 204);
    const open = (await call(api, '/__control/uploads')).json;
    assert.equal(open.some((u: any) => u.uploadId === upload.id), false);
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
    const fresh = await call(api, '/asset-uploads', { token, body: { partUrlsRequest: { uploadId: upload.id, urlRequests: [{ partNumber: 1 }] } } });
    assert.equal(fresh.status, 200);
    const ok = await putPart(fresh.json.result.uploadParts[0], testBytes(100));
    assert.equal(ok.status, 200);
  });

  it('verifies Content-MD5 when the part URL was signed with one', async () => {
    const bytes = testBytes(100, 3);
    const upload = await createUpload('md5.bin', 100);
    const md5 = createHash('md5').update(bytes).digest();
    const fresh = await call(api, '/asset-uploads', {
      token,
      body: { partUrlsRequest: { uploadId: upload.id, urlRequests: [{ partNumber: 1, contentMd5: md5.toString('hex') }] } },
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
      headers: { origin: 'http://example.test', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,content-md5' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://example.test');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-md5/i);
  });

  it('rejects an invalid email for a guest token', async () => {
    const data = await call(api, '/subdomains/demo/publicly-available-guest-upload-data/submit-photos');
    const bad = await call(api, '/guest-upload-access-tokens', { body: { guestUploadId: data.json.result.id, email: 'nope' } });
    assert.equal(bad.status, 400);
  });
});
