import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { apiBase } from '../support/backend.js';
import '../../src/gallery.js';
import type { DashGallery } from '../../src/gallery.js';

export { apiBase };
export const HOST_TOKEN = 'demo';

/** Polls `check` each frame until it returns something truthy (fails after `ms`). */
export async function until<T>(check: () => T, message: string, ms = 10_000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Tiles currently in the DOM, in DOM order. */
export const cells = (el: Element) => $$<HTMLLIElement>(el, '.cell');

/** The alt texts of the rendered tiles, in position order. */
export const alts = (el: Element) =>
  cells(el)
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((cell) => cell.querySelector('img')?.getAttribute('alt') ?? '');

export interface MountOptions {
  attrs?: Record<string, string | boolean | number>;
  token?: string;
  width?: number;
  /** Wait for `dash-gallery-load` (default) or for an error state. */
  wait?: 'load' | 'error' | 'none';
}

/**
 * Mounts a gallery in a box of `width` px and waits until it shows items (or an error).
 * The token is set as a property before the element connects, never as an attribute.
 */
export async function mount(options: MountOptions = {}): Promise<DashGallery> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${options.width ?? 800}px`;
  const el = document.createElement('dash-gallery');
  el.setAttribute('api-base', apiBase);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, String(value));
  }
  if (options.token) el.accessToken = options.token;
  const loaded = new Promise<void>((resolve) => {
    el.addEventListener('dash-gallery-load', () => resolve(), { once: true });
    el.addEventListener('dash-error', () => resolve(), { once: true });
  });
  wrapper.append(el);
  if (options.wait !== 'none') {
    await loaded;
    await el.updateComplete;
    if (options.wait === 'error') await until(() => $(el, '[part=error]'), 'no error state');
    else await until(() => cells(el).length || $(el, '[part=empty]'), 'no tiles rendered');
  }
  return el;
}

/**
 * Until every rendered tile has asked for its image: the gallery sends its first image alone and
 * the others once it has arrived (FirstImageGate), so right after the first render they wait.
 */
export const imagesAskedFor = (el: Element) =>
  until(() => $$<HTMLImageElement>(el, '.cell img').every((img) => img.hasAttribute('src')), 'images held back');

export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

/** The open PhotoSwipe root inside the gallery's shadow root. */
export const pswp = (el: Element) => $(el, '.pswp');

/** Opens the lightbox by clicking tile `position` (1-based) and waits until it is ready. */
export async function openAt(el: DashGallery, position: number): Promise<HTMLElement> {
  const tile = await until(() => $(el, `.cell[aria-posinset="${position}"] .tile`), `no tile ${position}`);
  const opened = nextEvent(el, 'dash-lightbox-open');
  tile.click();
  await opened;
  return pswp(el)!;
}

export const counterText = (el: Element) => $(el, '.pswp__counter')?.textContent ?? '';

export function key(name: string, init: KeyboardEventInit = {}): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...init }));
}

/** Answers `url` with `body` as JSON through a stand-in fetch (for galleries the demo backend has no data for); returns the undo. */
export function serveJson(url: string, body: unknown): () => void {
  const realFetch = window.fetch;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const asked = input instanceof Request ? input.url : String(input);
    if (asked !== url) return realFetch(input, init);
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof window.fetch;
  return () => (window.fetch = realFetch);
}
