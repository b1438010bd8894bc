/**
 * Upload faults the guest-upload suite (test/guest-upload/faults.test.ts: flaky and dropped part
 * PUTs, token and part-URL expiry, hidden ETag; control.test.ts: cancel aborts) leaves out: API
 * failures around the S3 parts — the batch job for several files refused, and the completion
 * refused after every part is stored. Bytes are verified, no asset is created twice, no part is
 * sent twice, and no multipart upload is left open.
 */
import { expect } from '@open-wc/testing';
import { openMultipartUploads, requestLog, resetBackend, setFaults } from '../support/backend.js';
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
} from '../guest-upload/helpers.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';

function retryEveryFailedFile(el: DashGuestUpload): void {
  const shadow = el.shadowRoot!;
  for (const button of shadow.querySelectorAll<HTMLButtonElement>('button[data-action=retry]')) button.click();
}

describe('hardening: upload faults around the parts', function () {
  this.timeout(90_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('a refused batch job (429 + Retry-After) fails all its files clearly; retry stores each once', async () => {
    await setFaults({
      routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', status: 429, retryAfter: 1, count: 1 }],
    });
    const el = await mountReady();
    const files = [
      randomFile('batch-a.bin', 6 * MiB),
      randomFile('batch-b.jpg', 300 * 1024, 'image/jpeg'),
      randomFile('batch-c.bin', 1 * MiB),
    ];
    selectFiles(el, files);
    await waitForStatus(el, ['failed', 'done'], 3, 30_000);
    // Creating a job is not idempotent, so the client does not repeat it by itself.
    const failed = el.files.filter((f) => f.status === 'failed');
    expect(failed.length, 'files of the refused job').to.be.greaterThan(0);
    expect($(el, '[part=file-error]')!.textContent!.trim()).not.to.equal('');
    retryEveryFailedFile(el);
    await waitForStatus(el, ['done'], 3, 60_000);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(files.map((f) => f.name));
    expect(await openMultipartUploads()).to.deep.equal([]);
  });

  it('a refused completion after all parts are stored: retry completes without resending parts', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-upload-completions$', status: 500, count: 1 }] });
    const el = await mountReady();
    selectFiles(el, [randomFile('complete-later.bin', 13 * MiB)]); // 3 parts of 6 MiB
    await waitForStatus(el, ['failed'], 1, 60_000);
    expect($(el, '[part=file-error]')!.textContent!.trim()).not.to.equal('');
    const assetId = el.files[0].assetId;
    retryEveryFailedFile(el);
    await waitForStatus(el, ['done'], 1, 60_000);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['complete-later.bin']);
    if (assetId) expect(el.files[0].assetId, 'the same asset').to.equal(assetId);
    expect(await partPutsFor(el.files[0].assetId!), 'each of the 3 parts stored once').to.equal(3);
    const completions = (await requestLog()).filter((r) => r.path === '/asset-upload-completions');
    expect(completions.map((r) => r.status)).to.deep.equal([500, 200]);
    expect(await openMultipartUploads()).to.deep.equal([]);
  });
});
