/** Asset searches, paged and scrolling, and builders for their criteria. */
import { dashPaths } from './endpoints.js';
import { request, type ApiContext } from './http.js';
import type {
  Asset,
  AssetSearchRequest,
  Criterion,
  FieldRef,
  ScrollSearchResponse,
  SearchResponse,
  Wrapped,
} from './models.js';
import { parseAsset, parseSearchResponse, parseWrapped } from './validate.js';

type Signal = { signal?: AbortSignal };

/** Paged searches cannot reach past this many results; scroll searches can. */
export const MAX_PAGED_RESULTS = 10_000;
const DEFAULT_PAGE_SIZE = 100;

const validatePage = (json: unknown) => parseSearchResponse(json, parseAsset);

/**
 * One asset by id (`GET /assets/{id}`, seed 002 "Get an Asset"), with what the caller may do with
 * it. A portal visitor gets `not-found` for an asset outside the portal, as for one that does not
 * exist; use it to resolve preselected ids.
 */
export function getAsset(ctx: ApiContext, id: string, options: Signal = {}): Promise<Wrapped<Asset>> {
  return request(ctx, 'GET', dashPaths.asset(id), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parseAsset),
  });
}

/** One page of assets (`POST /asset-searches`). Only LIVE assets unless the criterion says otherwise. */
export function searchAssets(
  ctx: ApiContext,
  req: AssetSearchRequest,
  options: Signal = {},
): Promise<SearchResponse<Asset>> {
  return request(ctx, 'POST', dashPaths.assetSearches(), {
    body: { from: 0, pageSize: DEFAULT_PAGE_SIZE, sorts: [], ...req },
    // A search only reads, so it is safe to repeat although it is a POST.
    idempotent: true,
    signal: options.signal,
    validate: validatePage,
  });
}

/**
 * Starts a scroll search with `req`, or continues one with `{scrollId}` (always use the newest
 * `scrollId`: the server may change it from page to page).
 */
export function scrollSearchAssets(
  ctx: ApiContext,
  req: Omit<AssetSearchRequest, 'from'> | { scrollId: string },
  options: Signal = {},
): Promise<ScrollSearchResponse<Asset>> {
  const body = 'scrollId' in req ? req : { pageSize: DEFAULT_PAGE_SIZE, sorts: [], ...req };
  return request(ctx, 'POST', dashPaths.assetScrollSearches(), {
    body,
    idempotent: true,
    signal: options.signal,
    validate: validatePage,
  });
}

/**
 * Every asset matching `req`, page by page: paged search while the results fit in the first
 * 10,000, a scroll search when there are more (paging stops at 10,000 whatever `totalResults` says).
 */
export async function* searchAllAssets(
  ctx: ApiContext,
  req: Omit<AssetSearchRequest, 'from'>,
  options: Signal = {},
): AsyncGenerator<SearchResponse<Asset>, void, undefined> {
  const pageSize = req.pageSize ?? DEFAULT_PAGE_SIZE;
  const first = await searchAssets(ctx, { ...req, from: 0, pageSize }, options);
  if (first.totalResults > MAX_PAGED_RESULTS) {
    // Start over as a scroll search so nothing is skipped or repeated between the two.
    yield* scrollAll(ctx, { ...req, pageSize }, options);
    return;
  }
  yield first;
  for (let from = pageSize; from < first.totalResults; from += pageSize) {
    const page = await searchAssets(ctx, { ...req, from, pageSize }, options);
    if (page.results.length === 0) return;
    yield page;
  }
}

async function* scrollAll(
  ctx: ApiContext,
  req: Omit<AssetSearchRequest, 'from'>,
  options: Signal,
): AsyncGenerator<ScrollSearchResponse<Asset>, void, undefined> {
  let page = await scrollSearchAssets(ctx, req, options);
  while (page.results.length > 0) {
    yield page;
    if (!page.scrollId) return;
    page = await scrollSearchAssets(ctx, { scrollId: page.scrollId }, options);
  }
}

const fixed = (fieldName: string): FieldRef => ({ type: 'FIXED', fieldName });

/** Assets in a folder (a FieldOption of the Folders field), by default including its subfolders. */
export function folderCriterion(fieldId: string, optionId: string, includeDescendants = true): Criterion {
  return { type: 'FIELD_EQUALS', field: { type: 'FIELD', fieldId }, value: optionId, includeDescendants };
}

/** Free-text search over the assets' keywords. */
export function keywordCriterion(text: string): Criterion {
  return { type: 'FIELD_MATCHES', field: fixed('KEYWORDS'), value: text };
}

/** Assets of any of these file types (IMAGE, VIDEO, AUDIO, DOCUMENT, …). */
export function fileTypeCriterion(types: string[]): Criterion {
  return { type: 'FIELD_HAS_ANY_EQUAL', field: fixed('FILE_TYPE'), values: types };
}

/** Assets that went live between two dates (ISO strings or Dates); either end may be open. */
export function dateRangeCriterion(from?: string | Date, to?: string | Date, fieldName = 'DATE_LIVE'): Criterion {
  const iso = (d: string | Date | undefined) => (d === undefined ? '*' : d instanceof Date ? d.toISOString() : d);
  return { type: 'FIELD_MATCHES', field: fixed(fieldName), value: `[${iso(from)} TO ${iso(to)}]` };
}

/** All of the criteria; `undefined` entries are skipped so optional filters compose easily. */
export function and(...criteria: (Criterion | undefined)[]): Criterion {
  return combine('AND', criteria);
}

/** Any of the criteria; `undefined` entries are skipped. */
export function or(...criteria: (Criterion | undefined)[]): Criterion {
  return combine('OR', criteria);
}

function combine(type: 'AND' | 'OR', criteria: (Criterion | undefined)[]): Criterion {
  const present = criteria.filter((c): c is Criterion => c !== undefined);
  if (present.length === 0) return { type: 'MATCH_ALL' };
  return present.length === 1 ? present[0]! : { type, criteria: present };
}
