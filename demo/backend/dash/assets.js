/**
 * `GET /assets/{id}` (seed 002 "Get an Asset"): one asset wrapped with its permitted actions.
 * The host user sees every asset (STAGED ones too); a portal visitor only the LIVE assets in the
 * portal's folders, anything else is 404 as if it did not exist (no hint that it does).
 */
import { notFound } from '../http/errors.js';
import { requireViewer } from './auth.js';
import { canSeeAsset } from './search.js';
import { wrappedAsset } from './asset-view.js';

/** @param {import('../http/router.js').Router} router */
export function registerAssetRoutes(router) {
  router.add('GET', '/assets/:id', (ctx) => {
    const principal = requireViewer(ctx);
    const asset = ctx.state.assets.get(ctx.params.id);
    if (!asset || !canSeeAsset(ctx.state, principal, asset)) throw notFound(`No asset ${ctx.params.id}`);
    return wrappedAsset(asset, principal, ctx.apiUrl, ctx.state.profile);
  });
}
