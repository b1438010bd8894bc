/**
 * Bearer tokens in general and the host app's tokens: caching, refresh before expiry, one fetch
 * at a time. Portal and guest-upload tokens build on this in tokens.ts; a source that only needs
 * the host's token (CMS, Dash Social) loads this module alone. Tokens live in memory only.
 */
import { DashError } from './errors.js';

/** Supplies bearer tokens to `request()`. */
export interface TokenSource {
  /** A valid token, from the cache when it is not about to expire. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** A fresh token (after a 401). Concurrent callers share one request. */
  refresh(signal?: AbortSignal): Promise<string>;
}

/** Refresh this long before a token's `exp`, or a fifth of its lifetime if that is shorter. */
const EXPIRY_MARGIN_MS = 30_000;

/** The `exp`/`iat` claims of a JWT, in ms; `undefined` for an opaque token. Not verified. */
function jwtTimes(token: string): { exp?: number; iat?: number } {
  try {
    const payload = token.split('.')[1];
    if (!payload) return {};
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(base64)) as { exp?: unknown; iat?: unknown };
    const ms = (v: unknown) => (typeof v === 'number' ? v * 1000 : undefined);
    return { exp: ms(claims.exp), iat: ms(claims.iat) };
  } catch {
    return {};
  }
}

function expiresSoon(token: string): boolean {
  const { exp, iat } = jwtTimes(token);
  if (exp === undefined) return false;
  const margin = iat === undefined ? EXPIRY_MARGIN_MS : Math.min(EXPIRY_MARGIN_MS, (exp - iat) / 5);
  return Date.now() >= exp - margin;
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A token source over `fetchToken`: caches the token, refreshes it shortly before it expires,
 * and runs one fetch at a time. The shared fetch is not tied to any one caller's signal — one
 * caller giving up must not fail the others — so each caller only stops waiting on abort.
 */
export function cachingTokenSource(fetchToken: () => Promise<string>, initialToken?: string): TokenSource {
  let token = initialToken;
  let inflight: Promise<string> | undefined;
  const refresh = (signal?: AbortSignal) => {
    inflight ??= fetchToken()
      .then((fresh) => (token = fresh))
      .finally(() => (inflight = undefined));
    return raceAbort(inflight, signal);
  };
  return {
    getToken: (signal) => (token && !expiresSoon(token) ? Promise.resolve(token) : refresh(signal)),
    refresh,
  };
}

/**
 * Tokens from the host app: `getAccessToken` is called when a token is needed and again after a
 * 401 (so the app can refresh its OAuth token); a bare `accessToken` cannot be refreshed, so a
 * 401 with it is final.
 */
export function hostTokenSource(options: {
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
}): TokenSource {
  const { accessToken, getAccessToken } = options;
  // A host token with no readable `exp` is used until a 401 says otherwise.
  if (getAccessToken) return cachingTokenSource(getAccessToken, accessToken);
  const missing = () =>
    new DashError('unauthorized', accessToken ? 'The access token was rejected.' : 'No access token.');
  return {
    getToken: () => (accessToken ? Promise.resolve(accessToken) : Promise.reject(missing())),
    refresh: () => Promise.reject(missing()),
  };
}
