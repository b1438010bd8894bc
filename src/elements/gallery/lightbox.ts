/**
 * The PhotoSwipe 5 lightbox, loaded by dynamic import on the first open (PhotoSwipe core plus its
 * CSS are this chunk). Slides come from the gallery's data, never from scraping the DOM.
 *
 * PhotoSwipe's defaults do not fit a shadow-DOM element on a strict page embedded anywhere, hence:
 * - it opens in a modal `<dialog>` in the top layer (lightbox-dialog.ts): appended in the element,
 *   any transformed or clipping ancestor trapped it in the element's box. The dialog also makes
 *   the page inert, which replaces PhotoSwipe's focus trap (it compares `document`-level focus
 *   targets, which shadow DOM retargets to the host); focus returns to the thumbnail ourselves;
 * - its built-in UI writes SVG strings with `innerHTML`, which Trusted Types forbid: the default
 *   buttons are switched off and `lightbox-ui.ts` builds ours with DOM APIs;
 * - its global stylesheet cannot reach a shadow root: the CSS is adopted there as a
 *   constructable stylesheet (allowed under `style-src 'self'`);
 * - Back closes it (lightbox-history.ts) rather than leaving the page;
 * - it has no right-to-left mode: right to left the slides are given to it in reverse order (its
 *   author's advice), so the next item lies to the left — swiping left to right, ← and the arrow
 *   button on the left show it — and every index leaving this module is mapped back to the item's.
 */
import type { ReactiveControllerHost } from 'lit';
import PhotoSwipe, { type SlideData } from 'photoswipe';
import type { DashError } from '../../api/errors.js';
import type { GalleryDownloads, GalleryItem } from '../../api/adapters/types.js';
import { srcsetOf } from '../../api/adapters/normalize.js';
import { templateRenditions } from './src-template.js';
import { languageInUse, localize, textDirection, type SectionStrings } from '../../i18n/index.js';
import { gallery } from '../../i18n/en/gallery.js';
import { errors } from '../../i18n/en/common.js';
import { lightbox } from '../../i18n/en/lightbox.js';
import { video } from '../../i18n/en/video.js';
import { videoFileUrl } from '../../api/video.js';
import { photoswipeStyles } from './photoswipe.styles.js';
import { lightboxStyles } from './lightbox.styles.js';
import { writeDeepLink } from './deep-link-history.js';
import { showLightboxDialog } from './lightbox-dialog.js';
import { pushLightboxEntry } from './lightbox-history.js';
import {
  buildLightboxUi,
  type LightboxUi,
  buildFileSlide,
  buildStatusSlide,
  buildVideo,
  buildVideoPoster,
} from './lightbox-ui.js';
import { buildHotspots, createProductCard, sizeHotspots } from './product-card.js';
import { SlideSizes, type Size, type SizeState } from './slide-sizes.js';
import { adoptStyles } from '../../core/control.styles.js';

export interface LightboxOptions {
  /** The gallery: it hosts the download menu's task, and says whether thumbnails show at first. */
  host: ReactiveControllerHost & { lightboxThumbnails?: boolean };
  root: ShadowRoot;
  items: GalleryItem[];
  index: number;
  label: string;
  /** With `deep-link`: the gallery's id in the URL hash, kept in step with the open item. */
  deepLinkId?: string;
  /** The element's locale: the lightbox's strings load with it, not in the gallery's first load. */
  locale: string;
  /**
   * What the gallery knows of an unsized item's image: its size measured from the loaded tile, or
   * `'failed'` when the same file failed to load there.
   */
  measured(index: number): SizeState | undefined;
  /** A size (or failure) the lightbox found, so the gallery can lay the tile out with it. */
  onMeasured?(index: number, state: SizeState): void;
  downloads?: GalleryDownloads;
  /** The gallery's usable `src-template`: slides take their `srcset` from it, as the tiles do. */
  srcTemplate?: string;
  onError(error: unknown): DashError | undefined;
  onChange(index: number): void;
  onClose(index: number): void;
}

export interface LightboxHandle {
  /** Resolves when the opening animation ended and the keyboard works. */
  ready: Promise<void>;
  readonly index: number;
  goTo(index: number): void;
  close(): void;
}

/** The sections the lightbox renders (file slides use the gallery's own words). */
const lightboxStrings = { gallery, errors, lightbox, video };
export type LightboxStrings = SectionStrings<keyof typeof lightboxStrings>;

/**
 * Size of the placeholder slides — "loading" while an unsized image is measured, "image
 * unavailable" when it failed — so PhotoSwipe never gets a zero or unknown size.
 */
const PLACEHOLDER: Size = { width: 640, height: 480 };

/** How long opening waits for the first slide's size (then it opens on the loading placeholder). */
const OPEN_WAIT_MS = 3000;

/**
 * PhotoSwipe decides what a click or tap hit (image: zoom; background: close; touch: show or hide
 * the controls) from the target of the `pointerup` it hears on `window` — which shadow DOM
 * retargets to the gallery's host, so no click or tap ever did anything. Its tap handler is given
 * the pointer's real target instead: the one of the `pointerdown` it hears inside the shadow root.
 */
function readTapTargetsInShadow(pswp: PhotoSwipe): void {
  const handler = pswp.gestures.tapHandler;
  let pressed: EventTarget | null = null;
  pswp.on('pointerDown', ({ originalEvent }) => (pressed = originalEvent.composedPath()[0] ?? null));
  const withTarget = (event: PointerEvent): PointerEvent =>
    new Proxy(event, {
      get: (target, key) => {
        if (key === 'target') return pressed ?? target.target;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  for (const name of ['click', 'tap', 'doubleTap'] as const) {
    const original = handler[name].bind(handler);
    handler[name] = (point, event) => original(point, withTarget(event));
  }
}

function largest(item: GalleryItem): { url: string; width?: number; height?: number } {
  const best = item.srcset?.at(-1);
  if (item.original && (!best || (item.original.width ?? Infinity) >= best.width)) return item.original;
  return best ? { url: best.url, width: best.width } : { url: item.src };
}

/**
 * The full-size image's size when the data says it. With a separate `original` (light-DOM links)
 * the item's own size is only the thumbnail's, so it does not count.
 */
function knownSize(item: GalleryItem): { width: number; height: number } | undefined {
  const { width, height } = item.original ?? item;
  return width && height ? { width, height } : undefined;
}

/** An image whose size only decoding it can tell. */
const isUnsized = (item: GalleryItem | undefined) => item?.type === 'image' && !!item.src && !knownSize(item);

/**
 * PhotoSwipe slide data for one item; `measured` is what decoding it found. An unsized image is a
 * `measuring` placeholder until then, and `unavailable` when it failed — never a guessed size.
 */
export function slideData(item: GalleryItem, measured?: SizeState, srcTemplate?: string): SlideData {
  if (isUnsized(item) && !(measured && measured !== 'failed')) {
    return { type: measured === 'failed' ? 'unavailable' : 'measuring', ...PLACEHOLDER };
  }
  const { width, height } = knownSize(item) ?? (measured !== 'failed' ? measured : undefined) ?? PLACEHOLDER;
  // A Dash asset's video without a file URL is its poster until Play (src/api/video.ts).
  if (item.type === 'video' && (item.videoSrc || item.assetId)) return { type: 'video', width, height };
  if (!item.src) return { type: 'file', ...PLACEHOLDER };
  const full = largest(item);
  // The template's ladder already ends at the full-size image's width.
  const templated = srcTemplate ? templateRenditions(srcTemplate, item) : [];
  const renditions = templated.length ? [...templated] : [...(item.srcset ?? [])];
  if (!templated.length && item.original?.width)
    renditions.push({ url: item.original.url, width: item.original.width });
  return {
    src: full.url,
    srcset: renditions.length ? srcsetOf(renditions) : undefined,
    width,
    height,
    alt: item.alt,
    msrc: item.src,
    thumbCropped: true,
  };
}

/** PhotoSwipe's order of the slides: the gallery's left to right, the reverse right to left. */
export interface SlideOrder {
  rtl: boolean;
  /** The slide showing the item at `index`. */
  slide(index: number): number;
  /** The item a slide shows, by its index in the gallery. */
  item(slide: number): number;
}

export function slideOrder(count: number, rtl: boolean): SlideOrder {
  // Reversing is its own inverse.
  const flip = (index: number) => (rtl ? count - 1 - index : index);
  return { rtl, slide: flip, item: flip };
}

export async function openLightbox(options: LightboxOptions): Promise<LightboxHandle> {
  const { items, root } = options;
  const strings = localize(options.locale, lightboxStrings);
  adoptStyles(root, photoswipeStyles, lightboxStyles);
  // The dialog is tagged with the lightbox's strings' language, and takes its direction.
  const lang = languageInUse(options.locale);
  const dir = textDirection(lang);
  /** Item index ↔ PhotoSwipe's slide index; `slides` are the items in PhotoSwipe's order. */
  const order = slideOrder(items.length, dir === 'rtl');
  const slides = items.map((_, index) => items[order.item(index)]);
  const first = order.slide(options.index);
  const sizes = new SlideSizes(
    (index) => largest(slides[index]).url,
    (index) => options.measured(order.item(index)),
    (index, state) => options.onMeasured?.(order.item(index), state),
  );
  // PhotoSwipe needs sizes up front (its author's advice: measure, then open); a slow image opens
  // on the loading placeholder instead of holding the click.
  if (isUnsized(slides[first]) && !sizes.get(first)) {
    let timer = 0;
    await Promise.race([
      sizes.measure(first),
      new Promise<void>((resolve) => (timer = window.setTimeout(resolve, OPEN_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  const dataSource = slides.map((item, index) => slideData(item, sizes.get(index), options.srcTemplate));
  let destroyed = false;
  /** Slides already refreshed with their measured size: each is refreshed at most once. */
  const refreshed = new Set<number>();
  /**
   * A `measuring` slide's content was created (PhotoSwipe does that for the open slide and its
   * preloaded neighbours, nothing else): measure that one image. On success its slide is rebuilt
   * at the right size, once; on failure the placeholder says "image unavailable" in place — no
   * refresh, so no `change`, so nothing is measured again (issue 16, class 1).
   */
  const whenMeasured = (index: number, placeholder: HTMLElement) =>
    void sizes.measure(index).then((state) => {
      if (destroyed) return;
      dataSource[index] = slideData(slides[index], state, options.srcTemplate);
      if (state === 'failed') {
        placeholder.classList.add('dash-pswp-unavailable');
        placeholder.querySelector('p')!.textContent = strings.lightbox.unavailable;
      } else if (!refreshed.has(index)) {
        refreshed.add(index);
        pswp.refreshSlideContent(index);
      }
    });
  /** Aborts the jobs of videos still on the way when the lightbox goes. */
  const closing = new AbortController();
  /**
   * Where a Dash asset's video plays from: its original through a download job, where the portal
   * permits downloading it; none otherwise (the poster then says the video cannot be played here).
   * A failure is reported as dash-error from the gallery.
   */
  const videoSource = (item: GalleryItem) => {
    const ctx = item.downloadable ? options.downloads?.ctx : undefined;
    if (!ctx) return undefined;
    return {
      url: (signal: AbortSignal) => videoFileUrl(ctx, item.assetId ?? item.id, signal),
      onError: options.onError,
      signal: closing.signal,
    };
  };
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const dialog = showLightboxDialog(root, options.label, () => pswp.close());
  // In the gallery's shadow root but not under what its update tags: the lightbox's strings' language.
  Object.assign(dialog, { lang, dir });
  let ui: LightboxUi | undefined;
  const pswp = new PhotoSwipe({
    dataSource,
    index: first,
    appendToEl: dialog,
    paddingFn: (viewport, _data, index) => ui?.padding(viewport, index) ?? { top: 0, bottom: 0, left: 0, right: 0 },
    trapFocus: false,
    returnFocus: false,
    close: false,
    zoom: false,
    arrowPrev: false,
    arrowNext: false,
    counter: false,
    // Untyped but honoured: UI elements are disabled by `options[name] === false`.
    ...({ preloader: false } as object),
    secondaryZoomLevel: 1,
    showHideAnimationType: reducedMotion ? 'none' : 'zoom',
    errorMsg: strings.lightbox.slideError,
    // Opaque: the page showing through made slides look unfinished (a host may set a translucent
    // --dash-gallery-lightbox-bg).
    bgOpacity: 1,
  });
  const releaseHistory = pushLightboxEntry(!!options.deepLinkId, () => pswp.close());
  readTapTargetsInShadow(pswp);
  const productCard = createProductCard(pswp, strings);

  // The zoom animation starts from the item's tile image when it is rendered.
  pswp.addFilter(
    'thumbEl',
    (thumb, _data, index) =>
      (root.querySelector<HTMLElement>(`.cell[data-index="${order.item(index)}"] img`) ?? thumb) as HTMLElement,
  );
  pswp.on('contentLoad', (event) => {
    const { content } = event;
    const item = slides[content.index];
    const { type } = content;
    if (type !== 'video' && type !== 'file' && type !== 'measuring' && type !== 'unavailable') return;
    // Custom slides are built with DOM APIs: PhotoSwipe's own path would use innerHTML.
    event.preventDefault();
    let element: HTMLElement;
    if (type === 'video')
      element = item.videoSrc ? buildVideo(item) : buildVideoPoster(item, strings, videoSource(item));
    else if (type === 'file') element = buildFileSlide(item, strings);
    else {
      const failed = type === 'unavailable';
      element = buildStatusSlide(item, failed ? strings.lightbox.unavailable : strings.lightbox.measuring, failed);
      if (!failed) whenMeasured(content.index, element);
    }
    // PhotoSwipe types `element` as img|div, but appends any element for non-image content.
    content.element = element as HTMLDivElement;
    content.onLoaded();
  });
  pswp.on('contentAppend', ({ content }) => {
    const item = slides[content.index];
    if (item?.products?.length && content.slide) {
      buildHotspots(content, item.products, strings, productCard);
    }
  });
  pswp.on('imageSizeChange', ({ content }) => {
    sizeHotspots(content.slide?.container.querySelector<HTMLElement>('.dash-pswp-hotspots'), content);
  });
  // A video fills its slide's fitted box, as an image does (PhotoSwipe never enlarges content
  // past its own size, which left a 640×360 video small in the middle of a large screen).
  pswp.on('zoomLevelsUpdate', ({ zoomLevels, slideData }) => {
    if (slideData.type !== 'video' || !zoomLevels.elementSize || !zoomLevels.panAreaSize) return;
    const { elementSize: size, panAreaSize: area } = zoomLevels;
    const fit = Math.min(area.x / size.x, area.y / size.y);
    Object.assign(zoomLevels, { fit, fill: fit, vFill: fit, initial: fit, secondary: fit, max: fit, min: fit });
  });
  // Only the current slide can be reached: a neighbour's hotspot links and video controls are
  // inert while PhotoSwipe hides it (`aria-hidden`), so Tab cannot scroll the lightbox to it.
  const syncInert = () =>
    queueMicrotask(() =>
      pswp.mainScroll.itemHolders.forEach(({ el }) => (el.inert = el.getAttribute('aria-hidden') !== 'false')),
    );
  pswp.on('contentActivate', syncInert);
  pswp.on('contentDeactivate', syncInert);
  pswp.on('contentAppend', syncInert);
  pswp.on('pointerDown', (event) => {
    // Let video controls and a poster's Play button take the pointer instead of starting a swipe.
    if ((event.originalEvent.target as Element).closest?.('video, .dash-pswp-play')) event.preventDefault();
  });

  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  pswp.on('uiRegister', () => (ui = buildLightboxUi(pswp, slides, options, strings, order)));
  pswp.on('openingAnimationEnd', () => {
    // Not away from a product card or download menu opened during the animation.
    if (!pswp.element?.matches(':focus-within')) pswp.element?.focus();
    ready();
  });
  // The host's hash first, then back over our entry: both entries then have one URL, so going
  // back fires no `hashchange` at the page's router.
  const closeLink = () => options.deepLinkId && writeDeepLink(options.deepLinkId, undefined);
  pswp.on('close', () => {
    closeLink();
    releaseHistory();
  });
  // Also fired by refreshSlideContent(): it must never start work that leads to another refresh.
  pswp.on('change', () => {
    options.onChange(order.item(pswp.currIndex));
    if (options.deepLinkId) writeDeepLink(options.deepLinkId, order.item(pswp.currIndex));
  });
  pswp.on('destroy', () => {
    destroyed = true;
    closing.abort();
    closeLink();
    releaseHistory();
    dialog.close();
    dialog.remove();
    ready();
    options.onClose(order.item(pswp.currIndex));
  });
  pswp.init();

  return {
    ready: readyPromise,
    get index() {
      return order.item(pswp.currIndex);
    },
    goTo: (index) => pswp.goTo(order.slide(index)),
    close: () => pswp.close(),
  };
}
