/**
 * The shapes shared by the upload engine, its flows and the element. Kept free of Uppy types so
 * the element's initial bundle never references Uppy (it is loaded on the first file only).
 */
import type { DashError } from '../api/errors.js';

export type FileStatus = 'queued' | 'uploading' | 'paused' | 'done' | 'failed';

/** One file as the UI shows it. Replaced (not mutated) on every change, so Lit sees it. */
export interface UploadFileView {
  id: string;
  name: string;
  size: number;
  type: string;
  status: FileStatus;
  bytesUploaded: number;
  /** Why it failed, when `status` is `failed`. */
  error?: DashError;
  /** The created asset (Dash) or media (Dash Social) id, once done. */
  assetId?: string;
  /** The original File, for thumbnails. */
  data: File;
}

/** What `dash-upload-complete` reports per file. */
export interface UploadedAsset {
  assetId: string;
  filename: string;
  size: number;
}

export interface UploadTotals {
  bytesUploaded: number;
  bytesTotal: number;
  /** Bytes per second over the last few seconds; 0 until measured. */
  bytesPerSecond: number;
  /** Seconds left at the current speed; undefined until measured. */
  secondsLeft?: number;
}
