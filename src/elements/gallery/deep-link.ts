/**
 * Reading the opt-in deep link (`deep-link`; deep-link-history.ts writes it, with the lightbox):
 * one namespaced parameter, `dash-gallery=<id>:<n>` (n is 1-based, as people count; the id
 * URL-encoded), added to whatever hash the page has and removed
 * again on close. Everything else in the hash is the host page's and stays byte for byte: a hash
 * router's `#/products/42?tab=photos` becomes `#/products/42?tab=photos&dash-gallery=summer:3`
 * while the lightbox is open and exactly `#/products/42?tab=photos` after (issue 16, class 8: the
 * old code re-serialised the whole hash as URLSearchParams, which encoded the router's path).
 *
 * Written with `history.replaceState`, so browsing slides never adds history entries and no
 * `hashchange` reaches the page's router. Links in the earlier form `#dash-gallery=<id>&item=<n>`
 * still open.
 */

/** Our parameter and the separator before it, wherever it is in the hash. */
const PARAM = /(^|[?&])dash-gallery=([^&]*)/;

export interface Found {
  /** Where our parameter starts (its separator included) and ends. */
  start: number;
  end: number;
  separator: string;
  value: string;
}

/** Our parameter in `hash` (without `#`), if it is there. */
export function find(hash: string): Found | undefined {
  const match = PARAM.exec(hash);
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, separator: match[1], value: match[2] };
}

export function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined; // a malformed escape is no link of ours
  }
}

/** The 0-based index the hash names for gallery `id`, if any. */
export function deepLinkIndex(hash: string, id: string): number | undefined {
  const text = hash.replace(/^#/, '');
  const found = find(text);
  if (!found) return undefined;
  const colon = found.value.lastIndexOf(':');
  let name: string | undefined;
  let item: number;
  if (colon >= 0) {
    name = decode(found.value.slice(0, colon));
    item = Number(found.value.slice(colon + 1));
  } else {
    // The earlier form: dash-gallery=<id>&item=<n>.
    name = decode(found.value);
    item = Number(/(?:^|&)item=(\d+)/.exec(text.slice(found.end))?.[1]);
  }
  if (name !== id) return undefined;
  return Number.isInteger(item) && item >= 1 ? item - 1 : undefined;
}
