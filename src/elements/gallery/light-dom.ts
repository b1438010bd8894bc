/**
 * The no-`source` mode: the page's own `<a href="large.jpg"><img src="thumb.jpg" alt></a>`
 * children become the gallery, so the page works before and without JavaScript. PhotoSwipe's
 * `data-pswp-width`/`data-pswp-height` on the link give the large image's size, as in its docs.
 */
import { positive, safeUrl } from '../../api/adapters/normalize.js';
import type { GalleryItem } from '../../api/adapters/types.js';

export function itemsFromLightDom(host: HTMLElement): GalleryItem[] {
  const links = host.querySelectorAll<HTMLAnchorElement>(':scope > a[href], :scope > figure > a[href]');
  const items: GalleryItem[] = [];
  links.forEach((link) => {
    const img = link.querySelector('img');
    const href = safeUrl(link.getAttribute('href'), document.baseURI);
    const src = safeUrl(img?.getAttribute('src'), document.baseURI) ?? href;
    if (!src) return;
    const caption =
      link.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ??
      link.dataset.caption ??
      link.title;
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
    if (href && href !== src) item.original = { url: href, width, height };
    items.push(item);
  });
  return items;
}
