import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AssetUpload, UploadPart } from '../../src/api/models.js';
import {
  call,
  guestToken,
  pollJob,
  present,
  startTestBackend,
  testBytes,
  type FinishedJob,
  type LoggedRequest,
  type OpenUpload,
} from './helpers.js';

type UploadJob = FinishedJob<AssetUpload>;

describe('S3 front: part-PUT faults, ListParts and abort on the S3 protocol', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let token: string;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    token = await guestToken(api);
  });
  after(() => backend.stop());

  async function createUpload(size: number) {
    const created = await call<UploadJob>(api, '/asset-and-upload-batch-jobs', {
      token,
      body: { items: [{ batchItemId: 'f', path: '/f.bin', size }] },
    });
    const job = await pollJob<UploadJob>(api, `/asset-and-upload-batch-jobs/${created.json.id}`, token);
    return job.result.successes.f.result;
  }
  const put = (part: UploadPart, bytes: Buffer) =>
    fetch(part.url, { method: 'PUT', body: bytes.subarray(part.startByte, part.endByte + 1) });

  it('fails the next N part PUTs with the given status, then recovers', async () => {
    const upload = await createUpload(100);
    await call(api, '/__control/faults', { body: { partPut: { status: 503, count: 2 } } });
    assert.equal((await put(upload.uploadParts[0], testBytes(100))).status, 503);
    assert.equal((await put(upload.uploadParts[0], testBytes(100))).status, 503);
    assert.equal((await put(upload.uploadParts[0], testBytes(100))).status, 200);
    const log = (await call<LoggedRequest[]>(api, '/__control/requests')).json.filter(
      (r) => r.service === 's3' && r.method === 'PUT',
    );
    assert.deepEqual(
      log.slice(-3).map((r) => r.status),
      [503, 503, 200],
    );
    assert.ok(present(log.at(-1), 'the last part PUT').path.includes('/dash-uploads/uploads/'));
  });

  it('hides the ETag or drops the connection when asked', async () => {
    const upload = await createUpload(100);
    await call(api, '/__control/faults', { body: { partPut: { hideEtag: true, count: 1 } } });
    const hidden = await put(upload.uploadParts[0], testBytes(100));
    assert.equal(hidden.status, 200);
    assert.equal(hidden.headers.get('etag'), null);
    await call(api, '/__control/faults', { body: { partPut: { dropAfterFraction: 0.5, count: 1 } } });
    await assert.rejects(put(upload.uploadParts[0], testBytes(100)));
    await call(api, '/__control/faults', { body: {} });
    assert.equal((await put(upload.uploadParts[0], testBytes(100))).status, 200);
  });

  it('answers S3 ListParts and AbortMultipartUpload itself', async () => {
    const upload = await createUpload(6 * 1024 * 1024);
    await put(upload.uploadParts[0], testBytes(6 * 1024 * 1024));
    const base = upload.uploadParts[0].url.split('?')[0];
    const listed = await fetch(`${base}?uploadId=${upload.id}`);
    assert.equal(listed.status, 200);
    const xml = await listed.text();
    assert.match(xml, /<PartNumber>1<\/PartNumber>/);
    assert.match(xml, /<Size>5242880<\/Size>/);
    const aborted = await fetch(`${base}?uploadId=${upload.id}`, { method: 'DELETE' });
    assert.equal(aborted.status, 204);
    assert.equal((await fetch(`${base}?uploadId=${upload.id}`)).status, 404);
    assert.equal(
      (await call<OpenUpload[]>(api, '/__control/uploads')).json.some((u) => u.uploadId === upload.id),
      false,
    );
  });

  it('answers CompleteMultipartUpload with InvalidPart for a wrong ETag or a part never stored, and keeps running', async () => {
    const size = 6 * 1024 * 1024;
    const upload = await createUpload(size);
    const stored = await put(upload.uploadParts[0], testBytes(size));
    const eTag = stored.headers.get('etag')!;
    const base = upload.uploadParts[0].url.split('?')[0];
    const complete = (parts: [number, string][]) =>
      fetch(`${base}?uploadId=${upload.id}`, {
        method: 'POST',
        body: `<CompleteMultipartUpload>${parts.map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`,
      });
    const wrong = await complete([[1, '"0123456789abcdef0123456789abcdef"']]);
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /<Code>InvalidPart<\/Code>/);
    const never = await complete([
      [1, eTag],
      [2, eTag],
    ]);
    assert.equal(never.status, 400);
    assert.match(await never.text(), /<Code>InvalidPart<\/Code>/);
    const right = await complete([[1, eTag]]);
    assert.equal(right.status, 200, await right.clone().text());
    assert.equal(
      (await call<OpenUpload[]>(api, '/__control/uploads')).json.some((u) => u.uploadId === upload.id),
      false,
    );
  });
});
