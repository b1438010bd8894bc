import { html, nothing, type TemplateResult } from 'lit';
import { srcsetOf } from '../../api/adapters/normalize.js';
import type { GalleryItem, GalleryRendition } from '../../api/adapters/types.js';
import type { SectionStrings } from '../../i18n/index.js';
import type { Box, Layout } from './layout.js';

export interface TileOptions {
  strings: SectionStrings<'gallery'>;
  box: Box;
  /** In the first row: what the visitor sees first loads at once, with high priority. */
  eager: boolean;
  /** While the gallery's first image arrives alone, another tile's image is not asked for yet (see FirstImageGate). */
  held?: boolean;
  /**
   * In the first screen: its image shows the moment it is decoded. Only tiles reached by
   * scrolling fade in: a fade waits for the load event, then hides the photo for its length —
   * time the visitor waits for the first photos (on a slow phone the smallest, first to arrive,
   * is often not in the first row).
   */
  instant: boolean;
  /** The image failed to load (in its tile or the lightbox). */
  failed: boolean;
  /** The gallery's one Tab stop (roving tabindex); the other tiles are reached with the arrow keys. */
  tabbable: boolean;
  /** Opens the lightbox; none with `no-lightbox`. */
  onOpen?: () => void;
  onLoad(img: HTMLImageElement): void;
  onError(): void;
  /** The editing controls (`editable`). */
  tools?: (name: string) => unknown;
  /** The renditions the gallery's `src-template` gives an item, in place of the source's. */
  renditions?: (item: GalleryItem) => GalleryRendition[];
}

/** One tile: a button opening the lightbox (or a plain box), with its image or file placeholder. */
export function renderTile(item: GalleryItem, index: number, o: TileOptions): TemplateResult {
  const strings = o.strings.gallery;
  const name = item.alt || item.caption || item.filename || strings.untitled(index + 1);
  const hasProducts = !!item.products?.length;
  const media = html`${
    o.failed
      ? html`<span class="file unavailable" part="file unavailable"
          >${fileIcon}<span>${strings.unavailable}</span></span
        >`
      : item.src
        ? renderImage(item, o)
        : html`<span class="file" part="file"
            >${fileIcon}<span class="filename">${item.filename || item.caption || strings.file}</span></span
          >`
  }${item.type === 'video' ? videoBadge : nothing}${hasProducts ? productsBadge(strings.hasProducts) : nothing}`;
  return html`${
    o.onOpen
      ? html`<button
          class="tile"
          part="tile"
          type="button"
          tabindex=${o.tabbable ? 0 : -1}
          aria-label=${hasProducts ? strings.openItemWithProducts(name) : strings.openItem(name)}
          @click=${o.onOpen}
        >
          ${media}
        </button>`
      : html`<div class="tile" part="tile">${media}</div>`
  }${o.tools?.(name)}`;
}

function renderImage(
  item: GalleryItem,
  { box, eager, held, instant, onLoad, onError, ...o }: TileOptions,
): TemplateResult {
  const renditions = o.renditions ? o.renditions(item) : item.srcset;
  const srcset = !held && item.type === 'image' && renditions?.length && srcsetOf(renditions);
  // `sizes` is the cell's width as laid out: it follows columns, gap and the element's own width.
  return html`<img
    part="image"
    src=${held ? nothing : (item.poster ?? item.src)}
    srcset=${srcset || nothing}
    sizes=${srcset ? `${Math.ceil(box.width)}px` : nothing}
    width=${Math.round(box.width)}
    height=${Math.round(box.height)}
    alt=${item.alt}
    .style=${objectPosition(item)}
    loading=${eager ? 'eager' : 'lazy'}
    fetchpriority=${eager ? 'high' : 'auto'}
    decoding="async"
    ?data-instant=${instant}
    draggable="false"
    @load=${(event: Event) => onLoad(event.target as HTMLImageElement)}
    @error=${onError}
  />`;
}

/**
 * Where a cropped image (object-fit: cover) is anchored: the item's focal point, else the centre.
 * Through the CSSOM, which a strict CSP allows.
 */
function objectPosition({ focalPoint }: GalleryItem): string {
  return focalPoint ? `object-position:${+(focalPoint.x * 100).toFixed(2)}% ${+(focalPoint.y * 100).toFixed(2)}%` : '';
}

/**
 * The loading state: placeholder tiles where the first rows will be (hidden from assistive
 * technology, which hears `label` from a polite live region instead), in a box of the height the
 * first rows will take. Styles through the CSSOM (`.style`), which a strict CSP allows.
 */
export function renderSkeleton(placeholders: Layout, label: string): TemplateResult {
  const { boxes, height } = placeholders;
  // The status is the whole state, as every element's loading state is; its tiles say nothing.
  return html`<div part="loading" class="skeleton" role="status" aria-live="polite">
    <div class="skeleton-tiles pulse" aria-hidden="true" .style=${`height:${height}px`}>
      ${boxes.map(
        ({ x, y, width, height }) =>
          html`<span
            class="placeholder"
            .style=${`inset-inline-start:${x}px;top:${y}px;width:${width}px;height:${height}px`}
          ></span>`,
      )}
    </div>
    <span class="visually-hidden">${label}</span>
  </div>`;
}

/**
 * The gallery's title: a heading at `level` (clamped to 1–6) where the host's outline puts it
 * (`role` and `aria-level`, so the level is an attribute and not six templates), or a paragraph
 * at 0 (level 2 for a value that is not a number). Text, never HTML (`textContent`).
 */
export function renderTitle(title: string, level: number, lang?: string): TemplateResult {
  // Junk (`heading-level="x"` reads as NaN) keeps the default level.
  const rounded = Number.isFinite(level) ? Math.min(6, Math.round(level)) : 2;
  const heading = rounded >= 1;
  return html`<p
    part="title"
    class="title"
    role=${heading ? 'heading' : nothing}
    aria-level=${heading ? rounded : nothing}
    lang=${lang || nothing}
    .textContent=${title}
  ></p>`;
}

export function renderBanner(banner: GalleryItem): TemplateResult {
  return html`<img
    part="banner"
    class="banner"
    src=${banner.src}
    alt=${banner.alt}
    width=${banner.width ?? nothing}
    height=${banner.height ?? nothing}
    fetchpriority="high"
  />`;
}

/**
 * A carousel's buttons at the ends of its row, for pointer users (the keys move among the tiles,
 * swiping is the row's own scrolling): each scrolls by about one view, and is hidden (`disabled`)
 * when the row is scrolled to its end that way. Out of the Tab order: the tiles are its stop.
 */
export function renderRowButtons(
  strings: SectionStrings<'gallery'>,
  { atStart, atEnd }: { atStart: boolean; atEnd: boolean },
  scroll: (direction: 1 | -1) => void,
): TemplateResult {
  const button = (direction: 1 | -1, label: string, disabled: boolean) =>
    html`<button
      class="row-button ${direction > 0 ? 'next' : 'previous'}"
      part="row-button"
      type="button"
      tabindex="-1"
      aria-label=${label}
      ?disabled=${disabled}
      @click=${() => scroll(direction)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          d=${direction > 0 ? 'm9 5 7 7-7 7' : 'm15 5-7 7 7 7'}
        />
      </svg>
    </button>`;
  return html`${button(-1, strings.gallery.previousItems, atStart)}${button(1, strings.gallery.nextItems, atEnd)}`;
}

const videoBadge = html`<span class="badge" part="video-badge" aria-hidden="true"
  ><svg viewBox="0 0 24 24" width="24" height="24"><path d="M8 5v14l11-7z" fill="currentColor" /></svg
></span>`;

/**
 * The mark of an item with products (Dash Social hotspots): a tag. Its words are in the button's
 * name (openItemWithProducts); a tile without a lightbox has no name, so they are here, hidden.
 */
const productsBadge = (text: string) =>
  html`<span class="products-badge" part="products-badge"
    ><svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linejoin="round"
        d="M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9zM8 7.5a.5.5 0 1 0 0 1 .5.5 0 1 0 0-1"
      /></svg
    ><span class="visually-hidden">${text}</span></span
  >`;

const fileIcon = html`<svg class="file-icon" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40">
  <path
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V8zM14 3v5h5"
  />
</svg>`;
