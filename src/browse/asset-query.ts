import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError, skippedItemsError, toDashError } from '../api/errors.js';
import {
  and,
  dateRangeCriterion,
  folderCriterion,
  keywordCriterion,
  DOCUMENTED_SORT_FIELDS,
  searchesDocumentedOnly,
} from '../api/assets.js';
import { AssetCursor } from '../api/asset-cursor.js';
import type { ApiContext } from '../api/http.js';
import type { Asset, Criterion, Sort } from '../api/models.js';
import { PermittedActions } from './permissions.js';

export type SortKey = 'newest' | 'oldest' | 'name';
export const sortKeys: readonly SortKey[] = ['newest', 'oldest', 'name'];
export const fileTypeOptions = ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'] as const;

/** What the visitor is looking at. Everything here can be mirrored into a URL. */
export interface AssetQuery {
  keywords: string;
  /** Dash FILE_TYPE values (IMAGE, VIDEO, …); empty = all. */
  fileTypes: string[];
  /** A folder FieldOption id; undefined = everything the token may see. */
  folderId?: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  dateRange?: { from?: string; to?: string };
  sort: SortKey;
  /** "Recently added": the newest assets across all folders, ignoring the other filters. */
  recent: boolean;
}

export const defaultQuery: AssetQuery = { keywords: '', fileTypes: [], sort: 'newest', recent: false };

export interface AssetQueryOptions {
  /** The Folders field id (from folder settings); needed only when a folder is chosen. */
  folderFieldId: () => string | undefined;
  /** Assets a page asks for (and "recently added" shows); 60 by default. */
  pageSize?: number;
  /** Pause after typing before a keyword search; 250 ms by default. */
  debounceMs?: number;
  /**
   * Pause after typing before the result count is announced; 1 s by default, so a visitor who
   * types at an ordinary pace (a key every half second) hears one count, not one per search.
   */
  settleMs?: number;
  /**
   * A failed page, and a page with unreadable assets left out (the rest are shown: one
   * `invalid-response` error per such page, naming how many; not an error state).
   */
  onError?: (error: DashError) => void;
}

/**
 * The search request for a query: its criterion (folder with its sub-folders, keywords, file
 * types, dates) and sorts. "Recently added" ignores every filter: the newest assets of all.
 * The folder applies only once the Folders field id is known.
 */
export function searchFor(query: AssetQuery, folderFieldId?: string): { criterion: Criterion; sorts: Sort[] } {
  if (query.recent) return { criterion: and(), sorts: sortsFor('newest') };
  const keywords = query.keywords.trim();
  const { from, to } = query.dateRange ?? {};
  return {
    criterion: and(
      query.folderId && folderFieldId ? folderCriterion(folderFieldId, query.folderId, true) : undefined,
      keywords ? keywordCriterion(keywords) : undefined,
      query.fileTypes.length ? fileTypesCriterion(query.fileTypes) : undefined,
      from || to ? dateRangeCriterion(from, to) : undefined,
    ),
    sorts: sortsFor(query.sort),
  };
}

/**
 * Runs the asset search of a signed-in session: holds the query and reads its results page by
 * page through one `AssetCursor` (paged search, then a scroll search past 10,000 results). A
 * new query or sign-in aborts the one in flight; a page whose signal was aborted meanwhile is
 * dropped, even when its answer had already arrived.
 */
export class AssetQueryController implements ReactiveController {
  query: AssetQuery = { ...defaultQuery };
  items: Asset[] = [];
  total = 0;
  loading = false;
  error?: DashError;
  /** True once the first page of the current query has arrived. */
  loaded = false;
  /** Assets of the current query's answers that could not be read and are not in `items`. */
  skipped = 0;
  /**
   * Sort keys the server cannot honour: it refused a guessed sort field (400) and the API layer
   * now sends documented values only, so these come back newest first. The sort menu disables
   * them and says why; a query that asked for one shows the order actually used.
   */
  unavailableSorts: ReadonlySet<SortKey> = new Set();
  /** Keywords are being typed: the status stays quiet until typing has paused (`settleMs`). */
  typing = false;
  /** What the token may do with each loaded asset (`DOWNLOAD_ASSET`, …), by asset id. */
  #actions = new PermittedActions();

  #ctx?: ApiContext;
  #cursor?: AssetCursor;
  #abort?: AbortController;
  #debounceTimer?: ReturnType<typeof setTimeout>;
  #settleTimer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost;
  readonly #options: AssetQueryOptions;

  constructor(host: ReactiveControllerHost, options: AssetQueryOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get hasMore(): boolean {
    return !this.query.recent && this.loaded && this.#cursor?.done === false;
  }

  /** Searches with a new sign-in's context, from the first page. */
  start(ctx: ApiContext): void {
    this.#ctx = ctx;
    this.#restart();
  }

  /** Signed out (or signing in again): nothing is searched until the next `start`. */
  stop(): void {
    this.#ctx = undefined;
    this.#restart();
  }

  hostDisconnected(): void {
    clearTimeout(this.#debounceTimer);
    this.#settled();
    this.stop();
  }

  /** Whether the search response allowed `action` (e.g. `DOWNLOAD_ASSET`) on the asset. */
  permits(assetId: string, action: string): boolean {
    return this.#actions.permits(assetId, action);
  }

  /** Applies a change at once (filters, folder, sort). */
  set(patch: Partial<AssetQuery>): void {
    clearTimeout(this.#debounceTimer);
    this.#settled();
    this.query = { ...this.query, ...patch };
    this.#restart();
  }

  /** Keywords as the visitor types: the search starts once typing pauses. */
  setKeywords(keywords: string): void {
    clearTimeout(this.#debounceTimer);
    // Cancel at once: the old results are already stale, even before the debounce fires.
    this.#cancel();
    this.query = { ...this.query, keywords };
    this.#debounceTimer = setTimeout(() => this.#restart(), this.#options.debounceMs ?? 250);
    this.typing = true;
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      this.#settled();
      this.#host.requestUpdate();
    }, this.#options.settleMs ?? 1000);
  }

  #settled(): void {
    clearTimeout(this.#settleTimer);
    this.typing = false;
  }

  /** Runs the current query from the first page again (also the retry after an error). */
  reload(): void {
    this.#restart();
  }

  /** Fetches the next page, unless one is loading or there is none. */
  loadMore(): void {
    if (this.loading || !this.hasMore || this.error) return;
    void this.#fetchPage();
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = false;
  }

  #restart(): void {
    this.#cancel();
    this.items = [];
    this.total = 0;
    this.loaded = false;
    this.skipped = 0;
    this.error = undefined;
    this.#actions = new PermittedActions();
    this.#cursor = undefined;
    const ctx = this.#ctx;
    if (!ctx) return;
    const search = searchFor(this.query, this.#options.folderFieldId());
    this.#cursor = new AssetCursor(ctx, { ...search, pageSize: this.#options.pageSize ?? 60 });
    void this.#fetchPage();
  }

  async #fetchPage(): Promise<void> {
    const ctx = this.#ctx;
    const cursor = this.#cursor;
    if (!ctx || !cursor) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const page = await cursor.next({ signal: abort.signal });
      if (abort.signal.aborted) return;
      const items = (page?.results ?? []).map((found) => this.#actions.note(found));
      this.items = this.loaded ? [...this.items, ...items] : items;
      const skipped = page?.skipped ?? 0;
      this.skipped += skipped;
      this.total = this.query.recent ? items.length : (page?.totalResults ?? this.total);
      this.loaded = true;
      this.#noteSortFallback(ctx);
      if (skipped > 0) this.#options.onError?.(skippedItemsError(skipped, 'assets', page?.skippedReason));
    } catch (error) {
      const dashError = abort.signal.aborted ? undefined : toDashError(error);
      if (!dashError) return;
      this.error = dashError;
      this.#options.onError?.(dashError);
    } finally {
      if (!abort.signal.aborted) {
        this.loading = false;
        this.#abort = undefined;
        this.#host.requestUpdate();
      }
    }
  }

  /**
   * Once the server has refused a guessed sort, the sorts made only of guessed fields (name:
   * FILENAME) are sent as the documented default, DATE_LIVE newest first: the menu must not keep
   * saying "Name". The query switches to the order actually used (same results, no new search).
   */
  #noteSortFallback(ctx: ApiContext): void {
    if (!searchesDocumentedOnly(ctx)) return;
    const unavailable = sortKeys.filter((key) =>
      sortsFor(key).every((sort) => sort.field.type === 'FIXED' && !DOCUMENTED_SORT_FIELDS.has(sort.field.fieldName)),
    );
    if (unavailable.length === this.unavailableSorts.size) return;
    this.unavailableSorts = new Set(unavailable);
    if (this.unavailableSorts.has(this.query.sort)) this.query = { ...this.query, sort: FALLBACK_SORT };
  }
}

/** What a search made only of guessed sorts is sent as (documentedSearch: DATE_LIVE DESC). */
const FALLBACK_SORT: SortKey = 'newest';

const fixed = (fieldName: string, order: 'ASC' | 'DESC'): Sort => ({ field: { type: 'FIXED', fieldName }, order });

/**
 * Sort keys the UI offers, in the API's terms. ADDED_ORDER breaks ties between assets that went
 * live at the same moment, so paging never repeats or skips one.
 *
 * Guessed (public client code, not the seed; the seed prints DATE_LIVE and STAGED_BY): ADDED_ORDER
 * and FILENAME. A server that refuses them with 400 is asked again in documented values by
 * `searchAssets` (src/api/assets.ts `documentedSearch`: DATE_LIVE alone, newest first for "name"),
 * and that context keeps them, so later pages keep one order.
 */
export function sortsFor(sort: SortKey): Sort[] {
  switch (sort) {
    case 'oldest':
      return [fixed('DATE_LIVE', 'ASC'), fixed('ADDED_ORDER', 'ASC')];
    case 'name':
      return [fixed('FILENAME', 'ASC'), fixed('ADDED_ORDER', 'ASC')];
    default:
      return [fixed('DATE_LIVE', 'DESC'), fixed('ADDED_ORDER', 'DESC')];
  }
}

/**
 * Assets of any of these file types, with documented criteria only: `FIELD_EQUALS` on the fixed
 * FILE_TYPE field, joined by `OR` (rather than `FIELD_HAS_ANY_EQUAL`, which only public client
 * code shows).
 */
export function fileTypesCriterion(types: readonly string[]): Criterion {
  const one = (value: string): Criterion => ({
    type: 'FIELD_EQUALS',
    field: { type: 'FIXED', fieldName: 'FILE_TYPE' },
    value,
  });
  return types.length === 1 ? one(types[0]!) : { type: 'OR', criteria: types.map(one) };
}
