/** `dash-elements/guest-upload`: registers `<dash-guest-upload>` (never twice). */
import { DashGuestUpload } from './elements/guest-upload/guest-upload.js';

DashGuestUpload.define('dash-guest-upload');

export { DashGuestUpload };
// Translations: a page that loads only this element (its CDN script) registers them here.
export { registerLocale, type PartialStrings } from './i18n/index.js';
export type * from './elements/guest-upload/events.js';
export type { UploadedAsset, UploadFileView, UploadTotals, FileStatus } from './upload/types.js';

declare global {
  interface HTMLElementTagNameMap {
    'dash-guest-upload': DashGuestUpload;
  }
}
