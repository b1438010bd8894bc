/**
 * The email step of a Dash guest upload: the link issues an upload token for the visitor's email,
 * so files can go only after it. The controller holds the form's state and one sign-in at a time;
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

export function renderEmailForm(
  strings: Strings,
  state: EmailFormState,
  onSubmit: (event: SubmitEvent) => void,
): TemplateResult {
  const s = strings.upload;
  const invalid = Boolean(state.emailError);
  return html`<form class="email-form" part="email-form" novalidate @submit=${onSubmit}>
    <label for="email">${s.emailLabel}</label>
    <p class="hint" id="email-hint">${s.emailHint}</p>
    <input
      id="email"
      part="email-input"
      type="email"
      name="email"
      autocomplete="email"
      required
      .value=${state.email}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? 'email-hint email-error' : 'email-hint'}
    />
    ${invalid ? html`<p class="field-error" id="email-error" part="email-error">${state.emailError}</p>` : nothing}
    <button class="button primary" type="submit" ?disabled=${state.signingIn}>${s.continue}</button>
    ${state.signInError ? renderError(strings, state.signInError) : nothing}
  </form>`;
}

export interface EmailStepOptions {
  /** Signs in as `email`; rejects with the reason (shown under the form), or with `signal`'s abort. */
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

  render(strings: Strings): TemplateResult {
    return renderEmailForm(strings, this.state, this.#submit);
  }

  #set(state: Partial<EmailFormState>): void {
    this.state = { ...this.state, ...state };
    this.#host.requestUpdate();
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const input = this.#host.renderRoot.querySelector<HTMLInputElement>('#email');
    const email = input?.value.trim() ?? '';
    if (!EMAIL_PATTERN.test(email)) {
      this.#set({ email, emailError: this.#options.invalidMessage() });
      input?.focus();
      return;
    }
    this.#set({ email, emailError: '', signingIn: true, signInError: undefined });
    const { signal } = (this.#abort = new AbortController());
    try {
      await this.#options.signIn(email, signal);
    } catch (error) {
      this.#set({ signInError: this.#options.report(error) });
    } finally {
      this.#set({ signingIn: false });
    }
  };
}
