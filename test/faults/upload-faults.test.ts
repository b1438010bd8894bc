/**
 * Bad networks and expiring credentials, injected by the local backend: every file still arrives
 * byte-identical, and no asset is created twice.
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
} from './helpers.js';

describe('dash-guest-upload: faults', function () {
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
    expect($(el, '[part=file-error]')!.textContent).to.match(/ETag/);
    // Retry after the storage is fixed continues the same upload.
    await setFaults({});
    $<HTMLButtonElement>(el, 'button[data-action=retry]')!.click();
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['no-etag.bin']);
  });

  it('retries a file whose job poll failed without orphaning the first upload', async () => {
    await setFaults({ routes: [{ method: 'GET', path: '^/asset-and-upload-batch-jobs/[^/]+$', status: 500 }] });
    const el = await mountReady();
    selectFiles(el, [randomFile('poll.bin', 6 * MiB)]);
    await waitForStatus(el, ['failed'], 1);
    await setFaults({});
    $<HTMLButtonElement>(el, 'button[data-action=retry]')!.click();
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['poll.bin']);
    expect(await openMultipartUploads(), 'nothing left open').to.deep.equal([]);
  });
});
