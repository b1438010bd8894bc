import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { coreStyles } from '../../core/core.styles.js';
import { renderEmpty, renderLoading } from '../../core/states.js';
import { DashError } from '../../api/errors.js';
import { srcsetOf } from '../../api/adapters/normalize.js';
import type { GalleryItem, GalleryPage, GallerySourceConfig, GallerySourceName } from '../../api/adapters/types.js';
import {
  aspectOf,
  firstRowCount,
  grid,
  layOut,
  masonry,
  type Layout,
  type LayoutFunction,
  type LayoutName,
} from './layout.js';
import { CellList } from './cell-list.js';
import { WidthController } from './width-controller.js';
import type { WindowController } from './window-controller.js';
import { SourceController } from './source-controller.js';
import type { LightboxHandle } from './lightbox.js';
import { SizeController } from './size-controller.js';
import { readDisplayOptions, type DisplayOptions } from './display-options.js';
import type { EditController } from './edit-controller.js';
import { galleryStyles } from './gallery.styles.js';
import { localize } from '../../i18n/index.js';
import { common } from '../../i18n/en/common.js';
import { gallery } from '../../i18n/en/gallery.js';

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-gallery-load': CustomEvent<{ count: number }>;
    'dash-lightbox-open': CustomEvent<{ index: number; item: GalleryItem }>;
    'dash-lightbox-close': CustomEvent<{ index: number }>;
    'dash-gallery-change': CustomEvent<{ items: GalleryItem[] }>;
  }
}

/** Attributes that change what is loaded; any of them changing reloads the gallery. */
const SOURCE_KEYS = [
  'source', 'src', 'apiBase', 'subdomain', 'portal', 'passcode', 'folder', 'collection',
  'brand', 'gallery', 'lang', 'languageId', 'mediaBase', 'accessToken', 'getAccessToken',
] as const;

/** Attributes of the layout, read (clamped, junk reported) by readDisplayOptions. */
const DISPLAY_KEYS = ['layout', 'aspect', 'columns', 'gap', 'rowHeight', 'limit'] as const;

/** Attributes deciding whether editing controls are offered. */
const EDIT_KEYS = ['editable', 'source', 'accessToken', 'getAccessToken'] as const;

/** The justified layout once loaded: grid and masonry are in the first load, it is not. */
let justified: LayoutFunction | undefined;

async function loadJustified(): Promise<void> {
  ({ justified } = await import('./justified.js'));
}

/**
 * Up to this many items every tile is rendered; above it (or when more pages can follow) only the
 * tiles near the viewport are, by windowing code loaded then. 60 tiles are under 200 nodes — about
 * what the window itself keeps on a large screen — and the browser's lazy loading already defers
 * their off-screen images, so small galleries do not download the scroll tracking at all.
 */
const WINDOW_FROM = 60;

let windowing: Promise<typeof import('./window-controller.js')> | undefined;
const loadWindowing = () => (windowing ??= import('./window-controller.js'));

/**
 * The error state with its 16 messages, loaded the first time a gallery fails (errors are rare,
 * so they stay out of the first load). `dash-error` does not wait for it.
 */
let errorState: typeof import('../../core/error-state.js') | undefined;
let errorStateLoading: Promise<void> | undefined;
/** Set when that module failed to load too (offline): the plain fallback shows instead. */
let errorStateUnavailable = false;

/**
 * `<dash-gallery>` renders the media of one backend in the backend's order — grid, masonry or
 * justified — loading only what is near the viewport, and opens PhotoSwipe on click.
 *
 * @summary An ordered set of media from a Dash portal, Dash Social, a CMS, a photo service or
 * JSON, as a responsive, virtualized grid with a PhotoSwipe lightbox.
 *
 * @fires dash-gallery-load - `{count}` when items are shown.
 * @fires dash-lightbox-open - `{index, item}` when the lightbox opens.
 * @fires dash-lightbox-close - `{index}` when it closes.
 * @fires dash-gallery-change - `{items}` after an edit was saved (`editable`).
 * @fires dash-error - `{code, message, status?}` for any failure shown in the element.
 *
 * @slot - With no `source`: `<a href="large.jpg"><img src="thumb.jpg" alt="…"></a>` children
 *   (optionally in `<figure>` with `<figcaption>`), enhanced into the gallery.
 *
 * @csspart base - The wrapper of a loaded gallery.
 * @csspart title - The gallery's title (CMS translation, photo-gallery name).
 * @csspart banner - The Dash Social banner image.
 * @csspart list - The list of tiles.
 * @csspart tile - One tile (a button when the lightbox is on).
 * @csspart image - A tile's image.
 * @csspart file - The placeholder of a file without a preview (also `unavailable`: a failed image).
 * @csspart unavailable - The tile of an image that failed to load ("Image unavailable").
 * @csspart video-badge - The play mark on video tiles.
 * @csspart edit-tools - The editing controls of a tile (`editable`).
 * @csspart description - The gallery's description.
 * @csspart edit-help - Editing help (`editable`).
 * @csspart edit-error - The message after a failed save (`editable`).
 * @csspart caption-dialog - The caption editor (`editable`).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state, with its `retry-button` part.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--dash-gallery-tile-radius=var(--dash-radius)] - Corner radius of tiles.
 * @cssprop [--dash-gallery-lightbox-bg=#000] - Lightbox background.
 */
export class DashGallery extends DashElement {
  static override englishStrings = { common, gallery };

  // Without the button rules: the first render has no buttons but tiles (see #renderError).
  static override styles = [coreStyles, galleryStyles];

  /**
   * Loads the error state's module (see #renderError). A static so a test can make it fail the
   * way it does offline.
   * @internal
   */
  static loadErrorState = (): Promise<typeof import('../../core/error-state.js')> =>
    import('../../core/error-state.js');

  // `static properties` rather than decorators: the decorator runtime would be the largest part
  // of the gallery's first load that does nothing at run time (see DashElement).
  static override properties: PropertyDeclarations = {
    source: { reflect: true },
    src: {},
    portal: {},
    passcode: {},
    folder: {},
    collection: {},
    brand: {},
    gallery: {},
    lang: {},
    languageId: { attribute: 'language-id' },
    mediaBase: { attribute: 'media-base' },
    layout: { reflect: true },
    columns: { type: Number },
    gap: { type: Number },
    rowHeight: { type: Number, attribute: 'row-height' },
    limit: { type: Number },
    aspect: {},
    noLightbox: { type: Boolean, attribute: 'no-lightbox' },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    editable: { type: Boolean },
    label: {},
    announcement: { state: true },
    pinned: { state: true },
  };

  /** `dash-portal`, `dash-social`, `cms`, `photo-gallery` or `json`; none = enhance children. */
  source?: GallerySourceName;
  /** URL of a GalleryDTO (`photo-gallery`) or of `{items}` JSON (`json`). */
  src?: string;
  /** Dash portal: the portal's slug. */
  portal?: string;
  /** Passcode of a protected portal. */
  passcode?: string;
  /** Dash portal: folder (field option) id. */
  folder?: string;
  /** Dash portal: collection id. */
  collection?: string;
  /** Dash Social brand id. */
  brand?: string;
  /** Dash Social or CMS gallery id. */
  gallery?: string;
  /**
   * CMS: language code choosing the translation of the title and description. It is also the
   * element's content language, which is what the HTML attribute means anyway.
   */
  override lang = '';
  /**
   * CMS: the `language_id` of the translation to show. Seed 004 names languages only by id, and
   * without a language list on the CMS `lang` can only match a `language_id` that is a code.
   */
  languageId?: string;
  /**
   * CMS: base URL of the media files when they are not served under `api-base` (a CDN or media
   * host). A media's relative `path` (seed 004: `uploads/media/x.jpg`) resolves against it.
   */
  mediaBase?: string;
  /*
   * Display attributes (issue 16, class 14): a number outside its range is clamped to it; a value
   * that is no number (`row-height="auto"`) or no known name is replaced by the default, and
   * the gallery still renders its tiles but dispatches `dash-error` `invalid-config` naming the
   * attribute (once, after configSettled(), so a framework's late value is not reported).
   */
  /** `grid` (default), `masonry` or `justified`; anything else is `grid` plus `invalid-config`. */
  layout: LayoutName = 'grid';
  /**
   * Fixed column count for grid and masonry, a whole number 0–24 (rounded and clamped);
   * 0 = as many as fit `row-height`.
   */
  columns = 0;
  /** Space between tiles in px, 0–100 (clamped). */
  gap = 8;
  /** Target row height (justified) and cell size (grid, masonry) in px, 40–1200 (clamped). */
  rowHeight = 220;
  /** Show at most this many items, a whole number (negative is 0); 0 = all. */
  limit = 0;
  /** Grid cells: `square` (cropped, default) or `natural` (each item's aspect ratio). */
  aspect: 'square' | 'natural' = 'square';
  /** Tiles do not open a lightbox. */
  noLightbox = false;
  /**
   * Name the open item in the URL hash and open it on load: one parameter,
   * `dash-gallery=<id>:<n>`, added to the page's own hash (a hash router's
   * `#/products/42?tab=photos` stays as it is, and is restored exactly on close), written with
   * `replaceState` (no history entries, no `hashchange`). A linked item beyond the first page is
   * loaded by paging on. Needs the element's `id`, unique in its document or shadow root: without
   * one the deep link is off, the lightbox works as usual, and `dash-error` `invalid-config` says
   * why (once, after the configuration settled; nothing on the console).
   */
  deepLink = false;
  /** CMS authors: reorder, edit captions, remove items. Needs a token allowed to update. */
  editable = false;
  /** Accessible name of the gallery; defaults to the backend's title. */
  label?: string;

  /**
   * A message for the polite live region (edits, paging).
   * @internal
   */
  announcement = '';
  /** Index kept rendered although off screen: the focused tile or the lightbox's item. */
  private pinned = -1;

  protected readonly data = new SourceController(
    this,
    (error) => this.reportError(error),
    (count) => this.emit('dash-gallery-load', { count }),
    () => this.configSettled(),
  );
  protected editor?: EditController;
  // `#` members: private at run time too, and the minifier can shorten their names.
  #width = new WidthController(this);
  /** Set once the gallery has more items than it renders at once (see WINDOW_FROM). */
  #window?: WindowController;
  #geometry: Layout = { boxes: [], height: 0 };
  /** Each item's cell key (see cellKeys), computed with the geometry. */
  #keys: string[] = [];
  #layoutKey?: unknown[];
  #cells = new CellList(this);
  #lightbox?: LightboxHandle;
  #opening = false;
  /** What loading the images of unsized items found: sizes for the layout, failures. */
  #sizes = new SizeController(this, () => this.#list);
  #deepLinkPending = false;
  #awaitingLayout = false;
  /** The display attributes as the layout uses them (see readDisplayOptions). */
  #display: DisplayOptions = readDisplayOptions(this);
  /** The display problems last reported, so each is said once. */
  #reportedProblems = '';

  get #list(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.list');
  }

  /** The items shown (after `limit`). */
  get items(): GalleryItem[] {
    const { limit } = this.#display;
    return limit > 0 ? this.data.items.slice(0, limit) : this.data.items;
  }

  /**
   * The id naming this gallery in deep links: its element `id` when `deep-link` is on and no
   * other element of its document (or shadow root) has that id; otherwise none.
   */
  get linkId(): string | undefined {
    if (!this.deepLink || !this.id) return undefined;
    const root = this.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
    const owner = root.getElementById?.(this.id);
    // Two galleries with one id would both open from one link: neither owns it then.
    return owner === this && root instanceof Node && countIds(root, this.id) === 1 ? this.id : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#deepLinkPending = this.deepLink;
    // Moved in the DOM (a framework re-parenting it) while loading: disconnecting aborted the
    // load, so it starts again rather than staying on "Loading…".
    if (this.hasUpdated && this.data.status === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Set late (a framework's binding): the link still opens once the items are here.
    if (changed.has('deepLink') && this.deepLink && this.isConnected) this.#deepLinkPending = true;
    if (DISPLAY_KEYS.some((key) => changed.has(key))) this.#readDisplay();
    if (SOURCE_KEYS.some((key) => changed.has(key))) this.reload();
    if (EDIT_KEYS.some((key) => changed.has(key))) void this.#setUpEditing();
    if (this.data.status === 'error') this.#prepareErrorState();
    this.#layOut();
  }

  /** Reads the display attributes; unreadable ones are reported once the configuration settled. */
  #readDisplay(): void {
    this.#display = readDisplayOptions(this, (name) => this.getAttribute(name));
    const problems = this.#display.problems.join(' ');
    if (!problems) this.#reportedProblems = '';
    else if (problems !== this.#reportedProblems) {
      void this.configSettled().then(() => {
        // Still wrong (a late property may have fixed it) and not said yet.
        if (this.#display.problems.join(' ') !== problems || this.#reportedProblems === problems) return;
        this.#reportedProblems = problems;
        this.reportError(new DashError('invalid-config', problems));
      });
    }
  }

  /**
   * Before an error renders: loads the error state's module the first time any gallery fails,
   * then adds its styles to this gallery's shadow root (idempotent). Render only reads the result.
   */
  #prepareErrorState(): void {
    if (errorState) return errorState.adoptErrorStyles(this.renderRoot as ShadowRoot);
    if (errorStateUnavailable) return; // the plain fallback shows; its retry tries again
    errorStateLoading ??= DashGallery.loadErrorState().then(
      (module) => void (errorState = module),
      () => void (errorStateUnavailable = true),
    );
    void errorStateLoading.then(() => this.requestUpdate());
  }

  /** The layout in use (unknown names are grid), or undefined while its code is loading. */
  #layoutFunction(): LayoutFunction | undefined {
    const { layout } = this.#display;
    return layout === 'justified' ? justified : layout === 'masonry' ? masonry : grid;
  }

  /** Resolves once the layout in use can be computed, so items never appear before their boxes. */
  #layoutLoaded(): Promise<void> | undefined {
    return this.#layoutFunction() ? undefined : loadJustified();
  }

  /** Recomputes geometry only when its inputs changed (scrolling re-renders often; 10k items). */
  #layOut(): void {
    const layout = this.#layoutFunction();
    if (!layout) {
      // Switched to justified after loading: the current boxes stay until its code is here.
      // (While the items load, the load itself waits for the layout; see reload().)
      // Once per switch: scrolling re-renders meanwhile, and a failure is reported once.
      if (this.data.status === 'ready' && !this.#awaitingLayout) {
        this.#awaitingLayout = true;
        void loadJustified()
          .then(() => this.requestUpdate(), (error) => this.data.fail(error))
          .finally(() => (this.#awaitingLayout = false));
      }
      return;
    }
    const { layout: name, columns, gap, rowHeight, aspect, limit } = this.#display;
    const options = { layout: name, width: this.#width.layoutWidth(), columns, gap, rowHeight, aspect };
    const key = [this.data.items, limit, this.#sizes.version, ...Object.values(options)];
    if (this.#layoutKey?.every((value, i) => value === key[i])) return;
    this.#layoutKey = key;
    this.#geometry = layOut(layout, this.items.map((item) => aspectOf(this.#sizes.sizeOf(item))), options);
    this.#keys = cellKeys(this.items);
  }

  protected override updated(): void {
    this.#renderCells();
    // Next frame: measuring now and re-rendering inside this update would double every render.
    this.#window?.schedule();
    // Page on as the visitor nears the end of what is loaded (a paged gallery is windowed).
    const { data } = this;
    const nearEnd = this.#window && this.#window.bottom >= this.#geometry.height;
    const { limit } = this.#display;
    const underLimit = !limit || data.items.length < limit;
    if (nearEnd && underLimit && data.hasMore && !data.loadingMore) void data.loadMore();
    if (this.#deepLinkPending && data.status === 'ready') {
      this.#deepLinkPending = false;
      void this.#openDeepLink();
    }
  }

  /**
   * Reloads from the source (or re-reads the children when there is none). The newest
   * configuration always wins: this aborts every step an older one still has in flight.
   */
  reload(): void {
    // The element carries every field of the source configuration under the same name; a change
    // to any of them reloads, aborting the load that read the old values.
    // The layout's code, when it is not loaded yet, comes in parallel with the items.
    this.#sizes.clear();
    if (this.source) {
      // A Dash portal folder arrives in pages, so it will need windowing: fetch that code
      // alongside its first page instead of after it (one round trip less before the tiles).
      if (this.source === 'dash-portal') void loadWindowing();
      void this.data.load(this as GallerySourceConfig, this.#layoutLoaded(), (page) => this.#windowFor(page));
    } else void this.#enhanceChildren(this.data.begin());
  }

  /** Resolves once the windowing code is here, when `page` needs it (see WINDOW_FROM). */
  #windowFor(page: Pick<GalleryPage, 'items' | 'next'>): Promise<void> | undefined {
    if (this.#window || (page.items.length <= WINDOW_FROM && !page.next)) return undefined;
    return loadWindowing().then(({ WindowController }) => {
      this.#window ??= new WindowController(this, () => this.#list);
    });
  }

  /**
   * The no-`source` mode; its code loads only when used. A server-rendered gallery upgrades with
   * neither `source` nor children and gets its configuration from hydration a moment later: so
   * "nothing to show" is an error only after configSettled() (the loading state shows meanwhile),
   * and any newer configuration aborts `signal` and wins.
   */
  async #enhanceChildren(signal: AbortSignal): Promise<void> {
    try {
      const [{ itemsFromLightDom }] = await Promise.all([import('./light-dom.js'), this.#layoutLoaded()]);
      let items = itemsFromLightDom(this);
      if (!items.length) {
        await this.configSettled();
        if (signal.aborted) return;
        items = itemsFromLightDom(this); // children a framework rendered meanwhile
      }
      await this.#windowFor({ items });
      if (signal.aborted) return;
      if (items.length) this.data.setItems(items);
      // Misconfiguration is shown, never a silent blank.
      else this.data.fail(new DashError('invalid-config', 'No `source` and no <a href><img></a> children.'));
    } catch (error) {
      await this.data.failUnlessNewer(error, signal);
    }
  }

  async #openDeepLink(): Promise<void> {
    const id = this.linkId;
    if (!id) {
      await this.configSettled();
      if (this.deepLink && !this.linkId) {
        this.reportError(new DashError('invalid-config', this.id
          ? `deep-link: another element has the id "${this.id}"; deep links are off for this gallery.`
          : 'deep-link needs an id on the gallery (it names the gallery in the URL); deep links are off.'));
      }
      return;
    }
    const { deepLinkIndex } = await import('./deep-link.js');
    const index = deepLinkIndex(location.hash, id);
    if (index === undefined) return;
    const { limit } = this.#display;
    if (limit && index >= limit) return;
    await this.data.loadUntil(index + 1);
    await this.open(index);
  }

  /** Opens the lightbox at `index` (0-based). PhotoSwipe loads on the first call. */
  async open(index: number): Promise<void> {
    const item = this.items[index];
    if (this.noLightbox || !item || this.#opening) return;
    if (this.#lightbox) return this.#lightbox.goTo(index);
    this.#opening = true;
    try {
      const { openLightbox } = await import('./lightbox.js');
      this.#lightbox = await openLightbox({
        root: this.renderRoot as ShadowRoot,
        items: this.items,
        index,
        label: this.#label,
        deepLinkId: this.linkId,
        locale: this.locale,
        measured: (i) => this.#sizes.forLightbox(this.items[i]),
        onMeasured: (i, state) => this.items[i] && this.#sizes.remember(this.items[i], state),
        downloads: this.data.page?.downloads,
        onError: (error) => this.reportError(error),
        onChange: (i) => (this.pinned = i),
        onClose: (i) => void this.#onLightboxClosed(i),
      });
      await this.#lightbox.ready;
      // Closed during the opening animation: there is nothing open to announce.
      if (this.#lightbox) this.emit('dash-lightbox-open', { index, item });
    } catch (error) {
      this.reportError(error);
    } finally {
      this.#opening = false;
    }
  }

  /** Closes the lightbox if it is open. */
  close(): void {
    this.#lightbox?.close();
  }

  /**
   * Polite announcement for screen readers (cleared first so a repeat is spoken again). For the
   * editing controller, which loads in its own chunk.
   * @internal
   */
  announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /**
   * The tile button (or element) of item `index`, rendered on demand. For the editing controller.
   * @internal
   */
  async tileFor(index: number): Promise<HTMLElement | null> {
    this.pinned = index;
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`.cell[data-index="${index}"] .tile`);
  }

  get #label(): string {
    return this.label || this.data.page?.title || this.strings.gallery.label;
  }

  async #onLightboxClosed(index: number): Promise<void> {
    this.#lightbox = undefined;
    this.emit('dash-lightbox-close', { index });
    (await this.tileFor(index))?.focus();
  }

  /** Editing controls load (by dynamic import) only for an editable CMS gallery with a token. */
  async #setUpEditing(): Promise<void> {
    if (!(this.editable && this.source === 'cms' && (this.accessToken || this.getAccessToken))) {
      this.editor?.dispose();
      this.editor = undefined;
      return;
    }
    if (this.editor) return;
    const { EditController } = await import('./edit-controller.js');
    // A newer configuration turned editing off while the code loaded.
    if (!(this.editable && this.source === 'cms' && (this.accessToken || this.getAccessToken))) return;
    this.editor ??= new EditController(this, this.data, (error) => this.reportError(error));
    this.requestUpdate();
  }

  #onImageLoad(img: HTMLImageElement, item: GalleryItem): void {
    // The backend gave no size (CMS, Social latest_media, plain links): lay out with this one.
    if (!(item.width && item.height) && img.naturalWidth && img.naturalHeight) {
      this.#sizes.remember(item, { width: img.naturalWidth, height: img.naturalHeight });
    }
    img.closest('.tile')?.classList.add('loaded');
  }

  override render(): TemplateResult | typeof nothing {
    const { status, error, page } = this.data;
    const { strings, editor } = this;
    if (error && status === 'error') return this.#renderError(error);
    if (status === 'loading' || status === 'idle') return renderLoading(strings);
    if (!this.items.length) return renderEmpty(strings);
    // The tiles are not in this template: #renderCells puts the visible ones into the list.
    return html`<div part="base" class="base">
      ${page?.title ? html`<p part="title" class="title">${page.title}</p>` : nothing}
      ${page?.description ? html`<p part="description" class="description">${page.description}</p>` : nothing}
      ${page?.banner?.src ? renderBanner(page.banner) : nothing}
      ${editor?.renderHelp()}
      <ul part="list" class="list" aria-label=${this.#label} @focusin=${this.#onFocusIn} @keydown=${editor?.onKeyDown} @dragover=${editor?.onDragOver} @drop=${editor?.onDrop}></ul>
      ${this.data.loadingMore ? renderLoading(strings, strings.gallery.loadingMore) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #renderError(error: DashError): TemplateResult | typeof nothing {
    if (errorState) return errorState.renderError(localize(this.locale, errorState.errorStrings), error, () => this.reload());
    // Still loading (see #prepareErrorState): a moment of blank, then the state.
    return errorStateUnavailable ? this.#renderPlainError() : nothing;
  }

  /**
   * The error state when its own module (with the messages) could not load either — the likely
   * case offline, when the data failed for the same reason. Still says what happened in general
   * words and offers the retry, which also tries the module again.
   */
  #renderPlainError(): TemplateResult {
    const retry = () => {
      errorStateLoading = undefined;
      errorStateUnavailable = false;
      this.reload();
    };
    return html`<div class="state" part="error" role="alert">
      <span>${this.strings.common.failed}</span>
      <button class="button" part="retry-button" type="button" @click=${retry}>${this.strings.common.retry}</button>
    </div>`;
  }

  /** The tiles to render: all of a small gallery's, else those near the viewport and the pinned one. */
  #visibleIndexes(): number[] {
    const { boxes } = this.#geometry;
    return this.#window ? this.#window.visible(boxes, this.pinned) : boxes.map((_, index) => index);
  }

  #onFocusIn(event: FocusEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('.cell');
    if (cell) this.pinned = Number(cell.dataset.index);
  }

  /** Puts the tiles near the viewport into the list (see CellList), after Lit rendered it. */
  #renderCells(): void {
    const list = this.#list;
    if (!list) return;
    list.style.height = `${this.#geometry.height}px`;
    const items = this.items;
    this.#cells.update(
      list,
      this.#visibleIndexes(),
      (index) => this.#keys[index],
      (cell, index) => this.#placeCell(cell, index),
      (index) => this.#renderCell(items[index], index),
    );
  }

  #placeCell(cell: HTMLLIElement, index: number): void {
    const { x, y, width, height } = this.#geometry.boxes[index];
    cell.dataset.index = String(index);
    // The true count and position, although only a window of items is in the DOM.
    cell.ariaSetSize = String(this.data.total);
    cell.ariaPosInSet = String(index + 1);
    // Through the CSSOM, which a strict CSP allows (a `style` attribute would not be).
    cell.style.cssText = `left:${x}px;top:${y}px;width:${width}px;height:${height}px`;
  }

  #renderCell(item: GalleryItem, index: number): TemplateResult {
    const strings = this.strings.gallery;
    const name = item.alt || item.caption || item.filename || strings.untitled(index + 1);
    const media = html`${this.#sizes.failed(item)
      ? html`<span class="file unavailable" part="file unavailable">${fileIcon}<span>${strings.unavailable}</span></span>`
      : item.src
        ? this.#renderImage(item, index)
        : html`<span class="file" part="file">${fileIcon}<span class="filename">${item.filename || item.caption || strings.file}</span></span>`}${item.type === 'video' ? videoBadge : nothing}`;
    return html`${this.noLightbox
      ? html`<div class="tile" part="tile">${media}</div>`
      : html`<button class="tile" part="tile" type="button" aria-label=${strings.openItem(name)} @click=${() => this.open(index)}>${media}</button>`}${this.editor?.renderTools(item, index, name)}`;
  }

  #renderImage(item: GalleryItem, index: number): TemplateResult {
    const { boxes } = this.#geometry;
    const { width, height } = boxes[index];
    // The first row is what the visitor sees first: it loads at once, with high priority.
    const eager = index < firstRowCount(boxes);
    const srcset = item.type === 'image' && item.srcset && srcsetOf(item.srcset);
    return html`<img
      part="image"
      src=${item.poster ?? item.src}
      srcset=${srcset || nothing}
      sizes=${srcset ? `${Math.ceil(width)}px` : nothing}
      width=${Math.round(width)}
      height=${Math.round(height)}
      alt=${item.alt}
      loading=${eager ? 'eager' : 'lazy'}
      fetchpriority=${eager ? 'high' : 'auto'}
      decoding="async"
      draggable="false"
      @load=${(event: Event) => this.#onImageLoad(event.target as HTMLImageElement, item)}
      @error=${() => this.#sizes.remember(item, 'failed')}
    />`;
  }
}

/**
 * Cell keys: the item's id with its repeat count in front (`0:id`, `1:id` …). Backends do send
 * duplicate ids (issue 16, class 9: 12 items became 7 tiles when equal keys merged); keying by
 * id keeps a moved item's cell (and its focus) when the order changes. The count goes first,
 * up to the first `:`, so no id can spell another item's key (an id `x\u00001` next to two `x`
 * did with the count appended).
 */
function cellKeys(items: GalleryItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ id }) => {
    const repeat = seen.get(id) ?? 0;
    seen.set(id, repeat + 1);
    return `${repeat}:${id}`;
  });
}

/** How many elements under `root` have the id (getElementById returns only the first). */
function countIds(root: Node, id: string): number {
  return (root as ParentNode).querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
}

function renderBanner(banner: GalleryItem): TemplateResult {
  return html`<img part="banner" class="banner" src=${banner.src} alt=${banner.alt} width=${banner.width ?? nothing} height=${banner.height ?? nothing} fetchpriority="high" />`;
}

const videoBadge = html`<span class="badge" part="video-badge" aria-hidden="true"
  ><svg viewBox="0 0 24 24" width="24" height="24"><path d="M8 5v14l11-7z" fill="currentColor" /></svg
></span>`;

const fileIcon = html`<svg class="file-icon" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40"><path fill="none" stroke="currentColor" stroke-width="1.5" d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8zM14 3v5h5"/></svg>`;
