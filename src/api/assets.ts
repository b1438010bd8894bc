/** Asset searches, paged and scrolling, and builders for their criteria. */
import * as dashPaths from './endpoints-dash.js';
import { DashError } from './errors.js';
import { request, type ApiContext } from './http.js';
import type {
  Asset,
  AssetSearchRequest,
  Criterion,
  FieldRef,
  ScrollSearchResponse,
  SearchResponse,
  Sort,
  Wrapped,
} from './models.js';
import { parseAsset, parseSearchResponse, parseWrapped } from './validate-dash.js';

type Signal = { signal?: AbortSignal };

/** Paged searches cannot reach past this many results; scroll searches can. */
export const MAX_PAGED_RESULTS = 10_000;
const DEFAULT_PAGE_SIZE = 100;

/** One search request (paged or scroll) and its page of assets. */
const postSearch = (ctx: ApiContext, path: string, body: object, options: Signal) =>
  request(ctx, 'POST', path, {
    body,
    // A search only reads, so it is safe to repeat although it is a POST.
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseSearchResponse(json, parseAsset),
  });

/**
 * Conservative writing. The sort fields seed 002 prints for asset searches (`DATE_LIVE`,
 * `STAGED_BY`); any other FIXED sort field (ADDED_ORDER, FILENAME — public client code) is a guess.
 */
export const DOCUMENTED_SORT_FIELDS: ReadonlySet<string> = new Set(['DATE_LIVE', 'STAGED_BY']);

/**
 * Criterion types seed 002 prints or names ("AND, OR and NOT"); FIELD_HAS_ANY_EQUAL (public
 * client code) and FIELD_IN (printed only for preset and embeddable-link searches) are guesses.
 */
export const DOCUMENTED_CRITERIA: ReadonlySet<string> = new Set([
  'MATCH_ALL',
  'AND',
  'OR',
  'NOT',
  'FIELD_EQUALS',
  'FIELD_MATCHES',
  'FIELD_IS_EMPTY',
]);

/** Closed stand-ins for an open end of a date range. */
const OPEN_START = '1970-01-01T00:00:00.000Z';
const OPEN_END = '9999-12-31T23:59:59.999Z';

const isGuessedSort = (sort: Sort) => sort.field.type === 'FIXED' && !DOCUMENTED_SORT_FIELDS.has(sort.field.fieldName);

/**
 * The same search in documented values only, or `undefined` when it already is: guessed sorts are
 * dropped (ADDED_ORDER is a tie-breaker; FILENAME has no documented equivalent), leaving
 * `DATE_LIVE DESC` when none is left; `FIELD_HAS_ANY_EQUAL`/`FIELD_IN` become an `OR` of
 * `FIELD_EQUALS`; a range's open end `*` becomes a far date.
 */
export function documentedSearch<R extends { sorts?: Sort[]; criterion?: Criterion }>(req: R): R | undefined {
  let changed = false;
  const rewrite = (c: Criterion): Criterion => {
    switch (c.type) {
      case 'AND':
      case 'OR':
        return { ...c, criteria: c.criteria.map(rewrite) };
      case 'NOT':
        return { ...c, criterion: rewrite(c.criterion) };
      case 'FIELD_MATCHES': {
        // Guessed: an open end `*` (the seed prints only closed ranges, "[2021-01-01 TO 2021-02-01]").
        const range = /^\[(\S+) TO (\S+)\]$/.exec(c.value);
        if (!range || (range[1] !== '*' && range[2] !== '*')) return c;
        changed = true;
        const from = range[1] === '*' ? OPEN_START : range[1];
        const to = range[2] === '*' ? OPEN_END : range[2];
        return { ...c, value: `[${from} TO ${to}]` };
      }
      case 'FIELD_HAS_ANY_EQUAL':
      case 'FIELD_IN': {
        changed = true;
        const { field, values, includeDescendants } = c;
        const one = (value: string): Criterion => ({
          type: 'FIELD_EQUALS',
          field,
          value,
          ...(includeDescendants === undefined ? {} : { includeDescendants }),
        });
        return values.length === 1 ? one(values[0]!) : { type: 'OR', criteria: values.map(one) };
      }
      default:
        return c;
    }
  };
  const criterion = req.criterion && rewrite(req.criterion);
  let sorts = req.sorts;
  if (sorts?.some(isGuessedSort)) {
    changed = true;
    sorts = sorts.filter((sort) => !isGuessedSort(sort));
    if (sorts.length === 0) sorts = [{ field: { type: 'FIXED', fieldName: 'DATE_LIVE' }, order: 'DESC' }];
  }
  return changed ? { ...req, criterion, sorts } : undefined;
}

/** Contexts whose server refused a guessed value: they send documented values from then on. */
const documentedOnly = new WeakSet<ApiContext>();

/**
 * Whether this context's server refused a guessed value, so its searches now go in documented
 * values (a guessed sort such as FILENAME is no longer sent): callers show the order actually used.
 */
export function searchesDocumentedOnly(ctx: ApiContext): boolean {
  return documentedOnly.has(ctx);
}

/**
 * Sends a search; when the server answers 400 to one that used a guessed value, sends it again in
 * documented values (`documentedSearch`) and keeps doing so for this context, so later pages use
 * the same order. Another 400 (or a 400 to a documented search) is the caller's error, unchanged.
 */
async function searchConservatively<R extends { sorts?: Sort[]; criterion?: Criterion }, T>(
  ctx: ApiContext,
  body: R,
  send: (body: R) => Promise<T>,
): Promise<T> {
  const documented = documentedSearch(body);
  if (!documented) return send(body);
  if (documentedOnly.has(ctx)) return send(documented);
  try {
    return await send(body);
  } catch (error) {
    if (!(error instanceof DashError) || error.code !== 'bad-request') throw error;
    // A second 400 is about something else: the first error names the request as it was sent.
    const answer = await send(documented).catch((retryError: unknown) => {
      throw retryError instanceof DashError && retryError.code === 'bad-request' ? error : retryError;
    });
    documentedOnly.add(ctx);
    return answer;
  }
}

/**
 * One asset by id (`GET /assets/{id}`, seed 002 "Get an Asset"), with what the caller may do with
 * it. A portal visitor gets `not-found` for an asset outside the portal, as for one that does not
 * exist; use it to resolve preselected ids.
 */
export async function getAsset(ctx: ApiContext, id: string, options: Signal = {}): Promise<Wrapped<Asset>> {
  return request(ctx, 'GET', dashPaths.asset(id), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parseAsset),
  });
}

/**
 * One page of assets (`POST /asset-searches`). Only LIVE assets unless the criterion says
 * otherwise. Assets the client cannot read are left out and counted in `skipped`. A server that
 * refuses a guessed sort or criterion (400) is asked again in documented values.
 */
export function searchAssets(
  ctx: ApiContext,
  req: AssetSearchRequest,
  options: Signal = {},
): Promise<SearchResponse<Asset>> {
  const body = { from: 0, pageSize: DEFAULT_PAGE_SIZE, sorts: [], ...req };
  return searchConservatively(ctx, body, (sent) => postSearch(ctx, dashPaths.assetSearches(), sent, options));
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
  const send = (body: object) => postSearch(ctx, dashPaths.assetScrollSearches(), body, options);
  if ('scrollId' in req) return send(req);
  return searchConservatively(ctx, { pageSize: DEFAULT_PAGE_SIZE, sorts: [], ...req }, send);
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

/**
 * Assets of any of these file types (IMAGE, VIDEO, AUDIO, DOCUMENT, …). Guessed:
 * `FIELD_HAS_ANY_EQUAL` comes from public client code; a server that refuses it gets an `OR` of
 * `FIELD_EQUALS` (see `documentedSearch`).
 */
export function fileTypeCriterion(types: string[]): Criterion {
  return { type: 'FIELD_HAS_ANY_EQUAL', field: fixed('FILE_TYPE'), values: types };
}

/**
 * Assets that went live between two dates (ISO strings or Dates); either end may be open. Guessed:
 * an open end is sent as `*`; a server that refuses it gets far dates instead (`documentedSearch`).
 */
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
