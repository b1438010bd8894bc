/**
 * `dash-elements/server`: a gallery's markup rendered on the server (Node, Deno, Bun, edge
 * runtimes — no DOM, no Lit), so a page shows its photos before any script runs and search
 * engines see them. The markup is what `<dash-gallery>` with no `source` enhances: its own
 * `<a href><img></a>` children, in order. Upgrading over it downloads none of its images again
 * (the tiles show the very URL each `<img>` already chose: src/api/adapters/light-dom.ts).
 */
import { loadGallery } from '../api/adapters/index.js';
import { positive, safeUrl, srcsetOf } from '../api/adapters/normalize.js';
import type { GalleryItem, GallerySourceConfig } from '../api/adapters/types.js';

export type { GalleryItem, GalleryRendition, GallerySourceConfig } from '../api/adapters/types.js';

export interface GalleryMarkupOptions {
  /**
   * How many images load at once with `fetchpriority="high"` (the first row, what the visitor
   * sees first); the rest load lazily. Default 3.
   */
  eager?: number;
  /** The `sizes` of images with a `srcset`. Default: a third of the page on wide screens, else all of it. */
  sizes?: string;
  /** Resolves relative URLs; without it only absolute http(s) URLs are kept. */
  base?: string;
}

const DEFAULT_SIZES = '(min-width: 60em) 33vw, (min-width: 36em) 50vw, 100vw';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value as HTML that can only ever be text (quotes too: attributes are quoted). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** ` name="value"` for each set value (numbers rounded); absent ones leave nothing. */
function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(typeof value === 'number' ? String(Math.round(value)) : value)}"`)
    .join('');
}

/** One item as `<a><img></a>` (in a `<figure>` with its caption), or '' with no http(s) image. */
function itemMarkup(
  item: GalleryItem,
  eager: boolean,
  o: Required<Omit<GalleryMarkupOptions, 'base'>> & { base?: string },
): string {
  // A video or a file shows its poster or preview: the light-DOM gallery shows images.
  const src = safeUrl(item.poster ?? item.src, o.base);
  if (!src) return '';
  const srcset = (item.type === 'image' ? (item.srcset ?? []) : [])
    .map((r) => ({ url: safeUrl(r.url, o.base), width: positive(r.width) }))
    .filter((r): r is { url: string; width: number } => !!r.url && !!r.width);
  const largest = srcset.at(-1);
  const original = safeUrl(item.original?.url, o.base);
  const width = positive(item.width);
  const height = positive(item.height);
  // The lightbox's image: the original, else the widest rendition, else the image itself.
  const full = original
    ? {
        url: original,
        width: positive(item.original?.width) ?? width,
        height: positive(item.original?.height) ?? height,
      }
    : largest && width && height
      ? { url: largest.url, width: largest.width, height: (largest.width * height) / width }
      : { url: largest?.url ?? src, width, height };
  const img = `<img${attributes({
    src,
    srcset: srcset.length ? srcsetOf(srcset) : undefined,
    sizes: srcset.length ? o.sizes : undefined,
    width,
    height,
    alt: typeof item.alt === 'string' ? item.alt : '',
    loading: eager ? 'eager' : 'lazy',
    fetchpriority: eager ? 'high' : undefined,
    decoding: 'async',
  })}>`;
  const link = `<a${attributes({ href: full.url, 'data-pswp-width': full.width, 'data-pswp-height': full.height })}>${img}</a>`;
  const caption = typeof item.caption === 'string' ? item.caption.trim() : '';
  return caption ? `<figure>${link}<figcaption>${escapeHtml(caption)}</figcaption></figure>` : link;
}

/**
 * The light-DOM markup of a gallery of `items` (any source's, as `loadGalleryItems` gives them):
 * put it inside `<dash-gallery>` (no `source`). Every URL must be http(s) (others, `javascript:`
 * or `data:`, are dropped with their item or rendition), and all text is escaped.
 */
export function renderGalleryMarkup(items: readonly GalleryItem[], options: GalleryMarkupOptions = {}): string {
  const o = { eager: options.eager ?? 3, sizes: options.sizes ?? DEFAULT_SIZES, base: options.base };
  let shown = 0;
  return items
    .map((item) => {
      const markup = itemMarkup(item, shown < o.eager, o);
      if (markup) shown++;
      return markup;
    })
    .join('');
}

export interface LoadItemsOptions {
  /** At most this many items (a paged source is read page by page until it has them). Default 100. */
  limit?: number;
  signal?: AbortSignal;
}

/**
 * A source's items, fetched on the server by the same adapters the element uses (`json`,
 * `photo-gallery`, `cms`, `dash-portal`, `dash-social`: each only `fetch`). Errors are `DashError`s.
 * Give `apiBase`/`src` as absolute URLs: there is no page to resolve them against.
 */
export async function loadGalleryItems(
  config: GallerySourceConfig,
  options: LoadItemsOptions = {},
): Promise<GalleryItem[]> {
  const limit = options.limit ?? 100;
  let page = await loadGallery(config, { signal: options.signal });
  const items = [...page.items];
  while (items.length < limit && page.next) {
    options.signal?.throwIfAborted();
    page = await page.next();
    items.push(...page.items);
  }
  return items.slice(0, limit);
}
