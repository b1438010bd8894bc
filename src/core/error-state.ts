import { html, nothing, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { Strings } from '../i18n/index.js';
import { common } from '../i18n/en/common.js';
import { errors } from '../i18n/en/errors.js';
import { adoptStyles, controlStyles } from './control.styles.js';

/**
 * The sections the error state reads. An element that loads this module lazily (<dash-gallery>:
 * errors are rare, so the 16 messages stay out of its first load) localizes with these; the
 * others list `errors` in their own `englishStrings`.
 */
export const errorStrings = { common, errors };

/**
 * For an element that loads this module lazily and styles itself with `coreStyles` only: adds the
 * rules the error state uses (its colour, the retry button) to the element's shadow root.
 */
export function adoptErrorStyles(root: ShadowRoot): void {
  adoptStyles(root, controlStyles);
}

/**
 * The error state every element shows, written once: an alert (announced by screen readers) with
 * the plain-words message for its code and, when the caller can recover, a retry button as the
 * next step.
 */
export function renderError(
  strings: Strings,
  error: DashError,
  onRetry?: () => void,
  retryLabel = strings.common.retry,
): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <strong>${strings.errors.title}</strong>
    <span>${strings.errors[error.code] ?? error.message}</span>
    ${onRetry
      ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>
          ${retryLabel}
        </button>`
      : nothing}
  </div>`;
}
