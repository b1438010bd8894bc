/**
 * Helpers every adapter uses to turn untrusted backend JSON into `GalleryItem`s. The rule is
 * "only what we understand survives": URLs must be http(s), text must be a string, numbers must be
 * finite and positive — anything else becomes "absent", never an exception in a render.
 *
 * Part of <dash-gallery>'s first load (it renders `srcsetOf`): every source's adapter and the
 * light-DOM mode need this module, so as a chunk of its own it would only add a request to every
 * gallery's waterfall.
 */
import { DashError, codeForStatus } from '../errors.js';
import { fetchText } from '../fetch-text.js';
import { safeUrl } from '../safe-url.js';
import { isRecord } from '../../core/is-record.js';
import type { FocalPoint, GalleryItem, GalleryRendition } from './types.js';

// Adapters import the URL rule and the object test from here with the rest of their helpers.
export { isRecord, safeUrl };

/** A string for a text binding; numbers are stringified, everything else is ''. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A positive finite number, else undefined (sizes of 0 or "123" strings are not sizes). */
export function positive(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** A share of a length, 0–1 (numbers or numeric strings), else undefined. */
function share(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 1 ? number : undefined;
}

/**
 * A focal point — `{x, y}` or `[x, y]`, each 0–1 from the image's left and top edge — or
 * undefined when it is missing or anything is off (out of range, not a number): a junk focal point
 * must not crop a photo worse than the centre does.
 */
export function focalPoint(value: unknown): FocalPoint | undefined {
  const [rawX, rawY] = Array.isArray(value)
    ? value.length === 2
      ? value
      : []
    : isRecord(value)
      ? [value.x, value.y]
      : [];
  const x = share(rawX);
  const y = share(rawY);
  return x === undefined || y === undefined ? undefined : { x, y };
}

export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

/** Renditions with safe URLs and widths, narrowest first (the order `srcset` readers expect). */
export function renditions(list: { url?: unknown; width?: unknown }[], base?: string): GalleryRendition[] {
  const result: GalleryRendition[] = [];
  for (const entry of list) {
    const url = safeUrl(entry.url, base);
    const width = positive(entry.width);
    if (url && width) result.push({ url, width: Math.round(width) });
  }
  return result.sort((a, b) => a.width - b.width);
}

/** The `srcset` attribute for `renditions` (their URLs passed `safeUrl` on the way in). */
export function srcsetOf(list: GalleryRendition[]): string {
  return list.map((r) => `${r.url} ${r.width}w`).join(', ');
}

/**
 * Sorts by `order`, keeping the backend's order for ties. `Array.prototype.sort` is stable since
 * ES2019, which is exactly the "ties keep backend order" rule; gaps (0, 5, 6, 40) are harmless.
 */
export function byOrder<T extends { order: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** The item type from a MIME type such as `video/mp4`. */
export function typeFromMime(mime: string): GalleryItem['type'] {
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('image/')) return 'image';
  return 'file';
}

/**
 * The request fetchPublicJson makes for `src` (also started early by head-start.ts), or undefined
 * when `src` is not an http(s) URL. `credentials: 'omit'` because these URLs are often a proxy in
 * front of a service with account passwords: the element must never send the visitor's cookies.
 */
export function publicJsonRequest(src: unknown): { url: string; init: RequestInit } | undefined {
  const url = safeUrl(src, globalThis.location?.href);
  return url ? { url, init: { credentials: 'omit', headers: { accept: 'application/json' } } } : undefined;
}

/** Reads JSON from a site-owner URL (publicJsonRequest). */
export async function fetchPublicJson(
  src: string | undefined,
  options: { signal?: AbortSignal; fetch?: typeof fetch },
): Promise<{ url: string; body: unknown }> {
  const request = publicJsonRequest(src);
  if (!request) throw new DashError('invalid-config', 'The gallery needs an http(s) `src`.');
  const { url, init } = request;
  // Bounded like every API call: a server that never answers is a `timeout`, not "Loading…" forever.
  const { response, text } = await fetchText(url, init, {
    signal: options.signal,
    fetch: options.fetch,
    what: `GET ${url}`,
  });
  if (!response.ok) {
    throw new DashError(codeForStatus(response.status), `GET ${url} answered ${response.status}.`, {
      status: response.status,
    });
  }
  try {
    return { url, body: JSON.parse(text) };
  } catch (cause) {
    throw new DashError('invalid-response', `${url} did not return JSON.`, { cause });
  }
}

/** Throws `invalid-response` unless `value` is an object, so adapters can read it safely. */
export function expectRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DashError('invalid-response', `${what} is not a JSON object.`);
  return value;
}
