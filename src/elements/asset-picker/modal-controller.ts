import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PickedAsset } from './results.js';
import { deepActiveElement } from '../../core/deep-active-element.js';

/** Why the dialog is closing; decides between dash-select, dash-cancel and a quiet close. */
type CloseReason = 'select' | 'cancel' | 'close';

export interface ModalOptions {
  /** Whether the picker is a dialog (`modal`); inline, `show()` only moves focus in. */
  modal: () => boolean;
  dialog: () => HTMLDialogElement | null | undefined;
  /** Where focus goes when the picker opens (the search box, or the passcode field). */
  initialFocus: () => HTMLElement | null | undefined;
  /** The editor cancelled (Cancel, Escape, the close button): the host dispatches `dash-cancel`. */
  onCancel: () => void;
}

/**
 * The picker's dialog and `pick()`: a native `<dialog>` whose `showModal()` makes the rest of the
 * page inert (that is the focus trap — no hand-written Tab cycling, which breaks with shadow
 * DOM), focus back to the opener on close, and the pending `pick()` promise. Chromium restores
 * focus itself, but not into a shadow root and not when the opener was re-rendered, so the
 * controller records and restores it explicitly.
 */
export class ModalController implements ReactiveController {
  #opener: HTMLElement | null = null;
  /** Where showModal put focus while the initial target did not exist yet. */
  #autoFocused?: Element;
  #closeReason: CloseReason = 'close';
  #pending?: (result: PickedAsset[] | null) => void;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ModalOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ModalOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#options.dialog()?.open ?? false;
  }

  hostDisconnected(): void {
    // A removed host must not leave an open dialog in the top layer; the page would stay inert.
    this.#options.dialog()?.close();
    this.#settle(null);
  }

  hostUpdated(): void {
    if (!this.#autoFocused) return;
    const target = this.#options.initialFocus();
    if (!target || !this.isOpen) return;
    // Move focus only if the user has not moved it meanwhile.
    if (deepActiveElement() === this.#autoFocused) target.focus();
    this.#autoFocused = undefined;
  }

  /** Opens the dialog (modal) or moves focus into the picker (inline). */
  async show(): Promise<void> {
    if (!this.#options.modal()) {
      this.#options.initialFocus()?.focus();
      return;
    }
    await this.#host.updateComplete;
    const dialog = this.#options.dialog();
    if (!dialog || dialog.open) return;
    const active = deepActiveElement();
    this.#opener = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
    const target = this.#options.initialFocus();
    if (target) target.focus();
    // Still signing in: focus sits where showModal put it until the target renders.
    else this.#autoFocused = deepActiveElement() ?? undefined;
  }

  /** Opens the picker; resolves with the confirmed selection, or `null`. Supersedes an earlier one. */
  pick(): Promise<PickedAsset[] | null> {
    this.#settle(null);
    const result = new Promise<PickedAsset[] | null>((resolve) => (this.#pending = resolve));
    void this.show();
    return result;
  }

  /** Hands the confirmed selection to a pending `pick()`; a dialog then closes. */
  select(result: PickedAsset[], close: boolean): void {
    this.#settle(result);
    if (close) this.finish('select');
  }

  /** Cancel, the close button: a dialog closes (and says `dash-cancel`); inline says it at once. */
  cancel(): void {
    if (this.isOpen) return this.finish('cancel');
    this.#options.onCancel();
    this.#settle(null);
  }

  /** Closes the dialog for `reason`; the dialog's `close` event does the rest. */
  finish(reason: CloseReason): void {
    if (this.isOpen) {
      this.#closeReason = reason;
      this.#autoFocused = undefined;
      this.#options.dialog()?.close();
    } else if (reason !== 'select') {
      this.#settle(null);
    }
  }

  /** Escape closes a modal dialog natively; remember it was a cancel. */
  onDialogCancel(): void {
    this.#closeReason = 'cancel';
  }

  onDialogClose(): void {
    const reason = this.#closeReason;
    this.#closeReason = 'close';
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    if (reason === 'cancel') this.#options.onCancel();
    if (reason !== 'select') this.#settle(null);
  }

  #settle(result: PickedAsset[] | null): void {
    const resolve = this.#pending;
    this.#pending = undefined;
    resolve?.(result);
  }
}
