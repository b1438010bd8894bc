/**
 * Where bearer tokens come from: a portal (slug + optional passcode), a guest-upload link (email),
 * or the host app. Tokens live in memory only — never in attributes, URLs, storage or logs.
 */
import { DashError } from './errors.js';
import type { ApiContext } from './http.js';
import type { GuestUploadData, PortalData } from './models.js';
import { getPortalAccessToken, getPortalData } from './portals.js';
import { getGuestAccessToken, getGuestUploadData } from './guest-uploads.js';

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
function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
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

/** Remembers a successful result; a failure is forgotten so the next call tries again. */
function once<T>(load: (signal?: AbortSignal) => Promise<T>): (signal?: AbortSignal) => Promise<T> {
  let cached: Promise<T> | undefined;
  return (signal) => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return raceAbort(cached, signal);
  };
}

export interface PortalTokenSource extends TokenSource {
  /** The portal's public data (resolved once, then cached). */
  portalData(signal?: AbortSignal): Promise<PortalData>;
}

/**
 * Tokens of a portal visitor. Resolves the portal from its slug, then asks for a token, sending
 * the passcode when the portal requires one.
 *
 * Fails with `passcode-required` when the portal needs a passcode and none was given, and with
 * `wrong-passcode` when the server rejects the one given.
 */
export function portalTokenSource(
  ctx: ApiContext,
  options: { subdomain: string; portal: string; passcode?: string },
): PortalTokenSource {
  // Portal data and the token itself are fetched without a bearer, whatever ctx carries.
  const publicCtx: ApiContext = { ...ctx, auth: undefined };
  const portalData = once(() => getPortalData(publicCtx, options.subdomain, options.portal));
  const source = cachingTokenSource(async () => {
    const portal = await portalData();
    const { passcode } = options;
    if (portal.requiresPasscode && !passcode) {
      throw new DashError('passcode-required', `Portal "${options.portal}" requires a passcode.`);
    }
    try {
      return await getPortalAccessToken(publicCtx, portal.id, passcode || undefined);
    } catch (error) {
      const status = error instanceof DashError ? error.status : undefined;
      if (passcode && (status === 401 || status === 403)) {
        throw new DashError('wrong-passcode', 'The passcode is not correct.', { status, cause: error });
      }
      throw error;
    }
  });
  return { ...source, portalData };
}

export interface GuestTokenSource extends TokenSource {
  /** The guest-upload link's public data (resolved once, then cached). */
  guestUploadData(signal?: AbortSignal): Promise<GuestUploadData>;
}

/** Tokens of a guest uploader, identified by the email they gave. */
export function guestTokenSource(
  ctx: ApiContext,
  options: { subdomain: string; guestUpload: string; email: string },
): GuestTokenSource {
  const publicCtx: ApiContext = { ...ctx, auth: undefined };
  const guestUploadData = once(() => getGuestUploadData(publicCtx, options.subdomain, options.guestUpload));
  const source = cachingTokenSource(async () => {
    const data = await guestUploadData();
    return getGuestAccessToken(publicCtx, { guestUploadId: data.id, email: options.email });
  });
  return { ...source, guestUploadData };
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
