/**
 * Small helpers for the stories' `play` functions. The elements render into shadow roots, which
 * Testing Library's queries (`canvas`, `within`) do not enter, so plays find their targets here and
 * click or type through the play context's `userEvent` like a visitor would.
 *
 * Plain DOM only (no `storybook/test` import): story modules double as test fixtures
 * (test/asset-picker/stories.test.ts) outside Storybook.
 */

/** A story's `parameters` that only describe it: the text Storybook's docs page shows for it. */
export const described = (story: string) => ({ docs: { description: { story } } });

/** `selector` in `host`'s shadow root (or in `host` itself when it has none). */
export function inShadow<T extends Element = HTMLElement>(
  host: Element | null | undefined,
  selector: string,
): T | null {
  if (!host) return null;
  return (host.shadowRoot ?? host).querySelector<T>(selector);
}

/** Waits until `find` returns something truthy and returns it; throws `what` after `timeoutMs`. */
export async function until<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The folder tree item named `name` in a browsing element (portal browser or asset picker). */
export function folderItem(element: Element, name: string): HTMLElement | undefined {
  const tree = inShadow(element, 'dash-folder-tree');
  const items = [...(tree?.shadowRoot?.querySelectorAll<HTMLElement>('[role=treeitem]') ?? [])];
  return items.find((item) => item.querySelector('.label')?.textContent?.trim() === name);
}

/** The text of the element's empty state (`part="empty"`: empty folder or no results), if shown. */
export function emptyText(element: Element): string {
  return inShadow(element, '[part~=empty]')?.textContent?.trim() ?? '';
}

/** What a play needs of its context (Storybook 10 hands every play a `userEvent` instance). */
export interface PlayContext {
  canvasElement: HTMLElement;
  userEvent: {
    click(element: Element): Promise<void>;
    type(element: Element, text: string): Promise<void>;
  };
}

/** The seeded folder with no assets (demo/backend/seed/folders.js, `EMPTY_FOLDER_PATH`). */
export const EMPTY_FOLDER_PATH = ['Events', '2027'] as const;

/** A search that matches nothing in the seed (filenames, titles and keywords are checked). */
export const UNMATCHED_QUERY = 'xyzzy-no-such-asset';

/**
 * Opens the seeded empty folder through the folder tree, as a visitor would: a click on each
 * folder of the path selects and expands it. Ends once the element shows its empty state.
 */
export async function openEmptyFolder({ canvasElement, userEvent }: PlayContext, tag: string): Promise<void> {
  const element = await until(() => canvasElement.querySelector(tag), `<${tag}>`);
  for (const name of EMPTY_FOLDER_PATH) {
    const item = await until(() => folderItem(element, name), `the folder "${name}" in the tree`);
    await userEvent.click(item);
  }
  await until(() => emptyText(element), 'the empty-folder message');
}

/** Types a query that matches nothing into the search box and submits it (Enter). */
export async function searchForNothing({ canvasElement, userEvent }: PlayContext, tag: string): Promise<void> {
  const element = await until(() => canvasElement.querySelector(tag), `<${tag}>`);
  // Wait for the first results, so the empty state that follows is the search's.
  await resultsGrid(element);
  const search = await until(() => inShadow<HTMLInputElement>(element, '#search'), 'the search box');
  await userEvent.type(search, `${UNMATCHED_QUERY}{Enter}`);
  await until(() => emptyText(element), 'the no-results message');
}

/**
 * Opens the first image's details in a portal with terms and presses its Download button, as a
 * visitor would; ends once the terms dialog asks for acceptance (no download job is sent yet).
 */
/**
 * A browsing element's result grid once it lists assets: while the element signs in, an empty grid
 * of placeholder tiles stands in its place, and it is not the one the results come to.
 */
export function resultsGrid<T extends Element & { items: readonly unknown[] }>(element: Element): Promise<T> {
  return until(() => {
    const grid = inShadow<T>(element, 'dash-asset-grid:not([hidden])');
    return grid?.items?.length ? grid : null;
  }, 'the first results');
}

export async function openTermsGate({ canvasElement, userEvent }: PlayContext): Promise<void> {
  const element = await until(() => canvasElement.querySelector('dash-portal-browser'), '<dash-portal-browser>');
  const grid = await resultsGrid(element);
  const tile = await until(
    () =>
      [...(grid.shadowRoot?.querySelectorAll<HTMLElement>('[role=gridcell]') ?? [])].find((t) =>
        t.querySelector('img'),
      ),
    'a tile with a preview',
  );
  await userEvent.click(tile);
  const download = await until(
    () => inShadow(element, '[slot=actions] [part~=download-button]'),
    'the Download button',
  );
  await userEvent.click(download);
  await until(() => inShadow<HTMLDialogElement>(element, '[part~=terms-dialog]')?.open, 'the terms dialog');
}

/**
 * A token request the host app has not answered (yet): the promise never settles. As an element's
 * `getAccessToken` it holds the element's loading state open for real, with no request sent.
 */
export const pendingAccessToken = (): Promise<string> => new Promise<string>(() => {});

/** An origin nothing listens on (the discard port): every request fails as a network error. */
export const UNREACHABLE_API = 'http://127.0.0.1:9';

// ---------------------------------------------------------------------------------------------
// <dash-gallery>

/** Clicks the first tile of the gallery in the canvas and waits until the lightbox is open. */
export async function openFirstInLightbox({ canvasElement, userEvent }: PlayContext): Promise<void> {
  const gallery = await until(() => canvasElement.querySelector('dash-gallery'), '<dash-gallery>');
  const tile = await until(() => inShadow(gallery, '.cell[aria-posinset="1"] .tile'), 'the first tile');
  await userEvent.click(tile);
  // Open once PhotoSwipe's root is in the shadow DOM and its counter names the slide.
  await until(() => inShadow(gallery, '.pswp .pswp__counter')?.textContent?.trim(), 'the open lightbox');
}

// ---------------------------------------------------------------------------------------------
// <dash-guest-upload>

export const MiB = 1024 * 1024;

/** What the Uploading and Paused stories upload: large enough to watch, cheap to make. */
export const LARGE_UPLOAD_BYTES = 512 * MiB;

/**
 * A file of `size` bytes made in the browser. It is a list of references to one 1 MiB blob of
 * pseudo-random bytes, so even a large file costs the page about 1 MiB of memory; uploads read
 * it in slices like any file from disk.
 */
export function generatedFile(name: string, size: number, type = 'application/octet-stream'): File {
  const chunk = new Uint8Array(Math.min(size, MiB));
  for (let offset = 0; offset < chunk.length; offset += 65536) {
    crypto.getRandomValues(chunk.subarray(offset, Math.min(chunk.length, offset + 65536)));
  }
  const blob = new Blob([chunk]);
  const parts: Blob[] = [];
  for (let left = size; left > 0; left -= MiB) parts.push(left >= MiB ? blob : blob.slice(0, left));
  return new File(parts, name, { type, lastModified: Date.now() });
}

/** The guest upload element in the canvas, once it shows its email form. */
async function guestUploadAtEmailForm(canvasElement: HTMLElement): Promise<Element> {
  const element = await until(() => canvasElement.querySelector('dash-guest-upload'), '<dash-guest-upload>');
  await until(() => inShadow(element, '#email'), 'the email form');
  return element;
}

/** Types `email` into the email form and presses Continue, as a visitor would. */
export async function submitGuestEmail({ canvasElement, userEvent }: PlayContext, email: string): Promise<Element> {
  const element = await guestUploadAtEmailForm(canvasElement);
  await userEvent.type(inShadow(element, '#email')!, email);
  await userEvent.click(inShadow(element, '.email-form button[type=submit]')!);
  return element;
}

/**
 * Gets past the email step (a valid address), waits for the drop zone and chooses `files` in the
 * real `<input type=file>`, as the browser's file dialog would: `files` set, `change` dispatched.
 */
export async function chooseGuestFiles(context: PlayContext, files: File[]): Promise<Element> {
  const element = await submitGuestEmail(context, 'guest@example.com');
  const input = await until(() => inShadow<HTMLInputElement>(element, '#file-input'), 'the drop zone');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return element;
}

/** The row of the file named `name` in the upload list, if it is listed. */
export function uploadRow(element: Element, name: string): HTMLElement | undefined {
  const rows = [...(element.shadowRoot ?? element).querySelectorAll<HTMLElement>('[part~=file]')];
  return rows.find((row) => row.querySelector('[part~=file-name]')?.textContent?.trim() === name);
}

/** The file's `<progress>` as a fraction (0–1), or -1 when the file is not listed. */
export function uploadFraction(element: Element, name: string): number {
  const progress = uploadRow(element, name)?.querySelector<HTMLProgressElement>('[part~=file-progress]');
  return progress ? progress.value / progress.max : -1;
}

/** Starts uploading a large generated file; ends once its progress bar has moved. */
export async function startLargeUpload(context: PlayContext, name: string): Promise<Element> {
  const element = await chooseGuestFiles(context, [generatedFile(name, LARGE_UPLOAD_BYTES)]);
  await until(
    () => uploadRow(element, name)?.dataset.status === 'uploading' && uploadFraction(element, name) > 0,
    `${name} uploading with progress`,
    60_000,
  );
  return element;
}

/** Starts a large upload, then clicks that file's Pause button; ends once it is paused. */
export async function pauseLargeUpload(context: PlayContext, name: string): Promise<void> {
  const element = await startLargeUpload(context, name);
  const pause = await until(
    () => uploadRow(element, name)?.querySelector<HTMLButtonElement>('[part~=file-action][data-action=pause]'),
    `the Pause button of ${name}`,
  );
  await context.userEvent.click(pause);
  await until(() => uploadRow(element, name)?.dataset.status === 'paused', `${name} paused`);
}

/** Uploads a small generated file; ends once it is done. */
export async function uploadSmallFile(context: PlayContext, name: string, size: number): Promise<void> {
  const element = await chooseGuestFiles(context, [generatedFile(name, size)]);
  await until(() => uploadRow(element, name)?.dataset.status === 'done', `${name} uploaded`, 60_000);
}

/** Chooses `files` that the element's restrictions refuse; ends once its notices are shown. */
export async function chooseRefusedFiles(context: PlayContext, files: File[]): Promise<void> {
  const element = await chooseGuestFiles(context, files);
  await until(
    () => (element.shadowRoot?.querySelectorAll('[part~=notices] li').length ?? 0) >= files.length,
    'a notice for each refused file',
  );
}

/** Submits an address the element does not accept; ends once the field's error is shown. */
export async function submitWrongEmail(context: PlayContext, email: string): Promise<void> {
  const element = await submitGuestEmail(context, email);
  await until(() => inShadow(element, '[part~=email-error]')?.textContent?.trim(), 'the email error');
}
