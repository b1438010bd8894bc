/** Shared setup for the <dash-guest-upload> tests: real element, real backend, real bytes. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/guest-upload.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { apiBase, backendFor, type TestBackend } from '../support/backend.js';

export const MiB = 1024 * 1024;
export const SUBDOMAIN = 'demo';
export const GUEST_UPLOAD = 'submit-photos';

/** A File of random bytes generated in the page (getRandomValues fills at most 64 KiB at once). */
export function randomFile(name: string, size: number, type = 'application/octet-stream'): File {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65536)));
  }
  return new File([bytes], name, { type, lastModified: Date.now() - Math.floor(Math.random() * 1e9) });
}

export const shadow = (el: DashGuestUpload) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: DashGuestUpload, selector: string) =>
  shadow(el).querySelector<T>(selector);

/** The element, with its guest upload's heading loaded and the email form shown. */
export async function mountAtEmailForm(
  attributes: Partial<{
    apiBase: string;
    guestUpload: string;
    accept: string;
    maxFileSize: number;
    maxFiles: number;
    contentMd5: boolean;
    concurrency: number;
    stallTimeout: number;
  }> = {},
) {
  const el = await fixture<DashGuestUpload>(
    html`<dash-guest-upload
      api-base=${attributes.apiBase ?? apiBase}
      subdomain=${SUBDOMAIN}
      guest-upload=${attributes.guestUpload ?? GUEST_UPLOAD}
      accept=${attributes.accept ?? ''}
      max-file-size=${attributes.maxFileSize ?? 0}
      max-files=${attributes.maxFiles ?? 0}
      ?content-md5=${attributes.contentMd5 ?? false}
      concurrency=${attributes.concurrency ?? 6}
      stall-timeout=${attributes.stallTimeout ?? 30_000}
    ></dash-guest-upload>`,
  );
  await waitUntil(() => $(el, '#email'), 'the email form appears', { timeout: 10_000 });
  return el;
}

export async function submitEmail(el: DashGuestUpload, email: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#email')!;
  input.value = email;
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

/** The element past the email step, showing the drop zone. */
export async function mountReady(attributes: Parameters<typeof mountAtEmailForm>[0] = {}) {
  const el = await mountAtEmailForm(attributes);
  await submitEmail(el, 'guest@example.com');
  await waitUntil(() => $(el, '#file-input'), 'the drop zone appears', { timeout: 10_000 });
  return el;
}

/** Selects files in the real `<input type=file>`, as the native dialog would (one copy, in flows). */
export { selectFiles } from '../support/flows.js';

export async function waitForStatus(
  el: DashGuestUpload,
  statuses: string[],
  count: number,
  timeout = 60_000,
): Promise<void> {
  await waitUntil(
    () => el.files.length >= count && el.files.every((f) => statuses.includes(f.status)),
    `files reach ${statuses.join('/')}: ${JSON.stringify(el.files.map((f) => [f.name, f.status, f.error?.message]))}`,
    { timeout, interval: 50 },
  );
  await untilListShows(el);
}

/**
 * Waits until the file list shows the states of the files not done (finished ones may have left
 * it for the summary): the list renders changes a moment later, at most ten times a second.
 */
export async function untilListShows(el: DashGuestUpload): Promise<void> {
  const notDone = (statuses: (string | undefined)[]) => statuses.filter((status) => status !== 'done').sort();
  const shown = () =>
    notDone([...shadow(el).querySelectorAll<HTMLElement>('li.file[data-status]')].map((li) => li.dataset.status));
  const held = () => notDone(el.files.map((f) => f.status));
  try {
    await waitUntil(() => shown().join() === held().join(), '', { timeout: 5_000, interval: 20 });
  } catch {
    throw new Error(`the file list shows ${shown().join()}, the files are ${held().join()}`);
  }
}

/** Successful part PUTs the S3 server received for an asset's object. */
export async function partPutsFor(assetId: string, backend: TestBackend = backendFor('default')): Promise<number> {
  const log = await backend.requestLog();
  return log.filter((r) => r.method === 'PUT' && r.path.includes(`/${assetId}/`) && r.status === 200).length;
}

/** Asserts every file in the list is done and its stored object hash-equals the file. */
export async function expectStoredAsFiles(
  el: DashGuestUpload,
  backend: TestBackend = backendFor('default'),
): Promise<void> {
  const { expect } = await import('@open-wc/testing');
  const { sha256Hex } = await import('../support/backend.js');
  const { storedSha256 } = backend;
  for (const file of el.files) {
    expect(file.status, `${file.name}: ${file.error?.message}`).to.equal('done');
    expect(file.assetId, `${file.name} has an asset`).to.be.a('string');
    expect(await storedSha256(file.assetId!), `${file.name} stored byte-identical`).to.equal(
      await sha256Hex(file.data),
    );
  }
}

/** Assets with these filenames: exactly one each means no duplicate was created. */
export async function expectOneAssetEach(names: string[], backend: TestBackend = backendFor('default')): Promise<void> {
  const { expect } = await import('@open-wc/testing');
  const assets = await backend.listAllAssets();
  for (const name of names) {
    expect(
      assets.filter((a) => a.filename === name),
      `assets named ${name}`,
    ).to.have.length(1);
  }
}
