/**
 * <dash-guest-upload> against the local backend and its real S3 server: files go through Uppy's
 * multipart upload and the Dash flow, and the stored objects hash-equal the files.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { openMultipartUploads, requestLog, resetBackend } from '../support/backend.js';
import type { UploadCompleteDetail, UploadStartDetail } from '../../src/guest-upload.js';
import {
  $,
  expectOneAssetEach,
  expectStoredAsFiles,
  MiB,
  mountReady,
  partPutsFor,
  randomFile,
  selectFiles,
  waitForStatus,
} from './helpers.js';

describe('dash-guest-upload: uploads', function () {
  this.timeout(90_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads a one-part and a three-part file byte-identical, with events', async () => {
    const el = await mountReady();
    const small = randomFile('small.jpg', 300 * 1024, 'image/jpeg');
    const big = randomFile('big.bin', 13 * MiB);
    const progress: { bytesUploaded: number; bytesTotal: number }[] = [];
    el.addEventListener('dash-upload-progress', (e) => progress.push(e.detail));
    const started = oneEvent(el, 'dash-upload-start') as Promise<CustomEvent<UploadStartDetail>>;
    const completed = oneEvent(el, 'dash-upload-complete') as Promise<CustomEvent<UploadCompleteDetail>>;
    selectFiles(el, [small, big]);
    expect((await started).detail.files.map((f) => f.name)).to.deep.equal(['small.jpg', 'big.bin']);
    const { detail } = await completed;
    expect(detail.assets.map((a) => a.filename).sort()).to.deep.equal(['big.bin', 'small.jpg']);
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
    expect(progress.length, 'progress was reported').to.be.greaterThan(0);
    expect(progress.at(-1)!.bytesTotal).to.equal(small.size + big.size);
    const bigAsset = el.files.find((f) => f.name === 'big.bin')!.assetId!;
    expect(await partPutsFor(bigAsset), "13 MiB in 6 MiB parts (more than 5 MiB: the API's rule)").to.equal(3);
    expect(await openMultipartUploads()).to.deep.equal([]);
    await expectOneAssetEach(['small.jpg', 'big.bin']);
    const jobs = (await requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-and-upload-batch-jobs');
    expect(jobs, 'files added together share one batch job').to.have.length(1);
  });

  it('creates a batch of files in two batch jobs: a small first one, so parts go while the server makes the rest', async () => {
    const el = await mountReady({ concurrency: 2 });
    const files = Array.from({ length: 20 }, (_, i) => randomFile(`many-${i}.bin`, 20_000));
    selectFiles(el, files);
    await waitForStatus(el, ['done'], files.length);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(files.map((f) => f.name));
    const jobs = (await requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-and-upload-batch-jobs');
    expect(jobs, 'two jobs for the 20 files, not one per file').to.have.length(2);
  });

  it('asks for the link data once: signing in reuses what the element shows and asks for the token alone', async () => {
    await mountReady();
    const log = await requestLog();
    const linkReads = log.filter(
      (r) => r.method === 'GET' && r.path.includes('/publicly-available-guest-upload-data/'),
    );
    expect(linkReads, 'the link data, read once').to.have.length(1);
    expect(log.filter((r) => r.method === 'POST' && r.path === '/guest-upload-access-tokens')).to.have.length(1);
  });

  it('sends files in the order they were chosen, a large one before small ones chosen after it', async () => {
    const el = await mountReady({ concurrency: 1 });
    const files = [
      randomFile('first-large.bin', 13 * MiB),
      randomFile('second-small.bin', 20_000),
      randomFile('third-small.bin', 20_000),
    ];
    selectFiles(el, files);
    await waitForStatus(el, ['done'], files.length);
    const puts = (await requestLog()).filter((r) => r.method === 'PUT' && r.status === 200);
    const firstPutOf = (name: string) => {
      const { assetId } = el.files.find((f) => f.name === name)!;
      return puts.findIndex((r) => r.path.includes(`/${assetId}/`));
    };
    const order = files.map((f) => firstPutOf(f.name));
    expect(
      order.every((index) => index >= 0),
      'every file was sent',
    ).to.equal(true);
    expect(
      [...order].sort((a, b) => a - b),
      'first parts in the order chosen',
    ).to.deep.equal(order);
  });

  it('takes files dropped on the drop zone and pasted into the page', async () => {
    const el = await mountReady();
    const dropped = randomFile('dropped.png', 50_000, 'image/png');
    const pasted = randomFile('pasted.png', 60_000, 'image/png');
    const zone = $(el, '[part=dropzone]')!;
    const dropData = new DataTransfer();
    dropData.items.add(dropped);
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dropData, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging'), 'the drop target is highlighted').to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dropData, bubbles: true, cancelable: true }));
    await waitForStatus(el, ['done'], 1);
    const pasteData = new DataTransfer();
    pasteData.items.add(pasted);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasteData, bubbles: true }));
    await waitForStatus(el, ['done'], 2);
    expect(el.files.map((f) => f.name)).to.deep.equal(['dropped.png', 'pasted.png']);
    await expectStoredAsFiles(el);
  });
});
