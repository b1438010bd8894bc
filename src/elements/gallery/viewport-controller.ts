import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Snap the visible window to this many pixels, so scrolling re-renders only when it matters. */
const STEP = 256;

/**
 * Tracks the gallery's own width (ResizeObserver — the element's width, not the window's) and
 * which vertical slice of its list is near the viewport, for virtualization. The slice is one
 * viewport tall on each side of the visible area, snapped to `STEP` px.
 */
export class ViewportController implements ReactiveController {
  width = 0;
  /** Visible slice in list coordinates (px from the list's top). */
  top = 0;
  bottom = 2 * window.innerHeight;

  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1].contentRect.width);
    // Re-laying out changes our own height; doing it inside the observer's delivery would be a
    // "ResizeObserver loop", so it waits for the next frame.
    if (width !== this.width) requestAnimationFrame(() => this.#setWidth(width));
  });
  #frame = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #list: () => Element | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, list: () => Element | null | undefined) {
    this.#host = host;
    this.#list = list;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resizeObserver.observe(this.#host);
    // Capture catches scrolls of any scrolling ancestor too (scroll events do not bubble).
    window.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    this.#resizeObserver.disconnect();
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.#frame);
  }

  /** The width to lay out at; read synchronously on first use so the first render is final. */
  layoutWidth(): number {
    if (!this.width) this.width = Math.floor(this.#host.clientWidth);
    return this.width;
  }

  #setWidth(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.#host.requestUpdate();
  }

  /** Re-measures on the next frame (many scroll events collapse into one measurement). */
  readonly schedule = (): void => {
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.measure();
      });
    }
  };

  /** Measures now; call after the list changes height or position. */
  measure(): void {
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
}
