import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has focus, looking through open shadow roots (the opener may be in one). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Runs the picker's native `<dialog>`: `showModal()` makes the rest of the page inert (that is
 * the focus trap — no hand-written Tab cycling, which breaks with shadow DOM), and on close focus
 * goes back to the opener. Chromium restores focus itself, but not into a shadow root and not when
 * the opener was re-rendered, so the controller records and restores it explicitly.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;
  /** Where showModal put focus while the initial target did not exist yet. */
  private autoFocused?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dialog: () => HTMLDialogElement | null | undefined,
    /** Where focus goes when the dialog opens (the search box, or the passcode field). */
    private readonly initialFocus: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.dialog()?.open ?? false;
  }

  hostDisconnected(): void {
    // A removed host must not leave an open dialog in the top layer; the page would stay inert.
    this.dialog()?.close();
  }

  async open(): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    const active = deepActiveElement();
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
    const target = this.initialFocus();
    if (target) target.focus();
    // Still signing in: focus sits where showModal put it until the target renders.
    else this.autoFocused = deepActiveElement() ?? undefined;
  }

  hostUpdated(): void {
    if (!this.autoFocused) return;
    const target = this.initialFocus();
    if (!target || !this.isOpen) return;
    // Move focus only if the user has not moved it meanwhile.
    if (deepActiveElement() === this.autoFocused) target.focus();
    this.autoFocused = undefined;
  }

  /** Closes the dialog; the `close` event then calls `restoreFocus()` via the host. */
  close(): void {
    this.autoFocused = undefined;
    this.dialog()?.close();
  }

  restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }
}
