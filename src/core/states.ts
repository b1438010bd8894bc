import { html, nothing, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { Strings } from '../i18n/index.js';

/**
 * The loading, empty and error states every element shows, written once. The error state is
 * an alert (announced by screen readers) with the plain-words message for its code and, when the
 * caller can recover, a retry button as the next step.
 */
export function renderLoading(strings: Strings, label = strings.common.loading): TemplateResult {
  return html`<div class="state" part="loading" role="status" aria-live="polite">${label}</div>`;
}

export function renderEmpty(strings: Strings, label = strings.common.empty): TemplateResult {
  return html`<div class="state" part="empty" role="status">${label}</div>`;
}

export function renderError(
  strings: Strings,
  error: DashError,
  onRetry?: () => void,
  retryLabel = strings.common.retry,
): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <strong>${strings.common.errorTitle}</strong>
    <span>${strings.common.errors[error.code] ?? error.message}</span>
    ${onRetry
      ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>
          ${retryLabel}
        </button>`
      : nothing}
  </div>`;
}
