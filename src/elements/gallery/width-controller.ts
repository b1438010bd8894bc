import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the gallery's own width (ResizeObserver — the element's width, not the window's), which
 * every layout is computed for.
 */
export class WidthController implements ReactiveController {
  width = 0;

  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1].contentRect.width);
    // Re-laying out changes our own height; doing it inside the observer's delivery would be a
    // "ResizeObserver loop", so it waits for the next frame.
    if (width !== this.width) requestAnimationFrame(() => this.#setWidth(width));
  });

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resizeObserver.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resizeObserver.disconnect();
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
}
