import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

/**
 * The loading and empty states every element shows, written once. The error state is in
 * error-state.ts with the error messages it needs, so an element can load both only when it fails.
 */
export function renderLoading(strings: Strings, label = strings.common.loading): TemplateResult {
  return html`<div class="state" part="loading" role="status" aria-live="polite">${label}</div>`;
}

export function renderEmpty(strings: Strings, label = strings.common.empty): TemplateResult {
  return html`<div class="state" part="empty" role="status">${label}</div>`;
}
