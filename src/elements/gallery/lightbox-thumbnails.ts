/**
 * The lightbox's thumbnail strip, below the image: shown by its toggle in the top bar, or from
 * the start with the gallery's `lightbox-thumbnails`. One Tab stop: the current item's thumbnail
 * (marked `aria-current`); the arrow keys browse as everywhere in the lightbox and focus follows
 * the current thumbnail, Home and End go to the first and last item.
 *
 * A gallery can have thousands of items: the strip holds the thumbnails around the current one
 * only, each built once, its image loaded lazily.
 *
 * The strip is in the gallery's order (`items`), from the inline start: right to left the first
 * item is on the right, as the slides run (PhotoSwipe's own indexes go through `order`).
 */
import type PhotoSwipe from 'photoswipe';
import type { GalleryItem } from '../../api/adapters/types.js';
import type { LightboxStrings, SlideOrder } from './lightbox.js';
import { button, el, FILE_ICON, icon, ICONS } from './lightbox-ui.js';

/** Thumbnails kept in the strip on each side of the current one. */
const AROUND = 30;

export function buildThumbnails(
  pswp: PhotoSwipe,
  items: GalleryItem[],
  strings: LightboxStrings,
  shown: boolean,
  order: SlideOrder,
) {
  const s = strings.lightbox;
  const strip = el('div', 'dash-pswp-thumbs', {
    id: 'dash-pswp-thumbs',
    role: 'group',
    'aria-label': s.thumbnails,
    part: 'lightbox-thumbnails',
  });
  const toggle = button('dash-pswp-thumbs-toggle', s.thumbnails, ICONS.thumbnails, () => setShown(strip.hidden));
  toggle.setAttribute('aria-controls', strip.id);
  const built = new Map<number, HTMLButtonElement>();
  const goTo = (index: number) => pswp.goTo(order.slide(index));

  const thumbnail = (index: number) => {
    let thumb = built.get(index);
    if (thumb) return thumb;
    const item = items[index];
    const name = item.alt || item.caption || item.filename || s.slideStatus(index + 1, items.length);
    thumb = el('button', 'dash-pswp-thumb', { type: 'button', 'aria-label': name, tabindex: '-1' });
    // http(s) only: the adapters checked every URL where it entered.
    const src = item.poster ?? item.src;
    if (src) thumb.append(el('img', '', { src, alt: '', loading: 'lazy', decoding: 'async' }));
    else thumb.append(icon(FILE_ICON));
    thumb.addEventListener('click', () => goTo(index));
    built.set(index, thumb);
    return thumb;
  };

  const render = () => {
    if (strip.hidden) return;
    const current = order.item(pswp.currIndex);
    const hadFocus = strip.matches(':focus-within');
    const first = Math.max(0, current - AROUND);
    const last = Math.min(items.length - 1, current + AROUND);
    const thumbs = Array.from({ length: last - first + 1 }, (_, i) => thumbnail(first + i));
    strip.replaceChildren(...thumbs);
    for (const thumb of thumbs) {
      thumb.removeAttribute('aria-current');
      thumb.tabIndex = -1;
    }
    const active = thumbnail(current);
    active.setAttribute('aria-current', 'true');
    active.tabIndex = 0;
    // Centred by the boxes on screen, which holds whichever way the strip runs and scrolls.
    const [box, at] = [strip.getBoundingClientRect(), active.getBoundingClientRect()];
    strip.scrollLeft += at.left + at.width / 2 - (box.left + box.width / 2);
    if (hadFocus) active.focus();
  };

  const setShown = (show: boolean) => {
    strip.hidden = !show;
    toggle.setAttribute('aria-pressed', String(show));
    render();
    // The image makes room for the strip, or takes it back.
    pswp.updateSize(true);
  };

  strip.addEventListener('keydown', (event) => {
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : undefined;
    if (to === undefined) return;
    event.preventDefault();
    goTo(to);
  });
  strip.hidden = !shown;
  toggle.setAttribute('aria-pressed', String(shown));
  pswp.on('change', render);

  return {
    toggle,
    strip,
    /** The room the strip takes below the image. */
    height: () => (strip.hidden ? 0 : strip.offsetHeight),
  };
}
