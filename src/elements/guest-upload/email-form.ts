/**
 * The email field of a Dash guest upload: the link issues an upload token for the visitor's email,
 * so files go only after it. It sits in the same panel as the drop zone: files chosen first wait
 * (UploadController) and go once the email is accepted. The controller holds the field's state and
 * one sign-in at a time, started by Enter, the button, leaving a filled-in field or adding files;
 * what signing in does (the token, the uploader's setup) is the element's.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DashError } from '../../api/errors.js';
import { renderError } from '../../core/error-state.js';
import type { Strings } from '../../i18n/index.js';

/** A practical check: `type=email` alone accepts `a@b`, which no mail server would. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface EmailFormState {
  email: string;
  /** Why the typed email is refused, or ''. */
  emailError: string;
  signingIn: boolean;
  /** Why signing in failed (a wrong link, a refused email). */
  signInError?: DashError;
}

export interface EmailStepOptions {
  /** Signs in as `email`; rejects with the reason (shown under the field), or with `signal`'s abort. */
  signIn(email: string, signal: AbortSignal): Promise<void>;
  /** The message for an email that is not one. */
  invalidMessage(): string;
  /** Reports a failure (`dash-error`); gives undefined for an abort, which is no failure. */
  report(error: unknown): DashError | undefined;
}

export class EmailStepController implements ReactiveController {
  state: EmailFormState = { email: '', emailError: '', signingIn: false };
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: EmailStepOptions;
  #abort?: AbortController;
  /** Enter or the button was pressed for the sign-in under way: focus goes on to the files then. */
  #submitted = false;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, options: EmailStepOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The link changed: a sign-in in flight belongs to the old one and is dropped. */
  abort(): void {
    this.#abort?.abort();
  }

  /** A disconnected element starts over from the email (its uploader has stopped). */
  hostDisconnected(): void {
    this.abort();
  }

  /**
   * The field, with its button naming the files waiting for it (`waiting`). A refused email is an
   * alert: focus is already on the field, so nothing else would say why nothing happened. The button is never
   * disabled while signing in: Enter fires `change` (which starts it) before it submits, and a
   * disabled default button would swallow the submit.
   */
  render(strings: Strings, waiting: number): TemplateResult {
    const s = strings.upload;
    const { emailError, signInError } = this.state;
    return html`<form class="email-form" part="email-form" novalidate @submit=${this.#submit}>
      <label for="email">${s.emailLabel}</label>
      <div class="email-row">
        <input
          id="email"
          part="email-input"
          type="email"
          name="email"
          autocomplete="email"
          required
          .value=${this.state.email}
          aria-invalid=${emailError ? 'true' : 'false'}
          aria-describedby=${emailError ? 'email-hint email-error' : 'email-hint'}
          @change=${() => this.signIn()}
        />
        <button class="button primary" type="submit">${waiting ? s.uploadFiles(waiting) : s.useEmail}</button>
      </div>
      <p class="hint" id="email-hint">${s.emailHint}</p>
      ${
        emailError
          ? html`<p class="field-error" id="email-error" part="email-error" role="alert">${emailError}</p>`
          : nothing
      }
      ${signInError ? renderError(strings, signInError) : nothing}
    </form>`;
  }

  /**
   * Signs in with the typed email when it is one (and no sign-in is under way). A wrong one is
   * said when `submitted`, or once the visitor typed anything (leaving an empty field is fine).
   */
  async signIn(submitted = false): Promise<void> {
    const input = this.#host.renderRoot.querySelector<HTMLInputElement>('#email');
    const email = input?.value.trim() ?? '';
    // Enter fires `change` and then `submit`: the second joins the sign-in the first started.
    this.#submitted ||= submitted;
    if (this.state.signingIn || !input) return;
    if (!EMAIL_PATTERN.test(email)) {
      if (!submitted && !email) return;
      this.#set({ email, emailError: this.#options.invalidMessage() });
      if (submitted) input.focus();
      return;
    }
    this.#set({ email, emailError: '', signingIn: true, signInError: undefined });
    const { signal } = (this.#abort = new AbortController());
    try {
      await this.#options.signIn(email, signal);
      await this.#host.updateComplete;
      if (this.#submitted) this.#host.renderRoot.querySelector<HTMLElement>('#file-input')?.focus();
    } catch (error) {
      this.#set({ signInError: this.#options.report(error) });
    } finally {
      this.#submitted = false;
      this.#set({ signingIn: false });
    }
  }

  #set(state: Partial<EmailFormState>): void {
    this.state = { ...this.state, ...state };
    this.#host.requestUpdate();
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.signIn(true);
  };
}
