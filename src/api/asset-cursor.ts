/**
 * One way to read asset search results page after page, past Dash's 10,000-result limit: the
 * gallery's dash-portal source and the browse session (portal browser, picker) both use it.
 *
 * Seed 002: "A standard AssetSearch will only allow you to page to 10,000 results regardless of the
 * value returned in the totalResults property" (≈L1846); an AssetScrollSearch goes further but
 * "will always proceed sequentially once through each page", continued with the `scrollId` of the
 * newest answer, which "is not guaranteed to remain fixed" (≈L1954–2060).
 *
 * How the cursor switches over:
 * - The first page is always a paged search (`POST /asset-searches`, from 0): most searches are
 *   small, and a paged search holds nothing open on the server.
 * - When that answer's `totalResults` is at most 10,000, the cursor keeps paging (the last page
 *   of the window is shortened so `from + pageSize ≤ 10,000` holds).
 * - When it is over 10,000, the next page starts a scroll search with the same criterion, sorts and
 *   page size and drops the results already delivered (the first page: one extra request, once),
 *   then follows the newest `scrollId`. Every page past the first comes from one scroll, so the
 *   order cannot shift at the 10,000th result.
 * - Results that grow past 10,000 while paging (a later answer's `totalResults`) switch the same
 *   way at the next page: a scroll search that skips what was delivered.
 * - A scroll continuation that fails or is aborted drops its `scrollId` (a server may have advanced
 *   the scroll without our seeing the answer): the next page starts a new scroll and skips what was
 *   delivered, in large pages served from a buffer, so the restart costs a handful of requests.
 *   An expired or unknown `scrollId` (400) restarts at once.
 *
 * Results the client cannot read are left out and counted in `skipped`, as in `searchAssets`; a
 * page's `from` counts them, so positions stay those of the server's result list.
 *
 * A page may ask for another size than the search's (`next({ pageSize })`): the gallery asks for a
 * small first page, so the first photos do not wait for a large answer on a slow network. Pages
 * continue from the position reached, so sizes can change from one page to the next without a
 * result missing or repeated (offset paging; a scroll hands out its buffer at the asked size).
 */
import { MAX_PAGED_RESULTS, scrollSearchAssets, searchAssets } from './assets.js';
import { DashError } from './errors.js';
import type { ApiContext } from './http.js';
import type { Asset, AssetSearchRequest, SearchResponse } from './models.js';

/** What to search: an asset search without `from` (the cursor owns the position). */
export type AssetCursorSearch = Omit<AssetSearchRequest, 'from'>;

/** How to read one page. */
export interface AssetCursorNextOptions {
  signal?: AbortSignal;
  /** Results this page asks for, instead of the search's `pageSize` (this page only). */
  pageSize?: number;
}

/** One page from a cursor. */
export interface AssetCursorPage extends SearchResponse<Asset> {
  /** Position of this page's first result in the whole result list (unreadable ones counted). */
  from: number;
}

const DEFAULT_PAGE_SIZE = 100;
/**
 * Page size of a scroll that has to skip what was delivered (a restart deep in the results): few
 * large pages instead of many small ones; the cursor still hands them out `pageSize` at a time.
 */
const SKIP_PAGE_SIZE = 1000;

type Chunk = Pick<SearchResponse<Asset>, 'results' | 'skipped' | 'skippedReason'>;

/**
 * Reads the results of one search in order, `pageSize` at a time, as far as they go (paged
 * search, then scroll search past 10,000; see the top of this file). Call `next()` until it
 * returns `undefined`; calls made while one is pending wait for it.
 *
 * @example
 * const cursor = new AssetCursor(ctx, { criterion: folderCriterion(fieldId, folderId), pageSize: 60 });
 * const first = await cursor.next({ signal });
 * if (!cursor.done) more = await cursor.next({ signal });
 */
export class AssetCursor {
  readonly #ctx: ApiContext;
  readonly #search: AssetCursorSearch & { pageSize: number };
  /** Position of the next result to hand out. */
  #position = 0;
  #total: number | undefined;
  #scrolling = false;
  #scrollId: string | undefined;
  /** Results of a scroll page not handed out yet. */
  #buffer: Chunk | undefined;
  #ended = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: ApiContext, search: AssetCursorSearch) {
    this.#ctx = ctx;
    this.#search = { ...search, pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE };
  }

  /** `totalResults` of the newest answer; `undefined` before the first page. */
  get total(): number | undefined {
    return this.#total;
  }

  /** Whether every result has been handed out (`next()` would return `undefined`). */
  get done(): boolean {
    return this.#ended && !this.#buffer;
  }

  /**
   * The next page, or `undefined` after the last: up to `pageSize` results (the option's, else
   * the search's). Rejects with the caller's AbortError when `signal` aborts (the cursor stays
   * where it was) and with a DashError when the search fails.
   */
  next(options: AssetCursorNextOptions = {}): Promise<AssetCursorPage | undefined> {
    const { signal } = options;
    const pageSize = options.pageSize && options.pageSize > 0 ? options.pageSize : this.#search.pageSize;
    const read = this.#queue.then(
      () => this.#read(pageSize, signal),
      () => this.#read(pageSize, signal),
    );
    this.#queue = read.catch(() => undefined);
    return read;
  }

  async #read(pageSize: number, signal?: AbortSignal): Promise<AssetCursorPage | undefined> {
    signal?.throwIfAborted();
    if (this.done) return undefined;
    if (!this.#buffer && !this.#scrolling && this.#fitsPagedWindow()) return this.#pagedPage(pageSize, signal);
    this.#scrolling = true;
    if (!this.#buffer) await this.#fillFromScroll(signal);
    return this.#takeFromBuffer(pageSize);
  }

  /** Whether the next page can be a paged search: all results within the first 10,000. */
  #fitsPagedWindow(): boolean {
    if (this.#total === undefined) return true;
    return this.#total <= MAX_PAGED_RESULTS && this.#position < MAX_PAGED_RESULTS;
  }

  async #pagedPage(size: number, signal?: AbortSignal): Promise<AssetCursorPage> {
    const from = this.#position;
    // The last page of the window is shorter when needed: `from + pageSize` may not pass 10,000.
    const pageSize = Math.min(size, MAX_PAGED_RESULTS - from);
    const page = await searchAssets(this.#ctx, { ...this.#search, from, pageSize }, { signal });
    const answered = page.results.length + page.skipped;
    this.#total = page.totalResults;
    this.#position += answered;
    // More than 10,000: the next page comes from a scroll search, whatever the window would allow.
    if (page.totalResults > MAX_PAGED_RESULTS) this.#scrolling = true;
    if (answered === 0 || this.#position >= page.totalResults) this.#ended = true;
    return { ...page, from };
  }

  /** Fetches the next scroll page with results not yet delivered into the buffer. */
  async #fillFromScroll(signal?: AbortSignal): Promise<void> {
    if (this.#scrollId) {
      try {
        const page = await scrollSearchAssets(this.#ctx, { scrollId: this.#scrollId }, { signal });
        this.#keepScrollPage(page, 0);
        return;
      } catch (error) {
        this.#scrollId = undefined;
        const expired = error instanceof DashError && error.code === 'bad-request';
        if (!expired) throw error;
      }
    }
    await this.#startScroll(signal);
  }

  /** Starts a scroll search and skips the results already delivered. */
  async #startScroll(signal?: AbortSignal): Promise<void> {
    const { pageSize, aggregations: _notForScrolls, ...search } = this.#search;
    const toSkip = this.#position;
    // Skipping more than a page: in large pages (the scroll keeps its page size to the end).
    const scrollPageSize = toSkip > pageSize ? Math.max(pageSize, SKIP_PAGE_SIZE) : pageSize;
    let page = await scrollSearchAssets(this.#ctx, { ...search, pageSize: scrollPageSize }, { signal });
    for (let pageStart = 0; ;) {
      const continues = this.#keepScrollPage(page, toSkip - pageStart);
      if (this.#buffer || !continues) return;
      pageStart += page.results.length + page.skipped;
      page = await scrollSearchAssets(this.#ctx, { scrollId: page.scrollId! }, { signal });
    }
  }

  /**
   * Buffers a scroll page from position `skip` on and notes where the scroll goes on. Returns
   * whether the scroll continues (a page with nothing left to deliver but a next one asks for it).
   */
  #keepScrollPage(page: SearchResponse<Asset> & { scrollId?: string }, skip: number): boolean {
    const answered = page.results.length + page.skipped;
    this.#total = page.totalResults;
    this.#scrollId = page.scrollId;
    const continues = answered > 0 && page.scrollId !== undefined;
    if (!continues) this.#ended = true;
    if (answered <= skip) return continues;
    const cut = Math.min(skip, page.results.length);
    const results = page.results.slice(cut);
    // Unreadable results are counted with the part of the page that is delivered.
    const skipped = answered - skip - results.length;
    this.#buffer = {
      results,
      skipped,
      ...(page.skippedReason && skipped ? { skippedReason: page.skippedReason } : {}),
    };
    return continues;
  }

  /** Hands out up to `pageSize` results of the buffer (unreadable ones reported with the first). */
  #takeFromBuffer(pageSize: number): AssetCursorPage | undefined {
    const chunk = this.#buffer;
    if (!chunk) return undefined;
    const from = this.#position;
    const results = chunk.results.slice(0, pageSize);
    const rest = chunk.results.slice(results.length);
    this.#buffer = rest.length ? { results: rest, skipped: 0 } : undefined;
    this.#position += results.length + chunk.skipped;
    if (this.#total !== undefined && this.#position >= this.#total && !this.#buffer) this.#ended = true;
    const { skippedReason } = chunk;
    return {
      results,
      totalResults: this.#total ?? 0,
      skipped: chunk.skipped,
      ...(skippedReason ? { skippedReason } : {}),
      from,
    };
  }
}

/**
 * Every asset matching `search`, page by page, through an `AssetCursor` (paged search up to
 * 10,000 results, a scroll search past them).
 */
export async function* searchAllAssets(
  ctx: ApiContext,
  search: AssetCursorSearch,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<AssetCursorPage, void, undefined> {
  const cursor = new AssetCursor(ctx, search);
  for (let page = await cursor.next(options); page; page = await cursor.next(options)) yield page;
}
