/** Portal data, portal tokens, the account theme, guest-upload data and guest tokens. */
import { badRequest, notFound, unauthorized } from '../http/errors.js';
import { wrap } from '../http/respond.js';
import { SUBDOMAIN, accountTheme, publicPortal } from '../seed/portals.js';

const EMAIL = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+$/;

/** @param {import('../http/context.js').Context} ctx */
function requireSubdomain(ctx) {
  if (ctx.params.subdomain !== SUBDOMAIN) throw notFound(`No account with subdomain ${ctx.params.subdomain}`);
}

/** @param {import('../http/router.js').Router} router */
export function registerPortalRoutes(router) {
  router.add('GET', '/subdomains/:subdomain/publicly-available-portal-datas/:slug', (ctx) => {
    requireSubdomain(ctx);
    const portal = ctx.state.portals.find((p) => p.slugs.includes(ctx.params.slug));
    if (!portal) throw notFound(`No portal with slug ${ctx.params.slug}`);
    return wrap(publicPortal(portal));
  });

  // No bearer: a passcode portal wants `Authorization: Passcode <passcode>`.
  router.add('GET', '/portals/:id/access-token', (ctx) => {
    const portal = ctx.state.portalById(ctx.params.id);
    if (!portal) throw notFound('No such portal');
    if (portal.passcode) {
      const match = /^Passcode\s+(.*)$/i.exec(ctx.req.headers.authorization ?? '');
      if (!match) throw unauthorized('This portal requires a passcode');
      if (match[1].trim() !== portal.passcode) throw unauthorized('Wrong passcode');
    }
    const accessToken = ctx.jwt.issue(
      { sub: `portal|${portal.id}`, scope: 'portal', portalId: portal.id },
      ctx.state.tokenTtlSeconds,
    );
    return wrap({ accessToken });
  });

  // Seed 002 "Create a new ThemeSearch" (≈L1101–1132): the theme of an account found by its
  // subdomain. Unauthenticated: "Do not send a Bearer Token". The seed prints no URL (inferred as
  // `/theme-searches`, see src/api/endpoints.ts) and its criterion's `type` only as "string", so
  // any type comparing SUBDOMAIN is accepted; `sorts` must be an empty list, as the seed says.
  router.add('POST', '/theme-searches', async (ctx) => {
    if (/^Bearer\s/i.test(ctx.req.headers.authorization ?? '')) {
      throw badRequest('This endpoint is unauthenticated: do not send a Bearer token');
    }
    const body = await ctx.json();
    if (!Array.isArray(body.sorts) || body.sorts.length > 0) throw badRequest('sorts must be an empty list');
    const c = body.criterion;
    const field = typeof c?.field === 'string' ? c.field : c?.field?.fieldName;
    if (field !== 'SUBDOMAIN' || typeof c?.value !== 'string') throw badRequest('Search the theme by SUBDOMAIN');
    const found = c.value === SUBDOMAIN ? [accountTheme(ctx.state.profile)] : [];
    return { results: found.map((theme) => wrap(theme)), totalResults: found.length };
  });

  router.add('GET', '/subdomains/:subdomain/publicly-available-guest-upload-data/:slug', (ctx) => {
    requireSubdomain(ctx);
    const g = ctx.state.guestUploads.find((x) => x.slug === ctx.params.slug);
    if (!g) throw notFound(`No guest upload with slug ${ctx.params.slug}`);
    return wrap({ id: g.id, name: g.name, message: g.message, messageHeading: g.messageHeading });
  });

  // Inferred path (see src/api/endpoints.ts): the seed names the operation, not its URL.
  router.add('POST', '/guest-upload-access-tokens', async (ctx) => {
    const body = await ctx.json();
    const g = ctx.state.guestUploads.find((x) => x.id === body.guestUploadId);
    if (!g) throw notFound('No such guest upload');
    if (typeof body.email !== 'string' || !EMAIL.test(body.email.trim())) {
      throw badRequest('A valid email address is required');
    }
    const accessToken = ctx.jwt.issue(
      { sub: `guest|${body.email.trim()}`, scope: 'guest-upload', guestUploadId: g.id, email: body.email.trim() },
      ctx.state.tokenTtlSeconds,
    );
    return wrap({ accessToken });
  });
}
