/** Portals: public, optionally passcode-protected views on a set of folders. */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import type { PortalData } from './models.js';
import { parseAccessToken, parsePortalData, parseWrapped } from './validate-dash.js';

/** Resolves a portal from its slug. Needs no authentication. */
export async function getPortalData(
  ctx: ApiContext,
  subdomain: string,
  slug: string,
  options: { signal?: AbortSignal } = {},
): Promise<PortalData> {
  const wrapped = await request(ctx, 'GET', dashPaths.portalData(subdomain, slug), {
    auth: 'none',
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parsePortalData),
  });
  return wrapped.result;
}

/**
 * A visitor token (a JWT) for a portal. Sends `Authorization: Passcode …` when a passcode is
 * given; a wrong one answers 401/403 (`portalTokenSource` turns that into `wrong-passcode`).
 */
export async function getPortalAccessToken(
  ctx: ApiContext,
  portalId: string,
  passcode?: string,
  options: { signal?: AbortSignal } = {},
): Promise<string> {
  return request(ctx, 'GET', dashPaths.portalAccessToken(portalId), {
    auth: passcode ? { passcode } : 'none',
    idempotent: true,
    signal: options.signal,
    validate: parseAccessToken,
  });
}
