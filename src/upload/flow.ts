/**
 * A flow is one backend's way to get bytes to storage and turn them into an asset. The engine
 * drives Uppy; a flow supplies the @uppy/aws-s3 options (its hooks) and the steps around them.
 */
import type { AwsS3Options } from '@uppy/aws-s3';
import type { createPartPut } from './part-put.js';
import type { UploadedAsset } from './types.js';

// Uppy's generic file metadata; the flows need none of their own.
type Meta = Record<string, unknown>;
type Body = Record<string, unknown>;
/** Uppy's options, with our part upload (./part-put.ts), which the engine sends through its lane. */
export type FlowS3Options = AwsS3Options<Meta, Body> & { uploadPartBytes: ReturnType<typeof createPartPut> };

/** The part of an Uppy file a flow reads. */
export interface FlowFile {
  id: string;
  name?: string;
  type?: string;
  size: number | null;
  data: Blob;
}

/** Where a multipart upload can continue (Uppy's `s3Multipart` file state). */
export interface RestorePoint {
  uploadId: string;
  key: string;
}

/**
 * Something the visitor should know that is not a failure:
 * - `restarted`: a re-selected file could not continue where it stopped (the server cannot list
 *   the parts it holds, or the upload is gone), so it is sent again from the start;
 * - `left-to-expire`: a cancelled upload could not be deleted on the server (it has no abort),
 *   so its parts stay until the storage's lifecycle rules remove them.
 */
export type FlowNotice = 'restarted' | 'left-to-expire';

/** What cancelling did server-side. */
export type CancelOutcome = 'aborted' | 'left-to-expire' | 'nothing';

export interface UploadFlow {
  /** Set by the engine: tells the visitor about a file (see {@link FlowNotice}). */
  onNotice?: (fileId: string, notice: FlowNotice) => void;
  /**
   * Set by the engine: a part of the file failed and is being sent again (true), or one arrived
   * (false); `storedBytes` are the file's bytes the storage has confirmed (its finished parts).
   */
  onRetrying?: (fileId: string, retrying: boolean, storedBytes: number) => void;
  /**
   * True when the flow's hooks bound their own requests (batched, or in lanes of their own): Uppy's
   * queue then lets every hook run, and only part uploads are limited (see UploadEngine). Otherwise
   * Uppy runs at most `concurrency` hooks at once, as a hook that makes one request per file needs.
   */
  readonly boundsOwnRequests?: boolean;
  /** The @uppy/aws-s3 options: hooks, chunking and `uploadPartBytes`. */
  s3Options(): FlowS3Options;
  /** Called when a file is added: returns where to continue it, when it was begun before. */
  prepare(file: FlowFile): Promise<RestorePoint | undefined>;
  /** After the bytes are stored: the steps that make them an asset; returns the asset. */
  finish(file: FlowFile): Promise<UploadedAsset>;
  /**
   * The visitor cancelled: free everything server-side. Marks the file cancelled before its
   * first await, so a creation still in flight is aborted as soon as it lands.
   */
  cancel(fileId: string): Promise<CancelOutcome>;
  /** Where a failed file can continue, so a retry reuses its finished parts. */
  restorePoint(fileId: string): RestorePoint | undefined;
}
