import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError } from '../../api/errors.js';
import { loadGallery } from '../../api/adapters/index.js';
import type { GalleryItem, GalleryPage, GallerySourceConfig } from '../../api/adapters/types.js';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads a gallery through its adapter and pages on demand. One load at a time: a new
 * configuration aborts the previous request (and the light-DOM enhancement, see begin()), so a
 * late answer or error never overwrites a newer configuration's.
 */
export class SourceController implements ReactiveController {
  status: SourceStatus = 'idle';
  items: GalleryItem[] = [];
  page?: GalleryPage;
  total = 0;
  error?: DashError;
  loadingMore = false;
  #abort?: AbortController;
  #more?: Promise<void>;
  #nextPage?: () => Promise<GalleryPage>;

  readonly #host: ReactiveControllerHost;
  /** Reports an error (dash-error) and returns it for display; undefined for aborts. */
  readonly #onError: (error: unknown) => DashError | undefined;
  readonly #onLoad: (count: number) => void;
  /** Resolves once the host has had its chance to receive its properties (configSettled()). */
  readonly #settled: () => Promise<void>;

  constructor(
    host: ReactiveControllerHost,
    onError: (error: unknown) => DashError | undefined,
    onLoad: (count: number) => void,
    settled: () => Promise<void>,
  ) {
    this.#host = host;
    this.#onError = onError;
    this.#onLoad = onLoad;
    this.#settled = settled;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /**
   * Starts loading a configuration: aborts whatever an older configuration still has in flight
   * (a load, a page, the light-DOM enhancement) and shows the loading state. The step that
   * started goes on only while the returned signal is not aborted.
   */
  begin(): AbortSignal {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.#nextPage = undefined;
    this.#host.requestUpdate();
    return abort.signal;
  }

  /** Shows items that did not come from an adapter (the light-DOM enhancement). */
  setItems(items: GalleryItem[]): void {
    this.#apply({ items, total: items.length });
  }

  /**
   * Fails with `error` unless `signal` was aborted meanwhile. A configuration error
   * (`invalid-config`) waits until the host has had its chance to receive its properties:
   * frameworks set them after the upgrade, and the newer configuration aborts this one.
   */
  async failUnlessNewer(error: unknown, signal: AbortSignal): Promise<void> {
    if (error instanceof DashError && error.code === 'invalid-config') await this.#settled();
    if (!signal.aborted) this.fail(error);
  }

  /**
   * Loads the first page. It is shown once the code the host needs to show it is here: `ready`,
   * fetched in parallel with the items, and what `readyFor` returns for the items it got.
   */
  async load(
    config: GallerySourceConfig,
    ready?: Promise<unknown>,
    readyFor?: (page: GalleryPage) => Promise<unknown> | undefined,
  ): Promise<void> {
    const signal = this.begin();
    try {
      // The registry is part of the first load (a few hundred bytes): behind its own dynamic
      // import it would add a request to every source gallery's waterfall. Each source's adapter
      // still loads only when used.
      const [page] = await Promise.all([loadGallery(config, { signal }), ready]);
      await readyFor?.(page);
      if (!signal.aborted) this.#apply(page);
    } catch (error) {
      await this.failUnlessNewer(error, signal);
    }
  }

  get hasMore(): boolean {
    return Boolean(this.#nextPage);
  }

  /** Appends the next page (Dash portal searches), once at a time: a call meanwhile shares it. */
  loadMore(): Promise<void> {
    return (this.#more ??= this.#loadMore().finally(() => (this.#more = undefined)));
  }

  /**
   * Pages on until `count` items are loaded or there are no more pages (a deep link to item 70
   * of a gallery that loads 60 at a time). Stops when a newer configuration begins.
   */
  async loadUntil(count: number): Promise<void> {
    const signal = this.#abort?.signal;
    while (this.items.length < count && this.hasMore && !signal?.aborted && this.status === 'ready') {
      const before = this.items.length;
      await this.loadMore();
      if (this.items.length === before && !this.hasMore) break;
    }
  }

  async #loadMore(): Promise<void> {
    const next = this.#nextPage;
    if (!next) return;
    this.loadingMore = true;
    this.#host.requestUpdate();
    const signal = this.#abort?.signal;
    try {
      const page = await next();
      if (signal?.aborted) return;
      if (page.warning) this.#onError(page.warning);
      this.items = [...this.items, ...page.items];
      this.#nextPage = page.next;
      this.total = Math.max(page.total ?? 0, this.items.length);
    } catch (error) {
      if (!signal?.aborted) this.fail(error);
    } finally {
      this.loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  /** Replaces the items after an edit (the editing controller's optimistic updates). */
  replaceItems(items: GalleryItem[]): void {
    this.total += items.length - this.items.length;
    this.items = items;
    this.#host.requestUpdate();
  }

  #apply(page: GalleryPage): void {
    // Reported, not shown: the items that could be read are.
    if (page.warning) this.#onError(page.warning);
    this.page = page;
    this.items = page.items;
    this.#nextPage = page.next;
    this.total = Math.max(page.total ?? 0, page.items.length);
    this.status = 'ready';
    this.#host.requestUpdate();
    this.#onLoad(this.items.length);
  }

  /** Shows `error` (reported as dash-error first) in place of the gallery. */
  fail(error: unknown): void {
    this.#abort?.abort();
    const dashError = this.#onError(error);
    if (!dashError) return;
    this.error = dashError;
    this.status = 'error';
    this.#host.requestUpdate();
  }
}
