import { html, css, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../core/dash-element.js';
import { trackAnalytics } from '../core/analytics.js';
import { ImpressionController } from '../core/impressions.js';
import { baseStyles } from '../core/styles.js';
import type { Asset } from '../api/models.js';
import {
  assetFilename,
  assetPreviewUrl,
  assetTypeLabel,
  assetDimensions,
  assetKind,
  assetDurationSeconds,
  clockTime,
  type AssetKind,
} from './asset-info.js';
import { chipIcon, kindIcon, playIcon } from './kind-icons.js';
import { dispatchInternal } from './internal-event.js';
import { common, portal } from '../i18n/en.js';
import { logicalKey } from '../core/keys.js';

export type SelectionMode = 'none' | 'single' | 'multiple';

/** `true` when the asset may be chosen, else the reason shown to the visitor. */
export type SelectablePredicate = (asset: Asset) => true | string;

export interface AssetActivateDetail {
  asset: Asset;
  index: number;
}

export interface SelectionChangeDetail {
  ids: string[];
  assets: Asset[];
}

export interface SelectionLimitDetail {
  max: number;
}

/** Rows jumped by PageUp/PageDown. */
const PAGE_ROWS = 3;

/**
 * Assets as a WAI-ARIA data grid of tiles: one tab stop (roving tabindex); arrows move, Home/End
 * go to the row's ends, Ctrl+Home/End to the first/last asset, PageUp/PageDown jump rows;
 * Space toggles selection, Enter activates (the portal opens the asset, the picker confirms).
 * Tiles are square boxes, so thumbnails arriving late never shift the layout. A sentinel below
 * the grid asks for the next page when it scrolls into view (and so does keyboard focus
 * reaching the last row); "Load more" asks for it when pressed, not when it takes focus.
 *
 * Internal to dash-elements (used by the portal browser and the asset picker).
 *
 * @fires asset-activate - (internal) `{asset, index}` on Enter, double-click, or click when clicks do not select.
 * @fires selection-change - (internal) `{ids, assets}` after the selection changed.
 * @fires selection-limit - (internal) `{max}` when a selection beyond `max` was refused.
 * @fires load-more - (internal) when the next page is wanted.
 * @fires dash-analytics - `impression` of each asset seen for a second, once per result list
 *   (dispatched from, and naming, the portal browser or picker the grid is in).
 * @csspart grid - The grid.
 * @csspart tile - Each asset tile (a gridcell).
 * @csspart thumbnail - The thumbnail box of a tile.
 * @csspart play-badge - The round play mark over a video's thumbnail.
 * @csspart expired-badge - "Licence expired" over the thumbnail of an asset whose licence has run out (`isExpired`).
 * @csspart type-badge - The corner chip of a tile that is not an image: its type ("PDF", "Audio") or a video's running time.
 * @csspart file-icon - The file-type icon and extension of a tile without a preview.
 * @csspart filename - The filename line of a tile.
 * @cssprop [--dash-tile-size=160px] - Minimum width of a tile.
 */
export class DashAssetGrid extends DashElement {
  static override englishStrings = { common, portal };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        --_tile: var(--dash-tile-size, 160px);
      }
      [role='grid'] {
        display: grid;
        gap: var(--_gap);
      }
      [role='row'] {
        display: grid;
        grid-template-columns: repeat(var(--_cols, 4), minmax(0, 1fr));
        gap: var(--_gap);
        /* Long result lists: rows far off screen skip layout and paint. */
        content-visibility: auto;
        contain-intrinsic-size: auto calc(var(--_tile) + 3rem);
      }
      [role='gridcell'] {
        position: relative;
        display: grid;
        gap: 0.25rem;
        align-content: start;
        padding: 0.35rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        cursor: pointer;
        min-width: 0;
        scroll-margin-block: var(--_focus-clear-start, 0px) var(--_focus-clear-end, 0px);
      }
      [role='gridcell']:hover:not([aria-disabled='true'], [aria-selected='true']) {
        border-color: var(--_field-border);
      }
      [role='gridcell'][aria-selected='true'] {
        border-color: var(--_accent);
        box-shadow: 0 0 0 2px var(--_accent);
      }
      [role='gridcell'][aria-disabled='true'] {
        cursor: not-allowed;
      }
      /* Faded, all but the expiry badge: it says why the tile cannot be chosen, so stays legible. */
      [role='gridcell'][aria-disabled='true'] > :not(.thumb),
      [aria-disabled='true'] .thumb > :not(.expired) {
        opacity: 0.55;
      }
      .thumb {
        aspect-ratio: 1;
        display: grid;
        place-items: center;
        overflow: hidden;
        border-radius: calc(var(--_radius) / 2);
        background: var(--_placeholder);
        /* Muted grey on the placeholder grey falls below 4.5:1. */
        color: var(--dash-text, CanvasText);
        font-weight: 600;
      }
      .thumb img {
        width: 100%;
        height: 100%;
        object-fit: contain;
      }
      .thumb {
        position: relative;
      }
      .file {
        display: grid;
        justify-items: center;
        gap: 0.2rem;
        font-size: 0.8rem;
        letter-spacing: 0.04em;
      }
      .kind-icon {
        inline-size: clamp(2rem, 35%, 3.5rem);
        block-size: auto;
      }
      .play,
      .chip {
        position: absolute;
        pointer-events: none;
        /* White on a dark translucent fill, ringed in white: at least 3:1 against any image beneath. */
        background: rgb(0 0 0 / 0.66);
        color: #fff;
        box-shadow: 0 0 0 1.5px rgb(255 255 255 / 0.75);
      }
      .play {
        inset: 0;
        margin: auto;
        inline-size: 2.75rem;
        block-size: 2.75rem;
        border-radius: 50%;
        display: grid;
        place-items: center;
      }
      .play .play-icon {
        inline-size: 1.5rem;
        margin-inline-start: 0.15rem;
      }
      .chip {
        inset-block-end: 0.35rem;
        inset-inline-end: 0.35rem;
        display: inline-flex;
        align-items: center;
        gap: 0.2rem;
        padding: 0.1rem 0.4rem;
        border-radius: 999px;
        font-size: 0.75rem;
        font-weight: 600;
        line-height: 1.3;
        font-variant-numeric: tabular-nums;
      }
      .chip .play-icon {
        inline-size: 0.75rem;
      }
      .expired {
        inset-block: 0.35rem auto;
        /* Its icon runs in the text, so a wrapped line starts at the badge's edge, not under the text. */
        display: block;
        border-radius: 4px;
        /* Dark red under white text: 4.5:1 and more, whatever the image beneath. */
        background: #9f1239;
      }
      @media (forced-colors: active) {
        .play,
        .expired,
        .chip {
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
          box-shadow: none;
          border: 1px solid CanvasText;
        }
      }
      .name {
        font-size: 0.875rem;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .check {
        position: absolute;
        inset-block-start: 0.6rem;
        inset-inline-start: 0.6rem;
        /* A 24 px pointer target at least (WCAG 2.5.8): the only pointer route to selecting in the portal. */
        inline-size: 1.5rem;
        block-size: 1.5rem;
        border: 2px solid var(--_accent);
        border-radius: 4px;
        background: var(--_surface);
        color: var(--_accent-contrast);
        display: grid;
        place-items: center;
        font-size: 0.9rem;
        line-height: 1;
      }
      [aria-selected='true'] .check {
        background: var(--_accent);
      }
      /* System colours of their own: otherwise the tick gets a Canvas backplate, a dark block on the Highlight box. */
      @media (forced-colors: active) {
        .check {
          forced-color-adjust: none;
          border-color: CanvasText;
          background: Canvas;
          color: CanvasText;
        }
        [aria-selected='true'] .check {
          border-color: Highlight;
          background: Highlight;
          color: HighlightText;
        }
      }
      .more {
        display: flex;
        justify-content: center;
        padding: 1rem;
      }
      .skeleton {
        display: grid;
        grid-template-columns: repeat(var(--_cols, 4), minmax(0, 1fr));
        gap: var(--_gap);
      }
      .tile-skeleton {
        display: grid;
        gap: 0.25rem;
        padding: 0.35rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .name-skeleton {
        block-size: 0.875rem;
        margin-block: 0.15rem;
        inline-size: 70%;
        border-radius: 4px;
        background: var(--_placeholder);
      }
      .sentinel {
        block-size: 1px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    total: { attribute: false },
    selectionMode: { attribute: false },
    max: { attribute: false },
    isSelectable: { attribute: false },
    isExpired: { attribute: false },
    clickSelects: { attribute: false },
    hasMore: { attribute: false },
    loading: { attribute: false },
    label: { attribute: false },
    selection: { attribute: false },
    focusIndex: { state: true },
    columns: { state: true },
  };

  items: Asset[] = [];
  /** All results of the query (for `aria-rowcount`); defaults to the loaded count. */
  total?: number;
  selectionMode: SelectionMode = 'none';
  /** Upper limit of a multiple selection. */
  max?: number;
  isSelectable?: SelectablePredicate;
  /** Whether the asset's licence has expired: its tile says so in a badge (read with its name). */
  isExpired?: (asset: Asset) => boolean;
  /** Whether a click selects (picker) or activates (portal, where Space/the check box select). */
  clickSelects = false;
  hasMore = false;
  loading = false;
  label = '';

  /** The selection, kept across pages and queries: id → asset. */
  selection: ReadonlyMap<string, Asset> = new Map();

  private focusIndex = 0;
  private columns = 4;

  #resizeObserver?: ResizeObserver;
  #measuredWidth = -1;
  #intersectionObserver?: IntersectionObserver;
  #focusAfterUpdate = false;
  /** Assets seen (`impression`), once each per result list. */
  readonly #impressions = new ImpressionController(this, {
    itemOf: (tile) => {
      const index = Number((tile as HTMLElement).dataset.index);
      const asset = this.items[index];
      return asset && { itemId: asset.id, index };
    },
    onImpression: (item) => trackAnalytics(this, { action: 'impression', ...item }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured a frame later: changing the column count resizes the grid inside the observer's
    // callback otherwise ("ResizeObserver loop completed with undelivered notifications").
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width === this.#measuredWidth) return;
      this.#measuredWidth = width;
      requestAnimationFrame(() => this.#measure(width));
    });
    this.#resizeObserver.observe(this);
    this.#intersectionObserver = new IntersectionObserver((entries) => {
      // Focus on "Load more" scrolls the sentinel in too: focus alone loads nothing (WCAG 3.2.1,
      // and the new rows would push the button out of sight), the button loads when pressed.
      if (entries.some((entry) => entry.isIntersecting) && !this.#moreFocused()) this.#requestMore();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#intersectionObserver?.disconnect();
  }

  /** Moves keyboard focus into the grid (to the last focused tile). */
  override focus(options?: FocusOptions): void {
    this.#tile(this.focusIndex)?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#holdHeight(changed);
    if (!changed.has('items')) return;
    const previous = changed.get('items') as Asset[] | undefined;
    // A new result list (not the next page of the same one) starts at its first tile, its assets unseen.
    if (previous?.[0]?.id !== this.items[0]?.id) {
      this.focusIndex = 0;
      this.#impressions.reset();
    } else if (this.#moreFocused() && this.items.length > (previous?.length ?? 0)) {
      // The next page came while "Load more" had focus (it was pressed): focus moves on to the
      // first new tile, in view, rather than staying on a button the new rows pushed out of sight
      // (or that the last page removes).
      this.focusIndex = previous?.length ?? 0;
      this.#focusAfterUpdate = true;
    } else if (this.focusIndex >= this.items.length) this.focusIndex = Math.max(0, this.items.length - 1);
  }

  /**
   * A new query empties the grid until its first page arrives: the grid keeps the height it had
   * meanwhile (placeholder tiles fill it), so a host page scrolled down to it does not jump when
   * the page beneath the visitor shrinks and grows again.
   */
  #holdHeight(changed: PropertyValues<this>): void {
    const emptied = changed.has('items') && this.items.length === 0 && (changed.get('items') as Asset[])?.length > 0;
    if (emptied && this.loading) this.style.setProperty('min-block-size', `${this.getBoundingClientRect().height}px`);
    else if (this.items.length > 0 || !this.loading) this.style.removeProperty('min-block-size');
  }

  #moreFocused(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && active === this.renderRoot.querySelector('.more button');
  }

  protected override updated(): void {
    this.#impressions.observe(this.renderRoot.querySelectorAll('[role=gridcell]'));
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.focus();
    }
    // Re-observing reports the sentinel's current state, so a page that did not fill the
    // viewport asks for the next one without waiting for a scroll that may never come.
    const sentinel = this.renderRoot.querySelector('.sentinel');
    this.#intersectionObserver?.disconnect();
    if (sentinel && this.hasMore && !this.loading) this.#intersectionObserver?.observe(sentinel);
  }

  #measure(width: number): void {
    const style = getComputedStyle(this);
    const tile = parseFloat(style.getPropertyValue('--dash-tile-size')) || 160;
    const gap = parseFloat(style.getPropertyValue('--dash-gap')) || 8;
    const columns = Math.max(1, Math.floor((width + gap) / (tile + gap)));
    if (columns !== this.columns) {
      this.columns = columns;
      this.style.setProperty('--_cols', String(columns));
    }
  }

  #requestMore(): void {
    if (this.hasMore && !this.loading) dispatchInternal(this, 'load-more', undefined);
  }

  #reason(asset: Asset): string | undefined {
    const verdict = this.isSelectable?.(asset) ?? true;
    return verdict === true ? undefined : verdict;
  }

  #toggle(index: number): void {
    const asset = this.items[index];
    if (!asset || this.selectionMode === 'none' || this.#reason(asset)) return;
    const next = new Map(this.selectionMode === 'single' ? [] : this.selection);
    if (this.selection.has(asset.id)) {
      next.delete(asset.id);
    } else {
      if (this.selectionMode === 'multiple' && this.max !== undefined && next.size >= this.max) {
        dispatchInternal<SelectionLimitDetail>(this, 'selection-limit', { max: this.max });
        return;
      }
      next.set(asset.id, asset);
    }
    this.selection = next;
    dispatchInternal<SelectionChangeDetail>(this, 'selection-change', {
      ids: [...next.keys()],
      assets: [...next.values()],
    });
  }

  #activate(index: number): void {
    const asset = this.items[index];
    if (asset) dispatchInternal<AssetActivateDetail>(this, 'asset-activate', { asset, index });
  }

  #onKeydown(event: KeyboardEvent): void {
    const last = this.items.length - 1;
    const cols = this.columns;
    const i = this.focusIndex;
    const rowStart = i - (i % cols);
    const targets: Record<string, number | undefined> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      ArrowDown: i + cols,
      ArrowUp: i - cols,
      Home: event.ctrlKey ? 0 : rowStart,
      End: event.ctrlKey ? last : Math.min(rowStart + cols - 1, last),
      PageDown: Math.min(i + cols * PAGE_ROWS, last),
      PageUp: Math.max(i - cols * PAGE_ROWS, i % cols),
    };
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (event.key === ' ') this.#toggle(i);
      else this.#activate(i);
      return;
    }
    const key = logicalKey(event, this);
    if (!(key in targets)) return;
    event.preventDefault();
    const target = targets[key]!;
    if (target < 0 || target > last) {
      // Down from the last row: that is where the next page goes.
      if (target > last) this.#requestMore();
      return;
    }
    this.#moveFocus(target);
  }

  async #moveFocus(index: number): Promise<void> {
    this.focusIndex = index;
    if (index >= this.items.length - this.columns) this.#requestMore();
    await this.updateComplete;
    this.#tile(index)?.focus();
  }

  #tile(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  /**
   * Clicks are handled on the grid, beside its keyboard handling. A double click activates; a
   * click selects where clicks select (or on the check box, or with Ctrl/Cmd), else activates.
   */
  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const tile = target.closest<HTMLElement>('[role=gridcell]');
    if (!tile) return;
    const index = (this.focusIndex = Number(tile.dataset.index));
    const selects = this.clickSelects || target.closest('.check') || event.ctrlKey || event.metaKey;
    if (event.type === 'click' && this.selectionMode !== 'none' && selects) this.#toggle(index);
    else this.#activate(index);
  }

  protected override render(): TemplateResult {
    const rows: number[] = [];
    for (let start = 0; start < this.items.length; start += this.columns) rows.push(start);
    const total = Math.max(this.total ?? 0, this.items.length);
    return html`
      <div
        role="grid"
        part="grid"
        aria-label=${this.label}
        aria-rowcount=${Math.ceil(total / this.columns)}
        aria-multiselectable=${this.selectionMode === 'multiple' ? 'true' : nothing}
        aria-busy=${this.loading ? 'true' : 'false'}
        @keydown=${this.#onKeydown}
        @click=${this.#onClick}
        @dblclick=${this.#onClick}
      >
        ${rows.map(
          // Rows are positions, not items, so a plain map (no keyed repeat) keeps their DOM.
          (start, row) =>
            html`<div role="row" aria-rowindex=${row + 1}>
              ${this.items.slice(start, start + this.columns).map((asset, offset) => this.#renderTile(asset, start + offset))}
            </div>`,
        )}
      </div>
      ${this.items.length === 0 && this.loading ? this.#renderSkeleton() : nothing}
      ${
        this.hasMore
          ? html`<div class="sentinel"></div>
              <div class="more">
                <button
                  class="button"
                  type="button"
                  aria-disabled=${this.loading ? 'true' : 'false'}
                  @click=${this.#requestMore}
                >
                  ${this.loading ? this.strings.portal.loadingMore : this.strings.portal.loadMore}
                </button>
              </div>`
          : nothing
      }
    `;
  }

  /** Placeholder tiles while the first page of a query loads; the status line speaks for them. */
  #renderSkeleton(): TemplateResult {
    const tiles = Array.from(
      { length: this.columns * 2 },
      () =>
        html`<div class="tile-skeleton">
          <div class="thumb"></div>
          <span class="name-skeleton"></span>
        </div>`,
    );
    return html`<div class="skeleton" aria-hidden="true">${tiles}</div>`;
  }

  /**
   * The type marks over a thumbnail, hidden from assistive technology (the tile's name says the
   * type, `#spokenType`): a video's play mark over a preview, and a corner chip with a video's or
   * a sound's running time or, over a preview, the type of anything else that is not an image (a
   * tile without a preview shows its type in its file icon already).
   */
  #renderBadges(asset: Asset, kind: AssetKind, hasPreview: boolean): TemplateResult | typeof nothing {
    // Unlike the type marks, the expiry badge's text is its own text alternative: it is read out.
    const expired = this.isExpired?.(asset)
      ? html`<span class="chip expired" part="expired-badge"
          ><span aria-hidden="true">⚠</span> ${this.strings.portal.licenceExpired}</span
        >`
      : nothing;
    if (kind === 'image') return expired;
    const seconds = assetDurationSeconds(asset);
    const timed = seconds !== undefined && (kind === 'video' || kind === 'audio');
    const chip = timed
      ? html`<span class="chip" part="type-badge" aria-hidden="true">${chipIcon(kind)}${clockTime(seconds)}</span>`
      : hasPreview && kind !== 'video'
        ? html`<span class="chip" part="type-badge" aria-hidden="true"
            >${chipIcon(kind)}${this.strings.portal.kinds[kind]}</span
          >`
        : nothing;
    const play =
      kind === 'video' && hasPreview
        ? html`<span class="play" part="play-badge" aria-hidden="true">${playIcon()}</span>`
        : nothing;
    return html`${play}${chip}${expired}`;
  }

  /** Said after a tile's filename: ", Video, 4 seconds" (images say nothing more). */
  #spokenType(asset: Asset, kind: AssetKind): string {
    const p = this.strings.portal;
    const seconds = assetDurationSeconds(asset);
    const time =
      seconds !== undefined && (kind === 'video' || kind === 'audio')
        ? p.durationSpoken(Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60)
        : '';
    return [p.kinds[kind], time]
      .filter(Boolean)
      .map((part) => `, ${part}`)
      .join('');
  }

  #renderTile(asset: Asset, index: number): TemplateResult {
    const selectable = this.selectionMode !== 'none';
    const selected = this.selection.has(asset.id);
    const reason = selectable ? this.#reason(asset) : undefined;
    const preview = assetPreviewUrl(asset);
    const dimensions = assetDimensions(asset);
    const kind = assetKind(asset);
    return html`<div
      role="gridcell"
      part="tile"
      data-index=${index}
      tabindex=${index === this.focusIndex ? '0' : '-1'}
      aria-selected=${selectable ? String(selected) : nothing}
      aria-disabled=${reason ? 'true' : nothing}
      @focus=${() => (this.focusIndex = index)}
    >
      <div class="thumb" part="thumbnail">
        ${
          preview
            ? html`<img
                src=${preview}
                alt=""
                loading="lazy"
                decoding="async"
                width=${dimensions?.width ?? nothing}
                height=${dimensions?.height ?? nothing}
              />`
            : html`<span class="file" part="file-icon" aria-hidden="true"
                >${kindIcon(kind)}<span>${assetTypeLabel(asset) || this.strings.portal.noPreview}</span></span
              >`
        }
        ${this.#renderBadges(asset, kind, !!preview)}
      </div>
      <span class="name own-direction" part="filename">${assetFilename(asset)}</span
      >${kind === 'image' ? nothing : html`<span class="visually-hidden">${this.#spokenType(asset, kind)}</span>`}
      ${selectable && !reason ? html`<span class="check" aria-hidden="true">${selected ? '✓' : ''}</span>` : nothing}
      ${reason ? html`<span class="visually-hidden">${reason}</span>` : nothing}
    </div>`;
  }
}

DashAssetGrid.define('dash-asset-grid');

declare global {
  interface HTMLElementTagNameMap {
    'dash-asset-grid': DashAssetGrid;
  }
}
