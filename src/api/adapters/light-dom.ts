/**
 * The no-`source` mode: the page's own `<a href="large.jpg"><img src="thumb.jpg" alt></a>`
 * children (hand-written, or server-rendered by `dash-elements/server`) become the gallery, so the
 * page works before and without JavaScript. PhotoSwipe's `data-pswp-width`/`data-pswp-height` on
 * the link give the large image's size, as in its docs; a caption is the `<figure>`'s
 * `<figcaption>`, else the link's `data-caption` or `title`.
 */
import { positive, renditions, safeUrl } from './normalize.js';
import type { GalleryItem, GalleryRendition } from './types.js';

/** Width descriptors of a `srcset` (`url 640w, url 1280w`); URLs may hold commas (CDN options). */
function srcsetEntries(value: string | null): { url: string; width: string }[] {
  const entries: { url: string; width: string }[] = [];
  for (const [, url, width] of (value ?? '').matchAll(/(?:^|,)\s*(\S+)\s+(\d+)w\s*(?=,|$)/g)) {
    entries.push({ url, width });
  }
  return entries;
}

/** The width `sizes` gives at this viewport (px, vw, em and rem lengths), else undefined. */
function slotWidth(sizes: string | null): number | undefined {
  for (const entry of (sizes || '100vw').split(',')) {
    const match = /^(?:(\(.*\))\s+)?(\d*\.?\d+)(px|vw|r?em)$/.exec(entry.trim());
    if (!match) return undefined; // calc(), auto …: the tile chooses for itself
    const [, media, number, unit] = match;
    if (media && !matchMedia(media).matches) continue;
    return Number(number) * (unit === 'px' ? 1 : unit === 'vw' ? innerWidth / 100 : 16);
  }
  return undefined;
}

/**
 * The rendition Chromium picks from `list` for `sizes` (html_srcset_parser.cc: the first dense
 * enough, or the one below it when the screen's density is nearer it by geometric mean). For an
 * image whose lazy load may have started — its request in flight shows no `currentSrc` yet.
 */
function browserChoice(list: GalleryRendition[], sizes: string | null): string | undefined {
  const slot = slotWidth(sizes);
  if (!slot || !list.length) return undefined;
  const dpr = devicePixelRatio || 1;
  const density = list.map((r) => r.width / slot);
  for (let i = 0; i < list.length - 1; i++) {
    if (density[i + 1] < dpr) continue;
    const mean = Math.sqrt(density[i] * density[i + 1]);
    return (dpr <= 1 && dpr > density[i]) || dpr >= mean ? list[i + 1].url : list[i].url;
  }
  return list[list.length - 1].url;
}

/** The items `host`'s links show, in document order; links with no http(s) image are left out. */
export function itemsFromLinks(host: HTMLElement): GalleryItem[] {
  const base = document.baseURI;
  const links = host.querySelectorAll<HTMLAnchorElement>(':scope > a[href], :scope > figure > a[href]');
  const items: GalleryItem[] = [];
  links.forEach((link) => {
    const img = link.querySelector('img');
    const href = safeUrl(link.getAttribute('href'), base);
    // The image the browser chose (and fetched, or may be fetching) for the page's own markup: the
    // tile shows that very URL, so upgrading downloads nothing a second time. A lazy image may be
    // on its way without a `currentSrc`, so its choice is worked out the browser's way; a `srcset`
    // stays only when that cannot be (a `sizes` of calc()), for the tile to choose from.
    const listed = renditions(srcsetEntries(img?.getAttribute('srcset') ?? null), base);
    const chosen = safeUrl(img?.currentSrc || browserChoice(listed, img?.getAttribute('sizes') ?? null), base);
    const src = chosen ?? safeUrl(img?.getAttribute('src'), base) ?? href;
    if (!src) return;
    const srcset = chosen ? [] : listed;
    const caption =
      link.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? link.dataset.caption ?? link.title;
    const width = positive(link.dataset.pswpWidth);
    const height = positive(link.dataset.pswpHeight);
    const item: GalleryItem = {
      id: String(items.length),
      src,
      // The thumbnail's attributes give at least the aspect ratio for a shift-free layout.
      width: width ?? positive(img?.getAttribute('width')),
      height: height ?? positive(img?.getAttribute('height')),
      alt: img?.getAttribute('alt') ?? '',
      caption: caption ?? '',
      type: 'image',
      order: items.length,
    };
    if (srcset.length) item.srcset = srcset;
    if (href && href !== src) item.original = { url: href, width, height };
    items.push(item);
  });
  return items;
}
