/**
 * Writing the deep link while the lightbox is open (part of the lightbox's code; the format is
 * described in deep-link.ts). Only our parameter changes: the rest of the hash is the host page's.
 */
import { decode, find } from './deep-link.js';

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
    hash = withDeepLink(host, `dash-gallery=${encodeURIComponent(id)}:${index + 1}`);
    lastWrite = { host, written: hash };
  }
  history.replaceState(history.state, '', hashUrl(hash));
}

/** This page's URL with `hash` (without `#`) as its hash. */
export function hashUrl(hash: string): string {
  return `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
}
