import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/asset-picker.js';
import type { DashAssetPicker, PickedAsset } from '../../src/asset-picker.js';
import type { DashAssetGrid } from '../../src/browse/asset-grid.js';
import { apiBase } from '../support/backend.js';

export { apiBase };

export interface MountOptions {
  /** The backend's origin; the default profile's when omitted. */
  apiBase?: string;
  portal?: string;
  passcode?: string;
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
  multiple?: boolean;
  maxSelected?: number;
  accept?: string;
  hideUnaccepted?: boolean;
  rendition?: string;
  modal?: boolean;
  selectedIds?: string[];
  folder?: string;
}

/** Mounts a picker on the local backend (portal mode when `portal` is set, else host token). */
export function mountPicker(options: MountOptions = {}): Promise<DashAssetPicker> {
  return fixture<DashAssetPicker>(
    html`<dash-asset-picker
      api-base=${options.apiBase ?? apiBase}
      subdomain="demo"
      portal=${options.portal ?? ''}
      .passcode=${options.passcode}
      .accessToken=${options.accessToken}
      .getAccessToken=${options.getAccessToken}
      ?multiple=${options.multiple ?? false}
      .maxSelected=${options.maxSelected}
      accept=${options.accept ?? ''}
      ?hide-unaccepted=${options.hideUnaccepted ?? false}
      rendition=${options.rendition ?? 'original'}
      ?modal=${options.modal ?? false}
      .selectedIds=${options.selectedIds ?? []}
      folder=${options.folder ?? ''}
    ></dash-asset-picker>`,
  );
}

export function $<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return (root.shadowRoot ?? root).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return [...(root.shadowRoot ?? root).querySelectorAll<T>(selector)];
}

export const gridOf = (el: DashAssetPicker) => $<DashAssetGrid>(el, 'dash-asset-grid')!;
export const tilesOf = (el: DashAssetPicker) => (gridOf(el) ? $$(gridOf(el), '[role="gridcell"]') : []);
export const tileNames = (el: DashAssetPicker) =>
  tilesOf(el).map((tile) => tile.querySelector('.name')!.textContent!.trim());
export const statusText = (el: DashAssetPicker) => $(el, '.body .status')?.textContent?.trim() ?? '';
export const insertButton = (el: DashAssetPicker) => $<HTMLButtonElement>(el, '[part~=insert-button]')!;

/** Waits for a condition with a clear message (no fixed sleeps). */
export function until(predicate: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 20 });
}

/** Waits until the picker shows a settled result list. */
export async function untilResults(el: DashAssetPicker): Promise<void> {
  await until(() => /\d/.test(statusText(el)) && gridOf(el) && !gridOf(el).loading, 'results never arrived');
  await gridOf(el).updateComplete;
}

/** Waits for the picker and then its grid to render what the last interaction changed. */
export async function settled(el: DashAssetPicker): Promise<void> {
  await el.updateComplete;
  await gridOf(el).updateComplete;
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Resolves with the next `dash-select` detail from `el`. */
export function nextSelect(el: HTMLElement): Promise<PickedAsset[]> {
  return new Promise((resolve) =>
    el.addEventListener('dash-select', (event) => resolve(event.detail.assets), { once: true }),
  );
}

/** Parses a snippet as a CMS page would: the element children of an inert template. */
export function parseSnippet(snippet: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = snippet; // test-only: proving the string is well-formed, inert HTML
  return [...template.content.children];
}
