import { html, nothing, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { SectionStrings } from '../i18n/index.js';

/**
 * The error state every element shows, written once: an alert (announced by screen readers) with
 * the plain-words message for its code and, when the caller can recover, a retry button as the
 * next step.
 */
export function renderError(
  strings: SectionStrings<'common' | 'errors'>,
  error: DashError,
  onRetry?: () => void,
  retryLabel = strings.common.retry,
): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <strong>${strings.errors.title}</strong>
    <span>${strings.errors[error.code] ?? error.message}</span>
    ${
      onRetry
        ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>${retryLabel}</button>`
        : nothing
    }
  </div>`;
}
