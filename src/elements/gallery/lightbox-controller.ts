import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError } from '../../api/errors.js';
import type { GalleryDownloads, GalleryItem } from '../../api/adapters/types.js';
import type { LightboxHandle } from './lightbox.js';
import type { LayoutController } from './layout-controller.js';
import { deepLinkIndex } from './deep-link.js';
import { trackAnalytics } from '../../core/analytics.js';

export interface LightboxHost extends ReactiveControllerHost, HTMLElement {
  readonly items: GalleryItem[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  noLightbox: boolean;
  deepLink: boolean;
  locale: string;
}

export interface LightboxConfig {
  layout: LayoutController;
  label(): string;
  downloads(): GalleryDownloads | undefined;
  /** The gallery's usable `src-template`, if any. */
  srcTemplate(): string | undefined;
  /** The first page is shown (a deep link waits for it). */
  ready(): boolean;
  /** Pages on until `count` items are loaded (a deep link beyond the first page). */
  loadUntil(count: number): Promise<void>;
  /** Resolves once the host has had its chance to receive its properties. */
  settled(): Promise<void>;
  onError(error: unknown): DashError | undefined;
  onOpen(index: number, item: GalleryItem): void;
  /** The item shown changed: its tile stays rendered although off screen. */
  onChange(index: number): void;
  onClose(index: number): void;
}

/**
 * The PhotoSwipe lightbox of a gallery: opening it (its code loads on the first open), the item
 * shown, and with `deep-link` the item named in the URL hash — opened once the items are here, and
 * again whenever the hash names another one (a link within the page).
 */
export class LightboxController implements ReactiveController {
  #handle?: LightboxHandle;
  #opening = false;
  /** A deep link waits to be opened once the first page is shown. */
  #linkPending = false;
  #deepLinkWas = false;
  /** The index of the item shown, so a slide change names the one left. */
  #shown = 0;
  /** Watches PhotoSwipe's zoomed-in state while the lightbox is open. */
  #zoomWatch?: MutationObserver;
  /** Videos whose playing was reported (once each: resuming after a pause is not a new play). */
  #played = new WeakSet<EventTarget>();
  readonly #host: LightboxHost;
  readonly #config: LightboxConfig;

  constructor(host: LightboxHost, config: LightboxConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostConnected(): void {
    this.#deepLinkWas = false;
    addEventListener('hashchange', this.#onHashChange);
    // `play` neither bubbles nor leaves the shadow root; capture hears the slides' videos there.
    this.#host.renderRoot.addEventListener('play', this.#onPlay, true);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
    this.#host.renderRoot.removeEventListener('play', this.#onPlay, true);
    this.close();
  }

  /** Whether the lightbox is open (it covers the tiles). */
  get isOpen(): boolean {
    return !!this.#handle;
  }

  hostUpdated(): void {
    // Set late (a framework's binding) or moved in the DOM: the link still opens once items are here.
    const { deepLink } = this.#host;
    if (deepLink !== this.#deepLinkWas) this.#linkPending = this.#deepLinkWas = deepLink;
    if (this.#linkPending && this.#config.ready()) {
      this.#linkPending = false;
      void this.#openDeepLink();
    }
  }

  /**
   * The id naming this gallery in deep links: its element `id` when `deep-link` is on and no
   * other element of its document (or shadow root) has that id; otherwise none.
   */
  get linkId(): string | undefined {
    const { id, deepLink } = this.#host;
    if (!deepLink || !id) return undefined;
    const root = this.#host.getRootNode() as Partial<Document>;
    // Two galleries with one id would both open from one link: neither owns it then.
    const owner = root.getElementById?.(id) === this.#host;
    return owner && root.querySelectorAll!(`[id="${CSS.escape(id)}"]`).length === 1 ? id : undefined;
  }

  async #openDeepLink(): Promise<void> {
    const id = this.linkId;
    if (id) return this.#openLinked(id);
    await this.#config.settled();
    const host = this.#host;
    if (host.deepLink && !this.linkId) {
      this.#config.onError(
        new DashError(
          'invalid-config',
          host.id ? `deep-link is off: the id "${host.id}" is not unique.` : 'deep-link is off: the gallery has no id.',
        ),
      );
    }
  }

  async #openLinked(id: string): Promise<void> {
    const index = deepLinkIndex(location.hash, id);
    if (index === undefined) return;
    await this.#config.loadUntil(index + 1);
    await this.open(index);
  }

  readonly #onHashChange = (): void => {
    const id = this.linkId;
    if (id && this.#config.ready()) void this.#openLinked(id);
  };

  /** Opens the lightbox at `index` (0-based), or shows that item if it is open. */
  async open(index: number): Promise<void> {
    const host = this.#host;
    const { items } = host;
    const item = items[index];
    if (host.noLightbox || !item || this.#opening) return;
    if (this.#handle) return this.#handle.goTo(index);
    this.#opening = true;
    this.#shown = index;
    const { layout, onError } = this.#config;
    try {
      const { openLightbox } = await import('./lightbox.js');
      this.#handle = await openLightbox({
        host,
        root: host.renderRoot as ShadowRoot,
        items,
        index,
        label: this.#config.label(),
        deepLinkId: this.linkId,
        locale: host.locale,
        measured: (i) => layout.forLightbox(items[i]),
        onMeasured: (i, state) => layout.remember(items[i], state),
        downloads: this.#config.downloads(),
        srcTemplate: this.#config.srcTemplate(),
        onError,
        onChange: (i) => {
          this.#slideShown(i);
          this.#config.onChange(i);
        },
        onClose: (i) => {
          this.#handle = undefined;
          this.#zoomWatch?.disconnect();
          this.#config.onClose(i);
        },
      });
      this.#watchZoom();
      await this.#handle.ready;
      // Closed during the opening animation: there is nothing open to announce.
      if (this.#handle) this.#config.onOpen(index, item);
    } catch (error) {
      onError(error);
    } finally {
      this.#opening = false;
    }
  }

  close(): void {
    this.#handle?.close();
  }

  /** PhotoSwipe reports `change` on opening and on a slide's refresh too: only another item counts. */
  #slideShown(index: number): void {
    const item = this.#host.items[index];
    if (index === this.#shown || !item) return;
    trackAnalytics(this.#host, { action: 'slide-change', itemId: item.id, index, previousIndex: this.#shown });
    this.#shown = index;
  }

  /**
   * Reports each zoom in: PhotoSwipe marks its root `pswp--zoomed-in` whenever the slide is zoomed
   * past its fitted size (by the button, a click, the wheel or a pinch), and clears it on zooming
   * out or moving on.
   */
  #watchZoom(): void {
    const root = this.#host.renderRoot.querySelector('.pswp');
    if (!root) return;
    let zoomed = false;
    this.#zoomWatch = new MutationObserver(() => {
      const now = root.classList.contains('pswp--zoomed-in');
      const item = this.#host.items[this.#shown];
      if (now && !zoomed && item) trackAnalytics(this.#host, { action: 'zoom', itemId: item.id, index: this.#shown });
      zoomed = now;
    });
    this.#zoomWatch.observe(root, { attributes: true, attributeFilter: ['class'] });
  }

  readonly #onPlay = ({ target }: Event): void => {
    const item = this.#host.items[this.#shown];
    if (!this.#handle || !item || this.#played.has(target!)) return;
    this.#played.add(target!);
    trackAnalytics(this.#host, { action: 'video-play', itemId: item.id, index: this.#shown });
  };
}
