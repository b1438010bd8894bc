/**
 * The gallery's data, asked for by the CDN script itself (issue 21). `gallery.js` and
 * `dash-elements.js` run this before they import their first-load chunk (scripts/build/cdn.mjs
 * bundles it into the script's own file): for each `<dash-gallery>` already in the document it
 * starts the element's first request — the one publicFirstRequest builds, as the element's head
 * start does — so the data downloads beside the element's code instead of after it: about one
 * round trip sooner on a phone network.
 *
 * What it may read and send: the elements' attributes only (`source`, `src`, `api-base`,
 * `subdomain`, `portal`), so only public GETs, never a credential (those are properties). It
 * also starts the download of the source's chunks (for every source, the cms too), which the
 * element would otherwise ask for only once its own chunk had run: a round trip more. No DOM is
 * written, no script is made: it works under a strict CSP with Trusted Types.
 *
 * The element's head start takes the request for its element (same URL, same options) instead of
 * sending its own; it cancels it when it is of no use — a configuration changed since, a page's
 * own `fetch` (the page's data goes through the page's fetch only), a load that is over.
 * An element added later by script finds nothing here and loads as ever.
 */
import { DASH_API_BASE } from '../api-base.js';
import { publicFirstRequest, type FirstRequest } from './first-request.js';

export interface EarlyRequest extends FirstRequest {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

/**
 * Requests by element, shared by every copy of the library on the page: the CDN script starts
 * them, the first-load chunk (its own build, or another copy) takes them.
 */
const KEY = Symbol.for('dash-elements.early-requests');
type Holder = { [KEY]?: WeakMap<Element, EarlyRequest> };

/**
 * Starts the first request of each `<dash-gallery>` in the document, once per element, and the
 * download of its source's code: `sourceCode[source]()` imports the source's chunks (the build
 * writes one function per source, scripts/build/cdn.mjs), which the element imports from the
 * same URLs once it runs.
 */
export function startEarly(sourceCode: Record<string, () => Promise<unknown>[]> = {}): void {
  const started = ((globalThis as Holder)[KEY] ??= new WeakMap());
  // An element already defined has started its own load.
  if (typeof document === 'undefined' || customElements.get('dash-gallery')) return;
  for (const gallery of document.querySelectorAll('dash-gallery')) {
    if (started.has(gallery)) continue;
    const attribute = (name: string) => gallery.getAttribute(name) ?? undefined;
    const source = attribute('source') ?? '';
    // A failure reaches the element through its own import of the same chunk.
    if (Object.hasOwn(sourceCode, source)) for (const loading of sourceCode[source]!()) loading.catch(() => undefined);
    // A page that gave the element its own `fetch` has its data fetched by it alone.
    if ('fetch' in gallery) continue;
    const request = publicFirstRequest({
      source: source as PublicSource,
      src: attribute('src'),
      apiBase: attribute('api-base') ?? DASH_API_BASE,
      subdomain: attribute('subdomain'),
      portal: attribute('portal'),
    });
    if (!request) continue;
    const controller = new AbortController();
    const response = fetch(request.url, { ...request.init, signal: controller.signal });
    // A failure reaches the element when it takes the request; one nobody took is not an error.
    response.catch(() => undefined);
    started.set(gallery, { ...request, response, controller });
  }
}

type PublicSource = Parameters<typeof publicFirstRequest>[0]['source'];

/**
 * The early request of `host` when it is `request` (same URL, same options), for the head start
 * to take; undefined otherwise. Either way `host`'s early request is no longer offered, and one
 * that is not taken is cancelled.
 */
export function takeEarly(host: object, request: FirstRequest | undefined): EarlyRequest | undefined {
  const started = (globalThis as Holder)[KEY];
  const early = started?.get(host as Element);
  if (!early) return undefined;
  started!.delete(host as Element);
  if (request?.url === early.url && JSON.stringify(request.init) === JSON.stringify(early.init)) return early;
  early.controller.abort();
  return undefined;
}
