/**
 * The no-`source` mode: the page's own `<a href="large.jpg"><img src="thumb.jpg" alt></a>`
 * children (hand-written, or server-rendered by `dash-elements/server`) become the gallery, so the
 * page works before and without JavaScript. PhotoSwipe's `data-pswp-width`/`data-pswp-height` on
 * the link give the large image's size, as in its docs; a caption is the `<figure>`'s
 * `<figcaption>`, else the link's `data-caption` or `title`.
 */
import { positive, renditions, safeUrl } from './normalize.js';
import type { GalleryItem } from './types.js';

/** Width descriptors of a `srcset` (`url 640w, url 1280w`); URLs may hold commas (CDN options). */
function srcsetEntries(value: string | null): { url: string; width: string }[] {
  const entries: { url: string; width: string }[] = [];
  for (const [, url, width] of (value ?? '').matchAll(/(?:^|,)\s*(\S+)\s+(\d+)w\s*(?=,|$)/g)) {
    entries.push({ url, width });
  }
  return entries;
}

/** The items `host`'s links show, in document order; links with no http(s) image are left out. */
export function itemsFromLinks(host: HTMLElement): GalleryItem[] {
  const base = document.baseURI;
  const links = host.querySelectorAll<HTMLAnchorElement>(':scope > a[href], :scope > figure > a[href]');
  const items: GalleryItem[] = [];
  links.forEach((link) => {
    const img = link.querySelector('img');
    const href = safeUrl(link.getAttribute('href'), base);
    // The image the browser already chose (and fetched, or is fetching) for the page's own markup:
    // the tile shows that very URL, so upgrading downloads nothing a second time. A `srcset` is
    // kept only for an image the page has not requested yet (a lazy one below the fold).
    const chosen = safeUrl(img?.currentSrc, base);
    const src = chosen ?? safeUrl(img?.getAttribute('src'), base) ?? href;
    if (!src) return;
    const srcset = chosen ? [] : renditions(srcsetEntries(img?.getAttribute('srcset') ?? null), base);
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
