/**
 * The Dash guest-upload flow behind @uppy/aws-s3's multipart hooks:
 * asset-and-upload batch job → the AssetUpload's part URLs and byte ranges → PUT each part
 * (Uppy) → upload completion with every part's ETag.
 * These hooks are why the uploader stays on Uppy 5 (see the imports of ./engine.ts).
 */
import type { AwsS3Part } from '@uppy/aws-s3';
import type { ApiContext } from '../api/http.js';
import {
  abortUpload,
  completeUpload,
  createAssetAndUploadJob,
  findAssetAndUploadJobs,
  getAssetAndUploadJob,
  requestPartUrls,
  type AssetAndUploadLayoutJob,
  type AssetUploadLayout,
  type UploadPartLayout,
} from '../api/guest-uploads.js';
import { pollJob } from '../api/jobs.js';
import { DashError } from '../api/errors.js';
import { createBatcher } from './batcher.js';
import { createLane } from './lane.js';
import type { CancelOutcome, FlowFile, FlowNotice, FlowS3Options, RestorePoint, UploadFlow } from './flow.js';
import { createPartPut, type PartContext, type PartSignature } from './part-put.js';
import type { StoredPart } from './reload-resume.js';
import { clearResume, fileSample, fingerprint, loadResume, saveResume } from './resume-store.js';

const MiB = 1024 * 1024;
/**
 * S3's minimum for every part but the last (and @uppy/aws-s3's: a file up to this size goes as
 * one part). The Dash API asks more of a requested `partSize`: "more than 5242880 unless it is the
 * final part" (seed 002 ≈L1510), so we never request this size itself (see `partSizeFor`).
 */
export const MIN_PART_SIZE = 5 * MiB;
/** S3 allows at most this many parts per upload. */
const MAX_PARTS = 10_000;
/** Files per asset-and-upload job (the local backend takes at most 500). */
const FILES_PER_JOB = 100;
/**
 * Files in the first job of a batch, when no other job is under way: as many as Uppy uploads at
 * once by default. A server makes a job's uploads one after another, so a drop of 200 files sent
 * as jobs of 100 waited for a hundred creations before its first byte went; a small job first
 * starts the part uploads while the server makes the rest.
 */
const FIRST_JOB_FILES = 6;
/**
 * Upload completions at once. They go to the API's origin, not the storage's, so they take none
 * of the part uploads' connections. For a batch of small files they are the slowest step (the
 * server assembles each file), so they get as many as a browser opens to one origin over HTTP/1.1;
 * the API's other calls (the next batch job) wait behind at most one of them.
 */
const COMPLETIONS_AT_ONCE = 6;
/**
 * Requests for part URLs at once (a job that gave none, as in the seed's example, means one per
 * file). Uppy's queue no longer bounds the hooks (see UploadEngine), so this does: a request
 * waiting here has not started its timeout, one queued inside the browser has.
 */
const URL_REQUESTS_AT_ONCE = 6;

export interface DashFlowOptions {
  ctx: ApiContext;
  /** Together with `guestUpload`, part of the resume fingerprint: a file resumes only where it began. */
  subdomain: string;
  guestUpload: string;
  /**
   * Bytes per part, more than 5 MiB (the API's rule); default and minimum 6 MiB: a 13 MiB file
   * already goes as 3 parallel parts, and a failed part costs at most 6 MiB to send again. Grows
   * for huge files (≤ 10 000 parts).
   */
  partSize?: number;
  /**
   * Send `Content-MD5` with each part (the part URL is issued for that digest and the storage
   * rejects bytes that do not match). Default false: WebCrypto has no MD5, and our pure-TS MD5
   * (~110 MB/s) reads every byte an extra time — on a fast link it becomes the bottleneck.
   */
  contentMd5?: boolean;
  /** Remember unfinished uploads in localStorage so a re-selected file resumes. Default true. */
  resume?: boolean;
  /** Milliseconds a part PUT may go without progress before it is aborted and retried (see ./part-put.ts). */
  stallTimeout?: number;
}

/** One file's Dash upload, as the hooks need it. */
interface DashUpload {
  assetId: string;
  uploadId: string;
  path: string;
  size: number;
  partSize: number;
  resumeKey: string;
  /** Part URLs known and not yet found expired. */
  urls: Map<number, string>;
  /**
   * The engine's own record of finished parts, by part number: filled from each part PUT's ETag
   * (and, on a resume after a reload, from the server's verified listing). The `listParts` hook
   * answers from it, so pause, resume and retry never ask the server to list parts, which the
   * Dash API cannot do.
   */
  stored: Map<number, StoredPart>;
  /** Every part's ETag once Uppy has stored them all: what the completion sends (see `finish`). */
  finalParts?: { partNumber: number; eTag: string }[];
  requestUrl: (part: { partNumber: number; contentMd5?: string }) => Promise<string>;
}

/** The part size we ask for: more than S3's minimum (the API's rule), never more than 10 000 parts. */
export function partSizeFor(size: number, preferred = MIN_PART_SIZE + 1): number {
  const atLeast = Math.max(preferred, MIN_PART_SIZE + 1, Math.ceil(size / MAX_PARTS));
  return Math.ceil(atLeast / MiB) * MiB;
}

/** How Uppy cuts a file: one part up to S3's minimum, else parts of `partSize` (the last shorter). */
function layoutOf(size: number, partSize: number): { partNumber: number; size: number }[] {
  if (size <= MIN_PART_SIZE) return [{ partNumber: 1, size }];
  const count = Math.ceil(size / partSize);
  return Array.from({ length: count }, (_, i) => ({
    partNumber: i + 1,
    size: Math.min(partSize, size - i * partSize),
  }));
}

/**
 * Uppy cuts a file > 5 MiB at multiples of the chunk size and sends a smaller one whole. The
 * server must have cut it the same way, or part N's bytes would go to part M's URL.
 */
function checkLayout(parts: UploadPartLayout[], size: number, partSize: number): void {
  const expected = layoutOf(size, partSize).length;
  const matches =
    parts.length === expected &&
    [...parts]
      .sort((a, b) => a.partNumber - b.partNumber)
      .every((part, i) => part.partNumber === i + 1 && part.startByte === i * partSize);
  if (!matches) {
    throw new DashError(
      'upload-failed',
      `The server split the file into parts that do not match the requested part size ${partSize}.`,
    );
  }
}

const abortError = () => new DOMException('The upload was cancelled.', 'AbortError');

/** One item's AssetUpload from a finished job, or the reason the server gave for it. */
function uploadOf(job: AssetAndUploadLayoutJob, batchItemId: string): AssetUploadLayout | Error {
  const upload = job.result?.successes[batchItemId]?.result;
  if (upload) return upload;
  // The reference shows no failure example: a message, or an error object holding one.
  const failure = job.result?.failures?.[batchItemId] as { message?: string; status?: number } | string | undefined;
  const message = typeof failure === 'string' ? failure : failure?.message;
  return new DashError('upload-failed', message ?? `No upload was created for ${batchItemId}.`, {
    status: typeof failure === 'object' ? failure.status : undefined,
  });
}

/** The bytes of the upload's finished parts: what the storage holds, not what was sent. */
function storedBytes(upload: DashUpload): number {
  let bytes = 0;
  for (const part of upload.stored.values()) bytes += part.size;
  return bytes;
}

/**
 * A create call that failed without a usable answer: the server may have made the job anyway
 * (the connection dropped after it did, a gateway timed out), so a retry must look for it first.
 */
function mayHaveCreated(error: unknown): boolean {
  if (!(error instanceof DashError)) return !(error instanceof DOMException && error.name === 'AbortError');
  return error.code === 'network' || error.code === 'timeout' || (error.status ?? 0) >= 500;
}

export class DashFlow implements UploadFlow {
  onNotice?: (fileId: string, notice: FlowNotice) => void;
  onRetrying?: (fileId: string, retrying: boolean, storedBytes: number) => void;
  readonly #options: DashFlowOptions;
  /** By Uppy file id. Promises while the batch job runs, so Uppy asking twice creates once. */
  readonly #uploads = new Map<string, Promise<DashUpload>>();
  readonly #settled = new Map<string, DashUpload>();
  /**
   * By Uppy file id, from the moment the file is added: aborted when the visitor cancels it, so a
   * creation still in flight frees what it made as soon as it lands. A file added again (same id)
   * gets a new one; the creation of the cancelled one keeps the old, aborted signal.
   */
  readonly #cancels = new Map<string, AbortController>();
  /**
   * Each file's `batchItemId`: random (never derived from the file, which another tab or visitor
   * may hold too) and kept for the file's life here, so a retried create can look for the job an
   * earlier attempt made.
   */
  readonly #itemIds = new Map<string, string>();
  /**
   * The batch job that is creating a file's asset, by Uppy file id, until its upload is known.
   * If polling fails, the job may still have created the asset and opened its multipart upload:
   * a retry polls this job again instead of creating a second asset (and orphaning the first).
   */
  readonly #jobs = new Map<string, string>();
  /** Files whose create call got no usable answer (see `mayHaveCreated`), until a retry settles it. */
  readonly #uncertain = new Set<string>();
  /** Set once the server answered that it cannot find jobs by `batchItemId` (the Dash API cannot). */
  #noJobLookup = false;
  /** Chunk size per file blob: a resumed file must be cut as it was when it began. */
  readonly #partSizes = new WeakMap<Blob, number>();
  readonly #partContexts = new WeakMap<PartSignature, PartContext>();
  readonly #completionLane = createLane(COMPLETIONS_AT_ONCE);
  readonly #urlLane = createLane(URL_REQUESTS_AT_ONCE);
  /** The creation of the file chosen last, settled (see #inTurn). */
  #lastCreation: Promise<unknown> = Promise.resolve();
  /** Its hooks bound their own requests: batched creations and URLs, completions in a lane. */
  readonly boundsOwnRequests = true;
  readonly #createBatched: (item: {
    fileId: string;
    batchItemId: string;
    path: string;
    size: number;
    partSize: number;
  }) => Promise<AssetUploadLayout>;

  constructor(options: DashFlowOptions) {
    this.#options = { resume: true, contentMd5: false, ...options };
    const { ctx } = options;
    // Files added together are created by one asset-and-upload job.
    this.#createBatched = createBatcher(
      async (entries) => {
        const items = entries.map(({ fileId: _fileId, ...item }) => item);
        let created: AssetAndUploadLayoutJob;
        try {
          created = await createAssetAndUploadJob(ctx, items);
        } catch (error) {
          if (mayHaveCreated(error)) for (const entry of entries) this.#uncertain.add(entry.fileId);
          throw error;
        }
        for (const entry of entries) this.#jobs.set(entry.fileId, created.id);
        const job = await this.#finishedJob(created.id, created);
        void this.#freeDuplicates(
          created.id,
          items.map((item) => item.batchItemId),
        );
        return items.map((item) => uploadOf(job, item.batchItemId));
      },
      0,
      (unanswered) => (unanswered === 0 ? FIRST_JOB_FILES : FILES_PER_JOB),
    );
  }

  #finishedJob(jobId: string, initial?: AssetAndUploadLayoutJob): Promise<AssetAndUploadLayoutJob> {
    const { ctx } = this.#options;
    return pollJob((signal) => getAssetAndUploadJob(ctx, jobId, { signal }), { initial });
  }

  #itemId(fileId: string): string {
    let id = this.#itemIds.get(fileId);
    if (!id) {
      id = crypto.randomUUID();
      this.#itemIds.set(fileId, id);
    }
    return id;
  }

  s3Options(): FlowS3Options {
    return {
      shouldUseMultipart: true,
      getChunkSize: (data: { size: number }) =>
        this.#partSizes.get(data as Blob) ?? partSizeFor(data.size, this.#options.partSize),
      createMultipartUpload: (file) => this.#createMultipartUpload(file as FlowFile),
      signPart: (file, { partNumber, body, signal }) => this.#signPart(file.id, partNumber, body, signal),
      listParts: (file) => this.#listParts(file.id),
      completeMultipartUpload: (file, { parts }) => this.#complete(file.id, parts),
      // Uppy calls this after any failed part too, which would throw away the parts a retry can
      // reuse. Server-side aborts are the visitor's decision only: see `cancel()`.
      abortMultipartUpload: () => {},
      uploadPartBytes: createPartPut((signature) => this.#partContexts.get(signature), this.#options.stallTimeout),
    };
  }

  async prepare(file: FlowFile): Promise<RestorePoint | undefined> {
    this.#cancels.set(file.id, new AbortController());
    const data = file.data;
    const resumeKey = this.#options.resume && data instanceof File ? this.#resumeKey(data) : '';
    const record = resumeKey ? loadResume(resumeKey) : undefined;
    // Rare (a file chosen again after a reload): its parts are checked before any is reused. Lazy,
    // like the MD5 it may need: an upload that starts afresh never loads the checks.
    const verified =
      record && record.size === data.size
        ? await (
            await import('./reload-resume.js')
          ).verifiedParts(this.#options.ctx, record, data, layoutOf(record.size, record.partSize))
        : undefined;
    const stored = verified instanceof Map ? verified : undefined;
    if (!record || !stored) {
      // The visitor expects it to continue: say plainly that it starts again (a different file
      // with the same name, size and date starts afresh without a word: it is a new file).
      if (verified === 'unlisted') this.onNotice?.(file.id, 'restarted');
      if (record) {
        // Not this upload's file, or an upload the server can no longer continue: leave it.
        clearResume(resumeKey);
        void abortUpload(this.#options.ctx, record.uploadId).catch(() => {});
      }
      // Created now, for every file added together: Uppy would ask for at most `concurrency` uploads
      // at once (its queue holds the hook), so 200 files would take ~34 jobs, polled one after
      // another. A failure is kept for Uppy's first ask, which fails the file as before.
      this.#start(file).catch(() => {});
      return undefined;
    }
    this.#partSizes.set(data, record.partSize);
    const upload = this.#remember(file.id, { ...record, resumeKey });
    for (const [partNumber, part] of stored) upload.stored.set(partNumber, part);
    return { uploadId: record.uploadId, key: record.assetId };
  }

  /**
   * Completes the upload with every part's ETag (the engine calls this after Uppy stored the
   * bytes, and again on a retry when the completion failed), then forgets the file.
   */
  async finish(file: FlowFile): Promise<{ assetId: string; filename: string; size: number }> {
    const upload = await this.#upload(file.id);
    const { assetId, uploadId, finalParts: parts = [] } = upload;
    const signal = this.#cancels.get(file.id)?.signal;
    await this.#completionLane(() => completeUpload(this.#options.ctx, { assetId, uploadId, parts }, { signal }));
    clearResume(upload.resumeKey);
    this.#forget(file.id);
    this.#itemIds.delete(file.id);
    this.#cancels.delete(file.id);
    return { assetId: upload.assetId, filename: file.name ?? '', size: upload.size };
  }

  async cancel(fileId: string): Promise<CancelOutcome> {
    this.#cancels.get(fileId)?.abort();
    const pending = this.#uploads.get(fileId);
    const jobId = this.#jobs.get(fileId);
    const itemId = this.#itemIds.get(fileId);
    const uncertain = this.#uncertain.has(fileId);
    this.#forget(fileId);
    this.#itemIds.delete(fileId);
    this.#uncertain.delete(fileId);
    let upload: { uploadId: string; resumeKey?: string } | undefined;
    if (!pending && itemId && (jobId || uncertain)) {
      // Its job's answer was lost (see #jobs, #uncertain): find it, so what it opened is aborted too.
      this.#jobs.delete(fileId);
      const created = await this.#earlierUpload(itemId, jobId).catch(() => undefined);
      if (created) upload = { uploadId: created.id };
    } else {
      upload = await pending?.catch(() => undefined);
    }
    if (!upload) return 'nothing'; // never created, or the creation aborts itself (see #create)
    if (upload.resumeKey) clearResume(upload.resumeKey);
    return this.#abort(upload.uploadId);
  }

  /** Aborts an upload server-side where the server can; otherwise its parts expire by the bucket's rules. */
  async #abort(uploadId: string): Promise<CancelOutcome> {
    try {
      return (await abortUpload(this.#options.ctx, uploadId)) ? 'aborted' : 'left-to-expire';
    } catch {
      return 'left-to-expire';
    }
  }

  restorePoint(fileId: string): RestorePoint | undefined {
    const upload = this.#settled.get(fileId);
    return upload && { uploadId: upload.uploadId, key: upload.assetId };
  }

  #resumeKey(data: File): string {
    return fingerprint(data, this.#options.subdomain, this.#options.guestUpload);
  }

  #remember(
    fileId: string,
    fields: Omit<DashUpload, 'urls' | 'stored' | 'requestUrl'> & { urls?: Map<number, string> },
  ) {
    const { ctx } = this.#options;
    const upload: DashUpload = {
      urls: new Map(),
      stored: new Map(),
      ...fields,
      // Parts that need URLs at the same moment (a resume, a burst of expiries, a job that gave
      // none) share a request: `POST /asset-uploads` with a `partUrlsRequest`.
      requestUrl: createBatcher(async (parts) => {
        const { assetId, uploadId, path, size, partSize } = upload;
        const fresh = await this.#urlLane(() =>
          requestPartUrls(ctx, { assetId, uploadId, path, size, partSize, parts }),
        );
        return parts.map((wanted) => fresh.find((p) => p.partNumber === wanted.partNumber)!.url);
      }),
    };
    this.#uploads.set(fileId, Promise.resolve(upload));
    this.#settled.set(fileId, upload);
    return upload;
  }

  #forget(fileId: string): void {
    this.#uploads.delete(fileId);
    this.#settled.delete(fileId);
  }

  /** Aborted once the visitor cancels this file (see #cancels). */
  #cancelSignal(fileId: string): AbortSignal {
    let controller = this.#cancels.get(fileId);
    if (!controller) this.#cancels.set(fileId, (controller = new AbortController()));
    return controller.signal;
  }

  #upload(fileId: string): Promise<DashUpload> {
    return this.#uploads.get(fileId) ?? Promise.reject(abortError());
  }

  /** The file's upload: the one being created or known, else a new creation. */
  #start(file: FlowFile): Promise<DashUpload> {
    let pending = this.#uploads.get(file.id);
    if (!pending) {
      pending = this.#inTurn(this.#create(file));
      this.#uploads.set(file.id, pending);
    }
    return pending;
  }

  /**
   * A creation answered after those of the files chosen before it, so parts go in the order the
   * files were chosen (a folder's files in its order): Uppy lets every file's hooks run at once
   * (see UploadEngine), and a file sent in one part, which keeps no sample, would otherwise be
   * ready first.
   */
  #inTurn(creation: Promise<DashUpload>): Promise<DashUpload> {
    const before = this.#lastCreation;
    const answered = creation.finally(() => before);
    this.#lastCreation = answered.catch(() => undefined);
    return answered;
  }

  #createMultipartUpload(file: FlowFile): Promise<RestorePoint> {
    const cancelled = this.#cancelSignal(file.id);
    const pending = this.#start(file);
    // A failed creation is forgotten once Uppy has seen it, so a retry creates again (after a
    // cancel, cancel() has forgotten it already, and the entry may be a re-added file's).
    pending.catch(() => cancelled.aborted || this.#uploads.delete(file.id));
    return pending.then((upload) => ({ uploadId: upload.uploadId, key: upload.assetId }));
  }

  /**
   * The upload an earlier attempt for this item created, if any: from the job we know of, or
   * (when the create answer was lost) from the job the server finds by `batchItemId` (a local
   * extension; without it we cannot tell, and a new creation may leave the first one behind).
   */
  async #earlierUpload(itemId: string, jobId?: string): Promise<AssetUploadLayout | undefined> {
    const jobs = jobId
      ? [await this.#finishedJob(jobId)]
      : await Promise.all((await this.#jobsHolding(itemId)).map((job) => this.#finishedJob(job.id, job)));
    const uploads = jobs
      .map((job) => uploadOf(job, itemId))
      .filter((u): u is AssetUploadLayout => !(u instanceof Error));
    // Two earlier jobs for one item (two lost answers): keep the first, free the others.
    for (const extra of uploads.slice(1)) void this.#abort(extra.id);
    return uploads[0];
  }

  /** The jobs the server finds by `batchItemId`; none when it cannot look them up. */
  async #jobsHolding(itemId: string): Promise<AssetAndUploadLayoutJob[]> {
    if (this.#noJobLookup) return [];
    const jobs = await findAssetAndUploadJobs(this.#options.ctx, itemId);
    if (!jobs) this.#noJobLookup = true;
    return jobs ?? [];
  }

  /**
   * After a job is made: other jobs holding the same items mean the create call went twice, e.g.
   * the browser itself resends a POST whose connection closed without an answer (Chrome does, on
   * a reused connection) — and the page only ever sees one answer. Their uploads (and, where the
   * server's abort does so, their empty STAGED assets) are freed. Without a job lookup on the
   * server (the Dash API has none) this cannot be seen from the page.
   */
  async #freeDuplicates(jobId: string, itemIds: string[]): Promise<void> {
    try {
      const others = (await this.#jobsHolding(itemIds[0])).filter((job) => job.id !== jobId);
      for (const other of others) {
        const job = await this.#finishedJob(other.id, other);
        for (const itemId of itemIds) {
          const upload = uploadOf(job, itemId);
          if (!(upload instanceof Error)) await this.#abort(upload.id);
        }
      }
    } catch {
      // A check after the fact: the upload itself goes on regardless.
    }
  }

  async #create(file: FlowFile): Promise<DashUpload> {
    const data = file.data;
    const size = data.size;
    const partSize = this.#partSizes.get(data) ?? partSizeFor(size, this.#options.partSize);
    // The item's `path` is "the path of the file including filename and any folders" (seed 002
    // ≈L1508, example `/Folder A/Folder D/a_file.jpg`): a folder's file keeps its place in it.
    const path = `/${(data as File).webkitRelativePath || file.name || 'file'}`;
    const batchItemId = this.#itemId(file.id);
    const cancelled = this.#cancelSignal(file.id);
    // Not tied to Uppy's signal: a pause during creation must not lose the asset being created
    // (a second creation would make a duplicate); the result is kept for the resume instead.
    const jobId = this.#jobs.get(file.id);
    let created: AssetUploadLayout | Error | undefined;
    if (jobId || this.#uncertain.has(file.id)) {
      created = await this.#earlierUpload(batchItemId, jobId);
      this.#uncertain.delete(file.id);
    }
    created ??= await this.#createBatched({ fileId: file.id, batchItemId, path, size, partSize });
    if (created instanceof Error) throw created;
    this.#jobs.delete(file.id);
    if (cancelled.aborted) {
      await this.#abort(created.id);
      throw abortError();
    }
    checkLayout(created.uploadParts, size, partSize);
    const resumeKey = data instanceof File ? this.#resumeKey(data) : '';
    const record = { assetId: created.assetId, uploadId: created.id, path, size, partSize };
    if (this.#options.resume && resumeKey) {
      // A file sent in one part keeps no sample: chosen again after a reload it is sent afresh (its
      // part is whole or missing, so a resume could save at most that one send), and reading and
      // hashing 128 KiB of each file held back the first part uploads of a batch of small files.
      const sample = size > MIN_PART_SIZE ? await fileSample(data).catch(() => undefined) : undefined;
      saveResume(resumeKey, { ...record, sample, sent: 0 });
    }
    const upload = this.#remember(file.id, { ...record, resumeKey });
    // Parts without a URL (the seed's own example has none) get theirs when Uppy signs them.
    for (const part of created.uploadParts) if (part.url) upload.urls.set(part.partNumber, part.url);
    return upload;
  }

  async #signPart(
    fileId: string,
    partNumber: number,
    body: Blob,
    signal?: AbortSignal,
  ): Promise<PartSignature & { method: 'PUT' }> {
    const upload = await this.#upload(fileId);
    let contentMd5: string | undefined;
    const headers: Record<string, string> = {};
    if (this.#options.contentMd5) {
      // Lazy: a pure-TS MD5 (WebCrypto has none) that only content-md5 uploads need.
      const { md5OfBlob, toBase64, toHex } = await import('./md5.js');
      const digest = await md5OfBlob(body, signal);
      contentMd5 = toHex(digest);
      headers['Content-MD5'] = toBase64(digest);
    }
    // A URL issued for a digest must be requested for it; otherwise the job's URL is reused.
    const known = contentMd5 ? undefined : upload.urls.get(partNumber);
    const url = known ?? (await upload.requestUrl({ partNumber, contentMd5 }));
    const signature = { method: 'PUT' as const, url, headers };
    this.#partContexts.set(signature, {
      needsEtag: true,
      refresh: async () => {
        upload.urls.delete(partNumber);
        return { ...signature, url: await upload.requestUrl({ partNumber, contentMd5 }) };
      },
      onStored: (eTag) => {
        upload.stored.set(partNumber, { eTag, size: body.size });
        this.onRetrying?.(fileId, false, storedBytes(upload));
        this.#rememberSent(upload);
      },
      onFailed: () => this.onRetrying?.(fileId, true, storedBytes(upload)),
    });
    return signature;
  }

  /** How far the upload got, for the list of unfinished files after a reload. */
  #rememberSent(upload: DashUpload): void {
    const record = upload.resumeKey && loadResume(upload.resumeKey);
    if (record) saveResume(upload.resumeKey, { ...record, sent: storedBytes(upload) });
  }

  /** Uppy's ListParts, answered from our own record: the server is never asked. */
  async #listParts(fileId: string): Promise<AwsS3Part[]> {
    const upload = await this.#upload(fileId);
    return [...upload.stored].map(([partNumber, part]) => ({
      PartNumber: partNumber,
      ETag: part.eTag,
      Size: part.size,
    }));
  }

  /**
   * Uppy's completion hook only records the parts: Uppy holds one of its `limit` slots until the
   * hook answers, and a completion waiting on the API there would keep another file's part from
   * uploading — with many small files, every other slot. The API call is made in `finish`, in a
   * lane of its own.
   */
  async #complete(fileId: string, parts: AwsS3Part[]): Promise<Record<string, unknown>> {
    const upload = await this.#upload(fileId);
    upload.finalParts = parts
      .map((part) => ({ partNumber: part.PartNumber ?? 0, eTag: part.ETag ?? '' }))
      .sort((a, b) => a.partNumber - b.partNumber);
    return { assetId: upload.assetId };
  }
}
