/** `dash-elements/guest-upload`: registers `<dash-guest-upload>` (never twice). */
import { DashGuestUpload } from './elements/guest-upload/guest-upload.js';

DashGuestUpload.define('dash-guest-upload');

export { DashGuestUpload };
export type * from './elements/guest-upload/events.js';
export type { UploadedAsset, UploadFileView, UploadTotals, FileStatus } from './upload/types.js';

declare global {
  interface HTMLElementTagNameMap {
    'dash-guest-upload': DashGuestUpload;
  }
}
