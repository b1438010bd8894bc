/**
 * The guest upload's main flow against both backend profiles: the default one (with the local
 * extensions list-parts, abort and the job lookup) and the seed one (only what seed 002 prints,
 * part URLs named `uploadUrl`). Pause → resume, retry after failed parts, cancel, reload-resume,
 * a different file under the same resume key, a lost batch-job answer, and jobs whose parts carry
 * no URL: every file ends stored byte-identical (sha256), and the server is never asked to list
 * parts during a session.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DashGuestUpload, UploadCompleteDetail } from '../../src/guest-upload.js';
import { backendFor, PROFILES, sha256Hex, type Faults } from '../support/backend.js';
import {
  $,
  expectOneAssetEach,
  expectStoredAsFiles,
  MiB,
  mountReady,
  randomFile,
  selectFiles,
  waitForStatus,
} from './helpers.js';

const RESUME_PREFIX = 'dash-upload-resume:';
const resumeRecords = () => Object.keys(localStorage).filter((key) => key.startsWith(RESUME_PREFIX));
const clearResumeRecords = () => resumeRecords().forEach((key) => localStorage.removeItem(key));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const click = (el: DashGuestUpload, action: string) =>
  $<HTMLButtonElement>(el, `button[data-action=${action}]`)!.click();
const noticesText = (el: DashGuestUpload) => $(el, '[part=notices]')?.textContent ?? '';

/** Route faults this slice added to the backend (see demo/backend/faults.js and dash/uploads.js). */
type UploadFaults = Faults & {
  uploadPartsWithoutUrls?: boolean;
  routes?: (NonNullable<Faults['routes']>[number] & { dropResponse?: boolean })[];
};

for (const profile of PROFILES) {
  describe(`dash-guest-upload against the real API's shape (${profile} profile)`, function () {
    this.timeout(120_000);
    const backend = backendFor(profile);
    const hasExtensions = profile === 'default';
    const setFaults = (faults: UploadFaults) => backend.setFaults(faults);
    const mount = (attributes: Parameters<typeof mountReady>[0] = {}) =>
      mountReady({ apiBase: backend.apiBase, ...attributes });
    const partPuts = async (assetId: string) =>
      (await backend.requestLog()).filter(
        (r) => r.method === 'PUT' && r.path.includes(`/${assetId}/`) && r.status === 200,
      ).length;
    /** The server is never asked to list parts while a page uploads (the Dash API cannot). */
    const expectNoListParts = async () => {
      const listed = (await backend.requestLog()).filter((r) => r.method === 'GET' && r.path.endsWith('/parts'));
      expect(listed, 'no GET /asset-uploads/{id}/parts').to.deep.equal([]);
    };
    const firstStoredPart = () =>
      waitUntil(
        async () => (await backend.requestLog()).some((r) => r.method === 'PUT' && r.status === 200),
        'a part arrived',
        {
          timeout: 30_000,
          interval: 50,
        },
      );

    beforeEach(async () => {
      await backend.reset();
      clearResumeRecords();
    });
    after(() => backend.reset());

    it('pauses and resumes from its own record of finished parts', async () => {
      const el = await mount({ concurrency: 1 });
      const file = randomFile('pause.bin', 30 * MiB); // 5 parts
      selectFiles(el, [file]);
      await firstStoredPart();
      click(el, 'pause');
      await waitForStatus(el, ['paused'], 1);
      const putsWhilePaused = (await backend.requestLog()).filter((r) => r.method === 'PUT').length;
      await sleep(800);
      expect(
        (await backend.requestLog()).filter((r) => r.method === 'PUT').length,
        'nothing sent while paused',
      ).to.equal(putsWhilePaused);
      click(el, 'resume');
      await waitForStatus(el, ['done'], 1);
      await expectStoredAsFiles(el, backend);
      await expectOneAssetEach(['pause.bin'], backend);
      // Finished parts are not sent again; at most the one cut off by the pause is.
      expect(await partPuts(el.files[0].assetId!)).to.be.within(5, 6);
      await expectNoListParts();
      expect(await backend.openMultipartUploads()).to.deep.equal([]);
    });

    it('retries a file that failed on a part, resending only the parts that did not arrive', async () => {
      const el = await mount({ concurrency: 1 });
      const file = randomFile('retry.bin', 19 * MiB); // 4 parts
      const errors: string[] = [];
      el.addEventListener('dash-upload-error', (e) => errors.push(e.detail.error.code));
      selectFiles(el, [file]);
      await firstStoredPart();
      await setFaults({ partPut: { failRate: 1, status: 500 } });
      await waitForStatus(el, ['failed'], 1, 60_000);
      expect(errors).to.have.length(1);
      await setFaults({});
      click(el, 'retry');
      await waitForStatus(el, ['done'], 1);
      await expectStoredAsFiles(el, backend);
      await expectOneAssetEach(['retry.bin'], backend);
      expect(await partPuts(el.files[0].assetId!), 'each of the 4 parts stored once').to.equal(4);
      await expectNoListParts();
    });

    it(
      hasExtensions
        ? 'cancel aborts the upload on the server'
        : 'cancel without an abort route says the parts expire, with no error',
      async () => {
        await setFaults({ partPut: { failRate: 1, status: 503 } });
        const el = await mount();
        const errors: unknown[] = [];
        el.addEventListener('dash-error', (e) => errors.push(e.detail));
        el.addEventListener('dash-upload-error', (e) => errors.push(e.detail));
        selectFiles(el, [randomFile('cancel.bin', 13 * MiB)]);
        await waitUntil(() => resumeRecords().length === 1, 'the upload is created', { timeout: 20_000 });
        expect(await backend.openMultipartUploads()).to.have.length(1);
        click(el, 'cancel');
        await waitUntil(() => el.files.length === 0, 'the file left the list');
        await sleep(300);
        expect(resumeRecords(), 'nothing left to resume').to.have.length(0);
        expect(errors, 'no error reported').to.deep.equal([]);
        if (hasExtensions) {
          await waitUntil(async () => (await backend.openMultipartUploads()).length === 0, 'the upload was aborted');
          expect(noticesText(el)).not.to.match(/removes them/);
        } else {
          expect(await backend.openMultipartUploads(), 'left for the bucket lifecycle').to.have.length(1);
          await waitUntil(
            () => /cancel\.bin cancelled\..*removes them automatically later/.test(noticesText(el)),
            'the notice',
          );
        }
      },
    );

    it(
      hasExtensions
        ? 'resumes a re-selected file after a reload from the listed, verified parts'
        : 'starts a re-selected file afresh after a reload (no list-parts), and says so',
      async () => {
        const file = randomFile('reload.bin', 30 * MiB); // 5 parts
        const first = await mount({ concurrency: 1 });
        selectFiles(first, [file]);
        await firstStoredPart();
        first.remove(); // like closing the tab
        await sleep(500);
        const saved = JSON.parse(localStorage.getItem(resumeRecords()[0])!);
        const second = await mount();
        selectFiles(second, [file]);
        await waitForStatus(second, ['done'], 1);
        await expectStoredAsFiles(second, backend);
        if (hasExtensions) {
          expect(second.files[0].assetId, 'the same asset continued').to.equal(saved.assetId);
          await expectOneAssetEach(['reload.bin'], backend);
          expect(noticesText(second)).to.equal('');
        } else {
          expect(second.files[0].assetId, 'a new asset').not.to.equal(saved.assetId);
          expect(noticesText(second)).to.match(/reload\.bin could not continue where it stopped/);
        }
        expect(resumeRecords(), 'cleared on completion').to.have.length(0);
      },
    );

    it('never continues an upload with a different file of the same name, size and date', async () => {
      const lastModified = Date.now() - 3_600_000;
      const bytes = new Uint8Array(await randomFile('same.bin', 13 * MiB).arrayBuffer());
      const original = new File([bytes], 'same.bin', { lastModified });
      // Same first and last bytes (the cheap sample matches); different bytes inside part 1, which
      // arrives first: only the part's MD5 against its ETag can tell.
      const changed = bytes.slice();
      crypto.getRandomValues(changed.subarray(MiB, MiB + 4096));
      const other = new File([changed], 'same.bin', { lastModified });
      const first = await mount({ concurrency: 1 });
      selectFiles(first, [original]);
      await firstStoredPart();
      first.remove();
      await sleep(500);
      expect(resumeRecords()).to.have.length(1);
      const second = await mount();
      selectFiles(second, [other]);
      await waitForStatus(second, ['done'], 1);
      expect(await backend.storedSha256(second.files[0].assetId!), 'the stored bytes are the new file').to.equal(
        await sha256Hex(other),
      );
      if (hasExtensions) expect(noticesText(second), 'a new file starts without a notice').to.equal('');
      else expect(noticesText(second), 'without list-parts nothing can be checked').to.match(/from the start/);
    });

    it('uploads when the job lists parts without URLs, as the seed prints it', async () => {
      await setFaults({ uploadPartsWithoutUrls: true });
      const el = await mount();
      selectFiles(el, [randomFile('bare.bin', 13 * MiB), randomFile('bare-small.jpg', 100_000, 'image/jpeg')]);
      await waitForStatus(el, ['done'], 2);
      await expectStoredAsFiles(el, backend);
      const asked = (await backend.requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-uploads');
      expect(asked.length, 'URLs asked for with partUrlsRequest').to.be.greaterThan(0);
    });

    /** Assets named `name`, POSTs of batch jobs, and multipart uploads left open. */
    const orphanCount = async (name: string) => ({
      assets: (await backend.listAllAssets()).filter((a) => a.filename === name).length,
      posts: (await backend.requestLog()).filter(
        (r) => r.method === 'POST' && r.path === '/asset-and-upload-batch-jobs',
      ).length,
      open: (await backend.openMultipartUploads()).length,
    });
    /**
     * What is left after the file is done: with the job lookup and abort (default profile) only
     * the file's asset; without them (the documented API) one STAGED asset and one open upload
     * per job whose answer was lost, since nothing documented finds them (a known limit).
     */
    const expectNoOrphans = async (name: string) => {
      if (hasExtensions) {
        await waitUntil(async () => (await orphanCount(name)).open === 0, 'unused uploads aborted', {
          timeout: 10_000,
        });
        expect((await orphanCount(name)).assets, 'one asset').to.equal(1);
      } else {
        const { assets, posts, open } = await orphanCount(name);
        expect(assets, 'an asset per job made').to.equal(posts);
        expect(open, "the lost jobs' uploads stay open").to.equal(posts - 1);
      }
    };

    it('a lost batch-job answer: the retry looks for the job it made before making another', async () => {
      // Every create answer is lost (Chrome may resend a POST by itself: more jobs then).
      await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', dropResponse: true }] });
      const el = await mount();
      selectFiles(el, [randomFile('lost.bin', 13 * MiB)]);
      await waitForStatus(el, ['failed'], 1);
      const made = await orphanCount('lost.bin');
      expect(made.posts).to.be.greaterThan(0);
      expect(made.assets, 'the server made every one').to.equal(made.posts);
      await setFaults({});
      click(el, 'retry');
      await waitForStatus(el, ['done'], 1);
      await expectStoredAsFiles(el, backend);
      const after = await orphanCount('lost.bin');
      if (hasExtensions) expect(after.posts, 'the retry found the job: no new one').to.equal(made.posts);
      else expect(after.posts, 'the retry had to make a new job').to.equal(made.posts + 1);
      await expectNoOrphans('lost.bin');
    });

    it('a create answer lost once (the browser resends the POST by itself) leaves no orphan where the server can look', async () => {
      await setFaults({
        routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', dropResponse: true, count: 1 }],
      });
      const el = await mount();
      selectFiles(el, [randomFile('resent.bin', 13 * MiB)]);
      await waitForStatus(el, ['done', 'failed'], 1);
      if (el.files[0].status === 'failed') click(el, 'retry'); // no resend: our own retry then
      await waitForStatus(el, ['done'], 1);
      await expectStoredAsFiles(el, backend);
      expect((await orphanCount('resent.bin')).posts).to.equal(2);
      await expectNoOrphans('resent.bin');
    });

    it('Dash Social target: uploads into the brand library byte-identical', async () => {
      const el = await fixture<DashGuestUpload>(
        html`<dash-guest-upload
          api-base=${backend.apiBase}
          target="dash-social"
          brand="1"
          .accessToken=${'demo'}
        ></dash-guest-upload>`,
      );
      await waitUntil(() => $(el, '#file-input'), 'the drop zone appears without an email step');
      const file = randomFile('social.png', 700 * 1024, 'image/png');
      const completed = oneEvent(el, 'dash-upload-complete') as Promise<CustomEvent<UploadCompleteDetail>>;
      selectFiles(el, [file]);
      const { detail } = await completed;
      expect(detail.assets[0].assetId, 'the media id').to.match(/\S/);
      const put = (await backend.requestLog()).find((r) => r.method === 'PUT' && r.status === 200)!;
      const stored = await (await fetch(`${backend.s3Base}${put.path}`)).blob();
      expect(await sha256Hex(stored)).to.equal(await sha256Hex(file));
      const created = (await backend.requestLog()).filter((r) => r.method === 'POST' && r.path === '/brands/1/media');
      expect(created.map((r) => r.status)).to.deep.equal([201]);
    });
  });
}
