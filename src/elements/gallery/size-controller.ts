import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GalleryItem } from '../../api/adapters/types.js';
import type { Size, SizeState } from './slide-sizes.js';

/**
 * What loading the images of unsized items found (CMS media as seed 004 prints them, Dash Social
 * `latest_media`, plain feeds): each image's size, or that its file failed. The layout uses the
 * sizes instead of squares, the tiles and the lightbox say "image unavailable" for failures.
 *
 * Many images load at once: the host is re-laid out once per frame, and the tile the visitor
 * looks at keeps its place on screen (boxes above it may change height, so the page scrolls by
 * exactly that change). The list opts out of the browser's own scroll anchoring (gallery.styles.ts),
 * which would otherwise correct the same shift a second time.
 */
export class SizeController implements ReactiveController {
  /** Bumped whenever a size is learnt: part of the layout's cache key. */
  version = 0;
  readonly #sizes = new Map<string, Size>();
  readonly #failed = new Set<string>();
  #frame = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #list: () => HTMLElement | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, list: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#list = list;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Forgets everything: ids repeat across sources (a JSON item's id is its position). */
  clear(): void {
    this.#sizes.clear();
    this.#failed.clear();
  }

  /** The item's size from the data, else as measured, else unknown. */
  sizeOf(item: GalleryItem): { width?: number; height?: number } {
    return item.width && item.height ? item : (this.#sizes.get(keyOf(item)) ?? item);
  }

  failed(item: GalleryItem): boolean {
    return this.#failed.has(keyOf(item));
  }

  /**
   * What a tile found that holds for the lightbox's image too. With a separate `original` (light-DOM
   * links) or other renditions the lightbox shows another file, so only that file's own load counts.
   */
  forLightbox(item: GalleryItem | undefined): SizeState | undefined {
    if (!item || item.original || item.srcset?.length) return undefined;
    return this.#failed.has(keyOf(item)) ? 'failed' : this.#sizes.get(keyOf(item));
  }

  /** Records what loading an item's image found (a tile's `load`/`error`, or the lightbox). */
  remember(item: GalleryItem, state: SizeState): void {
    const key = keyOf(item);
    if (state === 'failed') {
      if (this.#failed.has(key)) return;
      this.#failed.add(key);
      this.#host.requestUpdate();
      return;
    }
    if (item.width && item.height) return;
    const known = this.#sizes.get(key);
    if (known && known.width * state.height === known.height * state.width) return;
    this.#sizes.set(key, state);
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      void this.#relayoutKeepingAnchor();
    });
  }

  async #relayoutKeepingAnchor(): Promise<void> {
    const anchor = this.#anchorTile();
    const before = anchor?.getBoundingClientRect().top;
    this.version++;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (!anchor?.isConnected || before === undefined) return;
    const shift = anchor.getBoundingClientRect().top - before;
    if (Math.abs(shift) >= 1) scrollerOf(this.#host).scrollBy(0, shift);
  }

  /** The rendered tile nearest the top of the viewport, when the list starts above it. */
  #anchorTile(): HTMLElement | undefined {
    const list = this.#list();
    if (!list || list.getBoundingClientRect().top >= 0) return undefined;
    let best: HTMLElement | undefined;
    let bestTop = Infinity;
    for (const cell of list.children as HTMLCollectionOf<HTMLElement>) {
      const { top, bottom } = cell.getBoundingClientRect();
      if (bottom > 0 && top < bestTop) [best, bestTop] = [cell, top];
    }
    return best;
  }
}

/**
 * What a measurement belongs to: the item's id and image. The id alone may repeat (backends send
 * duplicates); the id survives an edit that replaces the item objects, and the image does not load
 * again then, so a key by object identity would forget the size.
 */
const keyOf = (item: GalleryItem) => `${item.id}\u0000${item.src}`;

/** The element that scrolls `element` into view: its nearest scrolling ancestor, else the page. */
function scrollerOf(element: Element): Element {
  for (let at: Node | null = element.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (!(at instanceof Element)) continue;
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return document.scrollingElement ?? document.documentElement;
}
