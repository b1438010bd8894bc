/**
 * The shapes shared by the upload engine, its flows and the element. Kept free of Uppy types so
 * the element's initial bundle never references Uppy (it is loaded on the first file only).
 */
import type { DashError } from '../api/errors.js';

/** `waiting`: chosen before the visitor's email was given (the element holds it, the engine never has it). */
export type FileStatus = 'waiting' | 'queued' | 'uploading' | 'paused' | 'done' | 'failed';

/** Queued or uploading: bytes are on their way (pause applies, completion waits for it). */
export const isGoing = (file: { status: FileStatus }): boolean =>
  file.status === 'queued' || file.status === 'uploading';

/** One file as the UI shows it. Replaced (not mutated) on every change, so Lit sees it. */
export interface UploadFileView {
  id: string;
  name: string;
  size: number;
  type: string;
  status: FileStatus;
  bytesUploaded: number;
  /** A part failed and is being sent again (shown while the file is uploading). */
  retrying?: boolean;
  /** Paused by the engine while offline (not by the visitor): it goes on when the connection is back. */
  held?: boolean;
  /** Why it failed, when `status` is `failed`. */
  error?: DashError;
  /** The created asset (Dash) or media (Dash Social) id, once done. */
  assetId?: string;
  /** Where it sits in a folder the visitor dropped or chose (`shoot/day 1/a.jpg`), else undefined. */
  path?: string;
  /** The original File, for thumbnails. */
  data: File;
}

/** A file just added (to the engine, or waiting in the element): nothing sent yet. */
export const newFileView = (id: string, data: File, status: FileStatus): UploadFileView => ({
  id,
  name: data.name,
  size: data.size,
  type: data.type,
  status,
  bytesUploaded: 0,
  path: data.webkitRelativePath || undefined,
  data,
});

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
