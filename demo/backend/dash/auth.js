/**
 * Who is calling. Dash routes accept:
 * - `Bearer demo`: the host app's signed-in user with every permission (the demo stands in for an
 *   OAuth token here);
 * - a portal JWT (`scope: "portal"`): view (and download, when the portal allows) inside the
 *   portal's whitelisted folders;
 * - a guest-upload JWT (`scope: "guest-upload"`): upload into that guest upload only.
 */
import { forbidden, unauthorized } from '../http/errors.js';

export const HOST_TOKEN = 'demo';

/**
 * @typedef {{ kind: 'user' } | { kind: 'portal', portal: import('../seed/portals.js').Portal }
 *   | { kind: 'guest', guestUpload: any, email: string }} Principal
 */

/**
 * @returns {Principal}
 * @param {import('../http/context.js').Context} ctx
 */
export function authenticate(ctx) {
  const header = ctx.req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) throw unauthorized('Missing bearer token');
  const token = match[1].trim();
  if (token === HOST_TOKEN) return { kind: 'user' };
  const claims = ctx.jwt.verify(token);
  if (!claims) throw unauthorized('Invalid or expired token');
  if (claims.scope === 'portal') {
    const portal = ctx.state.portalById(claims.portalId);
    if (portal) return { kind: 'portal', portal };
  }
  if (claims.scope === 'guest-upload') {
    const guestUpload = ctx.state.guestUploads.find((g) => g.id === claims.guestUploadId);
    if (guestUpload) return { kind: 'guest', guestUpload, email: claims.email };
  }
  throw unauthorized('Invalid token');
}

/**
 * For browsing routes: the host user or a portal visitor.
 * @param {import('../http/context.js').Context} ctx
 */
export function requireViewer(ctx) {
  const principal = authenticate(ctx);
  if (principal.kind === 'guest') throw forbidden('A guest-upload token cannot browse assets');
  return principal;
}

/**
 * For upload routes: the host user or a guest uploader.
 * @param {import('../http/context.js').Context} ctx
 */
export function requireUploader(ctx) {
  const principal = authenticate(ctx);
  if (principal.kind === 'portal') throw forbidden('A portal token cannot upload');
  return principal;
}

/** @param {import('./auth.js').Principal} principal */
export const canDownload = (principal) =>
  principal.kind === 'user' ||
  (principal.kind === 'portal' && principal.portal.assetPermittedActions === 'VIEW_AND_DOWNLOAD');
