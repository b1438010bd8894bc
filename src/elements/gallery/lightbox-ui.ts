/**
 * The lightbox's own UI, built with DOM APIs only: every text from the backend goes through
 * `textContent` (never HTML), every link is http(s), and nothing assigns an HTML string (Trusted
 * Types). Buttons reuse PhotoSwipe's class names so its stylesheet lays them out.
 */
import type PhotoSwipe from 'photoswipe';
import type { GalleryItem, GalleryProduct } from '../../api/adapters/types.js';
import type { LightboxOptions, LightboxStrings } from './lightbox.js';
import { buildDownloadMenu } from './download-menu.js';

/** The part of PhotoSwipe's Content the hotspots read (its class type is not exported). */
interface Content {
  slide?: { container: HTMLElement };
  displayedImageWidth: number;
  displayedImageHeight: number;
}

const SVG = 'http://www.w3.org/2000/svg';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function icon(path: string, size = 32): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'pswp__icn');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  shape.setAttribute('fill', 'none');
  shape.setAttribute('stroke', 'currentColor');
  shape.setAttribute('stroke-width', '2.5');
  shape.setAttribute('stroke-linecap', 'round');
  svg.append(shape);
  return svg;
}

export const ICONS = {
  close: 'M10 10l12 12M22 10L10 22',
  // Both arrows: PhotoSwipe's stylesheet mirrors the next arrow's icon (its own UI draws one arrow).
  arrow: 'M19 8l-8 8 8 8',
  zoom: 'M14 8a6 6 0 1 0 0 12a6 6 0 1 0 0-12M18.5 18.5L24 24M11 14h6M14 11v6',
  download: 'M16 7v13M10 14l6 6 6-6M9 25h14',
};

export function button(className: string, label: string, path: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', `pswp__button ${className}`, { type: 'button', 'aria-label': label, title: label });
  element.append(icon(path));
  element.addEventListener('click', onClick);
  return element;
}

/** Top bar (counter, download, zoom, close), arrows and the caption, wired to slide changes. */
export function buildLightboxUi(
  pswp: PhotoSwipe,
  items: GalleryItem[],
  options: LightboxOptions,
  strings: LightboxStrings,
): void {
  const s = strings.lightbox;
  const root = pswp.element;
  const wrap = pswp.scrollWrap;
  if (!root || !wrap) return;
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', options.label);

  const bar = el('div', 'pswp__top-bar pswp__hide-on-close');
  const counter = el('div', 'pswp__counter', { 'aria-live': 'polite' });
  const spacer = el('div', 'dash-pswp-spacer');
  const zoom = button('pswp__button--zoom', s.zoom, ICONS.zoom, () => pswp.toggleZoom());
  const close = button('pswp__button--close', s.close, ICONS.close, () => pswp.close());
  const downloads = options.downloads && buildDownloadMenu(pswp, items, options, strings);
  bar.append(counter, spacer, ...(downloads ? [downloads.element] : []), zoom, close);

  const arrows = [
    button('pswp__button--arrow pswp__button--arrow--prev pswp__hide-on-close', s.previous, ICONS.arrow, () =>
      pswp.prev(),
    ),
    button('pswp__button--arrow pswp__button--arrow--next pswp__hide-on-close', s.next, ICONS.arrow, () => pswp.next()),
  ];
  const caption = el('div', 'dash-pswp-caption pswp__hide-on-close');
  wrap.append(bar, ...arrows, caption);

  const update = () => {
    const index = pswp.currIndex;
    const item = items[index];
    counter.textContent = s.slideStatus(index + 1, items.length);
    caption.textContent = item?.caption ?? '';
    caption.hidden = !item?.caption;
    zoom.hidden = !pswp.currSlide?.isZoomable();
    downloads?.update(item);
    // Only the current slide's video may play.
    root.querySelectorAll('video').forEach((video) => {
      if (!pswp.currSlide?.container.contains(video)) video.pause();
    });
  };
  pswp.on('change', update);
  pswp.on('loadComplete', update);
  pswp.on('close', () => root.querySelectorAll('video').forEach((video) => video.pause()));
}

/** A `<video controls>` slide; the source is http(s) (adapters guarantee it). */
export function buildVideo(item: GalleryItem): HTMLElement {
  const video = el('video', 'dash-pswp-video', { controls: '', playsinline: '', preload: 'metadata' });
  if (item.videoSrc) video.src = item.videoSrc;
  const poster = item.poster ?? item.src;
  if (poster) video.poster = poster;
  if (item.alt) video.setAttribute('aria-label', item.alt);
  return video;
}

/** The slide of a file without a preview: an icon and its name. */
export function buildFileSlide(item: GalleryItem, strings: LightboxStrings): HTMLElement {
  const panel = el('div', 'pswp__content dash-pswp-file');
  const name = el('p', '');
  name.textContent = item.filename || item.caption || strings.gallery.file;
  panel.append(icon('M18 5H9a1 1 0 0 0-1 1v20a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V11zM18 5v6h6', 96), name);
  return panel;
}

/**
 * The slide of an image without a known size: "loading" while it is measured, then (or at once)
 * "image unavailable" when its file failed to load — a clear message at a safe placeholder size.
 */
export function buildStatusSlide(item: GalleryItem, message: string, failed: boolean): HTMLElement {
  const panel = el('div', `pswp__content dash-pswp-file dash-pswp-status${failed ? ' dash-pswp-unavailable' : ''}`);
  const text = el('p', '');
  text.textContent = message;
  const name = el('p', 'dash-pswp-status-name');
  name.textContent = item.alt || item.caption || item.filename || '';
  panel.append(icon('M6 7h20v18H6zM6 21l6-6 5 5 3-3 6 6', 96), text);
  if (name.textContent) panel.append(name);
  return panel;
}

/**
 * Dash Social product hotspots: accessible links placed at the product's x/y on the image.
 * The layer sits in the slide's zoom wrapper, so it pans and zooms with the image.
 */
export function buildHotspots(content: Content, products: GalleryProduct[], strings: LightboxStrings): void {
  const container = content.slide?.container;
  if (!container || container.querySelector('.dash-pswp-hotspots')) return;
  const layer = el('div', 'dash-pswp-hotspots', { role: 'group', 'aria-label': strings.lightbox.products });
  sizeHotspots(layer, content);
  for (const product of products) {
    const link = el('a', 'dash-pswp-hotspot', {
      href: product.url,
      target: '_blank',
      rel: 'noopener noreferrer',
    });
    link.style.setProperty('left', `${product.x * 100}%`);
    link.style.setProperty('top', `${product.y * 100}%`);
    const label = el('span', 'dash-pswp-hotspot-label');
    label.textContent = strings.lightbox.product(product.title, product.price ?? '');
    link.append(label);
    layer.append(link);
  }
  container.append(layer);
}

/** Keeps the hotspot layer the size of the displayed image (it changes with the viewport). */
export function sizeHotspots(layer: HTMLElement | null | undefined, content: Content): void {
  layer?.style.setProperty('width', `${content.displayedImageWidth}px`);
  layer?.style.setProperty('height', `${content.displayedImageHeight}px`);
}
