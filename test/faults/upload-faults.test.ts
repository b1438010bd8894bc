/**
 * Upload faults, injected by the local backend around the S3 parts of <dash-guest-upload>: flaky,
 * refused and dropped part PUTs, a guest token and part URLs that expire mid-upload, a hidden ETag,
 * a failed job poll, a refused batch job and a refused completion. Every file still arrives
 * byte-identical, no asset is created twice, no stored part is sent again and no multipart upload
 * is left open. (Cancel aborting its upload is in test/guest-upload/control.test.ts; the other
 * endpoints' bad answers in bad-responses.test.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
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
import { upload } from '../../src/i18n/en/upload.js';

/** Presses the retry button of every failed file, as a visitor would. */
function retryEveryFailedFile(el: DashGuestUpload): void {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-action=retry]')) button.click();
}

describe('dash-guest-upload: upload faults', function () {
  this.timeout(120_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('completes several files while 10% of part PUTs fail', async () => {
    await setFaults({ partPut: { failRate: 0.1, status: 500 } });
    const el = await mountReady();
    const files = [
      randomFile('flaky-a.bin', 20 * MiB),
      randomFile('flaky-b.bin', 11 * MiB),
      randomFile('flaky-c.jpg', 200 * 1024, 'image/jpeg'),
    ];
    selectFiles(el, files);
    await waitForStatus(el, ['done'], 3, 110_000);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(files.map((f) => f.name));
    // Retries resend only failed parts: each part of the 20 MiB file (4 parts) was stored exactly once.
    const a = el.files.find((f) => f.name === 'flaky-a.bin')!;
    expect(await partPutsFor(a.assetId!)).to.equal(4);
  });

  it('retries refused parts with backoff, never resending finished ones', async () => {
    await setFaults({ partPut: { failRate: 1, status: 500, count: 3 } });
    const el = await mountReady();
    selectFiles(el, [randomFile('refused.bin', 20 * MiB)]);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    const refused = (await requestLog()).filter((r) => r.method === 'PUT' && r.status === 500);
    expect(refused, 'three PUTs were refused').to.have.length(3);
    expect(await partPutsFor(el.files[0].assetId!), 'each of the 4 parts stored once').to.equal(4);
  });

  it('recovers from a connection dropped mid-part', async () => {
    await setFaults({ partPut: { dropAfterFraction: 0.5, count: 1 } });
    const el = await mountReady();
    selectFiles(el, [randomFile('dropped.bin', 13 * MiB)]);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['dropped.bin']);
    // The dropped part was sent again; the parts that had arrived were not.
    expect(await partPutsFor(el.files[0].assetId!), 'each of the 3 parts stored once').to.equal(3);
  });

  it('aborts a part PUT that hangs (connection taken, nothing sent back) and retries it after the stall limit', async () => {
    // One part PUT meets a server that takes the connection and goes silent; the browser's own
    // timeout would wait minutes. With a 2 s stall limit the part is sent again within seconds.
    await setFaults({ partPut: { hang: true, count: 1 } });
    const el = await mountReady({ stallTimeout: 2000 });
    const started = performance.now();
    selectFiles(el, [randomFile('stalled.bin', 13 * MiB)]);
    await waitForStatus(el, ['done'], 1, 40_000);
    expect(performance.now() - started, 'done long before any platform timeout').to.be.below(30_000);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['stalled.bin']);
    expect(await partPutsFor(el.files[0].assetId!), 'each of the 3 parts stored once').to.equal(3);
  });

  it('refreshes the guest token when it expires mid-upload', async () => {
    // Tokens live 1 s and every API answer takes 300 ms: the token runs out during the upload.
    await setFaults({ tokenTtlSeconds: 1, latencyMs: 300 });
    const el = await mountReady();
    selectFiles(el, [randomFile('token-a.bin', 12 * MiB), randomFile('token-b.bin', 6 * MiB)]);
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['token-a.bin', 'token-b.bin']);
    const tokens = (await requestLog()).filter((r) => r.method === 'POST' && r.path === '/guest-upload-access-tokens');
    expect(tokens.length, 'a fresh token was issued with the same email').to.be.greaterThan(1);
  });

  it('gets a fresh part URL after a 403 for an expired one', async () => {
    await setFaults({ partUrlTtlSeconds: 0 });
    const el = await mountReady();
    selectFiles(el, [randomFile('expired.bin', 12 * MiB)]);
    await waitUntil(
      async () => (await requestLog()).some((r) => r.method === 'PUT' && r.status === 403),
      'a part URL was refused as expired',
      { timeout: 20_000, interval: 50 },
    );
    await setFaults({}); // URLs issued from now on are valid
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['expired.bin']);
    expect(await openMultipartUploads()).to.deep.equal([]);
  });

  it('fails clearly, naming the CORS cause, when the ETag is not exposed', async () => {
    await setFaults({ partPut: { hideEtag: true } });
    const el = await mountReady();
    const errors: string[] = [];
    el.addEventListener('dash-upload-error', (e) => errors.push(e.detail.error.message));
    selectFiles(el, [randomFile('no-etag.bin', 6 * MiB)]);
    await waitForStatus(el, ['failed'], 1);
    expect(errors[0]).to.match(/ExposeHeaders/);
    // The CORS cause is for the site's developers (the event, dash-error); the guest reads plain words.
    expect($(el, '[part=file-error]')!.textContent).to.equal(upload.failed);
    // Retry after the storage is fixed continues the same upload.
    await setFaults({});
    retryEveryFailedFile(el);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['no-etag.bin']);
  });

  /*
   * Found by the bad-responses table and fixed in the element (0e1165c): a failed job poll used to
   * leave the job's multipart upload open forever, because a retry started a second job.
   */
  it('retries a file whose job poll failed without orphaning the first upload', async () => {
    await setFaults({ routes: [{ method: 'GET', path: '^/asset-and-upload-batch-jobs/[^/]+$', status: 500 }] });
    const el = await mountReady();
    selectFiles(el, [randomFile('poll.bin', 6 * MiB)]);
    await waitForStatus(el, ['failed'], 1);
    expect($(el, '[part=file-error]')!.textContent!.trim(), 'the failure is shown').not.to.equal('');
    await setFaults({});
    retryEveryFailedFile(el);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['poll.bin']);
    expect(await openMultipartUploads(), 'nothing left open').to.deep.equal([]);
  });

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
