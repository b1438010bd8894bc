/**
 * `dash-elements/gallery`: registers `<dash-gallery>` (never twice). The sources, PhotoSwipe and
 * the editing controls are dynamic imports, loaded on first use.
 */
import { DashGallery } from './elements/gallery/gallery.js';

DashGallery.define('dash-gallery');

export { DashGallery };
// Translations: a page that loads only this element (its CDN script) registers them here.
export { registerLocale, type PartialStrings } from './i18n/index.js';
export type {
  GalleryItem,
  GalleryPage,
  GalleryProduct,
  GalleryRendition,
  GallerySourceName,
} from './api/adapters/types.js';
export type { LayoutName } from './elements/gallery/layout.js';

declare global {
  interface HTMLElementTagNameMap {
    'dash-gallery': DashGallery;
  }
}
