import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { trackAnalytics } from '../../core/analytics.js';
import { ImpressionController } from '../../core/impressions.js';
import { coreStyles } from '../../core/core.styles.js';
import { controlStyles } from '../../core/control.styles.js';
import { pulseStyles } from '../../core/pulse.styles.js';
import { renderEmpty, renderLoading } from '../../core/states.js';
import { renderError } from '../../core/error-state.js';
import type { GalleryItem, GalleryRendition, GallerySourceName } from '../../api/adapters/types.js';
import { firstRowCount, type LayoutName } from './layout.js';
import { LayoutController } from './layout-controller.js';
import { LightboxController } from './lightbox-controller.js';
import { SOURCE_KEYS, SourceController } from './source-controller.js';
import { DISPLAY_KEYS } from './display-options.js';
import type { EditController } from './edit-controller.js';
import { FirstImageGate } from './first-image-gate.js';
import { renderBanner, renderRowButtons, renderSkeleton, renderTile, renderTitle } from './tiles.js';
import { tileForKey } from './tile-keys.js';
import { logicalKey } from '../../core/keys.js';
import { galleryStyles } from './gallery.styles.js';
import { DashError } from '../../api/errors.js';
import { common, errors } from '../../i18n/en/common.js';
import { gallery } from '../../i18n/en/gallery.js';

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-gallery-load': CustomEvent<{ count: number }>;
    'dash-lightbox-open': CustomEvent<{ index: number; item: GalleryItem }>;
    'dash-lightbox-close': CustomEvent<{ index: number }>;
    'dash-gallery-change': CustomEvent<{ items: GalleryItem[] }>;
  }
}

/** The sections the gallery renders (the lightbox and the editing controls load their own). */
const englishStrings = { common, gallery, errors };

/** Attributes deciding whether editing controls are offered. */
const EDIT_KEYS = ['editable', 'source', 'accessToken', 'getAccessToken'] as const;

/**
 * `<dash-gallery>` renders the media of one backend in the backend's order — grid, masonry,
 * justified or a carousel — loading only what is near the viewport, and opens PhotoSwipe on click.
 *
 * Videos play in the lightbox. A Dash portal's video shows its preview with Play where the portal
 * permits downloads: Play asks the API for the original through a download job (the API has no
 * streaming URL) and the player takes its place; where downloads are not permitted the preview says
 * the video cannot be played here.
 *
 * @summary An ordered set of media from a Dash portal, Dash Social, a CMS, a photo service or
 * JSON, as a responsive, virtualized grid with a PhotoSwipe lightbox.
 *
 * @fires dash-gallery-load - `{count}` when items are shown.
 * @fires dash-lightbox-open - `{index, item}` when the lightbox opens.
 * @fires dash-lightbox-close - `{index}` when it closes.
 * @fires dash-gallery-change - `{items}` after an edit was saved (`editable`).
 * @fires dash-analytics - `{action, element, …}` what the visitor does: `impression` (an item seen
 *   for a second), `slide-change`, `zoom` and `video-play` in the lightbox, `download-start` and
 *   `download-finish` from its download menu. For a tag manager; nothing is sent anywhere.
 * @fires dash-error - `{code, message, status?}` for any failure shown in the element.
 *
 * @slot - With no `source`: `<a href="large.jpg"><img src="thumb.jpg" alt="…"></a>` children
 *   (optionally in `<figure>` with `<figcaption>`), enhanced into the gallery.
 *
 * @csspart base - The wrapper of a loaded gallery.
 * @csspart title - The gallery's title (CMS translation, photo-gallery name).
 * @csspart banner - The Dash Social banner image.
 * @csspart list - The list of tiles.
 * @csspart row-button - A carousel's previous and next buttons (`previous`, `next` classes).
 * @csspart tile - One tile (a button when the lightbox is on).
 * @csspart image - A tile's image.
 * @csspart file - The placeholder of a file without a preview (also `unavailable`: a failed image).
 * @csspart unavailable - The tile of an image that failed to load ("Image unavailable").
 * @csspart video-badge - The play mark on video tiles.
 * @csspart products-badge - The tag mark on tiles of items with products (Dash Social hotspots).
 * @csspart edit-tools - The editing controls of a tile (`editable`).
 * @csspart description - The gallery's description.
 * @csspart edit-help - Editing help (`editable`).
 * @csspart edit-error - The message after a failed save (`editable`).
 * @csspart caption-dialog - The caption editor (`editable`).
 * @csspart loading - The loading state: placeholder tiles (`placeholder` class) in the gallery's
 *   layout, reserving the height of the first two rows, and a visually hidden "Loading…" status.
 * @csspart empty - The empty state.
 * @csspart error - The error state, with its `retry-button` part.
 * @csspart retry-button - The error state's retry button.
 * @csspart lightbox - The lightbox: a modal `<dialog>` in the top layer (style its `::backdrop`).
 * @csspart lightbox-button - Each button of the lightbox (close, zoom, arrows, download, thumbnails).
 * @csspart caption - The caption below the lightbox's image (tiles show none): style it with
 *   `dash-gallery::part(caption)`.
 * @csspart lightbox-caption - The same caption, by its earlier name.
 * @csspart product-card - The card a product hotspot opens in the lightbox: name, price and a
 *   "View product" link.
 * @csspart lightbox-thumbnails - The lightbox's thumbnail strip (shown by `lightbox-thumbnails` or its toggle).
 *
 * @cssprop [--dash-gallery-tile-radius=var(--dash-radius)] - Corner radius of tiles.
 * @cssprop [--dash-gallery-lightbox-bg=#000] - Lightbox background.
 * @cssprop [--dash-gallery-lightbox-fg=#fff] - Lightbox icons, counter and caption.
 * @cssprop [--dash-gallery-lightbox-control-bg=rgb(0 0 0 / 0.55)] - Behind the arrows and, when
 *   zoomed in, the top bar: keeps them legible over any image.
 */
export class DashGallery extends DashElement<typeof englishStrings> {
  static override englishStrings = englishStrings;

  static override styles = [coreStyles, controlStyles, galleryStyles, pulseStyles];

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
    lightboxThumbnails: { type: Boolean, attribute: 'lightbox-thumbnails' },
    editable: { type: Boolean },
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    srcTemplate: { attribute: 'src-template' },
    announcement: { state: true },
    pinned: { state: true },
  };

  /** `dash-portal`, `dash-social`, `cms`, `photo-gallery` or `json`; none = enhance children. */
  source?: GallerySourceName;
  /**
   * URL of a GalleryDTO (`photo-gallery`) or of `{items}` JSON (`json`). A JSON item may carry
   * `focalPoint: {x, y}` (0–1 from the left and top edge; `focal_point` or `[x, y]` too): cropped
   * tiles (square grid cells, a panorama's row, masonry's capped cells) keep that point in view.
   */
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
   * language of the gallery's content (title, description, captions), which is what the HTML
   * attribute means anyway; the element's own strings carry `locale`'s language.
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
  /**
   * `grid` (default), `masonry`, `justified` or `carousel`; anything else is `grid` plus
   * `invalid-config` (display attributes that cannot be read are reported once, after the
   * configuration settled). A carousel is one row at `row-height`, each item keeping its aspect
   * ratio (between 1:3 and 3:1, at most 85% of the view wide), scrolled sideways with snapping: swipe, the arrow keys, Home and
   * End on the tiles, or the previous and next buttons at the row's ends.
   */
  layout: LayoutName = 'grid';
  /**
   * Fixed column count for grid and masonry, a whole number 0–24 (rounded and clamped);
   * 0 = as many as fit `row-height`.
   */
  columns = 0;
  /** Space between tiles in px, 0–100 (clamped). */
  gap = 8;
  /**
   * Target row height (justified), the row's height (carousel) and cell size (grid, masonry) in px, 40–1200 (clamped). A
   * justified row is never lower than 70% of it: a panorama that would squash its row gets a row of
   * its own, cropped at that height if it is still too wide. Masonry and natural grid cells are
   * between 1:3 and 3:1, a more extreme image cropped to fit. Items without a size are laid out
   * with the size their image has once it loaded.
   */
  rowHeight = 220;
  /** Show at most this many items, a whole number (negative is 0); 0 = all. */
  limit = 0;
  /** Grid cells: `square` (cropped, default) or `natural` (each item's aspect ratio). */
  aspect: 'square' | 'natural' = 'square';
  /** Tiles do not open a lightbox. */
  noLightbox = false;
  /**
   * Name the open item in the URL hash, open it on load and when the hash changes: one parameter,
   * `dash-gallery=<id>:<n>`, added to the page's own hash (a hash router's
   * `#/products/42?tab=photos` stays as it is, and is restored exactly on close), written with
   * `replaceState` (no history entries, no `hashchange`). A linked item beyond the first page is
   * loaded by paging on. Needs the element's `id`, unique in its document or shadow root: without
   * one the deep link is off, the lightbox works as usual, and `dash-error` `invalid-config` says
   * why (once, after the configuration settled; nothing on the console).
   */
  deepLink = false;
  /**
   * The lightbox opens with its thumbnail strip shown (its toggle button shows and hides it in
   * any case).
   */
  lightboxThumbnails = false;
  /** CMS authors: reorder, edit captions, remove items. Needs a token allowed to update. */
  editable = false;
  /** Accessible name of the gallery; defaults to the backend's title. */
  label?: string;
  /**
   * The level (1–6) of the title's heading in the host page's outline; 0 = the title is not a
   * heading. It looks the same at every level: style it with `::part(title)`.
   */
  headingLevel = 2;
  /**
   * Responsive images from any image CDN: a URL pattern that gives every image's `srcset`
   * (width descriptors 320, 480, 640, 960, 1280, 1920 and 2560 w, up to the image's own width
   * when known) from its full-size URL; `sizes` is each tile's width as laid out, so the browser
   * picks the smallest file that is sharp in it; the lightbox's slides take the same renditions.
   * Placeholders: `{url}` (the full-size URL as it
   * is), `{encodedUrl}` (URL-encoded, for CDNs taking it as one path segment or a query value) and
   * `{width}`. It replaces the renditions a source sends. A pattern missing `{width}` or a URL
   * placeholder, or giving anything but an http(s) URL, is ignored with `dash-error`
   * `invalid-config`. Presets (put in your own cloud name, source or zone):
   *
   * - Cloudinary (fetch): `https://res.cloudinary.com/<cloud>/image/fetch/w_{width},c_limit,f_auto,q_auto/{encodedUrl}`
   * - imgix (web proxy source): `https://<source>.imgix.net/{encodedUrl}?w={width}&fit=max&auto=format,compress`
   * - Cloudflare Images (transformations on your zone): `https://<zone>/cdn-cgi/image/width={width},fit=scale-down,format=auto/{url}`
   */
  srcTemplate?: string;

  /**
   * A message for the polite live region (edits, paging).
   * @internal
   */
  announcement = '';
  /**
   * The gallery's one Tab stop, kept rendered although off screen: the tile focused last, or the
   * lightbox's item (so focus returns to it on close).
   */
  private pinned = 0;

  protected readonly data = new SourceController(
    this,
    (error) => this.reportError(error),
    (count) => this.emit('dash-gallery-load', { count }),
    () => this.configSettled(),
  );
  protected editor?: EditController;
  readonly #layout = new LayoutController(this);
  /**
   * The viewport's height when the gallery was created: its tiles within it are the first screen,
   * shown without a fade. Read once (here, as the layout controller reads it too): reading it as
   * tiles are put in the list would lay the page out again for every tile.
   */
  readonly #firstScreen = innerHeight;
  readonly #firstImage = new FirstImageGate(this);
  /** `srcTemplate` when it can be used (see srcTemplateProblem). */
  #srcTemplate?: string;
  /** The renditions `#srcTemplate` gives an item. */
  #renditionsOf?: (item: GalleryItem) => GalleryRendition[];
  /**
   * The template's code is loading: the placeholders stay until it is here, so no tile starts
   * downloading its full-size image meanwhile.
   */
  #templatePending = false;
  readonly #lightbox = new LightboxController(this, {
    layout: this.#layout,
    label: () => this.#label,
    downloads: () => this.data.page?.downloads,
    srcTemplate: () => this.#srcTemplate,
    ready: () => this.data.status === 'ready',
    loadUntil: (count) => this.data.loadUntil(count),
    settled: () => this.configSettled(),
    onError: (error) => this.reportError(error),
    onOpen: (index, item) => this.emit('dash-lightbox-open', { index, item }),
    onChange: (index) => (this.pinned = index),
    onClose: (index) => void this.#onLightboxClosed(index),
  });
  /** Items seen (`impression`), once each per source; not while the lightbox covers the tiles. */
  readonly #impressions = new ImpressionController(this, {
    itemOf: (cell) => {
      const index = Number((cell as HTMLElement).dataset.index);
      const item = this.items[index];
      return item && { itemId: item.id, index };
    },
    onImpression: (item) => trackAnalytics(this, { action: 'impression', ...item }),
    paused: () => this.#lightbox.isOpen,
  });
  /** The items shown (after `limit`). */
  get items(): GalleryItem[] {
    const { limit } = this.#layout.display;
    return limit ? this.data.items.slice(0, limit) : this.data.items;
  }

  /**
   * The id naming this gallery in deep links: its element `id` when `deep-link` is on and no
   * other element of its document (or shadow root) has that id; otherwise none.
   */
  get linkId(): string | undefined {
    return this.#lightbox.linkId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (a framework re-parenting it) while loading: disconnecting aborted the
    // load, so it starts again rather than staying on "Loading…".
    if (this.hasUpdated && this.data.status === 'loading') this.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (DISPLAY_KEYS.some((key) => changed.has(key))) {
      this.#layout.readDisplay(this.configSettled(), (error) => this.reportError(error));
    }
    if (SOURCE_KEYS.some((key) => changed.has(key))) this.reload();
    if (EDIT_KEYS.some((key) => changed.has(key))) void this.#setUpEditing();
    if (changed.has('srcTemplate')) void this.#readSrcTemplate();
    this.#layout.update(this.data.items, this.data.hasMore);
  }

  protected override updated(): void {
    this.#renderCells();
    this.#impressions.observe(this.renderRoot.querySelectorAll('.cell'));
    // Next frame: measuring now and re-rendering inside this update would double every render.
    this.#layout.schedule();
    // Page on as the visitor nears the end of what is loaded (a paged gallery is windowed).
    const { data } = this;
    const { limit } = this.#layout.display;
    const underLimit = !limit || data.items.length < limit;
    if (this.#layout.nearEnd && underLimit && data.hasMore && !data.loadingMore) void data.loadMore();
  }

  /**
   * Reloads from the source (or re-reads the children when there is none). The newest
   * configuration always wins: this aborts every step an older one still has in flight.
   */
  reload(): void {
    this.#layout.clearSizes();
    this.#impressions.reset();
    this.pinned = 0;
    void this.data.load(this);
  }

  /** Opens the lightbox at `index` (0-based). PhotoSwipe loads on the first call. */
  open(index: number): Promise<void> {
    return this.#lightbox.open(index);
  }

  /** Closes the lightbox if it is open. */
  close(): void {
    this.#lightbox.close();
  }

  /**
   * Polite announcement for screen readers (cleared first so a repeat is spoken again). For the
   * editing controller.
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

  /**
   * Takes a usable `srcTemplate`; says once, when the configuration settled, why one is not. Its
   * code loads only for a gallery that has one (in parallel with the data).
   */
  async #readSrcTemplate(): Promise<void> {
    const current = () => this.srcTemplate?.trim() || undefined;
    const template = current();
    this.#srcTemplate = this.#renditionsOf = undefined;
    this.#templatePending = Boolean(template);
    if (!template) return;
    let problem: string | undefined;
    try {
      const { srcTemplateProblem, templateRenditions } = await import('./src-template.js');
      // A newer value is being read.
      if (current() !== template) return;
      problem = srcTemplateProblem(template);
      if (!problem) [this.#srcTemplate, this.#renditionsOf] = [template, (item) => templateRenditions(template, item)];
    } catch (error) {
      // The chunk failed (offline): the tiles show the source's own images, and the visitor is told.
      if (current() === template) this.reportError(error);
    }
    if (current() !== template) return;
    this.#templatePending = false;
    this.requestUpdate();
    if (!problem) return;
    await this.configSettled();
    // A later value (a framework setting the property after the attribute) replaced this one.
    if (current() === template) this.reportError(new DashError('invalid-config', problem));
  }

  get #label(): string {
    return this.label || this.data.page?.title || this.strings.gallery.label;
  }

  async #onLightboxClosed(index: number): Promise<void> {
    this.emit('dash-lightbox-close', { index });
    (await this.tileFor(index))?.focus();
  }

  get #editing(): boolean {
    return this.editable && this.source === 'cms' && Boolean(this.accessToken || this.getAccessToken);
  }

  /** Editing controls load (by dynamic import) only for an editable CMS gallery with a token. */
  async #setUpEditing(): Promise<void> {
    if (!this.#editing) {
      this.editor?.dispose();
      this.editor = undefined;
      return;
    }
    if (this.editor) return;
    const { EditController } = await import('./edit-controller.js');
    // A newer configuration turned editing off while the code loaded.
    if (!this.#editing) return;
    this.editor ??= new EditController(this, this.data, (error) => this.reportError(error));
    this.requestUpdate();
  }

  /**
   * The gallery's `lang` attribute is its content's language (and the CMS translation to show),
   * so the language of its own strings goes on what it rendered, not on the host.
   */
  protected override languageCarriers(): Iterable<Element> {
    return this.renderRoot.children;
  }

  override render(): TemplateResult | typeof nothing {
    const { status, error, page } = this.data;
    const { strings, editor } = this;
    if (error && status === 'error') return renderError(strings, error, () => this.reload());
    if (status === 'loading' || status === 'idle' || (status === 'ready' && this.#templatePending)) {
      return renderSkeleton(this.#layout.placeholders(), strings.common.loading);
    }
    if (!this.items.length) return renderEmpty(strings);
    const carousel = this.#layout.display.layout === 'carousel';
    // The tiles are not in this template: #renderCells puts the visible ones into the list.
    const list = html`<ul
      part="list"
      class=${carousel ? 'list carousel' : 'list'}
      lang=${this.lang || nothing}
      aria-label=${this.#label}
      @focusin=${this.#onFocusIn}
      @keydown=${this.#onKeyDown}
      @dragover=${editor?.onDragOver}
      @drop=${editor?.onDrop}
    ></ul>`;
    return html`<div part="base" class="base">
      ${page?.title ? renderTitle(page.title, this.headingLevel, this.lang) : nothing}
      ${
        page?.description
          ? html`<p part="description" class="description" lang=${this.lang || nothing}>${page.description}</p>`
          : nothing
      }
      ${page?.banner?.src ? renderBanner(page.banner) : nothing} ${editor?.renderHelp()}
      ${
        carousel
          ? html`<div class="row">
              ${list}${renderRowButtons(strings, this.#layout, (direction) => this.#layout.scrollRow(direction))}
            </div>`
          : list
      }
      ${this.data.loadingMore ? renderLoading(strings, strings.gallery.loadingMore) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** Alt + arrows move a tile (editing); the arrows, Page keys, Home and End move focus. */
  #onKeyDown(event: KeyboardEvent): void {
    this.editor?.onKeyDown(event);
    const cell = (event.target as Element).closest<HTMLElement>('.tile')?.closest<HTMLElement>('.cell');
    if (event.defaultPrevented || !cell || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const key = logicalKey(event, cell);
    const to = tileForKey(this.#layout.geometry.boxes, Number(cell.dataset.index), key, innerHeight);
    if (to === undefined) return;
    event.preventDefault();
    void this.tileFor(to).then((next) => {
      next?.focus();
      this.#layout.reveal(next);
    });
  }

  #onFocusIn(event: FocusEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('.cell');
    if (cell) this.pinned = Number(cell.dataset.index);
  }

  /**
   * With the first tiles, the first row's first image goes alone and the others wait for it (see
   * FirstImageGate). Not for the page's own markup (no `source`): its images are requested already.
   */
  #sendFirstImageAlone(firstRow: number): void {
    const { items } = this.#layout;
    if (!this.source) return this.#firstImage.release();
    if (items.length === 0) return;
    // In the first row, or none: an image further down may not be rendered at all yet.
    const first = items.slice(0, firstRow).findIndex((item) => item.src && !this.#layout.failed(item));
    this.#firstImage.hold(first < 0 ? undefined : first);
  }

  /** Puts the tiles near the viewport into the list, after Lit rendered it. */
  #renderCells(): void {
    const layout = this.#layout;
    const firstRow = firstRowCount(layout.geometry.boxes, layout.width);
    this.#sendFirstImageAlone(firstRow);
    // An edit may have removed the last items: the Tab stop stays on one that is there.
    const tabStop = Math.min(this.pinned, layout.items.length - 1);
    layout.renderCells(layout.items, this.data.total, tabStop, (item, index, box) =>
      renderTile(item, index, {
        strings: this.strings,
        box,
        eager: index < firstRow,
        held: this.#firstImage.holds(index),
        instant: box.y < this.#firstScreen && box.x < layout.width,
        tabbable: index === tabStop,
        failed: layout.failed(item),
        onOpen: this.noLightbox ? undefined : () => this.open(index),
        onLoad: (img) => {
          // The backend gave no size (CMS, Social latest_media, plain links): lay out with this one.
          if (!(item.width && item.height) && img.naturalWidth) {
            layout.remember(item, { width: img.naturalWidth, height: img.naturalHeight });
          }
          img.closest('.tile')?.classList.add('loaded');
          this.#firstImage.settled(index);
        },
        onError: () => {
          layout.remember(item, 'failed');
          this.#firstImage.settled(index);
        },
        tools: this.editor && ((name) => this.editor?.renderTools(item, index, name)),
        renditions: this.#renditionsOf,
      }),
    );
  }
}
