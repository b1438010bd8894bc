/**
 * `dash-elements/gallery`: registers `<dash-gallery>` (never twice). The sources, PhotoSwipe and
 * the editing controls load on demand from chunks beside this module.
 */
import { DashGallery } from './elements/gallery/gallery.js';

DashGallery.define('dash-gallery');

export { DashGallery };
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
