/**
 * The request every API call starts from — its absolute URL under `api-base` and its JSON
 * headers — before `request()` (http.ts) adds a credential or a body. A module of its own, so the
 * gallery's first load, which starts a source's first request early (adapters/head-start.ts),
 * makes exactly that request without carrying the rest of the request layer (retries, tokens,
 * validation).
 */
import { DashError } from './errors.js';

/**
 * The absolute http(s) URL of `path` under `apiBase`. A missing or unusable `api-base` (null,
 * "undefined", `javascript:`, an unparsable string) is `invalid-config` before any request, never
 * a TypeError from fetch() that would read as "check your connection".
 */
export function requestUrl(apiBase: unknown, path: string): string {
  const base = typeof apiBase === 'string' ? apiBase.trim().replace(/\/+$/, '') : '';
  let url: URL | undefined;
  try {
    if (base && base !== 'null' && base !== 'undefined') url = new URL(base + path, globalThis.location?.href);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new DashError(
      'invalid-config',
      `The api-base ${JSON.stringify(apiBase) ?? String(apiBase)} is not an http(s) URL.`,
    );
  }
  return url.href;
}

/** `method` on `path` under `apiBase`, asking for JSON, with no credential and no body yet. */
export function apiRequest(
  apiBase: unknown,
  method: string,
  path: string,
): { url: string; init: RequestInit & { headers: Record<string, string> } } {
  return { url: requestUrl(apiBase, path), init: { method, headers: { accept: 'application/json' } } };
}
