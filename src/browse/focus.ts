import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host of a `FocusKeeper`: an element rendering into a shadow root. */
export interface FocusKeeperHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps keyboard focus from falling to `<body>` (WCAG 2.4.3, issue 19 item 1). An action that
 * re-renders the element can remove the control that had focus: the breadcrumb's "All assets"
 * (the link is gone once there), Retry (the error gives way to the results), a right passcode (the
 * form gives way to the portal). After each render, when focus was inside before and is now
 * nowhere (on `<body>`), it moves to the first of `targets` that is rendered and visible: where
 * the visitor's action led. Until one is (a sign-in still loading), it waits for the next render,
 * unless the visitor has put focus somewhere else meanwhile.
 */
export class FocusKeeper implements ReactiveController {
  #hadFocus = false;
  #lost = false;

  constructor(
    private readonly host: FocusKeeperHost,
    /** Selectors in the host's render root, in order of preference. */
    private readonly targets: readonly string[],
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#hadFocus = this.#focusInside();
  }

  hostUpdated(): void {
    if (this.#focusInside() || !onBody()) {
      this.#lost = false;
      return;
    }
    if (!this.#hadFocus && !this.#lost) return;
    this.#lost = !this.#focusTarget();
  }

  /** Whether focus is on something the host renders (through nested shadow roots too). */
  #focusInside(): boolean {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? root.activeElement !== null : root.contains(document.activeElement);
  }

  #focusTarget(): boolean {
    for (const selector of this.targets) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (!target?.checkVisibility()) continue;
      target.focus();
      if (this.#focusInside()) return true;
    }
    return false;
  }
}

/** Focus is nowhere in particular: the page's body (or nothing at all). */
function onBody(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}
