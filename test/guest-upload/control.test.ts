/**
 * Pause, resume, cancel and resume-after-reload, checked against what the S3 server holds.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { listUploadParts } from '../../src/api/guest-uploads.js';
import type { ApiContext } from '../../src/api/http.js';
import { guestTokenSource } from '../../src/api/tokens.js';
import {
  apiBase,
  listAllAssets,
  openMultipartUploads,
  requestLog,
  resetBackend,
  setFaults,
} from '../support/backend.js';
import {
  $,
  expectOneAssetEach,
  expectStoredAsFiles,
  MiB,
  GUEST_UPLOAD,
  mountAtEmailForm,
  mountReady,
  SUBDOMAIN,
  submitEmail,
  randomFile,
  selectFiles,
  waitForStatus,
} from './helpers.js';

const RESUME_PREFIX = 'dash-upload-resume:';
const resumeRecords = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(RESUME_PREFIX))
    .map((key) => localStorage.getItem(key)!);

const guestCtx = (): ApiContext => ({
  apiBase,
  auth: guestTokenSource({ apiBase }, { subdomain: SUBDOMAIN, guestUpload: GUEST_UPLOAD, email: 'guest@example.com' }),
});

/**
 * The part listings the page receives (the element asks before resuming) until `stop()`: what
 * the element knew was stored when it decided which parts to send.
 */
function watchPartListings(uploadId: string): { listings: unknown[][]; stop: () => void } {
  const listings: unknown[][] = [];
  const realFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await realFetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(`/asset-uploads/${uploadId}/parts`) && response.ok) {
      const { result } = (await response.clone().json()) as { result: { parts: unknown[] } };
      listings.push(result.parts);
    }
    return response;
  };
  return { listings, stop: () => (window.fetch = realFetch) };
}

/** The server's parts of an upload once two readings in a row agree (a part being stored settles). */
async function settledParts(uploadId: string): Promise<Awaited<ReturnType<typeof listUploadParts>>> {
  let previous = JSON.stringify(await listUploadParts(guestCtx(), uploadId));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const parts = await listUploadParts(guestCtx(), uploadId);
    if (JSON.stringify(parts) === previous) return parts;
    previous = JSON.stringify(parts);
  }
}

/** Every part PUT is refused (and retried with backoff) until the faults are cleared. */
const stallParts = () => setFaults({ partPut: { failRate: 1, status: 503 } });

describe('dash-guest-upload: pause, resume, cancel, reload', function () {
  this.timeout(120_000);
  beforeEach(async () => {
    await resetBackend();
    for (const key of Object.keys(localStorage)) if (key.startsWith(RESUME_PREFIX)) localStorage.removeItem(key);
  });
  after(() => resetBackend());

  it('cancel aborts the multipart upload on the server', async () => {
    await stallParts();
    const el = await mountReady();
    selectFiles(el, [randomFile('cancel-me.bin', 12 * MiB)]);
    await waitUntil(() => resumeRecords().length === 1, 'the upload is created and resumable', {
      timeout: 20_000,
    });
    expect(await openMultipartUploads()).to.have.length(1);
    $<HTMLButtonElement>(el, 'button[data-action=cancel]')!.click();
    await waitUntil(async () => (await openMultipartUploads()).length === 0, 'the upload was aborted', {
      timeout: 20_000,
    });
    expect(el.files).to.have.length(0);
    expect(resumeRecords(), 'nothing left to resume').to.have.length(0);
  });

  it('pauses and resumes', async () => {
    await stallParts();
    const el = await mountReady();
    selectFiles(el, [randomFile('pause-me.bin', 12 * MiB)]);
    await waitUntil(async () => (await openMultipartUploads()).length === 1, 'the upload is open', {
      timeout: 20_000,
    });
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented, 'leaving mid-upload asks first').to.equal(true);
    $<HTMLButtonElement>(el, 'button[data-action=pause]')!.click();
    await waitForStatus(el, ['paused'], 1);
    await setFaults({});
    const putsWhilePaused = (await requestLog()).filter((r) => r.method === 'PUT' && r.status === 200).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const putsAfter = (await requestLog()).filter((r) => r.method === 'PUT' && r.status === 200).length;
    expect(putsAfter, 'nothing is sent while paused').to.equal(putsWhilePaused);
    $<HTMLButtonElement>(el, 'button[data-action=resume]')!.click();
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(['pause-me.bin']);
    const leavingAfter = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leavingAfter);
    expect(leavingAfter.defaultPrevented, 'nothing to lose once done').to.equal(false);
  });

  it('resumes a re-selected file after a reload, sending only the missing parts', async () => {
    const file = randomFile('resume-me.bin', 36 * MiB); // 6 parts
    // One request at a time, so the upload is caught midway: when the first part has arrived,
    // at most the one after it is in flight.
    const first = await mountReady({ concurrency: 1 });
    selectFiles(first, [file]);
    await waitUntil(
      async () => (await requestLog()).some((r) => r.method === 'PUT' && r.status === 200),
      'a part arrived',
      { timeout: 30_000, interval: 50 },
    );
    first.remove(); // like closing the tab
    const [record] = resumeRecords();
    const saved = JSON.parse(record);
    expect(Object.keys(saved).sort(), 'the record holds no token').to.deep.equal(
      ['assetId', 'partSize', 'path', 'sample', 'savedAt', 'sent', 'size', 'uploadId'].sort(),
    );
    expect(record).not.to.match(/eyJ|Bearer|token/i);
    // A part in flight when the element went may still land: wait until the server's listing holds still.
    const listed = await settledParts(saved.uploadId);
    expect(listed.length, 'some but not all parts arrived').to.be.within(1, 5);
    const logBefore = (await requestLog()).length;

    const second = await mountReady();
    const seen = watchPartListings(saved.uploadId);
    selectFiles(second, [file]);
    await waitForStatus(second, ['done'], 1);
    seen.stop();
    // The parts stored when the element asked: those it must not send again (a part that was
    // still landing then counts among them only if it had landed).
    expect(seen.listings.length, 'the element asked which parts are stored').to.be.at.least(1);
    const stored = seen.listings[0].length;
    expect(stored, 'what was listed is still there').to.be.at.least(listed.length);
    expect(second.files[0].assetId, 'the same asset continued').to.equal(saved.assetId);
    await expectStoredAsFiles(second);
    const resent = (await requestLog())
      .slice(logBefore)
      .filter((r) => r.method === 'PUT' && r.path.includes(`/${saved.assetId}/`) && r.status === 200);
    expect(resent.length, 'only the missing parts were sent').to.equal(6 - stored);
    await expectOneAssetEach(['resume-me.bin']);
    expect(resumeRecords(), 'cleared on completion').to.have.length(0);
    expect((await listAllAssets()).length).to.be.greaterThan(0);
  });

  it('lists the files a reload interrupted, with how far each got, until they are chosen again', async () => {
    const file = randomFile('unfinished.bin', 36 * MiB); // 6 parts
    const first = await mountReady({ concurrency: 1 });
    selectFiles(first, [file]);
    await waitUntil(() => resumeRecords().some((r) => JSON.parse(r).sent > 0), 'a stored part is recorded', {
      timeout: 30_000,
      interval: 50,
    });
    first.remove(); // like closing the tab
    const { sent } = JSON.parse(resumeRecords()[0]) as { sent: number };
    const second = await mountAtEmailForm();
    await waitUntil(() => $(second, '[part=unfinished] li'), 'the unfinished file is listed');
    const listed = $(second, '[part=unfinished]')!.textContent!;
    expect(listed).to.match(/choose these files again to continue/);
    expect(listed).to.contain('unfinished.bin');
    expect(listed).to.match(new RegExp(`${(sent / 1e6).toFixed(1).replace('.0', '')} MB of 37\\.7 MB`));
    await submitEmail(second, 'guest@example.com');
    selectFiles(second, [file]);
    await waitForStatus(second, ['done'], 1);
    await second.updateComplete;
    expect($(second, '[part=unfinished]'), 'no longer listed').to.equal(null);
    await expectStoredAsFiles(second);
    await expectOneAssetEach(['unfinished.bin']);
  });

  it('a removed element cancels nothing server-side', async () => {
    await stallParts();
    const uploader = await mountReady();
    selectFiles(uploader, [randomFile('kept.bin', 6 * MiB)]);
    await waitUntil(() => resumeRecords().length === 1, 'the upload is created', { timeout: 20_000 });
    uploader.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await openMultipartUploads(), 'kept for a resume').to.have.length(1);
  });
});
