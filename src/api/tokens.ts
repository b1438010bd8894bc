/**
 * Where bearer tokens come from: a portal (slug + optional passcode), a guest-upload link (email),
 * or the host app (http.ts, re-exported here). Tokens live in memory only — never in
 * attributes, URLs, storage or logs.
 */
import { DashError } from './errors.js';
import type { GuestUploadData, PortalData } from './models.js';
import { getPortalAccessToken, getPortalData } from './portals.js';
import { getGuestAccessToken, getGuestUploadData } from './guest-uploads.js';
import { cachingTokenSource, raceAbort, type ApiContext, type TokenSource } from './http.js';

export { cachingTokenSource, hostTokenSource, type TokenSource } from './http.js';

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
  options: {
    subdomain: string;
    guestUpload: string;
    email: string;
    /** The link's data when the caller has it already: signing in then asks for the token alone. */
    data?: GuestUploadData;
  },
): GuestTokenSource {
  const publicCtx: ApiContext = { ...ctx, auth: undefined };
  const { data } = options;
  const guestUploadData = once(() =>
    data ? Promise.resolve(data) : getGuestUploadData(publicCtx, options.subdomain, options.guestUpload),
  );
  const source = cachingTokenSource(async () => {
    const data = await guestUploadData();
    return getGuestAccessToken(publicCtx, { guestUploadId: data.id, email: options.email });
  });
  return { ...source, guestUploadData };
}
