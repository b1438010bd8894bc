/** The events of `<dash-guest-upload>`, typed once and merged into `HTMLElementEventMap`. */
import type { DashErrorDetail } from '../../api/errors.js';
import type { UploadedAsset } from '../../upload/types.js';

/** A file as the events describe it. */
export interface UploadFileInfo {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface UploadStartDetail {
  files: UploadFileInfo[];
}

export interface UploadProgressDetail {
  bytesUploaded: number;
  bytesTotal: number;
}

export interface UploadCompleteDetail {
  assets: UploadedAsset[];
}

export interface UploadErrorDetail {
  file: UploadFileInfo;
  error: DashErrorDetail;
}

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-upload-start': CustomEvent<UploadStartDetail>;
    'dash-upload-progress': CustomEvent<UploadProgressDetail>;
    'dash-upload-complete': CustomEvent<UploadCompleteDetail>;
    'dash-upload-error': CustomEvent<UploadErrorDetail>;
  }
}

export const fileInfo = ({ id, name, size, type }: UploadFileInfo): UploadFileInfo => ({
  id,
  name,
  size,
  type,
});
