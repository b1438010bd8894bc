/**
 * The element itself: the link's texts (never as HTML), the one panel (email beside the drop zone,
 * files that wait for it), restrictions in words, retrying and failures in plain words, the batch
 * summary, keyboard use and focus, and axe-core in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, requestLog, resetBackend, setFaults } from '../support/backend.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { upload } from '../../src/i18n/en/upload.js';
import {
  $,
  expectStoredAsFiles,
  MiB,
  mountAtEmailForm,
  mountReady,
  randomFile,
  selectFiles,
  shadow,
  submitEmail,
  waitForStatus,
} from './helpers.js';

/** Presses Tab until `selector` in the element's shadow root has focus. */
async function tabTo(el: DashGuestUpload, selector: string, maxPresses = 15): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (shadow(el).activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  expect.fail(`Tab never reached ${selector}; focus is on ${shadow(el).activeElement?.outerHTML}`);
}

describe('dash-guest-upload: element', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('shows the link heading and message as text, never as HTML', async () => {
    const el = await mountAtEmailForm({ guestUpload: 'hostile-upload' });
    const heading = $(el, '[part=heading]')!;
    expect(heading.textContent).to.contain('<');
    expect(shadow(el).querySelector('[part=heading] *, [part=message] *')).to.equal(null);
    expect(window.__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('rejects a malformed email with an accessible error', async () => {
    const el = await mountAtEmailForm();
    await expect(el).to.be.accessible();
    await submitEmail(el, 'not-an-email');
    const input = $<HTMLInputElement>(el, '#email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email-error')!.textContent).to.match(/email address/i);
    expect(input.getAttribute('aria-describedby')).to.contain('email-error');
    // Focus is already on the field, so the refusal is announced: an alert, as the passcode's error.
    expect($(el, '#email-error')!.getAttribute('role')).to.equal('alert');
    expect(shadow(el).activeElement).to.equal(input);
    // One panel: the drop zone is there from the start, and a file chosen now waits for the email.
    expect($(el, '#file-input'), 'the drop zone beside the email').to.not.equal(null);
    selectFiles(el, [randomFile('early.bin', 1000)]);
    await el.updateComplete;
    expect(el.files.map((f) => f.status)).to.deep.equal(['waiting']);
    expect($(el, '[part=file-status]')!.textContent).to.equal('Waiting for your email');
    expect($(el, 'button[type=submit]')!.textContent!.trim(), 'the button says what it will do').to.equal(
      'Upload 1 file',
    );
    await expect(el).to.be.accessible();
  });

  it('takes files before the email and sends them once it is given, saying what is missing meanwhile', async () => {
    const el = await mountAtEmailForm();
    const tokenRequests = async () =>
      (await requestLog()).filter((r) => r.method === 'POST' && r.path === '/guest-upload-access-tokens');
    selectFiles(el, [randomFile('first.bin', 2 * MiB), randomFile('brief.pdf', 1000, 'application/pdf')]);
    await el.updateComplete;
    expect(el.files.map((f) => f.status)).to.deep.equal(['waiting', 'waiting']);
    expect($(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Upload 2 files');
    expect(await tokenRequests(), 'no token before the email').to.have.length(0);
    // A file without a preview shows its kind: the PDF its extension on a page.
    const icons = [...shadow(el).querySelectorAll<SVGElement>('[part=thumbnail] svg')];
    expect(icons.map((svg) => svg.dataset.kind)).to.deep.equal(['document', 'document']);
    expect(icons[1].textContent).to.contain('PDF');
    await expect(el).to.be.accessible();
    await submitEmail(el, 'early@example.com');
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
    expect(await tokenRequests()).to.have.length(1);
    expect($(el, '[part=sender]')!.textContent).to.contain('early@example.com');
  });

  it('starts at once when a valid email is already typed (not yet confirmed) as files arrive', async () => {
    const el = await mountAtEmailForm();
    $<HTMLInputElement>(el, '#email')!.value = 'typed@example.com';
    selectFiles(el, [randomFile('typed.bin', 5000)]);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
  });

  it('sums up a finished batch and starts the next with "Upload more", keeping the earlier files in `files`', async () => {
    const el = await mountReady();
    selectFiles(el, [randomFile('one.bin', 1_500_000), randomFile('two.bin', 500_000)]);
    await waitForStatus(el, ['done'], 2);
    await el.updateComplete;
    const summary = $(el, '[part=summary]')!;
    expect(summary.textContent).to.match(/2 files uploaded/);
    expect(summary.textContent).to.match(/2 MB sent to “[^”]+”/);
    expect($(el, '[part=choose-button]')!.textContent!.trim()).to.equal('Upload more');
    expect($(el, '[part=files]'), 'the list gives way to the summary').to.equal(null);
    await expect(el).to.be.accessible();
    selectFiles(el, [randomFile('three.bin', 1000)]);
    await waitForStatus(el, ['done'], 3);
    await el.updateComplete;
    expect(el.files.map((f) => f.name)).to.deep.equal(['one.bin', 'two.bin', 'three.bin']);
    expect($(el, '[part=summary]')!.textContent).to.match(/1 file uploaded/);
    await expectStoredAsFiles(el);
  });

  it('shows "Retrying…" while a part is sent again, and a failure in plain words (details in the event)', async () => {
    await setFaults({ partPut: { failRate: 1, status: 500 } });
    const el = await mountReady();
    const details: string[] = [];
    el.addEventListener('dash-upload-error', (e) => details.push(e.detail.error.message));
    selectFiles(el, [randomFile('flaky.bin', 1000)]);
    await waitUntil(() => $(el, '[data-retrying]'), 'the file shows it is retrying', { timeout: 10_000 });
    expect($(el, '[data-retrying] [part=file-status]')!.textContent).to.equal('Retrying…');
    await waitForStatus(el, ['failed'], 1);
    await el.updateComplete;
    expect($(el, '[data-retrying]'), 'a failed file is not retrying').to.equal(null);
    const shown = $(el, '[part=file-error]')!.textContent!;
    expect(shown).to.equal(upload.failed);
    expect(shown).not.to.match(/500|storage server/);
    expect(details[0], 'the technical reason stays in the event').to.match(/answered 500/);
    await setFaults({});
    $<HTMLButtonElement>(el, 'button[data-action=retry]')!.click();
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
  });

  it('while retrying, counts only what the storage holds (the refused bytes leave the bar and the total), then completes', async () => {
    // The first PUT is refused after its body was sent; every PUT is slowed, so the retry is seen.
    await setFaults({ partPut: { failRate: 1, status: 500, count: 1, latencyMs: 1500 } });
    const el = await mountReady();
    const size = 200_000;
    selectFiles(el, [randomFile('resent.bin', size)]);
    await waitUntil(() => $(el, '[data-retrying]'), 'the file shows it is retrying', { timeout: 10_000 });
    await el.updateComplete;
    const bar = $<HTMLProgressElement>(el, '[data-retrying] [part=file-progress]')!;
    expect(bar.value, 'the bar is not full while the part is sent again').to.be.lessThan(bar.max);
    expect(el.files[0].bytesUploaded, 'the refused bytes are not counted').to.be.lessThan(size);
    expect($(el, '[data-retrying] .meta')!.textContent!.replace(/\s+/g, ' ')).to.match(/^ ?Retrying… · 0 bytes of /);
    const total = $<HTMLProgressElement>(el, '[part=total-progress]')!;
    expect(total.value, 'the total does not count lost bytes').to.be.lessThan(total.max);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
  });

  it('keeps keyboard focus on the same button as Pause becomes Resume and back; a cancel moves it to the file input', async () => {
    await setFaults({ partPut: { failRate: 1, status: 503 } });
    const el = await mountReady();
    selectFiles(el, [randomFile('focus.bin', 6 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading'], 1);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, 'button[data-action=pause]')!;
    button.focus();
    button.click();
    await waitUntil(() => button.dataset.action === 'resume', 'the button becomes Resume');
    expect(el.files[0].status).to.equal('paused');
    expect(shadow(el).activeElement, 'the same node, now Resume').to.equal(button);
    button.click();
    await waitUntil(() => button.dataset.action === 'pause', 'the button becomes Pause again');
    expect(shadow(el).activeElement).to.equal(button);
    $<HTMLButtonElement>(el, 'button[data-action=cancel]')!.click();
    await waitUntil(() => el.files.length === 0, 'the file leaves the list');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('file-input');
    await setFaults({});
  });

  it('enforces accept, max-file-size and max-files before uploading', async () => {
    // Chosen before the email, so the files wait in the list (with their previews) until it is given.
    const el = await mountAtEmailForm({ accept: 'image/*', maxFileSize: 1 * MiB, maxFiles: 2 });
    await expect(el).to.be.accessible();
    const rejections: string[] = [];
    el.addEventListener('dash-error', (e) => e.detail.code === 'file-rejected' && rejections.push(e.detail.message));
    selectFiles(el, [
      randomFile('notes.txt', 1000, 'text/plain'),
      randomFile('huge.jpg', 2 * MiB, 'image/jpeg'),
      randomFile('one.jpg', 20_000, 'image/jpeg'),
      randomFile('two.png', 20_000, 'image/png'),
      randomFile('three.jpg', 20_000, 'image/jpeg'),
    ]);
    await el.updateComplete;
    // Previews are object URLs of the images themselves.
    const thumbs = [...shadow(el).querySelectorAll<HTMLImageElement>('img[part=thumbnail]')];
    expect(thumbs.map((img) => img.src.startsWith('blob:'))).to.deep.equal([true, true]);
    await submitEmail(el, 'guest@example.com');
    await waitForStatus(el, ['done'], 2);
    expect(el.files.map((f) => f.name)).to.deep.equal(['one.jpg', 'two.png']);
    const notices = [...shadow(el).querySelectorAll('[part=notices] li')].map((li) => li.textContent);
    expect(notices).to.have.length(3);
    expect(notices[0]).to.match(/notes\.txt.*type is not accepted/);
    expect(notices[1]).to.match(/huge\.jpg.*larger than 1(\.0)? MB/);
    // Files past max-files are counted in one note (a folder can bring hundreds).
    expect(notices[2]).to.equal('1 file was not added: at most 2 files can be uploaded here.');
    expect(rejections).to.have.length(3);
    expect($(el, '[part=restrictions]')!.textContent).to.match(/^Images up to 1(\.0)? MB, at most 2 files$/);
    await expectStoredAsFiles(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible while uploading, paused and failed', async () => {
    await setFaults({ partPut: { failRate: 1, status: 503 } });
    const el = await mountReady();
    selectFiles(el, [randomFile('a11y.bin', 6 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading'], 1);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[data-action=pause]')!.click();
    await waitForStatus(el, ['paused'], 1);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await setFaults({ partPut: { hideEtag: true } });
    $<HTMLButtonElement>(el, 'button[data-action=resume]')!.click();
    await waitForStatus(el, ['failed'], 1);
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.match(/a11y\.bin failed/);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone', async () => {
    await setFaults({ partPut: { failRate: 1, status: 503 } });
    const el = await mountAtEmailForm();
    el.focus();
    await tabTo(el, '#email');
    await sendKeys({ type: 'keys@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).activeElement?.id === 'file-input', 'focus moves to the file input', {
      timeout: 10_000,
    });
    // A native file dialog cannot be driven: set the files the dialog would return.
    selectFiles(el, [randomFile('keyboard.bin', 6 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading'], 1);
    await el.updateComplete;
    await tabTo(el, 'button[data-action=pause]');
    await sendKeys({ press: 'Enter' });
    await waitForStatus(el, ['paused'], 1);
    await setFaults({});
    await el.updateComplete;
    await tabTo(el, 'button[data-action=resume]');
    await sendKeys({ press: ' ' });
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.match(/1 file uploaded/);
    await expect(el).to.be.accessible();
  });

  it('sends Content-MD5 with each part when asked to', async () => {
    const el = await mountReady({ contentMd5: true });
    selectFiles(el, [randomFile('md5.bin', 11 * MiB)]);
    await waitForStatus(el, ['done'], 1);
    await expectStoredAsFiles(el);
    // Each part's URL was issued for its digest (the S3 front then checks the body against it).
    const urlRequests = (await requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-uploads');
    expect(urlRequests.length).to.be.greaterThan(0);
    expect(urlRequests.every((r) => r.status === 200)).to.equal(true);
  });

  it('shows invalid-config for a missing guest upload and not-found for an unknown one', async () => {
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('dash-error', listener);
    try {
      const missing = await fixture<DashGuestUpload>(
        html`<dash-guest-upload api-base=${apiBase} subdomain="demo"></dash-guest-upload>`,
      );
      await waitUntil(() => $(missing, '[part=error]'), 'the error state appears');
      expect($(missing, '[part=error]')!.getAttribute('role')).to.equal('alert');
      await expect(missing).to.be.accessible();
      const unknown = await fixture<DashGuestUpload>(
        html`<dash-guest-upload api-base=${apiBase} subdomain="demo" guest-upload="no-such-link"></dash-guest-upload>`,
      );
      await waitUntil(() => $(unknown, '[part=error]'), 'the error state appears');
      expect($(unknown, '[part=retry-button]'), 'a retry is offered').to.not.equal(null);
      expect(errors).to.include.members(['invalid-config', 'not-found']);
    } finally {
      document.removeEventListener('dash-error', listener);
    }
  });

  it('takes the deprecated `limit` as `concurrency`, warning once with the new name', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = await fixture<DashGuestUpload>(html`<dash-guest-upload limit="2"></dash-guest-upload>`);
      expect(first.concurrency).to.equal(2);
      expect(first.limit).to.equal(2);
      first.limit = 3;
      expect(first.concurrency).to.equal(3);
      const second = await fixture<DashGuestUpload>(html`<dash-guest-upload limit="4"></dash-guest-upload>`);
      expect(second.concurrency).to.equal(4);
      const second2 = await fixture<DashGuestUpload>(html`<dash-guest-upload concurrency="5"></dash-guest-upload>`);
      expect(second2.concurrency).to.equal(5);
    } finally {
      console.warn = warn;
    }
    const deprecations = warnings.filter((args) => String(args[0]).includes('`limit`'));
    expect(deprecations).to.have.length(1);
    expect(String(deprecations[0]![0])).to.contain('concurrency');
  });

  it('uploads with the deprecated `limit` attribute as it did', async () => {
    const el = await fixture<DashGuestUpload>(
      html`<dash-guest-upload
        api-base=${apiBase}
        subdomain="demo"
        guest-upload="submit-photos"
        limit="1"
      ></dash-guest-upload>`,
    );
    await waitUntil(() => $(el, '#email'), 'the email form appears', { timeout: 10_000 });
    await submitEmail(el, 'guest@example.com');
    await waitUntil(() => $(el, '#file-input'), 'the drop zone appears', { timeout: 10_000 });
    expect(el.concurrency).to.equal(1);
    const files = [randomFile('one.bin', 1024), randomFile('two.bin', 2048)];
    selectFiles(el, files);
    await waitForStatus(el, ['done'], 2);
    await expectStoredAsFiles(el);
  });
});
