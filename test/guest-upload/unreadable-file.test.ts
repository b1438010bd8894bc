/**
 * Failures said by their cause (issue 16, class 7). Two look like a dropped connection but are not:
 * a file changed or removed on disk mid-upload, and tokens a browser refuses to put in a header;
 * each is said for what it is — never "check your connection" — and a file that can no longer be
 * read offers to choose it again instead of a retry that cannot work. And one that is the network,
 * though the browser's error does not say so: a part of the uploader's code that cannot load.
 *
 * The changed file is real: it lives in the origin private file system, and `getFile()` gives a
 * disk-backed File snapshot exactly like the file input's; rewriting or removing the file makes
 * Chromium refuse to read the old snapshot (NotReadableError / NotFoundError), and an XHR sending
 * it fails with status 0, as it does for a file the visitor edits in another program.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DashGuestUpload, UploadErrorDetail } from '../../src/guest-upload.js';
import { upload as strings } from '../../src/i18n/en/upload.js';
import { DashError, toDashError } from '../../src/api/errors.js';
import { apiBase, backendFor, PROFILES, requestLog, resetBackend, setFaults } from '../support/backend.js';
import {
  $,
  expectStoredAsFiles,
  MiB,
  mountAtEmailForm,
  mountReady,
  randomFile,
  selectFiles,
  submitEmail,
  waitForStatus,
} from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const click = (el: DashGuestUpload, action: string) =>
  $<HTMLButtonElement>(el, `button[data-action=${action}]`)!.click();

/** A file on disk (the origin private file system): its handle, to change it, and its File snapshot. */
async function diskFile(name: string, size: number): Promise<{ handle: FileSystemFileHandle; file: File }> {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(name, { create: true });
  await write(handle, randomFile(name, size));
  return { handle, file: await handle.getFile() };
}

async function write(handle: FileSystemFileHandle, data: Blob): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(data);
  await writable.close();
}

async function removeDiskFiles(): Promise<void> {
  const root = await navigator.storage.getDirectory();
  for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) await root.removeEntry(name);
}

for (const profile of PROFILES) {
  describe(`dash-guest-upload: a file changed or removed on disk mid-upload (${profile} profile)`, function () {
    this.timeout(60_000);
    const backend = backendFor(profile);
    beforeEach(() => backend.reset());
    afterEach(() => removeDiskFiles());
    after(() => backend.reset());

    /** Starts uploading a 3-part disk file, pauses after its first part, and lets `change` act on the file. */
    async function failMidUpload(change: (handle: FileSystemFileHandle) => Promise<void>) {
      const el = await mountReady({ apiBase: backend.apiBase, concurrency: 1 });
      const { handle, file } = await diskFile('edited.bin', 13 * MiB);
      const errors: UploadErrorDetail['error'][] = [];
      el.addEventListener('dash-upload-error', (e) => errors.push(e.detail.error));
      selectFiles(el, [file]);
      await waitUntil(
        async () => (await backend.requestLog()).some((r) => r.method === 'PUT' && r.status === 200),
        'a part arrived',
        {
          timeout: 30_000,
          interval: 50,
        },
      );
      click(el, 'pause');
      await waitForStatus(el, ['paused'], 1);
      await sleep(1100); // a later modification time than the snapshot's, whatever the clock's resolution
      await change(handle);
      click(el, 'resume');
      await waitForStatus(el, ['failed'], 1);
      return { el, handle, errors };
    }

    /** The file's state: its reason, the offer to choose it again, no retry, and the event's code. */
    function expectUnreadable(el: DashGuestUpload, errors: UploadErrorDetail['error'][]) {
      expect(el.files[0].error?.code).to.equal('upload-failed');
      expect($(el, '[part=file-error]')!.textContent).to.equal(strings.unreadable);
      expect($(el, 'button[data-action=choose-again]'), 'choosing it again is offered').to.not.equal(null);
      expect($(el, 'button[data-action=retry]'), 'no retry, which would read the same snapshot').to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['upload-failed']);
      expect(errors[0].message).to.match(/changed or can no longer be read/);
    }

    it('says the file changed, and uploads it as it is now once chosen again', async () => {
      const { el, handle, errors } = await failMidUpload((h) => write(h, randomFile('edited.bin', 13 * MiB)));
      expectUnreadable(el, errors);
      await expect(el).to.be.accessible();

      // "Choose again" opens the file dialog (in the same click) and drops the failed file.
      const input = $<HTMLInputElement>(el, '#file-input')!;
      let dialogs = 0;
      const count = (e: Event) => (dialogs++, e.preventDefault());
      input.addEventListener('click', count);
      click(el, 'choose-again');
      input.removeEventListener('click', count);
      expect(dialogs, 'the file dialog opened').to.equal(1);
      await waitUntil(() => el.files.length === 0, 'the failed file leaves the list');

      selectFiles(el, [await handle.getFile()]);
      await waitForStatus(el, ['done'], 1);
      await expectStoredAsFiles(el, backend); // the file as it is on disk now
      // The first upload was freed where the server can abort; the seed's API cannot.
      expect(await backend.openMultipartUploads()).to.have.length(profile === 'default' ? 0 : 1);
    });

    it('says the file can no longer be read when it was deleted', async () => {
      const { el, errors } = await failMidUpload(async (h) => {
        const root = await navigator.storage.getDirectory();
        await root.removeEntry(h.name);
      });
      expectUnreadable(el, errors);
    });
  });
}

describe('dash-guest-upload: tokens that cannot go in a header', function () {
  this.timeout(30_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('a guest token with CR/LF from the server is an invalid response, not a network error', async () => {
    const el = await mountAtEmailForm();
    const codes: string[] = [];
    el.addEventListener('dash-error', (e) => codes.push(e.detail.code));
    await setFaults({
      routes: [
        {
          method: 'POST',
          path: '^/guest-upload-access-tokens$',
          status: 200,
          body: JSON.stringify({ result: { accessToken: 'abc\r\nX-Injected: 1' } }),
        },
      ],
    });
    await submitEmail(el, 'guest@example.com');
    await waitUntil(() => $(el, '[part=email-form] [part=error]'), 'the sign-in error shows');
    expect(codes).to.deep.equal(['invalid-response']);
    // The drop zone is there from the start (one panel), but nothing is signed in: files would wait.
    expect($(el, '[part=sender]'), 'not signed in').to.equal(null);
    expect($(el, '#email'), 'the email field stays').to.not.equal(null);
  });

  for (const [what, token] of [
    ['CR/LF', 'demo\r\nX-Injected: 1'],
    ['a character beyond Latin-1', 'пароль🔑'],
  ] as const) {
    it(`a host token with ${what} fails the file as invalid-config and is never sent`, async () => {
      const el = await fixture<DashGuestUpload>(
        html`<dash-guest-upload
          api-base=${apiBase}
          target="dash-social"
          brand="1"
          .getAccessToken=${async () => token}
        ></dash-guest-upload>`,
      );
      await waitUntil(() => $(el, '#file-input'), 'the drop zone appears');
      const codes: string[] = [];
      el.addEventListener('dash-upload-error', (e) => codes.push(e.detail.error.code));
      selectFiles(el, [randomFile('social.png', 64 * 1024, 'image/png')]);
      await waitForStatus(el, ['failed'], 1);
      expect(codes).to.deep.equal(['invalid-config']);
      expect(el.files[0].error?.code).to.equal('invalid-config');
      expect(await requestLog(), 'no request went out with the token').to.deep.equal([]);
    });
  }
});

describe('dash-guest-upload: code that cannot load', () => {
  it('is a network failure, said as such', async () => {
    const missing = `${location.origin}/__no-such-chunk-${Date.now()}.js`;
    // The uploader's lazy parts (Uppy with the engine, the MD5) reach the visitor through toDashError.
    const error = await import(/* @vite-ignore */ missing).then(
      () => undefined,
      (e: unknown) => toDashError(e),
    );
    expect(error).to.be.instanceOf(DashError);
    expect((error as DashError).code).to.equal('network');
    expect((error as DashError).cause, "the browser's own error is kept").to.be.instanceOf(TypeError);
  });
});
