import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { fileTypeOptions, sortKeys, type AssetQuery, type AssetQueryController, type SortKey } from './asset-query.js';

export interface FiltersOptions {
  /**
   * Applies a change of the query; default `assets.set`. The portal browser passes its own, which
   * also closes the asset view (an open index would point into the new list).
   */
  set?: (patch: Partial<AssetQuery>) => void;
  /** Runs before a typed (debounced) keyword change, for the same reason as `set`. */
  beforeType?: () => void;
  /** Merged into a submitted search: the portal leaves "recently added", which ignores keywords. */
  submitPatch?: Partial<AssetQuery>;
  /** ArrowDown in the search box: a shortcut from the query straight into the results. */
  onSearchArrowDown?: () => void;
  /** Id of a hint that describes the search box. */
  describedBy?: string;
  /** More fields between file type and sort, e.g. the picker's date range (date-filters.ts). */
  extra?: TemplateResult;
  /** Shows the "recently added" toggle (portals that enable it). */
  recent?: boolean;
}

/** The order a refused sort falls back to (asset-query.ts `noteSortFallback`). */
const FALLBACK_LABEL: SortKey = 'newest';

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The search and filter bar of the browsing elements: keywords (debounced by the query
 * controller), file type, optionally more fields (the picker's date range), sort and optionally "recently
 * added". Every control is a labelled native field, so the bar needs no keyboard handling of its
 * own beyond the ArrowDown shortcut. Ids are scoped by the host's shadow root. Narrow layouts fold
 * every field but the search into a "Filters (n)" disclosure (browseStyles); wide ones show them inline.
 */
export function renderFilters(
  strings: Strings,
  assets: AssetQueryController,
  options: FiltersOptions = {},
): TemplateResult {
  const p = strings.portal;
  const q = assets.query;
  const set = options.set ?? ((patch: Partial<AssetQuery>) => assets.set(patch));
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    set({ keywords: input.value, ...options.submitPatch });
  };
  const onInput = (event: Event) => {
    options.beforeType?.();
    assets.setKeywords(valueOf(event));
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' || !options.onSearchArrowDown || assets.items.length === 0) return;
    event.preventDefault();
    options.onSearchArrowDown();
  };
  const active = q.fileTypes.length + (q.dateRange ? 1 : 0) + (q.recent ? 1 : 0);
  const onType = (event: Event) => set({ fileTypes: valueOf(event) ? [valueOf(event)] : [] });
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${p.filters}>
    <form class="field search" @submit=${onSubmit}>
      <label for="search">${p.search}</label>
      <input
        id="search"
        name="q"
        type="search"
        aria-describedby=${options.describedBy ?? nothing}
        .value=${q.keywords}
        @input=${onInput}
        @keydown=${onKeydown}
      />
    </form>
    <details class="more">
      <summary class="button" part="filters-button">${p.moreFilters(active)}</summary>
      <div class="field">
        <label for="type">${p.fileType}</label>
        <select id="type" @change=${onType}>
          <option value="" ?selected=${q.fileTypes.length === 0}>${p.fileTypes.ALL}</option>
          ${fileTypeOptions.map(
            (type) => html`<option value=${type} ?selected=${q.fileTypes[0] === type}>${p.fileTypes[type]}</option>`,
          )}
        </select>
      </div>
      ${options.extra ?? nothing}
      <div class="field">
        <label for="sort">${p.sort}</label>
        <select
          id="sort"
          aria-describedby=${assets.unavailableSorts.size > 0 ? 'sort-note' : nothing}
          @change=${(event: Event) => set({ sort: valueOf(event) as SortKey })}
        >
          ${sortKeys.map((key) => {
            // A sort the server refused is shown, disabled, saying so: the menu names the order used.
            const unavailable = assets.unavailableSorts.has(key);
            return html`<option value=${key} ?selected=${q.sort === key} ?disabled=${unavailable}>
              ${unavailable ? p.sortUnavailable(p.sorts[key] ?? key) : p.sorts[key]}
            </option>`;
          })}
        </select>
        ${
          assets.unavailableSorts.size > 0
            ? html`<span class="hint" id="sort-note">${p.sortFallbackNote(p.sorts[FALLBACK_LABEL] ?? '')}</span>`
            : nothing
        }
      </div>
      ${
        options.recent
          ? html`<button
              class="button"
              type="button"
              aria-pressed=${String(q.recent)}
              @click=${() => set({ recent: !q.recent })}
            >
              ${p.recentlyAdded}
            </button>`
          : nothing
      }
    </details>
  </div>`;
}
