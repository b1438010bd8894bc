/**
 * <dash-guest-upload> against the local backend and its real S3 server: files go through Uppy's
 * multipart upload and the Dash flow, and the stored objects hash-equal the files.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { openMultipartUploads, resetBackend } from '../support/backend.js';
import type { UploadCompleteDetail, UploadStartDetail } from '../../src/guest-upload.js';
import { expectOneAssetEach, expectStoredAsFiles, MiB, mountReady, partPutsFor, randomFile, selectFiles, waitForStatus } from './helpers.js';

describe('dash-guest-upload: uploads', function () {
  this.timeout(90_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads a one-part and a three-part file byte-identical, with events', async () => {
    const el = await mountReady();
    const small = randomFile('small.jpg', 300 * 1024, 'image/jpeg');
    const big = randomFile('big.bin', 12 * MiB);
    const started = oneEvent(el, 'dash-upload-start') as Promise<CustomEvent<UploadStartDetail>>;
    const completed = oneEvent(el, 'dash-upload-complete') as Promise<CustomEvent<UploadCompleteDetail>>;
    selectFiles(el, [small, big]);
    expect((await started).detail.files.map((f) => f.name)).to.deep.equal(['small.jpg', 'big.bin']);
    const { detail } = await completed;
    expect(detail.assets.map((a) => a.filename).sort()).to.deep.equal(['big.bin', 'small.jpg']);
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
    const bigAsset = el.files.find((f) => f.name === 'big.bin')!.assetId!;
    expect(await partPutsFor(bigAsset), '12 MiB in 5 MiB parts').to.equal(3);
    expect(await openMultipartUploads()).to.deep.equal([]);
    await expectOneAssetEach(['small.jpg', 'big.bin']);
  });
});
