/**
 * Keeps keyboard focus in the panel when a render removes the focused control: a file's Pause goes
 * when the file finishes, Cancel takes its file's row away, "Pause all" goes with the last upload.
 * Focus then moves to the fallback the element names instead of falling to the page's `<body>`,
 * where keyboard and screen-reader users lose their place (WCAG 2.4.3).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

class FocusKeeper implements ReactiveController {
  readonly #root: () => ShadowRoot | null;
  readonly #fallback: (lost: HTMLElement) => HTMLElement | null | undefined;
  #focused: Element | null = null;

  constructor(
    host: ReactiveControllerHost,
    root: () => ShadowRoot | null,
    /** Where focus goes instead; `lost` is the control that went (detached, its attributes kept). */
    fallback: (lost: HTMLElement) => HTMLElement | null | undefined,
  ) {
    this.#root = root;
    this.#fallback = fallback;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = this.#root()?.activeElement ?? null;
  }

  hostUpdated(): void {
    const lost = this.#focused;
    this.#focused = null;
    if (lost instanceof HTMLElement && !lost.isConnected && !this.#root()?.activeElement) {
      this.#fallback(lost)?.focus();
    }
  }
}

/** Registers a {@link FocusKeeper} on `host`. */
export function keepFocus(...args: ConstructorParameters<typeof FocusKeeper>): void {
  new FocusKeeper(...args);
}
