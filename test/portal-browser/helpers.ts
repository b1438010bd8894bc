import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/portal-browser.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { DashAssetGrid } from '../../src/browse/asset-grid.js';
import type { DashFolderTree } from '../../src/browse/folders.js';
import { apiBase } from '../support/backend.js';

export { apiBase };

/** Mounts a portal browser on the local backend (the default profile's unless `apiBase` is given). */
export async function mountPortal(
  portal: string,
  extra: { passcode?: string; syncUrl?: boolean; apiBase?: string } = {},
): Promise<DashPortalBrowser> {
  return fixture<DashPortalBrowser>(
    html`<dash-portal-browser
      api-base=${extra.apiBase ?? apiBase}
      subdomain="demo"
      portal=${portal}
      .passcode=${extra.passcode}
      ?sync-url=${extra.syncUrl ?? false}
    ></dash-portal-browser>`,
  );
}

export function $<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return (root.shadowRoot ?? root).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return [...(root.shadowRoot ?? root).querySelectorAll<T>(selector)];
}

export const gridOf = (el: DashPortalBrowser) => $<DashAssetGrid>(el, 'dash-asset-grid')!;
export const treeOf = (el: DashPortalBrowser) => $<DashFolderTree>(el, 'dash-folder-tree')!;
export const tilesOf = (el: DashPortalBrowser) => $$(gridOf(el), '[role="gridcell"]');
export const tileNames = (el: DashPortalBrowser) =>
  tilesOf(el).map((tile) => tile.querySelector('.name')!.textContent!.trim());
export const statusText = (el: DashPortalBrowser) => $(el, '.status-line')?.textContent?.trim() ?? '';

/** Waits for a condition with a clear message (no fixed sleeps). */
export function until(predicate: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 20 });
}

/** Waits until the portal shows a settled result list. */
export async function untilResults(el: DashPortalBrowser): Promise<void> {
  // Let a change made just before render first, so the previous results do not count.
  await el.updateComplete;
  await until(() => /\d/.test(statusText(el)) && !gridOf(el)?.loading, 'results never arrived');
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The focused element, followed through shadow roots to the innermost one. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves with the next `dash-download` event. */
export function nextDownload(): Promise<CustomEvent<{ assetIds: string[]; url: string }>> {
  return new Promise((resolve) =>
    document.addEventListener('dash-download', (e) => resolve(e as CustomEvent), { once: true }),
  );
}

/** Waits until `get` finds something, and returns it. */
export async function found<T>(get: () => T | null | undefined, message: string, timeout = 10_000): Promise<T> {
  let value: T | null | undefined;
  await until(() => (value = get()), message, timeout);
  return value!;
}

/** Opens the first image in the asset view; returns its Download button. */
export async function openImageDownload(el: DashPortalBrowser): Promise<HTMLButtonElement> {
  const index = gridOf(el).items.findIndex((a) => a.currentAssetFile?.fileType === 'IMAGE');
  tilesOf(el)[index].click();
  return found(() => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]'), 'no download button');
}
