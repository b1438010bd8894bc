/**
 * The lightbox's own UI, built with DOM APIs only: every text from the backend goes through
 * `textContent` (never HTML), every link is http(s), and nothing assigns an HTML string (Trusted
 * Types). Buttons reuse PhotoSwipe's class names so its stylesheet lays them out.
 */
import type PhotoSwipe from 'photoswipe';
import type { Padding } from 'photoswipe';
import type { GalleryItem } from '../../api/adapters/types.js';
import type { LightboxOptions, LightboxStrings, SlideOrder } from './lightbox.js';
import { buildDownloadMenu } from './download-menu.js';
import { buildThumbnails } from './lightbox-thumbnails.js';
import { VideoPlayback } from '../../api/video.js';

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

export function icon(path: string, size = 24): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  // Not PhotoSwipe's `pswp__icn`: its stylesheet places those absolutely and mirrors one arrow.
  svg.setAttribute('class', 'dash-pswp-icn');
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
  shape.setAttribute('stroke-linejoin', 'round');
  svg.append(shape);
  return svg;
}

export const ICONS = {
  close: 'M10 10l12 12M22 10L10 22',
  previous: 'M19 8l-8 8 8 8',
  next: 'M13 8l8 8-8 8',
  zoomIn: 'M14 8a6 6 0 1 0 0 12a6 6 0 1 0 0-12M18.5 18.5L24 24M11 14h6M14 11v6',
  zoomOut: 'M14 8a6 6 0 1 0 0 12a6 6 0 1 0 0-12M18.5 18.5L24 24M11 14h6',
  download: 'M16 7v13M10 14l6 6 6-6M9 25h14',
  thumbnails: 'M6 8h8v7H6zM18 8h8v7h-8zM6 19h8v7H6zM18 19h8v7h-8z',
  play: 'M11 8v16l13-8z',
};

export function button(className: string, label: string, path: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', `pswp__button ${className}`, {
    type: 'button',
    'aria-label': label,
    title: label,
    part: 'lightbox-button',
  });
  element.append(icon(path));
  element.addEventListener('click', onClick);
  return element;
}

/** Room kept free of the image: the top bar, the caption and thumbnails, the arrows. */
export interface LightboxUi {
  padding(viewport: { x: number; y: number }, index: number): Padding;
}

/** Height of the top bar; the image keeps at least as much room at the bottom, so it stays centred. */
const BAR = 56;
/** Room beside the image for the arrows on a wide screen. */
const SIDE = 72;

/**
 * Top bar (counter, download, thumbnails, zoom, close), arrows, the caption and the thumbnail
 * strip below the image, wired to slide and zoom changes. `items` are in PhotoSwipe's order;
 * `order` maps them to the gallery's (they differ right to left, see lightbox.ts).
 */
export function buildLightboxUi(
  pswp: PhotoSwipe,
  items: GalleryItem[],
  options: LightboxOptions,
  strings: LightboxStrings,
  order: SlideOrder,
): LightboxUi | undefined {
  const s = strings.lightbox;
  const root = pswp.element;
  const wrap = pswp.scrollWrap;
  if (!root || !wrap) return undefined;
  // The <dialog> around it is the modal dialog (and carries the label).
  root.removeAttribute('role');

  const bar = el('div', 'pswp__top-bar pswp__hide-on-close');
  const counter = el('div', 'pswp__counter', { 'aria-hidden': 'true' });
  // Says more than the counter: which image, and its caption (issue 19).
  const announcer = el('div', 'visually-hidden', { role: 'status' });
  const spacer = el('div', 'dash-pswp-spacer');
  const zoom = button('pswp__button--zoom', s.zoom, ICONS.zoomIn, () => pswp.toggleZoom());
  const close = button('pswp__button--close', s.close, ICONS.close, () => pswp.close());
  const downloads = options.downloads && buildDownloadMenu(pswp, items, options, strings);
  const thumbnails =
    items.length > 1
      ? buildThumbnails(pswp, options.items, strings, !!options.host.lightboxThumbnails, order)
      : undefined;
  bar.append(counter, spacer, ...[downloads?.element, thumbnails?.toggle, zoom, close].filter((x) => !!x));

  const arrow = (side: 'prev' | 'next', label: string, path: string, go: () => void) =>
    button(`pswp__button--arrow pswp__button--arrow--${side} pswp__hide-on-close`, label, path, go);
  // Right to left the next item is PhotoSwipe's previous slide, to the left: "next" sits on the
  // left (lightbox.styles.ts) and points there.
  const { rtl } = order;
  const arrows = [
    arrow('prev', s.previous, rtl ? ICONS.next : ICONS.previous, () => (rtl ? pswp.next() : pswp.prev())),
    arrow('next', s.next, rtl ? ICONS.previous : ICONS.next, () => (rtl ? pswp.prev() : pswp.next())),
  ];
  const bottom = el('div', 'dash-pswp-bottom pswp__hide-on-close');
  const caption = el('div', 'dash-pswp-caption', { part: 'caption lightbox-caption' });
  // The caption's height decides the image's room: measured for each slide in this copy, which
  // takes the host's `::part(caption)` styles too (a larger font needs more room).
  const sizer = el('div', 'dash-pswp-caption dash-pswp-sizer', {
    'aria-hidden': 'true',
    part: 'caption lightbox-caption',
  });
  bottom.append(caption, ...(thumbnails ? [thumbnails.strip] : []));
  wrap.append(bar, ...arrows, bottom, sizer, announcer);

  const setZoomState = () => {
    // Zoomed in past the fitted size: the button's next toggle zooms out.
    const slide = pswp.currSlide;
    const zoomedIn = !!slide && slide.currZoomLevel > slide.zoomLevels.initial + 0.01;
    const label = zoomedIn ? s.zoomOut : s.zoom;
    zoom.setAttribute('aria-label', label);
    zoom.title = label;
    zoom.querySelector('path')!.setAttribute('d', zoomedIn ? ICONS.zoomOut : ICONS.zoomIn);
  };
  /** The slide the download menu was last set up for. */
  let shown = -1;
  const update = () => {
    const item = items[pswp.currIndex];
    const status = s.slideStatus(order.item(pswp.currIndex) + 1, items.length);
    counter.textContent = status;
    announcer.textContent = [status, item?.alt, item?.caption].filter(Boolean).join('. ');
    caption.textContent = item?.caption ?? '';
    caption.hidden = !item?.caption;
    zoom.hidden = !pswp.currSlide?.isZoomable();
    setZoomState();
    // `loadComplete` (any slide's image arriving) and a refreshed slide also land here: only
    // another slide resets the download menu, or a menu opened early was closed by the load.
    if (pswp.currIndex !== shown) downloads?.update(item);
    shown = pswp.currIndex;
    // Only the current slide's video may play.
    root.querySelectorAll('video').forEach((video) => {
      if (!pswp.currSlide?.container.contains(video)) video.pause();
    });
  };
  pswp.on('change', update);
  pswp.on('loadComplete', update);
  pswp.on('zoomPanUpdate', setZoomState);
  pswp.on('close', () => root.querySelectorAll('video').forEach((video) => video.pause()));

  return {
    padding(viewport, index) {
      const text = items[index]?.caption ?? '';
      sizer.textContent = text;
      const below = (text ? sizer.offsetHeight : 0) + (thumbnails?.height() ?? 0);
      const side = viewport.x >= 700 && items.length > 1 ? SIDE : 0;
      return { top: BAR, bottom: Math.max(BAR, below), left: side, right: side };
    },
  };
}

/** A `<video controls>` slide; the source is http(s) (adapters guarantee it). */
export function buildVideo(item: GalleryItem): HTMLVideoElement {
  const video = el('video', 'dash-pswp-video', { controls: '', playsinline: '', preload: 'metadata' });
  if (item.videoSrc) video.src = item.videoSrc;
  const poster = item.poster ?? item.src;
  if (poster) video.poster = poster;
  if (item.alt) video.setAttribute('aria-label', item.alt);
  return video;
}

/** Where a Dash asset's video plays from (lightbox.ts); a failure goes to `onError` (dash-error). */
export interface VideoSource {
  url(signal: AbortSignal): Promise<string>;
  onError(error: unknown): unknown;
  /** Aborted when the lightbox closes: a job still on the way is left. */
  signal: AbortSignal;
}

/**
 * The poster of a Dash asset's video, which has no file URL until Play (src/api/video.ts). With a
 * `source`, Play fetches the file — the button says so meanwhile and keeps focus — and a player
 * takes the poster's place in the slide, focused; a failure says so and Play stays to try again.
 * Without one (downloading not permitted) the poster says the video cannot be played here.
 */
export function buildVideoPoster(item: GalleryItem, strings: LightboxStrings, source?: VideoSource): HTMLElement {
  const v = strings.video;
  const slide = el('div', 'dash-pswp-poster');
  const poster = item.poster ?? item.src;
  if (poster) slide.append(Object.assign(el('img', '', { alt: '' }), { src: poster }));
  const note = el('p', 'dash-pswp-video-note', source ? { role: 'alert' } : {});
  if (!source) {
    note.textContent = v.videoNotPlayable;
    slide.append(note);
    return slide;
  }
  const name = item.filename || item.alt || item.caption;
  const play = el('button', 'dash-pswp-play', { type: 'button' });
  const label = el('span', '');
  play.append(icon(ICONS.play), label);
  slide.append(play, note);
  const playback = new VideoPlayback<GalleryItem>(() => render());
  const render = () => {
    const state = playback.state(item);
    const text = state === 'loading' ? v.videoLoading : v.playVideo;
    label.textContent = text;
    play.setAttribute('aria-label', name ? `${text}: ${name}` : text);
    // aria-disabled, not disabled: a disabled button would drop the focus it has.
    if (state === 'loading') play.setAttribute('aria-disabled', 'true');
    else play.removeAttribute('aria-disabled');
    note.textContent = state === 'failed' ? v.videoFailed : '';
  };
  render();
  source.signal.addEventListener('abort', () => playback.abort(), { once: true });
  play.addEventListener('click', async () => {
    const url = await playback.play(item, (signal) => source.url(signal), source.onError);
    if (!url || source.signal.aborted) return;
    const video = buildVideo({ ...item, videoSrc: url });
    video.preload = 'auto';
    slide.replaceChildren(video);
    // Play is gone: focus goes to the player, which starts (or waits, its controls ready, where
    // the browser wants another press).
    video.focus();
    void video.play().catch(() => undefined);
  });
  return slide;
}

export const FILE_ICON = 'M18 5H9a1 1 0 0 0-1 1v20a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V11zM18 5v6h6';

/** The slide of a file without a preview: an icon and its name. */
export function buildFileSlide(item: GalleryItem, strings: LightboxStrings): HTMLElement {
  const panel = el('div', 'pswp__content dash-pswp-file');
  const name = el('p', '');
  name.textContent = item.filename || item.caption || strings.gallery.file;
  panel.append(icon(FILE_ICON, 96), name);
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
