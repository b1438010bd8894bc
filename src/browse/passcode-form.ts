import { html, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { Strings } from '../i18n/index.js';

export interface PasscodeFormOptions {
  /** The portal's name when known. */
  title?: string;
  /** The last attempt's failure (`wrong-passcode`), shown next to the field. */
  error?: DashError;
  submitting: boolean;
  /** Receives the typed passcode; it is never written to an attribute. */
  onSubmit: (passcode: string) => void;
}

/**
 * The passcode form of a protected portal, shared by the elements that open portals: a labelled
 * password field described by the help text and by an alert that reads out a wrong passcode.
 * Ids are scoped by the host's shadow root. While a passcode is checked the field is read-only and
 * the button `aria-disabled`, not `disabled`: a disabled control would drop the visitor's focus.
 */
export function renderPasscodeForm(strings: Strings, options: PasscodeFormOptions): TemplateResult {
  const p = strings.portal;
  const { error, submitting } = options;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('passcode') as HTMLInputElement;
    if (!submitting) options.onSubmit(field.value);
  };
  return html`<form class="passcode" part="passcode-form" @submit=${submit}>
    <h2>${options.title ?? p.passcodeTitle}</h2>
    <p id="passcode-help">${p.passcodeHelp}</p>
    <label for="passcode">${p.passcodeLabel}</label>
    <input
      id="passcode"
      name="passcode"
      type="password"
      autocomplete="current-password"
      required
      aria-describedby="passcode-help passcode-error"
      aria-invalid=${error ? 'true' : 'false'}
      ?readonly=${submitting}
    />
    <div id="passcode-error" class="error" role="alert">${error ? strings.errors[error.code] : ''}</div>
    <button class="button primary" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
      ${p.passcodeSubmit}
    </button>
  </form>`;
}
