/**
 * The request every API call starts from — its absolute URL under `api-base` and its JSON
 * headers — before `request()` (http.ts) adds a credential or a body, and the form of a bearer
 * token's header. A module of its own, so the gallery's first load, which starts a source's first
 * request early (adapters/head-start.ts), makes exactly that request — for the CMS with the same
 * `Authorization` — without carrying the rest of the request layer (retries, token sources,
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

/**
 * Characters a header value cannot carry: `fetch()` throws a TypeError for anything outside
 * Latin-1 and for line breaks and NUL (which could otherwise split the header).
 */
export const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * A bearer token as the header carries it (spaces around it, as a paste leaves them, trimmed).
 * Tokens the API issues are checked where they are read (parseAccessToken), so a token that cannot
 * be sent here came from the host's configuration.
 */
function tokenHeader(token: string): string {
  const trimmed = String(token).trim();
  if (!trimmed || NOT_IN_HEADER.test(trimmed) || /\s/.test(trimmed)) {
    throw new DashError(
      'invalid-config',
      'The access token cannot be sent: it has a space, a line break or a character outside Latin-1. Set it exactly as issued.',
    );
  }
  return trimmed;
}

/** The `Authorization` value of a bearer token (tokenHeader), as every API call sends it. */
export const bearer = (token: string): string => `Bearer ${tokenHeader(token)}`;
