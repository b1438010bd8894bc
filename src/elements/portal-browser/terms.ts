import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { deepActiveElement } from '../../core/deep-active-element.js';
import type { Strings } from '../../i18n/index.js';

/** What the host can record of an acceptance: when, and the terms as the visitor read them. */
export interface TermsAcceptDetail {
  /** Milliseconds since the epoch (`Date.now()`) when Accept was pressed. */
  timestamp: number;
  /** The terms' text: the `terms` attribute, or the text of the `terms` slot's markup. */
  terms: string;
}

/** The element the gate sits in: its `terms` text, and the light DOM that may fill the slot. */
interface TermsHost extends ReactiveElement {
  terms?: string;
}

/**
 * The host's terms, accepted once before the first download. Acceptance is kept in memory by this
 * element only (no storage): a new page, or another element, asks again, and so does new wording
 * (the host changed the terms). The gate is a modal `<dialog>`: the page behind it is inert, Tab
 * stays in it, Escape cancels, and focus goes back to where the visitor was. The terms are text
 * (the attribute is never read as HTML), or the host's own markup in the `terms` slot.
 */
export class TermsGate implements ReactiveController {
  open = false;
  #accepted?: string;
  #pending?: () => void;
  #returnTo?: HTMLElement;

  constructor(
    private readonly host: TermsHost,
    private readonly onAccept: (detail: TermsAcceptDetail) => void,
  ) {
    host.addController(this);
  }

  /** The terms as text; empty when the host gives none. */
  get text(): string {
    const slotted = [...this.host.children].filter((child) => child.slot === 'terms');
    const text = slotted.length ? slotted.map((child) => child.textContent ?? '').join('\n') : (this.host.terms ?? '');
    return text.trim();
  }

  /** Runs `action` (a download) at once when there are no terms or they were accepted, else after Accept. */
  run(action: () => void): void {
    const text = this.text;
    if (!text || text === this.#accepted) {
      action();
      return;
    }
    this.#pending = action;
    const active = this.host.shadowRoot && deepActiveElement(this.host.shadowRoot);
    this.#returnTo = active instanceof HTMLElement ? active : undefined;
    this.open = true;
    this.host.requestUpdate();
  }

  /** Shows the rendered dialog as a modal and moves focus to the terms. */
  hostUpdated(): void {
    if (!this.open) return; // most updates: no terms asked for, nothing to look up
    const dialog = this.#dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.terms-text')?.focus();
  }

  hostDisconnected(): void {
    this.#close();
  }

  render(strings: Strings): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const p = strings.portal;
    // The terms come first and take focus: read before the choice, and scrollable by keyboard.
    return html`<dialog
      class="terms"
      part="terms-dialog"
      aria-labelledby="terms-title"
      aria-describedby="terms-intro"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.#cancel();
      }}
    >
      <h2 id="terms-title">${p.termsTitle}</h2>
      <p id="terms-intro">${p.termsIntro}</p>
      <div class="terms-text" tabindex="0" role="region" aria-labelledby="terms-title">
        <slot name="terms"><span class="plain">${this.host.terms ?? ''}</span></slot>
      </div>
      <div class="actions">
        <button class="button" type="button" part="terms-cancel-button" @click=${() => this.#cancel()}>
          ${strings.common.cancel}
        </button>
        <button class="button primary" type="button" part="terms-accept-button" @click=${() => this.#accept()}>
          ${p.termsAccept}
        </button>
      </div>
    </dialog>`;
  }

  #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.terms');
  }

  #accept(): void {
    const terms = this.text;
    const action = this.#pending;
    this.#accepted = terms;
    this.#close();
    this.onAccept({ timestamp: Date.now(), terms });
    action?.();
  }

  #cancel(): void {
    this.#close();
  }

  /** Closes the dialog and puts focus back where it was when the download was asked for. */
  #close(): void {
    if (!this.open) return;
    this.#dialog()?.close();
    this.open = false;
    this.#pending = undefined;
    this.#returnTo?.focus();
    this.#returnTo = undefined;
    this.host.requestUpdate();
  }
}
