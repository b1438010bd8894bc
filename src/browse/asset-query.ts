import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError, skippedItemsError, toDashError } from '../api/errors.js';
import {
  and,
  dateRangeCriterion,
  folderCriterion,
  keywordCriterion,
  scrollSearchAssets,
  searchAssets,
  MAX_PAGED_RESULTS,
  DOCUMENTED_SORT_FIELDS,
  searchesDocumentedOnly,
  type ApiContext,
  type Asset,
  type Criterion,
  type PermittedAction,
  type Sort,
} from './api.js';

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
  /** The authenticated context, or undefined while signing in. A new context restarts the query. */
  context: () => ApiContext | undefined;
  /** The Folders field id (from folder settings); needed only when a folder is chosen. */
  folderFieldId: () => string | undefined;
  pageSize?: number;
  debounceMs?: number;
  /** How many assets "recently added" shows. */
  recentLimit?: number;
  onError?: (error: DashError) => void;
  /**
   * Assets of a page that could not be read were left out (the rest are shown): one
   * `invalid-response` error per such page, naming how many. Not an error state.
   */
  onSkipped?: (error: DashError) => void;
}

/** Page size used to skip, once, past the results a paged search already delivered. */
const SKIP_PAGE_SIZE = 1000;

interface Page {
  results: { result: Asset; permittedActions: PermittedAction[] }[];
  totalResults: number;
  scrollId?: string;
  /** Results of the page the client could not read and left out. */
  skipped?: number;
  skippedReason?: string;
}

/**
 * Runs the asset search for a host: holds the query, pages results on demand and cancels
 * superseded requests. Every change aborts the request in flight *and* bumps a generation
 * number, so a response that was already on its way when the visitor typed again is dropped
 * rather than rendered (abort alone cannot recall a response that has already resolved).
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
  /** What the token may do with each loaded asset (`DOWNLOAD_ASSET`, …), by asset id. */
  private actions = new Map<string, Set<string>>();

  private readonly pageSize: number;
  private readonly debounceMs: number;
  private readonly recentLimit: number;
  private lastContext?: ApiContext;
  private generation = 0;
  private controller?: AbortController;
  private debounceTimer?: ReturnType<typeof setTimeout>;
  private scrollId?: string;
  /** Results received so far, the unreadable ones included: where the next page starts. */
  private received = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AssetQueryOptions,
  ) {
    this.pageSize = options.pageSize ?? 60;
    this.debounceMs = options.debounceMs ?? 250;
    this.recentLimit = options.recentLimit ?? 60;
    host.addController(this);
  }

  get hasMore(): boolean {
    if (this.query.recent) return false;
    return this.loaded && this.received < this.total;
  }

  hostUpdate(): void {
    const context = this.options.context();
    if (context === this.lastContext) return;
    this.lastContext = context;
    if (context) this.restart();
    else this.cancel();
  }

  hostDisconnected(): void {
    this.cancel();
    clearTimeout(this.debounceTimer);
    // Forget the context so reconnecting runs the query again.
    this.lastContext = undefined;
  }

  /** Whether the search response allowed `action` (e.g. `DOWNLOAD_ASSET`) on the asset. */
  permits(assetId: string, action: string): boolean {
    return this.actions.get(assetId)?.has(action) ?? false;
  }

  /** Applies a change at once (filters, folder, sort). */
  set(patch: Partial<AssetQuery>): void {
    clearTimeout(this.debounceTimer);
    this.query = { ...this.query, ...patch };
    this.restart();
  }

  /** Keywords as the visitor types: the search starts once typing pauses. */
  setKeywords(keywords: string): void {
    clearTimeout(this.debounceTimer);
    // Cancel at once: the old results are already stale, even before the debounce fires.
    this.cancel();
    this.query = { ...this.query, keywords };
    this.debounceTimer = setTimeout(() => this.restart(), this.debounceMs);
  }

  /** Runs the current query from the first page again (also the retry after an error). */
  reload(): void {
    this.restart();
  }

  /** Fetches the next page, unless one is loading or there is none. */
  loadMore(): void {
    if (this.loading || !this.hasMore || this.error) return;
    void this.fetchPage(this.generation);
  }

  private cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = undefined;
    this.loading = false;
  }

  private restart(): void {
    this.cancel();
    this.items = [];
    this.total = 0;
    this.loaded = false;
    this.skipped = 0;
    this.received = 0;
    this.error = undefined;
    this.scrollId = undefined;
    this.actions.clear();
    if (!this.options.context()) return;
    void this.fetchPage(this.generation);
  }

  private async fetchPage(generation: number): Promise<void> {
    const ctx = this.options.context();
    if (!ctx) return;
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.requestPage(ctx, controller.signal);
      if (generation !== this.generation) return;
      const items = page.results.map(({ result, permittedActions }) => {
        this.actions.set(result.id, new Set(permittedActions.map((p) => p.action)));
        return result;
      });
      this.items = this.loaded ? [...this.items, ...items] : items;
      const skipped = page.skipped ?? 0;
      this.skipped += skipped;
      this.received += items.length + skipped;
      this.total = this.query.recent ? items.length : page.totalResults;
      this.loaded = true;
      this.noteSortFallback(ctx);
      if (skipped > 0) this.options.onSkipped?.(skippedItemsError(skipped, 'assets', page.skippedReason));
    } catch (error) {
      if (generation !== this.generation) return;
      const dashError = toDashError(error);
      if (!dashError) return;
      this.error = dashError;
      this.options.onError?.(dashError);
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.controller = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Once the server has refused a guessed sort, the sorts made only of guessed fields (name:
   * FILENAME) are sent as the documented default, DATE_LIVE newest first: the menu must not keep
   * saying "Name". The query switches to the order actually used (same results, no new search).
   */
  private noteSortFallback(ctx: ApiContext): void {
    if (!searchesDocumentedOnly(ctx)) return;
    const unavailable = sortKeys.filter((key) => sortsFor(key).every((sort) => sort.field.type === 'FIXED' && !DOCUMENTED_SORT_FIELDS.has(sort.field.fieldName)));
    if (unavailable.length === this.unavailableSorts.size) return;
    this.unavailableSorts = new Set(unavailable);
    if (this.unavailableSorts.has(this.query.sort)) this.query = { ...this.query, sort: FALLBACK_SORT };
  }

  private requestPage(ctx: ApiContext, signal: AbortSignal): Promise<Page> {
    const { criterion, sorts } = this.searchRequest();
    const from = this.received;
    if (this.query.recent) {
      return searchAssets(ctx, { from: 0, pageSize: this.recentLimit, criterion, sorts }, { signal });
    }
    if (this.scrollId || from + this.pageSize > MAX_PAGED_RESULTS) {
      return this.requestScrollPage(ctx, signal, from);
    }
    return searchAssets(ctx, { from, pageSize: this.pageSize, criterion, sorts }, { signal });
  }

  /**
   * Past the 10,000-result window a scroll search takes over. A scroll always starts at the
   * first result, so the first call skips what the paged search already delivered — in large
   * pages, so that costs a handful of requests once, not one per page.
   */
  private async requestScrollPage(ctx: ApiContext, signal: AbortSignal, from: number): Promise<Page> {
    if (this.scrollId) {
      const page = await scrollSearchAssets(ctx, { scrollId: this.scrollId }, { signal });
      this.scrollId = page.scrollId;
      return page;
    }
    const { criterion, sorts } = this.searchRequest();
    let skipped = 0;
    let page = await scrollSearchAssets(ctx, { criterion, sorts, pageSize: SKIP_PAGE_SIZE }, { signal });
    for (;;) {
      const pageLength = page.results.length;
      if (skipped + pageLength > from || pageLength === 0 || !page.scrollId) {
        // A scroll keeps its page size, so the rest of this large page is delivered at once.
        this.scrollId = page.scrollId;
        return { ...page, results: page.results.slice(Math.max(0, from - skipped)) };
      }
      skipped += pageLength;
      page = await scrollSearchAssets(ctx, { scrollId: page.scrollId }, { signal });
    }
  }

  private searchRequest(): { criterion: Criterion; sorts: Sort[] } {
    const q = this.query;
    if (q.recent) return { criterion: and(), sorts: sortsFor('newest') };
    const parts: Criterion[] = [];
    const folderFieldId = this.options.folderFieldId();
    if (q.folderId && folderFieldId) parts.push(folderCriterion(folderFieldId, q.folderId, true));
    if (q.keywords.trim()) parts.push(keywordCriterion(q.keywords.trim()));
    if (q.fileTypes.length) parts.push(fileTypesCriterion(q.fileTypes));
    if (q.dateRange?.from || q.dateRange?.to) {
      parts.push(dateRangeCriterion(q.dateRange.from, q.dateRange.to));
    }
    return { criterion: and(...parts), sorts: sortsFor(q.sort) };
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
  const one = (value: string): Criterion => ({ type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'FILE_TYPE' }, value });
  return types.length === 1 ? one(types[0]!) : { type: 'OR', criteria: types.map(one) };
}
