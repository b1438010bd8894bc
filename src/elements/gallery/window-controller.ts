import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box } from './layout.js';

/** Snap the visible window to this many pixels, so scrolling re-renders only when it matters. */
const STEP = 256;

/**
 * Windowing for large galleries (loaded the first time a gallery has more items than it renders
 * at once; see `WINDOW_FROM` in gallery.ts): tracks which vertical slice of the list is near the
 * viewport — one viewport tall on each side of the visible area, snapped to `STEP` px — so only
 * those tiles are in the DOM.
 */
export class WindowController implements ReactiveController {
  /** Visible slice in list coordinates (px from the list's top). */
  top = 0;
  bottom = 2 * window.innerHeight;
  #frame = 0;

  readonly #host: ReactiveControllerHost;
  readonly #list: () => Element | null | undefined;

  constructor(host: ReactiveControllerHost, list: () => Element | null | undefined) {
    this.#host = host;
    this.#list = list;
    // Added to a connected host, which calls hostConnected() at once.
    host.addController(this);
  }

  hostConnected(): void {
    // Capture catches scrolls of any scrolling ancestor too (scroll events do not bubble).
    window.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Re-measures on the next frame (many scroll events collapse into one measurement). */
  readonly schedule = (): void => {
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#measure();
      });
    }
  };

  #measure(): void {
    const list = this.#list();
    if (!list) return;
    const rect = list.getBoundingClientRect();
    const viewport = window.innerHeight;
    const top = Math.floor((-rect.top - viewport) / STEP) * STEP;
    const bottom = Math.ceil((viewport - rect.top + viewport) / STEP) * STEP;
    if (top !== this.top || bottom !== this.bottom) {
      this.top = top;
      this.bottom = bottom;
      this.#host.requestUpdate();
    }
  }

  /** The tiles to render: those near the viewport and `pinned` (the focused or lightbox item). */
  visible(boxes: Box[], pinned: number): number[] {
    return visibleRange(boxes, this.top, this.bottom, pinned);
  }
}

/**
 * Indexes of boxes intersecting [top, bottom] (container coordinates), plus `pinned`, ascending.
 * Linear on purpose: masonry boxes are not sorted by `y`, and 10,000 comparisons per frame cost
 * well under 1 ms.
 */
export function visibleRange(boxes: Box[], top: number, bottom: number, pinned = -1): number[] {
  const visible: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if ((box.y <= bottom && box.y + box.height >= top) || i === pinned) visible.push(i);
  }
  return visible;
}
