import { html, type TemplateResult } from 'lit';
import type { SectionStrings } from '../i18n/index.js';

/** The loading and empty states every element shows, written once (the error state: error-state.ts). */
export function renderLoading(strings: SectionStrings<'common'>, label = strings.common.loading): TemplateResult {
  return html`<div class="state" part="loading" role="status" aria-live="polite">${label}</div>`;
}

export function renderEmpty(strings: SectionStrings<'common'>, label = strings.common.empty): TemplateResult {
  return html`<div class="state" part="empty" role="status">${label}</div>`;
}
