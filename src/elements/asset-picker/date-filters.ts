import { html, type TemplateResult } from 'lit';
import type { AssetQuery } from '../../browse/asset-query.js';

/**
 * An "added" date range for the filter bar (its `extra` fields). Its own module: only the picker
 * offers it, and it loads after the first paint (the bar is usable before it arrives).
 */
export function renderDateFilters(
  labels: { from: string; until: string },
  set: (patch: Partial<AssetQuery>) => void,
): TemplateResult {
  const onDate = (event: Event) => {
    const bar = (event.target as Element).closest('.toolbar')!;
    const from = bar.querySelector<HTMLInputElement>('#from')!.value || undefined;
    const until = bar.querySelector<HTMLInputElement>('#until')!.value || undefined;
    // Inclusive: up to the end of the "until" day, not its first instant.
    set({ dateRange: { from, to: until && `${until}T23:59:59.999Z` } });
  };
  return html`<div class="field">
      <label for="from">${labels.from}</label>
      <input id="from" type="date" @change=${onDate} />
    </div>
    <div class="field">
      <label for="until">${labels.until}</label>
      <input id="until" type="date" @change=${onDate} />
    </div>`;
}
