/**
 * A full guest upload through the client alone: guest token → asset-and-upload job → PUT every
 * part to the S3 server → completion → the stored bytes hash to the file's.
 */
import { expect } from '@open-wc/testing';
import {
  apiBase,
  listAllAssets,
  openMultipartUploads,
  resetBackend,
  sha256Hex,
  storedSha256,
} from '../support/backend.js';
import type { ApiContext } from '../../src/api/http.js';
import type { AssetUpload, UploadPart } from '../../src/api/models.js';
import {
  abortUpload,
  completeUpload,
  createAssetUploads,
  listUploadParts,
  requestPartUrls,
} from '../../src/api/guest-uploads.js';
import { guestTokenSource } from '../../src/api/tokens.js';
import { expectDashError, randomBytes, SUBDOMAIN } from './helpers.js';

const MiB = 1024 * 1024;

function guestCtx(): ApiContext {
  const auth = guestTokenSource(
    { apiBase },
    { subdomain: SUBDOMAIN, guestUpload: 'submit-photos', email: 'uploader@example.com' },
  );
  return { apiBase, auth };
}

/** PUTs one part's bytes to its presigned URL and returns the ETag, verbatim. */
async function putPart(file: Blob, part: UploadPart): Promise<{ partNumber: number; eTag: string }> {
  const response = await fetch(part.url, { method: 'PUT', body: file.slice(part.startByte, part.endByte + 1) });
  expect(response.status, `PUT part ${part.partNumber}`).to.equal(200);
  const eTag = response.headers.get('etag');
  expect(eTag, 'the S3 CORS config must expose ETag').to.be.a('string');
  return { partNumber: part.partNumber, eTag: eTag! };
}

async function uploadAll(ctx: ApiContext, file: Blob, upload: AssetUpload) {
  const parts = await Promise.all(upload.uploadParts.map((part) => putPart(file, part)));
  await completeUpload(ctx, { assetId: upload.assetId, uploadId: upload.id, parts });
}

describe('api/guest uploads', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads a multi-part and a one-part file whose stored bytes match', async () => {
    const ctx = guestCtx();
    const big = new Blob([randomBytes(12 * MiB)], { type: 'application/octet-stream' });
    const small = new Blob([randomBytes(300 * 1024)], { type: 'image/jpeg' });
    const uploads = await createAssetUploads(ctx, [
      { batchItemId: 'big', path: '/big.bin', size: big.size },
      { batchItemId: 'small', path: '/small.jpg', size: small.size },
    ]);
    const bigUpload = uploads.big!;
    const smallUpload = uploads.small!;
    expect(bigUpload.uploadParts.length).to.be.greaterThan(1);
    expect(smallUpload.uploadParts).to.have.length(1);
    // Parts tile the file exactly: contiguous, inclusive end bytes, ending at size - 1.
    const last = bigUpload.uploadParts.at(-1)!;
    expect(last.endByte).to.equal(big.size - 1);
    bigUpload.uploadParts.forEach((part, i) => {
      const previous = bigUpload.uploadParts[i - 1];
      expect(part.startByte).to.equal(previous ? previous.endByte + 1 : 0);
    });

    await uploadAll(ctx, big, bigUpload);
    await uploadAll(ctx, small, smallUpload);

    expect(await storedSha256(bigUpload.assetId)).to.equal(await sha256Hex(big));
    expect(await storedSha256(smallUpload.assetId)).to.equal(await sha256Hex(small));
    const assets = await listAllAssets();
    const stored = assets.find((a) => a.id === smallUpload.assetId)!;
    expect(stored.state).to.equal('STAGED');
    expect(stored.size).to.equal(small.size);
    expect(await openMultipartUploads()).to.have.length(0);
  });

  it('honours a requested part size', async () => {
    const ctx = guestCtx();
    const uploads = await createAssetUploads(ctx, [
      { batchItemId: 'f', path: '/f.bin', size: 13 * MiB, partSize: 6 * MiB },
    ]);
    expect(uploads.f!.uploadParts.map((p) => p.endByte - p.startByte + 1)).to.deep.equal([6 * MiB, 6 * MiB, MiB]);
  });

  it('reports job progress while the upload job runs', async () => {
    const ctx = guestCtx();
    const fractions: number[] = [];
    await createAssetUploads(ctx, [{ batchItemId: 'a', path: '/a.txt', size: 5 }], {
      intervalMs: 10,
      onProgress: (progress) => fractions.push(progress.fraction),
    });
    expect(fractions.at(-1)).to.equal(1);
  });

  it('gets fresh part URLs, lists uploaded parts and resumes', async () => {
    const ctx = guestCtx();
    const file = new Blob([randomBytes(11 * MiB)]);
    const { f: upload } = await createAssetUploads(ctx, [{ batchItemId: 'f', path: '/resume.bin', size: file.size }]);
    const [first, ...rest] = upload!.uploadParts;
    const done = await putPart(file, first!);

    const listed = await listUploadParts(ctx, upload!.id);
    expect(listed.map((p) => [p.partNumber, p.eTag])).to.deep.equal([[first!.partNumber, done.eTag]]);

    const fresh = await requestPartUrls(ctx, {
      assetId: upload!.assetId,
      uploadId: upload!.id,
      path: '/resume.bin',
      size: file.size,
      parts: rest.map((p) => ({ partNumber: p.partNumber })),
    });
    expect(fresh.map((p) => p.partNumber)).to.deep.equal(rest.map((p) => p.partNumber));
    const others = await Promise.all(fresh.map((part) => putPart(file, part)));
    await completeUpload(ctx, { assetId: upload!.assetId, uploadId: upload!.id, parts: [done, ...others] });
    expect(await storedSha256(upload!.assetId)).to.equal(await sha256Hex(file));
  });

  it('aborts an upload, leaving no open multipart upload', async () => {
    const ctx = guestCtx();
    const { f: upload } = await createAssetUploads(ctx, [{ batchItemId: 'f', path: '/cancel.bin', size: 1000 }]);
    expect((await openMultipartUploads()).map((u) => u.uploadId)).to.include(upload!.id);
    await abortUpload(ctx, upload!.id);
    expect((await openMultipartUploads()).map((u) => u.uploadId)).not.to.include(upload!.id);
  });

  it('refuses a completion with a wrong size as bad-request', async () => {
    const ctx = guestCtx();
    const file = new Blob([randomBytes(2000)]);
    const { f: upload } = await createAssetUploads(ctx, [{ batchItemId: 'f', path: '/short.bin', size: 3000 }]);
    const part = await putPart(file, upload!.uploadParts[0]!);
    await expectDashError(
      completeUpload(ctx, { assetId: upload!.assetId, uploadId: upload!.id, parts: [part] }),
      'bad-request',
    );
  });

  it('reports an item the server refuses inside the job as upload-failed', async () => {
    const error = await expectDashError(
      createAssetUploads(guestCtx(), [
        {
          batchItemId: 'f',
          path: '/f.bin',
          size: 10,
          partUrlsRequest: { uploadId: 'no-such-upload', urlRequests: [{ partNumber: 1 }] },
        },
      ]),
      'upload-failed',
    );
    expect(error.message).to.contain('no-such-upload');
  });

  it('refuses a part size under 5 MiB as bad-request', async () => {
    await expectDashError(
      createAssetUploads(guestCtx(), [{ batchItemId: 'f', path: '/f.bin', size: 20 * MiB, partSize: 1000 }]),
      'bad-request',
    );
  });
});
