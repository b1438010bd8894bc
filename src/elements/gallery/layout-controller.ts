import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DashError } from '../../api/errors.js';
import type { GalleryItem } from '../../api/adapters/types.js';
import { aspectOf, layOut, placeholderLayout, rowEnd, visibleRange, type Box, type Layout } from './layout.js';
import { readDisplayOptions, type DisplayInput, type DisplayOptions } from './display-options.js';
import type { Size, SizeState } from './slide-sizes.js';

/**
 * Up to this many items every tile is rendered; above it (or when more pages can follow) only the
 * tiles near the viewport are. 60 tiles are under 200 nodes — about what the window itself keeps on
 * a large screen — and the browser's lazy loading already defers their off-screen images.
 */
const WINDOW_FROM = 60;

/** Snap the visible window to this many pixels, so scrolling re-renders only when it matters. */
const STEP = 256;

type LayoutHost = ReactiveControllerHost & HTMLElement & DisplayInput & { renderRoot: ParentNode };

/**
 * Where every tile goes: the display attributes, the gallery's own width (ResizeObserver — the element's width, not the
 * window's), the sizes learnt from images the data gave none for, the geometry computed from both,
 * and for a large gallery the window of tiles near the viewport.
 *
 * Many images of unsized items (CMS media as seed 004 prints them, Dash Social `latest_media`,
 * plain feeds) load at once: the host is re-laid out once per frame, and the tile the visitor looks
 * at keeps its place on screen (boxes above it may change height, so the page scrolls by exactly
 * that change). The list opts out of the browser's own scroll anchoring (gallery.styles.ts), which
 * would otherwise correct the same shift a second time.
 */
export class LayoutController implements ReactiveController {
  /** The display attributes as the layout uses them (see readDisplayOptions). */
  display: DisplayOptions;
  /** The items laid out: the first `limit` of the host's. */
  items: GalleryItem[] = [];
  geometry: Layout = { boxes: [], height: 0 };
  /** Whether only the tiles near the viewport are rendered. */
  windowed = false;
  /**
   * The slice of the list near the viewport, in list coordinates (px from the list's top); a
   * carousel's is along its row (px from its inline start), one view wide on each side.
   */
  top = 0;
  bottom = 2 * window.innerHeight;
  /** A carousel's row is scrolled to its start / end: its previous / next button is hidden. */
  atStart = true;
  atEnd = false;

  #width = 0;
  #key?: unknown[];
  /** The display problems last reported, so each is said once. */
  #reportedProblems = '';
  /** The rendered cells by key (see cellKeys), in the list `#cellsOf`. */
  readonly #cells = new Map<string, HTMLLIElement>();
  #cellsOf?: HTMLElement;
  /** The keys of `#keysOf`'s items. */
  #keys: string[] = [];
  #keysOf?: GalleryItem[];
  /** Bumped whenever a size is learnt: part of the geometry's cache key. */
  #version = 0;
  readonly #sizes = new Map<string, Size>();
  readonly #failed = new Set<string>();
  #scrollFrame = 0;
  #sizeFrame = 0;
  readonly #host: LayoutHost;

  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1].contentRect.width);
    // Re-laying out changes our own height; doing it inside the observer's delivery would be a
    // "ResizeObserver loop", so it waits for the next frame.
    if (width !== this.#width) requestAnimationFrame(() => this.#setWidth(width));
  });

  constructor(host: LayoutHost) {
    this.#host = host;
    this.display = readDisplayOptions(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.#resizeObserver.observe(this.#host);
    // Capture catches scrolls of any scrolling ancestor too (scroll events do not bubble).
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    this.#resizeObserver.disconnect();
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.#scrollFrame);
    cancelAnimationFrame(this.#sizeFrame);
    this.#scrollFrame = this.#sizeFrame = 0;
  }

  get list(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.list');
  }

  /** Reads the display attributes; unreadable ones are reported once `settled` resolved. */
  readDisplay(settled: Promise<void>, report: (error: DashError) => void): void {
    this.display = readDisplayOptions(this.#host, (name) => this.#host.getAttribute(name));
    const problems = this.display.problems.join(' ');
    if (!problems) this.#reportedProblems = '';
    else if (problems !== this.#reportedProblems) {
      void settled.then(() => {
        // Still wrong (a late property may have fixed it) and not said yet.
        if (this.display.problems.join(' ') !== problems || this.#reportedProblems === problems) return;
        this.#reportedProblems = problems;
        report(new DashError('invalid-config', problems));
      });
    }
  }

  /**
   * Computes the geometry of the first `display.limit` of `items`, only when an input changed
   * (scrolling re-renders often; 10k items). `hasMore`: more pages can follow, so the gallery is
   * windowed whatever its length.
   */
  update(items: GalleryItem[], hasMore: boolean): void {
    const { layout, columns, gap, rowHeight, aspect, limit } = this.display;
    // Read synchronously on first use, so the first render is final.
    this.#width ||= Math.floor(this.#host.clientWidth);
    const options = { layout, width: this.#width, columns, gap, rowHeight, aspect };
    const key = [items, limit, hasMore, this.#version, ...Object.values(options)];
    if (this.#key?.every((value, i) => value === key[i])) return;
    this.#key = key;
    const shown = (this.items = limit ? items.slice(0, limit) : items);
    this.windowed = hasMore || shown.length > WINDOW_FROM;
    this.geometry = layOut(
      shown.map((item) => aspectOf(this.sizeOf(item))),
      options,
    );
  }

  /** The width the geometry was computed for (the host's content width, read on first use). */
  get width(): number {
    return this.#width;
  }

  /**
   * The placeholder tiles shown while the data loads, laid out as the first rows will be (in the
   * gallery's width, known once the host is in a laid-out page; none before).
   */
  placeholders(): Layout {
    const { layout, columns, gap, rowHeight } = this.display;
    this.#width ||= Math.floor(this.#host.clientWidth);
    return placeholderLayout({ layout, width: this.#width, columns, gap, rowHeight, aspect: 'square' });
  }

  /**
   * Puts the tiles to render into the list: all of a small gallery's, else those near the viewport
   * and `pinned` (the gallery's Tab stop: the tile focused last or the lightbox's item). `total`: the item count assistive
   * technology is told, although only a window of items is in the DOM.
   *
   * Keyed, as Lit's `repeat()` would: an item keeps its `<li>` (and its loaded `<img>`) while it
   * stays near the viewport, new ones are inserted in position order, the rest removed.
   */
  renderCells(
    items: GalleryItem[],
    total: number,
    pinned: number,
    template: (item: GalleryItem, index: number, box: Box) => TemplateResult,
  ): void {
    const list = this.list;
    if (!list) return;
    const { boxes, height } = this.geometry;
    list.style.height = `${height}px`;
    if (list !== this.#cellsOf) {
      this.#cellsOf = list;
      this.#cells.clear();
      // Not composed: the window's capture listener never hears a scroll inside the shadow root.
      list.addEventListener('scroll', this.schedule, { passive: true });
    }
    if (items !== this.#keysOf) [this.#keysOf, this.#keys] = [items, cellKeys(items)];
    const visible = this.windowed
      ? visibleRange(boxes, this.top, this.bottom, pinned, this.#carousel)
      : boxes.map((_, i) => i);
    const wanted = new Set(visible.map((index) => this.#keys[index]));
    // Remove first, so cells that stay are never moved (moving a node would drop its focus).
    for (const [key, cell] of this.#cells) {
      if (!wanted.has(key)) {
        cell.remove();
        this.#cells.delete(key);
      }
    }
    let cursor = list.firstElementChild;
    for (const index of visible) {
      const key = this.#keys[index];
      let cell = this.#cells.get(key);
      if (!cell) {
        this.#cells.set(key, (cell = document.createElement('li')));
        cell.className = 'cell';
      }
      const { x, y, width, height } = boxes[index];
      cell.dataset.index = String(index);
      cell.ariaSetSize = String(total);
      cell.ariaPosInSet = String(index + 1);
      // Through the CSSOM, which a strict CSP allows (a `style` attribute would not be). `x` runs
      // from the inline start: right to left the first tile is on the right.
      cell.style.cssText = `inset-inline-start:${x}px;top:${y}px;width:${width}px;height:${height}px`;
      render(template(items[index], index, boxes[index]), cell, { host: this.#host });
      if (cell === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(cell, cursor);
    }
  }

  /** The window reaches the end of the list: time to load the next page. */
  get nearEnd(): boolean {
    const { boxes, height } = this.geometry;
    return this.windowed && this.bottom >= (this.#carousel ? rowEnd(boxes) : height);
  }

  get #carousel(): boolean {
    return this.display.layout === 'carousel';
  }

  /** Re-measures the window on the next frame (many scroll events collapse into one measurement). */
  readonly schedule = (): void => {
    if (!(this.windowed || this.#carousel) || this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const list = this.list;
      if (list && this.#carousel) this.#measureRow(list);
      else if (list) this.#measureWindow(list);
    });
  };

  /** One viewport tall on each side of the visible area, snapped to `STEP` px. */
  #measureWindow(list: HTMLElement): void {
    const rect = list.getBoundingClientRect();
    const viewport = innerHeight;
    this.#setWindow(
      Math.floor((-rect.top - viewport) / STEP) * STEP,
      Math.ceil((viewport - rect.top + viewport) / STEP) * STEP,
    );
  }

  /**
   * A carousel: the window is one view wide on each side of the scrolled-to part of the row, and
   * the buttons at the row's ends show whether there is more that way.
   */
  #measureRow(list: HTMLElement): void {
    // Right to left, scrollLeft runs from 0 down to negative values.
    const start = Math.abs(list.scrollLeft);
    const view = list.clientWidth;
    const [atStart, atEnd] = [start < 1, start + view > list.scrollWidth - 1];
    if (atStart !== this.atStart || atEnd !== this.atEnd) {
      [this.atStart, this.atEnd] = [atStart, atEnd];
      this.#host.requestUpdate();
    }
    if (this.windowed) {
      this.#setWindow(Math.floor((start - view) / STEP) * STEP, Math.ceil((start + 2 * view) / STEP) * STEP);
    }
  }

  #setWindow(top: number, bottom: number): void {
    if (top === this.top && bottom === this.bottom) return;
    this.top = top;
    this.bottom = bottom;
    this.#host.requestUpdate();
  }

  /** Scrolls a carousel's row by about one view towards its end (1) or its start (-1). */
  scrollRow(direction: 1 | -1): void {
    const list = this.list;
    if (!list) return;
    const sign = getComputedStyle(list).direction === 'rtl' ? -1 : 1;
    // Snapping puts a tile's start at the row's start; 90% leaves the last one partly seen in view.
    list.scrollBy({ left: direction * sign * list.clientWidth * 0.9, behavior: scrollBehavior() });
  }

  /**
   * Scrolls a carousel's tile that the keys moved focus to wholly into view (focusing scrolls
   * nothing while a part of it shows). To its start: a snap position, where `nearest` would be
   * snapped back to where it was.
   */
  reveal(tile: Element | null | undefined): void {
    const row = this.list?.getBoundingClientRect();
    const box = tile?.getBoundingClientRect();
    if (!this.#carousel || !row || !box || (box.left >= row.left - 1 && box.right <= row.right + 1)) return;
    tile!.scrollIntoView({ block: 'nearest', inline: 'start', behavior: scrollBehavior() });
  }

  #setWidth(width: number): void {
    if (width === this.#width) return;
    this.#width = width;
    this.#host.requestUpdate();
  }

  /** Forgets every measured size: ids repeat across sources (a JSON item's id is its position). */
  clearSizes(): void {
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
    return this.failed(item) ? 'failed' : this.#sizes.get(keyOf(item));
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
    this.#sizeFrame ||= requestAnimationFrame(() => {
      this.#sizeFrame = 0;
      void this.#relayoutKeepingAnchor();
    });
  }

  async #relayoutKeepingAnchor(): Promise<void> {
    const anchor = this.#anchorTile();
    const before = anchor?.getBoundingClientRect().top;
    this.#version++;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (!anchor?.isConnected || before === undefined) return;
    const shift = anchor.getBoundingClientRect().top - before;
    if (Math.abs(shift) >= 1) scrollerOf(this.#host).scrollBy(0, shift);
  }

  /** The rendered tile nearest the top of the viewport, when the list starts above it. */
  #anchorTile(): HTMLElement | undefined {
    const list = this.list;
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

const scrollBehavior = (): ScrollBehavior =>
  matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';

/** The element that scrolls `element` into view: its nearest scrolling ancestor, else the page. */
function scrollerOf(element: Element): Element {
  for (let at: Node | null = element.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (!(at instanceof Element)) continue;
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Cell keys: the item's id with its repeat count in front (`0:id`, `1:id` …). Backends do send
 * duplicate ids (issue 16, class 9: 12 items became 7 tiles when equal keys merged); keying by
 * id keeps a moved item's cell (and its focus) when the order changes. The count goes first,
 * up to the first `:`, so no id can spell another item's key (an id `x\u00001` next to two `x`
 * did with the count appended).
 */
export function cellKeys(items: { id: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ id }) => {
    const repeat = seen.get(id) ?? 0;
    seen.set(id, repeat + 1);
    return `${repeat}:${id}`;
  });
}
