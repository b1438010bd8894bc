/**
 * The upload engine: drives Uppy (@uppy/core + @uppy/aws-s3) for one flow, and keeps a plain
 * snapshot of files and totals for the UI. No DOM, no Lit: the element's controller reads the
 * snapshot and forwards the callbacks as events. Uppy comes in this module's lazy chunk (see
 * ./index.ts), so it is downloaded with the first file, in the same request as the engine.
 */
// Uppy 5 (`~5.x`: @uppy/core 5 + @uppy/aws-s3 5), not 6: aws-s3 6 removed the
// `createMultipartUpload` / `signPart` / `listParts` / `completeMultipartUpload` /
// `abortMultipartUpload` hooks the Dash flow is built on (./dash-flow.ts). It signs raw S3 requests
// and has the browser create and complete the multipart upload on S3 itself, but Dash creates the
// upload in its batch job and completes it through its own API, so there is nothing for 6's S3-side
// calls to talk to. 6 also sends one file's parts one after another; 5 sends several parts of a
// file at once, bounded by `concurrency`.
import AwsS3 from '@uppy/aws-s3';
import Uppy from '@uppy/core';
import { DashError, isAbortError, toDashError } from '../api/errors.js';
import { ConnectionWatch } from './connection.js';
import type { CancelOutcome, FlowFile, FlowNotice, UploadFlow } from './flow.js';
import { createLane } from './lane.js';
import { SpeedMeter } from './speed.js';
import { isReadFailure, unreadableFile } from './unreadable.js';
import { isGoing, newFileView, type UploadedAsset, type UploadFileView, type UploadTotals } from './types.js';

type Meta = Record<string, unknown>;
type Body = Record<string, unknown>;
type AnyUppy = Uppy<Meta, Body>;

export interface EngineOptions {
  flow: UploadFlow;
  /**
   * Part uploads in flight at once (parts of several files). Default 6: browsers open at most 6
   * HTTP/1.1 connections per host, so more would only queue inside the browser.
   */
  concurrency?: number;
  /**
   * Waits before each retry of a failed part, in ms. Default [0, 1000, 3000, 5000] (Uppy's):
   * a blip is retried at once, a struggling server gets room. Finished parts are never resent.
   */
  retryDelays?: number[];
}

export interface EngineCallbacks {
  /** The snapshot changed (files, states, progress). Called often: throttle rendering. */
  onChange(): void;
  onStart(files: UploadFileView[]): void;
  onFileError(file: UploadFileView, error: DashError): void;
  /** Something to tell the visitor about a file that is not a failure (see FlowNotice). */
  onNotice?(file: UploadFileView, notice: FlowNotice): void;
  /** Every file that was going is done or failed; `assets` are those finished since last time. */
  onComplete(assets: UploadedAsset[]): void;
  /** The connection went (uploads are held) or came back (they go on). */
  onConnection?(online: boolean): void;
}

const silentLogger = { debug: () => {}, warn: () => {}, error: () => {} };

/** Anything Uppy or a flow throws, as the one error type the element shows and reports. */
function toUploadError(error: unknown): DashError {
  if (error instanceof DashError) return error;
  // Reading the file failed (e.g. for its Content-MD5): it changed or went away on disk.
  if (isReadFailure(error)) return unreadableFile(error);
  // A lazy part of the uploader (the MD5) that could not load, offline: said as the network failure it is.
  const known = toDashError(error);
  if (known?.code === 'network') return known;
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { source?: { status?: number } })?.source?.status;
  return new DashError(status === 0 ? 'network' : 'upload-failed', message || 'The upload failed.', {
    status: status || undefined,
    cause: error,
  });
}

export class UploadEngine {
  readonly #options: EngineOptions;
  readonly #callbacks: EngineCallbacks;
  #uppy?: Promise<AnyUppy>;
  #views = new Map<string, UploadFileView>();
  #speed = new SpeedMeter();
  #finished: UploadedAsset[] = [];
  #destroyed = false;
  #adding: Promise<unknown> = Promise.resolve();
  /** Per file: the bytes Uppy counts as sent, and (once a part failed) those the storage confirmed. */
  readonly #sent = new Map<string, number>();
  readonly #stored = new Map<string, number>();
  readonly #connection = new ConnectionWatch((online) => this.#onConnection(online));

  constructor(options: EngineOptions, callbacks: EngineCallbacks) {
    this.#options = options;
    this.#callbacks = callbacks;
    options.flow.onNotice = (id, notice) => {
      const view = this.#views.get(id);
      if (view) this.#callbacks.onNotice?.(view, notice);
    };
    options.flow.onRetrying = (id, retrying, storedBytes) => {
      this.#stored.set(id, storedBytes);
      this.#update(id, { retrying, bytesUploaded: this.#shownBytes(id, retrying) });
    };
  }

  get files(): UploadFileView[] {
    return [...this.#views.values()];
  }

  /** True while bytes are still to be sent (leaving the page would lose them). */
  get busy(): boolean {
    return this.files.some((f) => isGoing(f) || f.status === 'paused');
  }

  /** True while uploads are held for the connection (see ./connection.ts). */
  get offline(): boolean {
    return !this.#connection.online;
  }

  /** Progress over `files` (by default all), with the speed measured over all of them. */
  totalsOf(files = this.files): UploadTotals {
    let bytesUploaded = 0;
    let bytesTotal = 0;
    for (const file of files) {
      bytesUploaded += Math.min(file.bytesUploaded, file.size);
      bytesTotal += file.size;
    }
    const bytesPerSecond = this.#speed.bytesPerSecond;
    const secondsLeft = bytesPerSecond > 0 ? (bytesTotal - bytesUploaded) / bytesPerSecond : undefined;
    return { bytesUploaded, bytesTotal, bytesPerSecond, secondsLeft };
  }

  /**
   * Adds files and starts uploading them. Files Uppy already holds (the same file twice) are
   * returned as duplicates.
   */
  add(files: File[]): Promise<{ added: UploadFileView[]; duplicates: File[] }> {
    // One add at a time: uppy.upload() starts every waiting file, so a second add must not
    // start the first one's files before their resume point is known.
    const adding = this.#adding.then(() => this.#add(files));
    this.#adding = adding.catch(() => {});
    return adding;
  }

  async #add(files: File[]): Promise<{ added: UploadFileView[]; duplicates: File[] }> {
    const uppy = await this.#load();
    const added: UploadFileView[] = [];
    const duplicates: File[] = [];
    for (const data of files) {
      let id: string;
      try {
        // A folder's file keeps its path (Uppy's own meta name, which its file id includes: two
        // `a.jpg` in different subfolders are two files, not a duplicate).
        const meta = { relativePath: data.webkitRelativePath || null };
        id = uppy.addFile({ name: data.name, type: data.type, data, meta, source: 'dash-guest-upload' });
      } catch {
        duplicates.push(data);
        continue;
      }
      const view = newFileView(id, data, 'queued');
      this.#views.set(id, view);
      added.push(view);
    }
    this.#callbacks.onChange();
    // Resumable files continue from their uploadId: Uppy then lists the parts and sends only
    // the missing ones (its "restore" path), instead of creating a second asset.
    await Promise.all(
      added.map(async (view) => {
        const restore = await this.#options.flow.prepare(this.#flowFile(uppy, view.id));
        if (restore) uppy.setFileState(view.id, { s3Multipart: restore } as never);
      }),
    );
    if (added.length > 0 && !this.#destroyed) {
      this.#callbacks.onStart(added);
      this.#run(uppy.upload());
      // Added while offline: held from the start, like the others.
      if (this.offline) for (const view of added) this.pause(view.id, true);
    }
    return { added, duplicates };
  }

  /** Pauses a file (`held`: by the engine, for the connection; it goes on when that is back). */
  pause(id: string, held = false): void {
    void this.#uppy?.then((uppy) => {
      if (uppy.getFile(id) && !uppy.getFile(id).isPaused) uppy.pauseResume(id);
      this.#update(id, { status: 'paused', held });
    });
  }

  resume(id: string): void {
    void this.#uppy?.then((uppy) => {
      this.#speed.reset();
      if (uppy.getFile(id)?.isPaused) uppy.pauseResume(id);
      this.#update(id, { status: 'uploading', held: false });
    });
  }

  /**
   * Checks and goes on (the connection is back, a phone woke up): files held for the connection
   * resume, files that failed for the network are sent again. Nothing while the browser is offline.
   */
  wake(): void {
    if (!this.#connection.mayTry) return;
    for (const file of this.files) {
      if (file.status === 'paused' && file.held) this.resume(file.id);
      else if (file.status === 'failed' && file.error?.code === 'network') void this.retry(file.id);
    }
  }

  /**
   * Offline, every upload is held: its requests stop (Uppy's pause aborts them), its finished
   * parts and its open upload are kept, and nothing is sent, so no retry is used up.
   */
  #onConnection(online: boolean): void {
    if (online) this.wake();
    else for (const file of this.files) if (isGoing(file)) this.pause(file.id, true);
    this.#callbacks.onConnection?.(online);
  }

  pauseAll(): void {
    for (const file of this.files) if (isGoing(file)) this.pause(file.id);
  }

  resumeAll(): void {
    for (const file of this.files) if (file.status === 'paused') this.resume(file.id);
  }

  /**
   * Stops a file and frees it server-side where the server can abort an upload; otherwise the
   * outcome says its parts are left for the storage's lifecycle rules (never an error).
   */
  async cancel(id: string): Promise<CancelOutcome> {
    const aborting = this.#options.flow.cancel(id).catch((): CancelOutcome => 'left-to-expire');
    this.#views.delete(id);
    this.#sent.delete(id);
    this.#stored.delete(id);
    const uppy = await this.#uppy;
    if (uppy?.getFile(id)) uppy.removeFile(id);
    this.#callbacks.onChange();
    this.#settle();
    return aborting;
  }

  /** Sends a failed file again, reusing the parts that did arrive. */
  async retry(id: string): Promise<void> {
    const uppy = await this.#uppy;
    const file = uppy?.getFile(id);
    if (!uppy || !file) return;
    this.#update(id, { status: 'uploading', error: undefined });
    if (file.progress.uploadComplete) {
      // The bytes are stored; only the flow's last step (e.g. creating the media) failed.
      this.#finish(uppy, id);
      return;
    }
    const restore = this.#options.flow.restorePoint(id);
    if (restore) uppy.setFileState(id, { s3Multipart: restore } as never);
    this.#run(uppy.retryUpload(id));
  }

  /**
   * Stops everything without cancelling anything server-side: an element removed from the page
   * is like a tab closed, and the visitor can resume these uploads later.
   */
  destroy(): void {
    this.#destroyed = true;
    this.#connection.stop();
    // Every Uppy event and flow result is about a file in #views: without any, nothing reaches
    // the callbacks any more.
    this.#views.clear();
    this.#finished = [];
    // pauseAll aborts every request in flight but keeps uploads open for a later resume;
    // uppy.destroy() would cancel them, and with them the resume.
    void this.#uppy?.then((uppy) => uppy.pauseAll());
  }

  #load(): Promise<AnyUppy> {
    this.#uppy ??= (async () => {
      const uppy: AnyUppy = new Uppy<Meta, Body>({
        autoProceed: false,
        allowMultipleUploadBatches: true,
        // Failures reach the host as events and the visitor as text. Uppy's own console output
        // would repeat them, and its messages can carry presigned URLs, which are credentials.
        logger: silentLogger,
      });
      const { flow, concurrency = 6 } = this.#options;
      const s3 = flow.s3Options();
      const partLane = createLane(concurrency);
      const putPart = s3.uploadPartBytes;
      uppy.use(AwsS3, {
        // No limit on Uppy's queue where the flow bounds its own requests: Uppy holds a place for
        // every hook until it answers, and the Dash flow's creation hook waits for its batch job:
        // the files of a later job took every place while those of the first, small job waited
        // to send their parts. The part uploads, the only requests to the storage, wait in our
        // lane instead. (@uppy/aws-s3 calls it `limit`; ours is `concurrency`.)
        limit: flow.boundsOwnRequests ? 0 : concurrency,
        retryDelays: this.#options.retryDelays ?? [0, 1000, 3000, 5000],
        ...s3,
        uploadPartBytes: (options: Parameters<typeof putPart>[0]) => partLane(() => putPart(options), options.signal),
      } as never);
      this.#listen(uppy);
      return uppy;
    })();
    return this.#uppy;
  }

  #listen(uppy: AnyUppy): void {
    uppy.on('upload-progress', (file, progress) => {
      if (!file || !this.#views.has(file.id)) return;
      const view = this.#views.get(file.id)!;
      this.#sent.set(file.id, progress.bytesUploaded ?? 0);
      this.#update(file.id, {
        bytesUploaded: this.#shownBytes(file.id, view.retrying),
        status: view.status === 'paused' ? 'paused' : 'uploading',
      });
      this.#speed.sample(this.totalsOf().bytesUploaded);
    });
    uppy.on('upload-success', (file) => {
      if (file && this.#views.has(file.id)) this.#finish(uppy, file.id);
    });
    uppy.on('upload-error', (file, error) => {
      if (!file || !this.#views.has(file.id) || isAbortError(error)) return;
      // Uppy forgot the upload id when the file failed; keep it so any retry (ours, or the one
      // uppy.upload() does for failed files) continues the same upload.
      const restore = this.#options.flow.restorePoint(file.id);
      if (restore) uppy.setFileState(file.id, { s3Multipart: restore } as never);
      this.#fail(file.id, error);
    });
    uppy.on('upload-retry', (file) => {
      if (file && this.#views.has(file.id)) this.#update(file.id, { status: 'uploading', error: undefined });
    });
  }

  /**
   * While a part is sent again, a file shows only the bytes the storage confirmed: the new
   * attempt's bytes may be lost like the last one's, and a bar that looks full reads as finished.
   */
  #shownBytes(id: string, retrying?: boolean): number {
    return (retrying ? this.#stored : this.#sent).get(id) ?? 0;
  }

  #finish(uppy: AnyUppy, id: string): void {
    this.#options.flow.finish(this.#flowFile(uppy, id)).then(
      (asset) => {
        if (!this.#views.has(id)) return;
        this.#update(id, { status: 'done', bytesUploaded: asset.size, assetId: asset.assetId });
        this.#finished.push(asset);
        this.#settle();
      },
      (error: unknown) => this.#fail(id, error),
    );
  }

  #fail(id: string, error: unknown): void {
    const dashError = toUploadError(error);
    this.#update(id, { status: 'failed', error: dashError });
    const view = this.#views.get(id);
    if (view) this.#callbacks.onFileError(view, dashError);
    this.#settle();
  }

  /** Reports completion once nothing is left going (a file held for the connection is going). */
  #settle(): void {
    if (this.files.some((file) => isGoing(file) || file.held) || this.#finished.length === 0) return;
    const assets = this.#finished;
    this.#finished = [];
    this.#callbacks.onComplete(assets);
  }

  #update(id: string, patch: Partial<UploadFileView>): void {
    const view = this.#views.get(id);
    if (!view) return;
    this.#views.set(id, { ...view, ...patch });
    this.#callbacks.onChange();
  }

  #flowFile(uppy: AnyUppy, id: string): FlowFile {
    const file = uppy.getFile(id);
    return { id, name: file.name, type: file.type, size: file.size, data: file.data as Blob };
  }

  /** Uppy reports failures through events (handled above); its promise only needs handling. */
  #run(promise: Promise<unknown>): void {
    promise.catch(() => {});
  }
}
