/** `POST /asset-searches` and `POST /asset-scroll-searches`. */
import { randomUUID } from 'node:crypto';
import { badRequest } from '../http/errors.js';
import { requireViewer } from './auth.js';
import { matches, mentionsLifecycle, sortAssets } from './criteria.js';
import { wrappedAsset } from './asset-view.js';

/** Seed: "A standard AssetSearch will only allow you to page to 10,000 results". */
export const MAX_SEARCH_WINDOW = 10_000;
const MAX_PAGE_SIZE = 1000;

/**
 * Assets the principal may see that match the criterion, sorted.
 * @param {import('./auth.js').Principal} principal
 * @param {import('../state.js').State} state
 */
export function findAssets(state, principal, criterion, sorts) {
  const liveOnly = principal.kind === 'portal' || !mentionsLifecycle(criterion);
  const folders = principal.kind === 'portal' ? state.visibleFolderIds(principal.portal) : null;
  const found = [];
  for (const asset of state.assets.values()) {
    if (liveOnly && asset.state !== 'LIVE') continue;
    if (folders && !asset.folderIds.some((id) => folders.has(id))) continue;
    if (matches(asset, criterion ?? { type: 'MATCH_ALL' }, state)) found.push(asset);
  }
  return sortAssets(found, sorts);
}

/**
 * Whether a principal may see one asset (used by downloads and links).
 * @param {import('../state.js').State} state
 * @param {import('./auth.js').Principal} principal
 */
export function canSeeAsset(state, principal, asset) {
  if (principal.kind === 'user') return true;
  if (principal.kind !== 'portal' || asset.state !== 'LIVE') return false;
  const folders = state.visibleFolderIds(principal.portal);
  return asset.folderIds.some((id) => folders.has(id));
}

/** Terms aggregations over fixed fields, e.g. `{fileTypes: {field: {type:'FIXED', fieldName:'FILE_TYPE'}}}`. */
function aggregate(assets, requested) {
  if (!requested || typeof requested !== 'object') return undefined;
  const keyOf = {
    FILE_TYPE: (a) => [a.fileType],
    LIFECYCLE_STATE: (a) => [a.state],
    COLLECTIONS: (a) => a.collectionIds,
  };
  const out = {};
  for (const [name, spec] of Object.entries(requested)) {
    const fieldName = spec?.field?.fieldName ?? spec?.fieldName ?? 'FILE_TYPE';
    const key = keyOf[fieldName];
    if (!key) throw badRequest(`Unsupported aggregation field ${fieldName}`);
    const counts = new Map();
    for (const asset of assets) for (const k of key(asset)) counts.set(k, (counts.get(k) ?? 0) + 1);
    out[name] = {
      type: 'string',
      buckets: [...counts].sort((a, b) => b[1] - a[1]).map(([k, count]) => ({ key: k, count })),
    };
  }
  return out;
}

function intOr(value, fallback, name) {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 0) throw badRequest(`${name} must be a non-negative integer`);
  return value;
}

/** @param {import('../http/router.js').Router} router */
export function registerSearchRoutes(router) {
  router.add('POST', '/asset-searches', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const from = intOr(body.from, 0, 'from');
    const pageSize = intOr(body.pageSize, 100, 'pageSize');
    if (pageSize > MAX_PAGE_SIZE) throw badRequest(`pageSize must be at most ${MAX_PAGE_SIZE}`);
    if (from + pageSize > MAX_SEARCH_WINDOW) {
      throw badRequest(`from + pageSize must be at most ${MAX_SEARCH_WINDOW}; use an asset scroll search`);
    }
    const found = findAssets(ctx.state, principal, body.criterion, body.sorts);
    const aggregations = aggregate(found, body.aggregations);
    return {
      results: found.slice(from, from + pageSize).map((a) => wrappedAsset(a, principal, ctx.apiUrl, ctx.state.profile)),
      totalResults: found.length,
      ...(aggregations ? { aggregations } : {}),
    };
  });

  // Seed: the response's scrollId must be sent back to continue; it is not guaranteed to stay the
  // same, so we issue a fresh one for every page.
  router.add('POST', '/asset-scroll-searches', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    let scroll;
    if (body.scrollId) {
      scroll = ctx.state.scrolls.get(body.scrollId);
      if (!scroll) throw badRequest('Unknown or expired scrollId');
      ctx.state.scrolls.delete(body.scrollId);
    } else {
      const pageSize = intOr(body.pageSize, 100, 'pageSize');
      if (pageSize > MAX_PAGE_SIZE) throw badRequest(`pageSize must be at most ${MAX_PAGE_SIZE}`);
      const found = findAssets(ctx.state, principal, body.criterion, body.sorts);
      scroll = { ids: found.map((a) => a.id), offset: 0, pageSize };
    }
    const page = scroll.ids.slice(scroll.offset, scroll.offset + scroll.pageSize);
    const next = { ...scroll, offset: scroll.offset + page.length };
    const scrollId = randomUUID();
    if (page.length > 0) ctx.state.scrolls.set(scrollId, next);
    return {
      results: page
        .map((id) => ctx.state.assets.get(id))
        .filter(Boolean)
        .map((a) => wrappedAsset(a, principal, ctx.apiUrl, ctx.state.profile)),
      totalResults: scroll.ids.length,
      scrollId,
    };
  });
}
