/**
 * The PhotoSwipe 5 lightbox, loaded by dynamic import on the first open (PhotoSwipe core plus its
 * CSS are this chunk). Slides come from the gallery's data, never from scraping the DOM.
 *
 * Three PhotoSwipe defaults do not fit a shadow-DOM element on a strict page, hence:
 * - its built-in UI writes SVG strings with `innerHTML`, which Trusted Types forbid: the default
 *   buttons are switched off and `lightbox-ui.ts` builds ours with DOM APIs;
 * - its focus trap compares `document`-level focus targets, which shadow DOM retargets to the
 *   host: we trap with `composedPath()` instead, and return focus to the thumbnail ourselves;
 * - its global stylesheet cannot reach a shadow root: the CSS is adopted there as a
 *   constructable stylesheet (allowed under `style-src 'self'`).
 */
import PhotoSwipe, { type SlideData } from 'photoswipe';
import type { DashError } from '../../api/errors.js';
import type { GalleryDownloads, GalleryItem } from '../../api/adapters/types.js';
import { srcsetOf } from '../../api/adapters/normalize.js';
import { localize } from '../../i18n/index.js';
import { gallery } from '../../i18n/en/gallery.js';
import { errors } from '../../i18n/en/errors.js';
import { lightbox } from '../../i18n/en/lightbox.js';
import { photoswipeStyles } from './photoswipe.styles.js';
import { lightboxStyles } from './lightbox.styles.js';
import { writeDeepLink } from './deep-link.js';
import { buildLightboxUi, buildFileSlide, buildHotspots, buildVideo, sizeHotspots } from './lightbox-ui.js';

export interface LightboxOptions {
  root: ShadowRoot;
  items: GalleryItem[];
  index: number;
  label: string;
  /** With `deep-link`: the gallery's id in the URL hash, kept in step with the open item. */
  deepLinkId?: string;
  /** The element's locale: the lightbox's strings load with it, not in the gallery's first load. */
  locale: string;
  /** A size measured from the loaded thumbnail, for items whose backend gave none. */
  measured(index: number): { width: number; height: number } | undefined;
  downloads?: GalleryDownloads;
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
const lightboxStrings = { gallery, errors, lightbox };

/** Size used until the real one is known; replaced as soon as the image is measured. */
const FALLBACK = { width: 1600, height: 1200 };

function adoptStyles(root: ShadowRoot): void {
  const sheets = [photoswipeStyles.styleSheet, lightboxStyles.styleSheet].filter(
    (sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet),
  );
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
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

/** PhotoSwipe slide data for one item; `measured` is its size found by decoding it. */
export function slideData(item: GalleryItem, measured?: { width: number; height: number }): SlideData {
  const { width, height } = knownSize(item) ?? measured ?? FALLBACK;
  if (item.type === 'video' && item.videoSrc) return { type: 'video', width, height };
  if (!item.src) return { type: 'file', width: 640, height: 480 };
  const full = largest(item);
  const renditions = [...(item.srcset ?? [])];
  if (item.original?.width) renditions.push({ url: item.original.url, width: item.original.width });
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

/** Natural size of an image URL (decoded off-DOM). */
async function measureImage(url: string): Promise<{ width: number; height: number }> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return { width: img.naturalWidth, height: img.naturalHeight };
}

export async function openLightbox(options: LightboxOptions): Promise<LightboxHandle> {
  const { items, root } = options;
  const strings = localize(options.locale, lightboxStrings);
  adoptStyles(root);
  const sizes = new Map<number, { width: number; height: number }>();
  const sizeOf = (index: number) => sizes.get(index) ?? options.measured(index);
  const needsSize = (index: number) => {
    const item = items[index];
    return item?.type === 'image' && !!item.src && !knownSize(item) && !sizeOf(index);
  };
  const measure = async (index: number) => {
    if (!needsSize(index)) return;
    try {
      sizes.set(index, await measureImage(largest(items[index]).url));
    } catch {
      // A broken image shows PhotoSwipe's error message; the fallback size is fine for that.
    }
  };
  // PhotoSwipe needs sizes up front (its author's advice: measure, then open).
  await measure(options.index);

  const dataSource = items.map((item, index) => slideData(item, sizeOf(index)));
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const pswp = new PhotoSwipe({
    dataSource,
    index: options.index,
    appendToEl: root as unknown as HTMLElement,
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
    bgOpacity: 0.92,
  });

  // The zoom animation starts from the item's tile image when it is rendered.
  pswp.addFilter(
    'thumbEl',
    (thumb, _data, index) => (root.querySelector<HTMLElement>(`.cell[data-index="${index}"] img`) ?? thumb) as HTMLElement,
  );
  pswp.on('contentLoad', (event) => {
    const { content } = event;
    const item = items[content.index];
    if (content.type !== 'video' && content.type !== 'file') return;
    // Custom slides are built with DOM APIs: PhotoSwipe's own path would use innerHTML.
    event.preventDefault();
    // PhotoSwipe types `element` as img|div, but appends any element for non-image content.
    content.element = (
      content.type === 'video' ? buildVideo(item) : buildFileSlide(item, strings)
    ) as HTMLDivElement;
    content.onLoaded();
  });
  pswp.on('contentAppend', ({ content }) => {
    const item = items[content.index];
    if (item?.products?.length && content.slide) {
      buildHotspots(content, item.products, strings);
    }
  });
  pswp.on('imageSizeChange', ({ content }) => {
    sizeHotspots(content.slide?.container.querySelector<HTMLElement>('.dash-pswp-hotspots'), content);
  });
  pswp.on('pointerDown', (event) => {
    // Let video controls take the pointer instead of starting a swipe.
    if ((event.originalEvent.target as Element).closest?.('video')) event.preventDefault();
  });

  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const trapFocus = (event: FocusEvent) => {
    if (pswp.element && !event.composedPath().includes(pswp.element)) pswp.element.focus();
  };
  pswp.on('uiRegister', () => buildLightboxUi(pswp, items, options, strings));
  pswp.on('openingAnimationEnd', () => {
    pswp.element?.focus();
    document.addEventListener('focusin', trapFocus);
    ready();
  });
  pswp.on('change', () => {
    options.onChange(pswp.currIndex);
    if (options.deepLinkId) writeDeepLink(options.deepLinkId, pswp.currIndex);
    // Neighbours of unknown size are measured as the visitor reaches them.
    for (const index of [pswp.currIndex, pswp.currIndex + 1, pswp.currIndex - 1]) {
      if (needsSize(index)) {
        void measure(index).then(() => {
          dataSource[index] = slideData(items[index], sizeOf(index));
          pswp.refreshSlideContent(index);
        });
      }
    }
  });
  pswp.on('destroy', () => {
    document.removeEventListener('focusin', trapFocus);
    if (options.deepLinkId) writeDeepLink(options.deepLinkId, undefined);
    ready();
    options.onClose(pswp.currIndex);
  });
  pswp.init();

  return {
    ready: readyPromise,
    get index() {
      return pswp.currIndex;
    },
    goTo: (index) => pswp.goTo(index),
    close: () => pswp.close(),
  };
}
