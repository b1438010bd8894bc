import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { baseStyles } from '../../core/styles.js';
import { renderEmpty, renderError, renderLoading } from '../../core/states.js';
import { DashError } from '../../api/errors.js';
import type { GalleryItem, GallerySourceConfig, GallerySourceName } from '../../api/adapters/types.js';
import { aspectOf, computeLayout, firstRowCount, visibleRange, type Layout, type LayoutName } from './layout.js';
import { CellList } from './cell-list.js';
import { ViewportController } from './viewport-controller.js';
import { SourceController } from './source-controller.js';
import type { LightboxHandle } from './lightbox.js';
import type { EditController } from './edit-controller.js';
import { galleryStyles } from './gallery.styles.js';
import { common, gallery } from '../../i18n/en.js';

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
  'brand', 'gallery', 'lang', 'accessToken', 'getAccessToken',
] as const;

/** Attributes deciding whether editing controls are offered. */
const EDIT_KEYS = ['editable', 'source', 'accessToken', 'getAccessToken'] as const;

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
 * @csspart file - The placeholder of a file without a preview.
 * @csspart video-badge - The play mark on video tiles.
 * @csspart edit-tools - The editing controls of a tile (`editable`).
 * @csspart description - The gallery's description.
 * @csspart edit-help - Editing help (`editable`).
 * @csspart edit-error - The message after a failed save (`editable`).
 * @csspart caption-dialog - The caption editor (`editable`).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state, with its `retry-button` part.
 *
 * @cssprop [--dash-gallery-tile-radius=var(--dash-radius)] - Corner radius of tiles.
 * @cssprop [--dash-gallery-lightbox-bg=#000] - Lightbox background.
 */
export class DashGallery extends DashElement {
  static override englishStrings = { common, gallery };

  static override styles = [baseStyles, galleryStyles];

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
  /** `grid` (default), `masonry` or `justified`. */
  layout: LayoutName = 'grid';
  /** Fixed column count for grid and masonry; 0 = as many as fit `row-height`. */
  columns = 0;
  /** Space between tiles in px. */
  gap = 8;
  /** Target row height (justified) and cell size (grid, masonry) in px. */
  rowHeight = 220;
  /** Show at most this many items; 0 = all. */
  limit = 0;
  /** Grid cells: `square` (cropped) or `natural` (each item's aspect ratio). */
  aspect: 'square' | 'natural' = 'square';
  /** Tiles do not open a lightbox. */
  noLightbox = false;
  /** Name the open item in the URL hash (`#dash-gallery=<id>&item=<n>`) and open it on load. */
  deepLink = false;
  /** CMS authors: reorder, edit captions, remove items. Needs a token allowed to update. */
  editable = false;
  /** Accessible name of the gallery; defaults to the backend's title. */
  label?: string;

  /** A message for the polite live region (edits, paging). */
  announcement = '';
  /** Index kept rendered although off screen: the focused tile or the lightbox's item. */
  private pinned = -1;

  protected readonly data = new SourceController(
    this,
    (error) => this.reportError(error),
    (count) => this.onLoaded(count),
  );
  private readonly viewport = new ViewportController(this, () => this.list);
  private geometry: Layout = { boxes: [], height: 0 };
  private layoutKey?: unknown[];
  private readonly cellList = new CellList(this);
  private lightbox?: LightboxHandle;
  private opening = false;
  protected editor?: EditController;
  private measured = new Map<string, { width: number; height: number }>();
  private deepLinkPending = false;

  private get list(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.list');
  }

  /** The items shown (after `limit`). */
  get items(): GalleryItem[] {
    return this.limit > 0 ? this.data.items.slice(0, this.limit) : this.data.items;
  }

  /** The id naming this gallery in deep links. */
  get linkId(): string {
    return this.id || this.gallery || 'gallery';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.deepLinkPending = this.deepLink;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightbox?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SOURCE_KEYS.some((key) => changed.has(key))) this.reload();
    if (EDIT_KEYS.some((key) => changed.has(key))) {
      void this.setUpEditing();
    }
    this.layOut();
  }

  /** Recomputes geometry only when its inputs changed (scrolling re-renders often; 10k items). */
  private layOut(): void {
    const options = {
      layout: this.layout,
      width: this.viewport.layoutWidth(),
      columns: this.columns,
      gap: Math.max(0, this.gap),
      rowHeight: Math.max(40, this.rowHeight),
      aspect: this.aspect,
    };
    const key = [this.data.items, this.limit, ...Object.values(options)];
    if (this.layoutKey?.every((value, i) => value === key[i])) return;
    this.layoutKey = key;
    this.geometry = computeLayout(this.items.map((item) => aspectOf(item)), options);
  }

  protected override updated(): void {
    this.renderCells();
    // Next frame: measuring now and re-rendering inside this update would double every render.
    this.viewport.schedule();
    // Page on as the visitor nears the end of what is loaded.
    const nearEnd = this.viewport.bottom >= this.geometry.height;
    const underLimit = !this.limit || this.data.items.length < this.limit;
    if (nearEnd && underLimit && this.data.hasMore && !this.data.loadingMore) void this.data.loadMore();
    if (this.deepLinkPending && this.data.status === 'ready') {
      this.deepLinkPending = false;
      void this.openDeepLink();
    }
  }

  /** Reloads from the source (or re-reads the children when there is none). */
  reload(): void {
    if (!this.source) {
      void this.enhanceChildren();
      return;
    }
    const config: GallerySourceConfig = {
      source: this.source,
      apiBase: this.apiBase,
      accessToken: this.accessToken,
      getAccessToken: this.getAccessToken,
      subdomain: this.subdomain,
      portal: this.portal,
      passcode: this.passcode,
      folder: this.folder,
      collection: this.collection,
      brand: this.brand,
      gallery: this.gallery,
      src: this.src,
      lang: this.lang,
    };
    void this.data.load(config);
  }

  /** The no-`source` mode; its code loads only when used. */
  private async enhanceChildren(): Promise<void> {
    const { itemsFromLightDom } = await import('./light-dom.js');
    const items = itemsFromLightDom(this);
    if (items.length) this.data.setItems(items);
    // Misconfiguration is shown, never a silent blank.
    else this.data.fail(new DashError('invalid-config', 'No `source` and no <a href><img></a> children.'));
  }

  private async openDeepLink(): Promise<void> {
    const { deepLinkIndex } = await import('./deep-link.js');
    const index = deepLinkIndex(location.hash, this.linkId);
    if (index !== undefined && index < this.items.length) await this.open(index);
  }

  /** Opens the lightbox at `index` (0-based). PhotoSwipe loads on the first call. */
  async open(index: number): Promise<void> {
    const item = this.items[index];
    if (this.noLightbox || !item || this.opening) return;
    if (this.lightbox) return this.lightbox.goTo(index);
    this.opening = true;
    try {
      const { openLightbox } = await import('./lightbox.js');
      this.lightbox = await openLightbox({
        root: this.renderRoot as ShadowRoot,
        items: this.items,
        index,
        label: this.galleryLabel,
        deepLinkId: this.deepLink ? this.linkId : undefined,
        strings: this.strings,
        thumbnail: (i) => this.tileImage(i),
        measured: (i) => this.measured.get(this.items[i]?.id),
        downloads: this.data.page?.downloads,
        onError: (error) => this.reportError(error),
        onChange: (i) => this.onSlideChange(i),
        onClose: (i) => void this.onLightboxClosed(i),
      });
      await this.lightbox.ready;
      // Closed during the opening animation: there is nothing open to announce.
      if (this.lightbox) this.emit('dash-lightbox-open', { index, item });
    } catch (error) {
      this.reportError(error);
    } finally {
      this.opening = false;
    }
  }

  /** Closes the lightbox if it is open. */
  close(): void {
    this.lightbox?.close();
  }

  /** Polite announcement for screen readers (cleared first so a repeat is spoken again). */
  announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** The tile button (or element) of item `index`, rendered on demand. */
  async tileFor(index: number): Promise<HTMLElement | null> {
    this.pinned = index;
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`.cell[data-index="${index}"] .tile`);
  }

  private get galleryLabel(): string {
    return this.label || this.data.page?.title || this.strings.gallery.label;
  }

  private tileImage(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.cell[data-index="${index}"] img`);
  }

  private onLoaded(count: number): void {
    this.emit('dash-gallery-load', { count });
  }

  private onSlideChange(index: number): void {
    this.pinned = index;
  }

  private async onLightboxClosed(index: number): Promise<void> {
    this.lightbox = undefined;
    this.emit('dash-lightbox-close', { index });
    (await this.tileFor(index))?.focus();
  }

  /** Editing controls load (by dynamic import) only for an editable CMS gallery with a token. */
  private async setUpEditing(): Promise<void> {
    const wanted = this.editable && this.source === 'cms' && !!(this.accessToken || this.getAccessToken);
    if (!wanted) {
      this.editor?.dispose();
      this.editor = undefined;
      return;
    }
    if (this.editor) return;
    const { EditController } = await import('./edit-controller.js');
    this.editor ??= new EditController(this, {
      items: () => this.data.items,
      edits: () => this.data.page?.edits,
      strings: () => this.strings,
      replace: (items) => this.data.replaceItems(items),
      announce: (message) => this.announce(message),
      focusTile: async (index) => (await this.tileFor(index))?.focus(),
      changed: (items) => this.emit('dash-gallery-change', { items }),
      error: (error) => this.reportError(error),
    });
    this.requestUpdate();
  }

  private onImageLoad(event: Event, item: GalleryItem): void {
    // Remembered for the lightbox when the backend gave no size (CMS, plain links).
    const img = event.target as HTMLImageElement;
    if (!(item.width && item.height) && !item.original && img.naturalWidth) {
      this.measured.set(item.id, { width: img.naturalWidth, height: img.naturalHeight });
    }
    img.closest('.tile')?.classList.add('loaded');
  }

  override render(): TemplateResult | typeof nothing {
    const { status, error } = this.data;
    if (status === 'error' && error) return renderError(this.strings, error, () => this.reload());
    if (status === 'loading' || status === 'idle') return renderLoading(this.strings);
    const items = this.items;
    if (!items.length) return renderEmpty(this.strings);
    const page = this.data.page;
    return html`<div part="base" class="base">
      ${page?.title ? html`<p part="title" class="title">${page.title}</p>` : nothing}
      ${page?.description ? html`<p part="description" class="description">${page.description}</p>` : nothing}
      ${page?.banner?.src ? this.renderBanner(page.banner) : nothing}
      ${this.editor?.renderHelp() ?? nothing}
      <ul
        part="list"
        class="list"
        aria-label=${this.galleryLabel}
        @focusin=${this.onFocusIn}
        @keydown=${this.editor?.onKeyDown}
        @dragover=${this.editor?.onDragOver}
        @drop=${this.editor?.onDrop}
      ></ul>
      ${this.data.loadingMore ? renderLoading(this.strings, this.strings.gallery.loadingMore) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private visibleIndexes(): number[] {
    const visible = visibleRange(this.geometry.boxes, this.viewport.top, this.viewport.bottom);
    const pinned = this.pinned;
    if (pinned >= 0 && pinned < this.geometry.boxes.length && !visible.includes(pinned)) {
      visible.push(pinned);
      visible.sort((a, b) => a - b);
    }
    return visible;
  }

  private onFocusIn(event: FocusEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('.cell');
    if (cell) this.pinned = Number(cell.dataset.index);
  }

  private renderBanner(banner: GalleryItem): TemplateResult {
    return html`<img
      part="banner"
      class="banner"
      src=${banner.src}
      alt=${banner.alt}
      width=${banner.width ?? nothing}
      height=${banner.height ?? nothing}
      fetchpriority="high"
    />`;
  }

  /** Puts the tiles near the viewport into the list (see CellList), after Lit rendered it. */
  private renderCells(): void {
    const list = this.list;
    if (!list) return;
    list.style.setProperty('height', `${this.geometry.height}px`);
    const items = this.items;
    this.cellList.update(
      list,
      this.visibleIndexes(),
      (index) => items[index].id,
      (cell, index) => this.placeCell(cell, index),
      (index) => this.renderCell(index),
    );
  }

  private placeCell(cell: HTMLLIElement, index: number): void {
    const box = this.geometry.boxes[index];
    cell.dataset.index = String(index);
    // The true count and position, although only a window of items is in the DOM.
    cell.setAttribute('aria-setsize', String(this.data.total));
    cell.setAttribute('aria-posinset', String(index + 1));
    cell.style.setProperty('left', `${box.x}px`);
    cell.style.setProperty('top', `${box.y}px`);
    cell.style.setProperty('width', `${box.width}px`);
    cell.style.setProperty('height', `${box.height}px`);
  }

  private renderCell(index: number): TemplateResult {
    const item = this.items[index];
    const name = item.alt || item.caption || item.filename || this.strings.gallery.untitled(index + 1);
    const media = html`${item.src ? this.renderImage(item, index) : this.renderFile(item)}
    ${item.type === 'video' ? videoBadge : nothing}`;
    return html`${this.noLightbox
        ? html`<div class="tile" part="tile">${media}</div>`
        : html`<button
            class="tile"
            part="tile"
            type="button"
            aria-label=${this.strings.gallery.openItem(name)}
            @click=${() => this.open(index)}
          >
            ${media}
          </button>`}
      ${this.editor?.renderTools(item, index, name) ?? nothing}`;
  }

  private renderImage(item: GalleryItem, index: number): TemplateResult {
    const box = this.geometry.boxes[index];
    const eager = index < firstRowCount(this.geometry.boxes);
    const srcset = item.srcset?.map((r) => `${r.url} ${r.width}w`).join(', ');
    return html`<img
      part="image"
      src=${item.poster ?? item.src}
      srcset=${(item.type === 'image' && srcset) || nothing}
      sizes=${srcset ? `${Math.ceil(box.width)}px` : nothing}
      width=${Math.round(box.width)}
      height=${Math.round(box.height)}
      alt=${item.alt}
      loading=${eager ? 'eager' : 'lazy'}
      fetchpriority=${eager ? 'high' : 'auto'}
      decoding="async"
      draggable="false"
      @load=${(event: Event) => this.onImageLoad(event, item)}
    />`;
  }

  private renderFile(item: GalleryItem): TemplateResult {
    return html`<span class="file" part="file">
      ${fileIcon}
      <span class="filename">${item.filename || item.caption || this.strings.gallery.file}</span>
    </span>`;
  }
}

const videoBadge = html`<span class="badge" part="video-badge" aria-hidden="true"
  ><svg viewBox="0 0 24 24" width="24" height="24"><path d="M8 5v14l11-7z" fill="currentColor" /></svg
></span>`;

const fileIcon = html`<svg class="file-icon" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40"><path fill="none" stroke="currentColor" stroke-width="1.5" d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8zM14 3v5h5"/></svg>`;
