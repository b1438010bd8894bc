/**
 * The main flow of each element, driven through its DOM as a visitor would, shared by the CSP
 * pages (inside a strict-policy iframe), the token-hygiene suite and the accessibility suite.
 * Nothing here imports test/support/backend.ts: the CSP iframe has no `__DASH_TEST__` of its
 * own, so the origins are passed in.
 */
import '../../src/index.js';
import type { DashGallery } from '../../src/gallery.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { DashAssetPicker, PickedAsset } from '../../src/asset-picker.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { until } from './until.js';

export { until };

export interface Origins {
  api: string;
  s3: string;
}

export type Log = (step: string) => void;

/** `root.shadowRoot.querySelector`, or `root.querySelector` for light DOM. */
export function $<T extends Element = HTMLElement>(root: Element | null | undefined, selector: string): T | null {
  if (!root) return null;
  return (root.shadowRoot ?? root).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(root: Element | null | undefined, selector: string): T[] {
  if (!root) return [];
  return [...(root.shadowRoot ?? root).querySelectorAll<T>(selector)];
}

export function nextEvent<T = unknown>(target: EventTarget, name: string, timeoutMs = 20_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

export function keydown(key: string, target: EventTarget = document): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function append<T extends HTMLElement>(parent: HTMLElement, element: T): T {
  parent.append(element);
  return element;
}

// ---- gallery ------------------------------------------------------------------------------

export interface GallerySetup {
  source?: string;
  src?: string;
  gallery?: string;
  brand?: string;
  portal?: string;
  folder?: string;
  /** Set as a property, like a token (never an attribute). */
  passcode?: string;
  token?: string;
  id?: string;
  deepLink?: boolean;
}

/** A gallery in a 800px box; resolves after its first tiles (or its error) rendered. */
export async function mountGallery(parent: HTMLElement, origins: Origins, setup: GallerySetup): Promise<DashGallery> {
  const box = append(parent, document.createElement('div'));
  box.style.setProperty('width', '800px');
  const el = document.createElement('dash-gallery');
  el.setAttribute('api-base', origins.api);
  el.setAttribute('subdomain', 'demo');
  for (const name of ['source', 'src', 'gallery', 'brand', 'portal', 'folder', 'id'] as const) {
    if (setup[name]) el.setAttribute(name, setup[name]!);
  }
  if (setup.deepLink) el.setAttribute('deep-link', '');
  if (setup.token) el.accessToken = setup.token;
  if (setup.passcode) el.passcode = setup.passcode;
  box.append(el);
  await until(() => $(el, '.cell .tile') || $(el, '[part=error]') || $(el, '[part=empty]'), 'gallery tiles');
  return el;
}

export const pswpOf = (el: Element) => $(el, '.pswp');
export const counterOf = (el: Element) => $(el, '.pswp__counter')?.textContent ?? '';

/** Clicks tile `position` (1-based) and waits for `dash-lightbox-open`. */
export async function openLightbox(el: Element, position = 1): Promise<HTMLElement> {
  const tile = await until(() => $<HTMLElement>(el, `.cell[aria-posinset="${position}"] .tile`), `tile ${position}`);
  const opened = nextEvent(el, 'dash-lightbox-open');
  tile.click();
  await opened;
  return pswpOf(el)!;
}

export async function closeLightbox(el: Element): Promise<void> {
  const closed = nextEvent(el, 'dash-lightbox-close');
  keydown('Escape');
  await closed;
  await until(() => !pswpOf(el), 'lightbox removed');
}

/** Load, open the lightbox, next, close. */
export async function galleryFlow(
  parent: HTMLElement,
  origins: Origins,
  log: Log,
  setup?: GallerySetup,
): Promise<DashGallery> {
  const el = await mountGallery(
    parent,
    origins,
    setup ?? { source: 'json', src: `${origins.api}/demo-data/gallery.json` },
  );
  if (!$(el, '.cell .tile')) throw new Error(`gallery did not load: ${$(el, '[part=error]')?.textContent}`);
  log('gallery-loaded');
  await openLightbox(el, 1);
  log('lightbox-open');
  keydown('ArrowRight');
  await until(() => counterOf(el).startsWith('2'), 'next slide');
  log('lightbox-next');
  await closeLightbox(el);
  log('lightbox-closed');
  return el;
}

// ---- portal browser ---------------------------------------------------------------------

export function mountPortal(
  parent: HTMLElement,
  origins: Origins,
  portal: string,
  passcode?: string,
  syncUrl = false,
): DashPortalBrowser {
  const el = document.createElement('dash-portal-browser');
  el.syncUrl = syncUrl;
  el.setAttribute('api-base', origins.api);
  el.setAttribute('subdomain', 'demo');
  el.setAttribute('portal', portal);
  if (passcode) el.passcode = passcode;
  parent.append(el);
  return el;
}

export const gridOf = (el: Element) => $(el, 'dash-asset-grid');
export const tilesOf = (el: Element) => $$(gridOf(el), '[role="gridcell"]');
export const portalStatus = (el: Element) => $(el, '.status-line')?.textContent?.trim() ?? '';

export async function untilPortalResults(el: DashPortalBrowser): Promise<void> {
  await el.updateComplete;
  await until(
    () => /\d/.test(portalStatus(el)) && !(gridOf(el) as { loading?: boolean } | null)?.loading,
    'portal results',
  );
}

/** Types the passcode into the element's form and submits it. */
export function submitPasscode(el: Element, passcode: string): void {
  $<HTMLInputElement>(el, '#passcode')!.value = passcode;
  $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
}

/** Load `press`, open a folder, search, open an asset, download it. */
export async function portalFlow(
  parent: HTMLElement,
  origins: Origins,
  log: Log,
  portal = 'press',
  passcode?: string,
  syncUrl = false,
): Promise<DashPortalBrowser> {
  const el = mountPortal(parent, origins, portal, undefined, syncUrl);
  if (passcode) {
    await until(() => $(el, '#passcode'), 'passcode form');
    submitPasscode(el, passcode);
    log('passcode-submitted');
  }
  await untilPortalResults(el);
  log('portal-loaded');
  const tree = $(el, 'dash-folder-tree')!;
  const folder = await until(() => $$(tree, '[role=treeitem]')[1], 'a folder');
  const before = portalStatus(el);
  (folder.querySelector<HTMLElement>('.label') ?? folder).click();
  await until(
    () => portalStatus(el) !== before || $(el, '[part=breadcrumb] [aria-current]')?.textContent !== 'All assets',
    'folder opened',
  );
  await untilPortalResults(el);
  log('folder-opened');
  const search = $<HTMLInputElement>(el, '#search')!;
  const unfiltered = portalStatus(el);
  typeInto(search, 'a');
  await until(() => portalStatus(el) !== unfiltered || tilesOf(el).length > 0, 'search applied');
  await new Promise((resolve) => setTimeout(resolve, 400)); // the debounce
  await untilPortalResults(el);
  log('searched');
  if (!tilesOf(el).length) {
    typeInto(search, '');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await untilPortalResults(el);
  }
  tilesOf(el)[0].click();
  await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view');
  log('asset-opened');
  const button = $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]');
  if (button) {
    const done = nextEvent(el, 'dash-download', 30_000);
    button.click();
    await done;
    log('downloaded');
  }
  return el;
}

// ---- asset picker -----------------------------------------------------------------------

export function mountPicker(
  parent: HTMLElement,
  origins: Origins,
  options: { portal?: string; passcode?: string; token?: string } = { portal: 'press' },
): DashAssetPicker {
  const el = document.createElement('dash-asset-picker');
  el.setAttribute('api-base', origins.api);
  el.setAttribute('subdomain', 'demo');
  if (options.portal) el.setAttribute('portal', options.portal);
  if (options.passcode) el.passcode = options.passcode;
  if (options.token) el.accessToken = options.token;
  parent.append(el);
  return el;
}

export const pickerStatus = (el: Element) => $(el, '.body .status')?.textContent?.trim() ?? '';

export async function untilPickerResults(el: DashAssetPicker): Promise<void> {
  await until(
    () => /\d/.test(pickerStatus(el)) && gridOf(el) && !(gridOf(el) as { loading?: boolean }).loading,
    'picker results',
  );
}

/** Load, search, select, insert → `dash-select`. */
export async function pickerFlow(
  parent: HTMLElement,
  origins: Origins,
  log: Log,
  options?: { portal?: string; passcode?: string; token?: string },
): Promise<PickedAsset[]> {
  const el = mountPicker(parent, origins, options);
  await untilPickerResults(el);
  log('picker-loaded');
  const all = pickerStatus(el);
  typeInto($<HTMLInputElement>(el, '#search')!, 'harbour');
  await until(() => pickerStatus(el) !== all && /\d/.test(pickerStatus(el)), 'search applied');
  await untilPickerResults(el);
  log('searched');
  const tile = await until(() => tilesOf(el)[0], 'a result');
  tile.click();
  await until(() => /1/.test($(el, '.footer .status')?.textContent ?? ''), 'selection counted');
  log('selected');
  const selected = nextEvent<{ assets: PickedAsset[] }>(el, 'dash-select', 30_000);
  $<HTMLButtonElement>(el, '[part~=insert-button]')!.click();
  const { detail } = await selected;
  log('dash-select');
  return detail.assets;
}

// ---- guest upload -------------------------------------------------------------------------

export function mountUpload(parent: HTMLElement, origins: Origins, slug = 'submit-photos'): DashGuestUpload {
  const el = document.createElement('dash-guest-upload');
  el.setAttribute('api-base', origins.api);
  el.setAttribute('subdomain', 'demo');
  el.setAttribute('guest-upload', slug);
  parent.append(el);
  return el;
}

export function submitEmail(el: DashGuestUpload, email = 'guest@example.com'): void {
  $<HTMLInputElement>(el, '#email')!.value = email;
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
}

export function selectFiles(el: DashGuestUpload, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#file-input')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function smallFile(name = 'small.jpg', size = 64 * 1024): File {
  const bytes = new Uint8Array(size);
  crypto.getRandomValues(bytes.subarray(0, Math.min(size, 65536)));
  return new File([bytes], name, { type: 'image/jpeg' });
}

/** Email → token → upload a small file to completion. */
export async function uploadFlow(
  parent: HTMLElement,
  origins: Origins,
  log: Log,
  file: File = smallFile(),
  slug = 'submit-photos',
): Promise<DashGuestUpload> {
  const el = mountUpload(parent, origins, slug);
  await until(() => $(el, '#email'), 'email form');
  log('email-form');
  submitEmail(el);
  await until(() => $(el, '#file-input'), 'drop zone');
  log('signed-in');
  const complete = nextEvent(el, 'dash-upload-complete', 60_000);
  selectFiles(el, [file]);
  await complete;
  await until(() => el.files.length > 0 && el.files.every((f) => f.status === 'done'), 'file done');
  log('uploaded');
  return el;
}
