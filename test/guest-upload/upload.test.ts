/**
 * <dash-guest-upload> against the local backend and its real S3 server: files go through Uppy's
 * multipart upload and the Dash flow, and the stored objects hash-equal the files.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { listAllAssets, openMultipartUploads, resetBackend, sha256Hex, storedSha256 } from '../support/backend.js';
import { MiB, mountReady, partPutsFor, randomFile, selectFiles, waitForStatus } from './helpers.js';

async function expectStoredAsFiles(el: HTMLElement & { files: { assetId?: string; data: File }[] }) {
  for (const file of el.files) {
    expect(file.assetId, `${file.data.name} has an asset`).to.be.a('string');
    expect(await storedSha256(file.assetId!), `${file.data.name} stored byte-identical`).to.equal(
      await sha256Hex(file.data),
    );
  }
}

describe('dash-guest-upload: uploads', function () {
  this.timeout(90_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads a one-part and a three-part file byte-identical, with events', async () => {
    const el = await mountReady();
    const small = randomFile('small.jpg', 300 * 1024, 'image/jpeg');
    const big = randomFile('big.bin', 12 * MiB);
    const started = oneEvent(el, 'dash-upload-start');
    const completed = oneEvent(el, 'dash-upload-complete');
    selectFiles(el, [small, big]);
    expect((await started).detail.files.map((f) => f.name)).to.deep.equal(['small.jpg', 'big.bin']);
    const { detail } = await completed;
    expect(detail.assets.map((a) => a.filename).sort()).to.deep.equal(['big.bin', 'small.jpg']);
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
    const bigAsset = el.files.find((f) => f.name === 'big.bin')!.assetId!;
    expect(await partPutsFor(bigAsset), '12 MiB in 5 MiB parts').to.equal(3);
    expect(await openMultipartUploads()).to.deep.equal([]);
    expect((await listAllAssets()).filter((a) => ['small.jpg', 'big.bin'].includes(a.filename))).to.have.length(2);
  });
});
