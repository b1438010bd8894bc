/**
 * The opt-in deep link (`deep-link`): one namespaced parameter, `dash-gallery=<id>:<n>` (n is
 * 1-based, as people count; the id URL-encoded), added to whatever hash the page has and removed
 * again on close. Everything else in the hash is the host page's and stays byte for byte: a hash
 * router's `#/products/42?tab=photos` becomes `#/products/42?tab=photos&dash-gallery=summer:3`
 * while the lightbox is open and exactly `#/products/42?tab=photos` after (issue 16, class 8: the
 * old code re-serialised the whole hash as URLSearchParams, which encoded the router's path).
 *
 * Written with `history.replaceState`, so browsing slides never adds history entries and no
 * `hashchange` reaches the page's router. Links in the earlier form `#dash-gallery=<id>&item=<n>`
 * still open.
 */
const NAME = 'dash-gallery';

/** Our parameter and the separator before it, wherever it is in the hash. */
const PARAM = /(^|[?&])dash-gallery=([^&]*)/;

interface Found {
  /** Where our parameter starts (its separator included) and ends. */
  start: number;
  end: number;
  separator: string;
  value: string;
}

function find(hash: string): Found | undefined {
  const match = PARAM.exec(hash);
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, separator: match[1], value: match[2] };
}

function decode(text: string): string | undefined {
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

/** `hash` (without `#`) without our parameter: exactly what the host page had. */
export function withoutDeepLink(hash: string): string {
  const found = find(hash);
  if (!found) return hash;
  let { start, end } = found;
  const rest = hash.slice(end);
  // The earlier form's `&item=<n>` belongs to us too.
  const legacy = found.value.includes(':') ? null : /^&item=\d*/.exec(rest);
  if (legacy) end += legacy[0].length;
  // In front, or after `?` with the host's parameters following: drop ours and the `&` after it.
  if ((found.separator === '' || found.separator === '?') && hash[end] === '&') {
    start += found.separator.length;
    end += 1;
  }
  return hash.slice(0, start) + hash.slice(end);
}

/** `hostHash` with our parameter added after the host's own part. */
function withDeepLink(hostHash: string, param: string): string {
  if (!hostHash) return param;
  // A query after a router path or a list of parameters takes `&`; a bare path or anchor `?`.
  const separator = hostHash.includes('?') || hostHash.includes('=') ? '&' : '?';
  return `${hostHash}${hostHash.endsWith('?') || hostHash.endsWith('&') ? '' : separator}${param}`;
}

/** The id the hash's link names, if it has one. */
function linkedId(hash: string): string | undefined {
  const found = find(hash);
  if (!found) return undefined;
  const colon = found.value.lastIndexOf(':');
  return decode(colon >= 0 ? found.value.slice(0, colon) : found.value);
}

/**
 * The hash the host page had when a link was last written, and the hash written: while the
 * hash is still the one written, closing restores the host's exactly (even a trailing `?`).
 */
let lastWrite: { host: string; written: string } | undefined;

/** Names item `index` of gallery `id` in the hash, or removes the link when `index` is undefined. */
export function writeDeepLink(id: string, index: number | undefined): void {
  const current = location.hash.replace(/^#/, '');
  let hash: string;
  if (index === undefined) {
    if (linkedId(current) !== id) return; // another gallery's link, or none
    hash = lastWrite?.written === current ? lastWrite.host : withoutDeepLink(current);
    lastWrite = undefined;
  } else {
    const host = lastWrite?.written === current ? lastWrite.host : withoutDeepLink(current);
    hash = withDeepLink(host, `${NAME}=${encodeURIComponent(id)}:${index + 1}`);
    lastWrite = { host, written: hash };
  }
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  history.replaceState(history.state, '', url);
}
