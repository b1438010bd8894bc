// Steps shared by the Trusted Types pages that load the shipped CDN scripts (dist/cdn): they must
// not import test/support/flows.ts, which registers the elements from the sources (a
// copy of Lit of its own) before the scripts under test could.
import { cspConfig, until } from './page-harness.js';

type Log = (step: string) => void;

/** Imports each CDN script; false (and a `no-dist` step) when dist/ is not built. */
export async function importCdnScripts(names: string[], log: Log): Promise<boolean> {
  for (const name of names) {
    const url = `/dist/cdn/${name}.js`;
    if (!(await fetch(url, { method: 'HEAD' })).ok) {
      log('no-dist');
      return false;
    }
    await import(/* @vite-ignore */ url);
    log(`${name}-imported`);
  }
  return true;
}

const shadow = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** A json gallery renders its tiles and opens and closes its lightbox. */
export async function galleryOpens(root: HTMLElement, log: Log): Promise<void> {
  const el = document.createElement('dash-gallery');
  el.setAttribute('source', 'json');
  el.setAttribute('src', `${cspConfig.api}/demo-data/gallery.json`);
  root.append(el);
  const tile = await until(() => shadow(el, '.cell .tile'), 'gallery tiles', 20_000);
  log('gallery-tiles');
  const opened = new Promise((resolve) => el.addEventListener('dash-lightbox-open', resolve, { once: true }));
  tile.click();
  await opened;
  log('lightbox-open');
  const closed = new Promise((resolve) => el.addEventListener('dash-lightbox-close', resolve, { once: true }));
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await closed;
  log('lightbox-closed');
}

/** The guest uploader signs in with an email and uploads one file to the end. */
export async function uploadCompletes(root: HTMLElement, log: Log): Promise<void> {
  const el = document.createElement('dash-guest-upload');
  el.setAttribute('api-base', cspConfig.api);
  el.setAttribute('subdomain', 'demo');
  el.setAttribute('guest-upload', 'submit-photos');
  root.append(el);
  const email = await until(() => shadow(el, '#email') as HTMLInputElement | null, 'email form', 20_000);
  log('email-form');
  email.value = 'guest@example.com';
  shadow(el, 'button[type=submit]')!.click();
  const input = await until(() => shadow(el, '#file-input') as HTMLInputElement | null, 'drop zone', 20_000);
  const complete = new Promise((resolve) => el.addEventListener('dash-upload-complete', resolve, { once: true }));
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(64 * 1024).fill(7)], 'tt.jpg', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await complete;
  log('uploaded');
}
