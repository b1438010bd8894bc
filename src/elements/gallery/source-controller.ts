import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError } from '../../api/errors.js';
import { loadGallery } from '../../api/adapters/index.js';
import { itemsFromLinks } from '../../api/adapters/light-dom.js';
import type { GalleryItem, GalleryPage, GallerySourceConfig } from '../../api/adapters/types.js';

/** Attributes that change what is loaded; any of them changing reloads the gallery. */
export const SOURCE_KEYS = [
  'source',
  'src',
  'apiBase',
  'subdomain',
  'portal',
  'passcode',
  'folder',
  'collection',
  'brand',
  'gallery',
  'lang',
  'languageId',
  'mediaBase',
  'accessToken',
  'getAccessToken',
] as const;

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads a gallery through its adapter (or from the host's own links) and pages on demand. One load
 * at a time: a new configuration aborts every step the previous one still has in flight, so a late
 * answer or error never overwrites a newer configuration's.
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

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /**
   * Loads `config` (the host carries every field of the source configuration under the same name),
   * or with no `source` the host's own links. Aborts whatever an older configuration still has in
   * flight (a load, a page) and shows the loading state meanwhile.
   */
  async load(config: HTMLElement & Omit<GallerySourceConfig, 'source'> & Partial<GallerySourceConfig>): Promise<void> {
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    this.error = undefined;
    this.#nextPage = undefined;
    // The page's own links (server-rendered markup) show in this very render: no loading state
    // between the page's images and the tiles, which would flash.
    const own = config.source ? [] : itemsFromLinks(config);
    if (own.length) return this.#apply({ items: own });
    this.status = 'loading';
    this.#host.requestUpdate();
    try {
      const page = config.source
        ? await loadGallery(config as GallerySourceConfig, { signal })
        : await this.#fromLinks(config, signal);
      if (!signal.aborted) this.#apply(page);
    } catch (error) {
      // A configuration error waits until the host has had its chance to receive its properties:
      // frameworks set them after the upgrade, and the newer configuration aborts this one.
      if (error instanceof DashError && error.code === 'invalid-config') await this.#settled();
      if (!signal.aborted) this.fail(error);
    }
  }

  /**
   * The no-`source` mode. A server-rendered gallery upgrades with neither `source` nor children
   * and gets its configuration from hydration a moment later: so "nothing to show" is an error
   * only after the configuration settled (the loading state shows meanwhile).
   */
  async #fromLinks(host: HTMLElement, signal: AbortSignal): Promise<GalleryPage> {
    // load() found no links yet (it shows them at once when there are some).
    await this.#settled();
    signal.throwIfAborted();
    const items = itemsFromLinks(host); // children a framework rendered meanwhile
    // Misconfiguration is shown, never a silent blank.
    if (!items.length) throw new DashError('invalid-config', 'No `source` and no <a href><img></a> children.');
    return { items };
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
      await this.loadMore();
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
      if (!signal?.aborted) this.#take(page, [...this.items, ...page.items]);
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

  /** Shows `items`, the items so far with `page`'s, and notes where the next page comes from. */
  #take(page: GalleryPage, items: GalleryItem[]): void {
    // Reported, not shown: the items that could be read are.
    if (page.warning) this.#onError(page.warning);
    this.items = items;
    this.#nextPage = page.next;
    this.total = Math.max(page.total ?? 0, items.length);
  }

  #apply(page: GalleryPage): void {
    this.page = page;
    this.#take(page, page.items);
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
