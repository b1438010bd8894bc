import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/index.js';
import { fileTypeOptions, sortKeys, type AssetQueryController, type SortKey } from '../../browse/asset-query.js';

export interface FiltersOptions {
  /** ArrowDown in the search box: a shortcut from the query straight into the results. */
  onSearchArrowDown: () => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The picker's search and filter bar: keywords (debounced by the query controller), file type,
 * an "added" date range and sort. Every control is a labelled native field, so the bar needs no
 * keyboard handling of its own beyond the ArrowDown shortcut.
 */
export function renderFilters(strings: Strings, assets: AssetQueryController, options: FiltersOptions): TemplateResult {
  const p = strings.portal;
  const t = strings.picker;
  const q = assets.query;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    assets.set({ keywords: input.value });
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' || assets.items.length === 0) return;
    event.preventDefault();
    options.onSearchArrowDown();
  };
  const onDate = (event: Event) => {
    const bar = (event.target as Element).closest('.toolbar')!;
    const from = bar.querySelector<HTMLInputElement>('#from')!.value || undefined;
    const until = bar.querySelector<HTMLInputElement>('#until')!.value || undefined;
    // Inclusive: up to the end of the "until" day, not its first instant.
    assets.set({ dateRange: { from, to: until && `${until}T23:59:59.999Z` } });
  };
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${p.filters}>
    <form class="field search" @submit=${onSubmit}>
      <label for="search">${p.search}</label>
      <input
        id="search"
        name="q"
        type="search"
        aria-describedby="hint"
        .value=${q.keywords}
        @input=${(event: Event) => assets.setKeywords(valueOf(event))}
        @keydown=${onKeydown}
      />
    </form>
    <div class="field">
      <label for="type">${p.fileType}</label>
      <select id="type" @change=${(event: Event) => assets.set({ fileTypes: valueOf(event) ? [valueOf(event)] : [] })}>
        <option value="" ?selected=${q.fileTypes.length === 0}>${p.fileTypes.ALL}</option>
        ${fileTypeOptions.map(
          (type) => html`<option value=${type} ?selected=${q.fileTypes[0] === type}>${p.fileTypes[type]}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="from">${t.dateFrom}</label>
      <input id="from" type="date" @change=${onDate} />
    </div>
    <div class="field">
      <label for="until">${t.dateTo}</label>
      <input id="until" type="date" @change=${onDate} />
    </div>
    <div class="field">
      <label for="sort">${p.sort}</label>
      <select id="sort" @change=${(event: Event) => assets.set({ sort: valueOf(event) as SortKey })}>
        ${sortKeys.map((key) => html`<option value=${key} ?selected=${q.sort === key}>${p.sorts[key]}</option>`)}
      </select>
    </div>
  </div>`;
}
