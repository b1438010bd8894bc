/**
 * Dash Social product hotspots and their product card. A hotspot is a button: tapping, clicking
 * or pressing Enter on it opens a small card in the lightbox (name, price, "View product") rather
 * than leaving for the shop at once — on a phone a tap on a photo is easily a mistake, and the
 * card says what the dot is. One behaviour for every input, so a touch laptop does not depend on
 * which pointer it last used. Escape, the card's close button or a tap outside it close it, and
 * focus goes back to the hotspot. Built with DOM APIs: text through `textContent`, the link only
 * for an http(s) URL.
 */
import type PhotoSwipe from 'photoswipe';
import type { GalleryProduct } from '../../api/adapters/types.js';
import type { LightboxStrings } from './lightbox.js';
import { el, icon, ICONS } from './lightbox-ui.js';

/** The part of PhotoSwipe's Content the hotspots read (its class type is not exported). */
interface Content {
  slide?: { container: HTMLElement };
  displayedImageWidth: number;
  displayedImageHeight: number;
}

/** Space kept between the card and the viewport's edges, and between the card and its hotspot. */
const MARGIN = 8;
const OFFSET = 22;

export interface ProductCard {
  /** Opens the card of `product` from `hotspot`; the open card's own hotspot closes it again. */
  toggle(hotspot: HTMLButtonElement, product: GalleryProduct): void;
  close(returnFocus: boolean): void;
}

/** `url` when it is http(s), else undefined (adapters already drop other links; this is the last guard). */
function httpUrl(url: string): string | undefined {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The lightbox's one product card, built on first use and wired to PhotoSwipe's keys and taps. */
export function createProductCard(pswp: PhotoSwipe, strings: LightboxStrings): ProductCard {
  const s = strings.lightbox;
  let card: HTMLElement | undefined;
  let opener: HTMLButtonElement | undefined;
  /** The slide the open card's hotspot is on, and the hotspot's place among the slide's. */
  let shownIndex = -1;
  let spotIndex = 0;
  let frame = 0;
  /** The pointer press that closed the card: PhotoSwipe must not also act on it (close, zoom). */
  let swallow = false;

  const close = (returnFocus: boolean) => {
    if (!card || card.hidden) return;
    card.hidden = true;
    cancelAnimationFrame(frame);
    frame = 0;
    opener?.setAttribute('aria-expanded', 'false');
    if (returnFocus && opener?.isConnected) opener.focus({ preventScroll: true });
    opener = undefined;
  };

  const build = (): HTMLElement => {
    const panel = el('div', 'dash-pswp-product pswp__hide-on-close', { role: 'dialog', part: 'product-card' });
    panel.hidden = true;
    pswp.element!.append(panel);
    // A press anywhere else closes the card; pressing another hotspot switches to its card.
    pswp.element!.addEventListener(
      'pointerdown',
      (event) => {
        swallow = false;
        if (panel.hidden) return;
        const target = event.composedPath()[0];
        if (target instanceof Element && (panel.contains(target) || target.closest('.dash-pswp-hotspot'))) return;
        swallow = true;
        const hotspot = opener;
        close(true);
        // A tap focuses what it lands on after this (the browser's mousedown comes later):
        // focus goes back to the hotspot once the tap is over.
        const refocus = () => {
          if (panel.hidden && hotspot?.isConnected) hotspot.focus({ preventScroll: true });
        };
        pswp.element!.addEventListener('click', refocus, { capture: true, once: true });
      },
      { capture: true },
    );
    return panel;
  };

  pswp.on('keydown', (event) => {
    if (!card || card.hidden) return;
    const key = event.originalEvent;
    if (key.key === 'Escape') {
      // Only the card closes: not PhotoSwipe, not the dialog.
      event.preventDefault();
      key.preventDefault();
      close(true);
    } else if (card.contains(key.composedPath()[0] as Node)) {
      // Keys typed in the card are the card's (Tab, Enter), not slide changes or zoom.
      event.preventDefault();
    }
  });
  for (const action of ['tapAction', 'doubleTapAction', 'imageClickAction', 'bgClickAction'] as const) {
    pswp.on(action, (event) => {
      const target = event.originalEvent.target as Element | null;
      // A press on a hotspot is the hotspot's; one that closed the card does nothing more.
      if (swallow || target?.closest?.('.dash-pswp-hotspot')) event.preventDefault();
    });
  }
  pswp.on('close', () => close(false));

  const fill = (panel: HTMLElement, product: GalleryProduct) => {
    panel.replaceChildren();
    panel.setAttribute('aria-label', product.title);
    const name = el('p', 'dash-pswp-product-name');
    name.textContent = product.title;
    const text = el('div', 'dash-pswp-product-text');
    text.append(name);
    if (product.price) {
      const price = el('p', 'dash-pswp-product-price');
      price.textContent = product.price;
      text.append(price);
    }
    const url = httpUrl(product.url);
    if (url) {
      const link = el('a', 'dash-pswp-product-link', { href: url, target: '_blank', rel: 'noopener noreferrer' });
      link.textContent = s.viewProduct;
      text.append(link);
    }
    const imageUrl = product.imageUrl && httpUrl(product.imageUrl);
    const image =
      imageUrl && el('img', 'dash-pswp-product-image', { src: imageUrl, alt: '', width: '56', height: '56' });
    const closeButton = el('button', 'dash-pswp-product-close', {
      type: 'button',
      'aria-label': s.closeProduct,
      title: s.closeProduct,
    });
    closeButton.append(icon(ICONS.close, 18));
    closeButton.addEventListener('click', () => close(true));
    panel.append(...(image ? [image] : []), text, closeButton);
  };

  /** Below the hotspot, else above it, inside the viewport. */
  const place = (panel: HTMLElement, hotspot: HTMLElement) => {
    const root = pswp.element!.getBoundingClientRect();
    const spot = hotspot.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = panel;
    const centre = spot.left + spot.width / 2 - root.left;
    const left = Math.min(Math.max(MARGIN, centre - width / 2), root.width - width - MARGIN);
    const below = spot.bottom - root.top + OFFSET - spot.height / 2;
    const above = spot.top - root.top - OFFSET + spot.height / 2 - height;
    const top = below + height <= root.height - MARGIN ? below : Math.max(MARGIN, above);
    panel.style.setProperty('left', `${Math.max(MARGIN, left)}px`);
    panel.style.setProperty('top', `${top}px`);
  };

  /**
   * Keeps the open card at its hotspot, every frame while it is open: opened during the opening
   * animation it was placed from the hotspot's rect mid-zoom, and the slide moves it afterwards —
   * positioned, loaded, zoomed, panned, resized — not always with an event to say so (the opening
   * zoom is a CSS transition). The same slide refreshed (refreshSlideContent() after measuring)
   * rebuilds the hotspots: the card moves to the new button in the same place.
   */
  let anchored = '';
  const follow = () => {
    frame = 0;
    if (!card || card.hidden) return;
    if (!opener?.isConnected) {
      const spot = pswp.currSlide?.container.querySelectorAll<HTMLButtonElement>('.dash-pswp-hotspot')[spotIndex];
      if (!spot) return close(false);
      opener = spot;
      spot.setAttribute('aria-expanded', 'true');
    }
    const { left, top } = opener.getBoundingClientRect();
    const where = `${left} ${top} ${innerWidth} ${innerHeight}`;
    if (where !== anchored) place(card, opener);
    anchored = where;
    frame = requestAnimationFrame(follow);
  };

  // Another slide closes the card; the same slide's `change` is a refresh (see `follow`).
  pswp.on('change', () => pswp.currIndex !== shownIndex && close(false));

  return {
    toggle(hotspot, product) {
      if (opener === hotspot && card && !card.hidden) {
        close(true);
        return;
      }
      close(false);
      card ??= build();
      fill(card, product);
      card.hidden = false;
      place(card, hotspot);
      opener = hotspot;
      shownIndex = pswp.currIndex;
      spotIndex = [...(hotspot.parentElement?.children ?? [])].indexOf(hotspot);
      hotspot.setAttribute('aria-expanded', 'true');
      anchored = '';
      frame ||= requestAnimationFrame(follow);
      card.querySelector<HTMLElement>('.dash-pswp-product-link, .dash-pswp-product-close')!.focus({
        preventScroll: true,
      });
    },
    close,
  };
}

/**
 * Hotspots at the products' x/y on the image, each a button opening its product card. The layer
 * sits in the slide's zoom wrapper, so it pans and zooms with the image.
 */
export function buildHotspots(
  content: Content,
  products: GalleryProduct[],
  strings: LightboxStrings,
  card: ProductCard,
): void {
  const container = content.slide?.container;
  if (!container || container.querySelector('.dash-pswp-hotspots')) return;
  const layer = el('div', 'dash-pswp-hotspots', { role: 'group', 'aria-label': strings.lightbox.products });
  sizeHotspots(layer, content);
  for (const product of products) {
    const hotspot = el('button', 'dash-pswp-hotspot', {
      type: 'button',
      'aria-expanded': 'false',
      'aria-haspopup': 'dialog',
    });
    hotspot.style.setProperty('left', `${product.x * 100}%`);
    hotspot.style.setProperty('top', `${product.y * 100}%`);
    const label = el('span', 'dash-pswp-hotspot-label');
    label.textContent = strings.lightbox.product(product.title, product.price ?? '');
    hotspot.append(label);
    hotspot.addEventListener('click', () => card.toggle(hotspot, product));
    layer.append(hotspot);
  }
  container.append(layer);
}

/** Keeps the hotspot layer the size of the displayed image (it changes with the viewport). */
export function sizeHotspots(layer: HTMLElement | null | undefined, content: Content): void {
  layer?.style.setProperty('width', `${content.displayedImageWidth}px`);
  layer?.style.setProperty('height', `${content.displayedImageHeight}px`);
}
