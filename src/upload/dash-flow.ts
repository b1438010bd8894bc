/**
 * The Dash guest-upload flow behind @uppy/aws-s3's multipart hooks:
 * asset-and-upload batch job → the AssetUpload's part URLs and byte ranges → PUT each part
 * (Uppy) → upload completion with every part's ETag.
 *
 * Why Uppy 5 (@uppy/core 5 + @uppy/aws-s3 5) and not 6: aws-s3 6 removed the
 * `createMultipartUpload` / `signPart` / `listParts` / `completeMultipartUpload` /
 * `abortMultipartUpload` hooks. It signs raw S3 requests and has the browser create and complete
 * the multipart upload on S3 itself — but Dash creates the upload in its batch job and completes
 * it through its own API, so there is nothing for 6's S3-side calls to talk to. 6 also sends one
 * file's parts one after another; 5 sends several parts of a file at once, bounded by `limit`.
 */
import type { AwsS3Part } from '@uppy/aws-s3';
import type { ApiContext } from '../api/http.js';
import type { AssetAndUploadJob, AssetUpload, UploadPart } from '../api/models.js';
import {
  abortUpload,
  completeUpload,
  createAssetAndUploadJob,
  getAssetAndUploadJob,
  listUploadParts,
  requestPartUrls,
} from '../api/guest-uploads.js';
import { pollJob } from '../api/jobs.js';
import { DashError } from '../api/errors.js';
import { createBatcher } from './batcher.js';
import type { FlowFile, FlowS3Options, RestorePoint, UploadFlow } from './flow.js';
import { md5OfBlob, toBase64, toHex } from './md5.js';
import { createPartPut, type PartContext, type PartSignature } from './part-put.js';
import { clearResume, fingerprint, loadResume, saveResume } from './resume-store.js';

const MiB = 1024 * 1024;
/** S3's minimum for every part but the last, and the server's own default. */
export const MIN_PART_SIZE = 5 * MiB;
/** S3 allows at most this many parts per upload. */
const MAX_PARTS = 10_000;
/** Files per asset-and-upload job (the local backend takes at most 500). */
const FILES_PER_JOB = 100;

export interface DashFlowOptions {
  ctx: ApiContext;
  /** Together with `guestUpload`, part of the resume fingerprint: a file resumes only where it began. */
  subdomain: string;
  guestUpload: string;
  /**
   * Bytes per part. Default 5 MiB, S3's minimum: a 12 MiB file already goes as 3 parallel parts,
   * and a failed part costs at most 5 MiB to send again. Grows for huge files (≤ 10 000 parts).
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
  /** A ListParts answer fetched while preparing a resume, used once by the `listParts` hook. */
  listing?: AwsS3Part[];
  requestUrl: (part: { partNumber: number; contentMd5?: string }) => Promise<string>;
}

/** The part size we ask for: never below S3's minimum, never more than 10 000 parts. */
export function partSizeFor(size: number, preferred = MIN_PART_SIZE): number {
  const atLeast = Math.max(preferred, MIN_PART_SIZE, Math.ceil(size / MAX_PARTS));
  return Math.ceil(atLeast / MiB) * MiB;
}

/**
 * Uppy cuts a file > 5 MiB at multiples of the chunk size and sends a smaller one whole. The
 * server must have cut it the same way, or part N's bytes would go to part M's URL.
 */
function checkLayout(parts: UploadPart[], size: number, partSize: number): void {
  const expected = size > MIN_PART_SIZE ? Math.ceil(size / partSize) : 1;
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
function uploadOf(job: AssetAndUploadJob, batchItemId: string): AssetUpload | Error {
  const upload = job.result?.successes[batchItemId]?.result;
  if (upload) return upload;
  // The reference shows no failure example: a message, or an error object holding one.
  const failure = job.result?.failures?.[batchItemId] as { message?: string; status?: number } | string | undefined;
  const message = typeof failure === 'string' ? failure : failure?.message;
  return new DashError('upload-failed', message ?? `No upload was created for ${batchItemId}.`, {
    status: typeof failure === 'object' ? failure.status : undefined,
  });
}

export class DashFlow implements UploadFlow {
  readonly #options: DashFlowOptions;
  /** By Uppy file id. Promises while the batch job runs, so Uppy asking twice creates once. */
  readonly #uploads = new Map<string, Promise<DashUpload>>();
  readonly #settled = new Map<string, DashUpload>();
  readonly #cancelled = new Set<string>();
  /**
   * The batch job that is creating a file's asset, by Uppy file id, until its upload is known.
   * If polling fails, the job may still have created the asset and opened its multipart upload:
   * a retry polls this job again instead of creating a second asset (and orphaning the first).
   */
  readonly #jobs = new Map<string, string>();
  /** Chunk size per file blob: a resumed file must be cut as it was when it began. */
  readonly #partSizes = new WeakMap<Blob, number>();
  readonly #partContexts = new WeakMap<PartSignature, PartContext>();
  readonly #createBatched: (item: {
    batchItemId: string;
    path: string;
    size: number;
    partSize: number;
  }) => Promise<AssetUpload>;

  constructor(options: DashFlowOptions) {
    this.#options = { resume: true, contentMd5: false, ...options };
    const { ctx } = options;
    // Files added together are created by one asset-and-upload job.
    this.#createBatched = createBatcher(
      async (items) => {
        const created = await createAssetAndUploadJob(ctx, items);
        for (const item of items) this.#jobs.set(item.batchItemId, created.id);
        const job = await this.#finishedJob(created.id, created);
        return items.map((item) => uploadOf(job, item.batchItemId));
      },
      0,
      FILES_PER_JOB,
    );
  }

  #finishedJob(jobId: string, initial?: AssetAndUploadJob): Promise<AssetAndUploadJob> {
    const { ctx } = this.#options;
    return pollJob((signal) => getAssetAndUploadJob(ctx, jobId, { signal }), { initial });
  }

  s3Options(): FlowS3Options {
    return {
      shouldUseMultipart: true,
      getChunkSize: (data: { size: number }) =>
        this.#partSizes.get(data as Blob) ?? partSizeFor(data.size, this.#options.partSize),
      createMultipartUpload: (file) => this.#createMultipartUpload(file as FlowFile),
      signPart: (file, { partNumber, body, signal }) =>
        this.#signPart(file.id, partNumber, body, signal),
      listParts: (file, { signal }) => this.#listParts(file.id, signal),
      completeMultipartUpload: (file, { parts, signal }) =>
        this.#complete(file.id, parts, signal),
      // Uppy calls this after any failed part too, which would throw away the parts a retry can
      // reuse. Server-side aborts are the visitor's decision only: see `cancel()`.
      abortMultipartUpload: () => {},
      uploadPartBytes: createPartPut((signature) => this.#partContexts.get(signature)),
    };
  }

  async prepare(file: FlowFile): Promise<RestorePoint | undefined> {
    const record = this.#options.resume && file.data instanceof File ? loadResume(this.#resumeKey(file.data)) : undefined;
    if (!record || record.size !== file.data.size) {
      // Created now, for every file added together: Uppy would ask for at most `limit` uploads
      // at once (its queue holds the hook), so 200 files would take ~34 jobs, polled one after
      // another. A failure is kept for Uppy's first ask, which fails the file as before.
      this.#start(file).catch(() => {});
      return undefined;
    }
    const resumeKey = this.#resumeKey(file.data as File);
    let listing: AwsS3Part[];
    try {
      listing = await this.#storedParts(record.uploadId);
    } catch {
      // The upload is gone (completed, aborted or expired): start this file afresh.
      clearResume(resumeKey);
      return undefined;
    }
    this.#partSizes.set(file.data, record.partSize);
    this.#remember(file.id, { ...record, resumeKey, listing });
    return { uploadId: record.uploadId, key: record.assetId };
  }

  async finish(file: FlowFile): Promise<{ assetId: string; filename: string; size: number }> {
    const upload = await this.#upload(file.id);
    this.#forget(file.id);
    return { assetId: upload.assetId, filename: file.name ?? '', size: upload.size };
  }

  async cancel(fileId: string): Promise<void> {
    this.#cancelled.add(fileId);
    const pending = this.#uploads.get(fileId);
    const jobId = this.#jobs.get(fileId);
    this.#forget(fileId);
    if (!pending && jobId) {
      // Its job's answer was lost (see #jobs): ask again, so what it opened is aborted too.
      this.#jobs.delete(fileId);
      const job = await this.#finishedJob(jobId).catch(() => undefined);
      const created = job && uploadOf(job, fileId);
      if (created && !(created instanceof Error)) {
        await abortUpload(this.#options.ctx, created.id).catch(() => {});
      }
      return;
    }
    const upload = await pending?.catch(() => undefined);
    if (!upload) return; // never created, or the creation aborts itself (see #create)
    clearResume(upload.resumeKey);
    await abortUpload(this.#options.ctx, upload.uploadId).catch(() => {
      // Already completed or aborted: nothing left open.
    });
  }

  restorePoint(fileId: string): RestorePoint | undefined {
    const upload = this.#settled.get(fileId);
    return upload && { uploadId: upload.uploadId, key: upload.assetId };
  }

  #resumeKey(data: File): string {
    return fingerprint(data, this.#options.subdomain, this.#options.guestUpload);
  }

  #remember(fileId: string, fields: Omit<DashUpload, 'urls' | 'requestUrl'> & { urls?: Map<number, string> }) {
    const { ctx } = this.#options;
    const upload: DashUpload = {
      urls: new Map(),
      ...fields,
      // Parts that need URLs at the same moment (a resume, a burst of expiries) share a request.
      requestUrl: createBatcher(async (parts) => {
        const { assetId, uploadId, path, size, partSize } = upload;
        const fresh = await requestPartUrls(ctx, { assetId, uploadId, path, size, partSize, parts });
        return parts.map((wanted) => {
          const url = fresh.find((p) => p.partNumber === wanted.partNumber)?.url;
          if (!url) throw new DashError('invalid-response', `No URL for part ${wanted.partNumber}.`);
          return url;
        });
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

  #upload(fileId: string): Promise<DashUpload> {
    return this.#uploads.get(fileId) ?? Promise.reject(abortError());
  }

  /** The file's upload: the one being created or known, else a new creation. */
  #start(file: FlowFile): Promise<DashUpload> {
    let pending = this.#uploads.get(file.id);
    if (!pending) {
      pending = this.#create(file);
      this.#uploads.set(file.id, pending);
    }
    return pending;
  }

  #createMultipartUpload(file: FlowFile): Promise<RestorePoint> {
    const pending = this.#start(file);
    // A failed creation is forgotten once Uppy has seen it, so a retry creates again.
    pending.catch(() => this.#uploads.get(file.id) === pending && this.#uploads.delete(file.id));
    return pending.then((upload) => ({ uploadId: upload.uploadId, key: upload.assetId }));
  }

  async #create(file: FlowFile): Promise<DashUpload> {
    const data = file.data;
    const size = data.size;
    const partSize = this.#partSizes.get(data) ?? partSizeFor(size, this.#options.partSize);
    const path = `/${file.name ?? 'file'}`;
    // Not tied to Uppy's signal: a pause during creation must not lose the asset being created
    // (a second creation would make a duplicate); the result is kept for the resume instead.
    const jobId = this.#jobs.get(file.id);
    const created = jobId
      ? await this.#finishedJob(jobId).then((job) => uploadOf(job, file.id))
      : await this.#createBatched({ batchItemId: file.id, path, size, partSize });
    if (created instanceof Error) throw created;
    this.#jobs.delete(file.id);
    if (this.#cancelled.has(file.id)) {
      await abortUpload(this.#options.ctx, created.id).catch(() => {});
      throw abortError();
    }
    checkLayout(created.uploadParts, size, partSize);
    const resumeKey = data instanceof File ? this.#resumeKey(data) : '';
    const record = { assetId: created.assetId, uploadId: created.id, path, size, partSize };
    if (this.#options.resume && resumeKey) saveResume(resumeKey, record);
    const upload = this.#remember(file.id, { ...record, resumeKey });
    for (const part of created.uploadParts) upload.urls.set(part.partNumber, part.url);
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
    });
    return signature;
  }

  async #listParts(fileId: string, signal?: AbortSignal): Promise<AwsS3Part[]> {
    const upload = await this.#upload(fileId);
    const listing = upload.listing;
    upload.listing = undefined;
    return listing ?? this.#storedParts(upload.uploadId, signal);
  }

  /** The parts the server holds for an upload, as @uppy/aws-s3 lists them. */
  async #storedParts(uploadId: string, signal?: AbortSignal): Promise<AwsS3Part[]> {
    const parts = await listUploadParts(this.#options.ctx, uploadId, { signal });
    return parts.map((p) => ({ PartNumber: p.partNumber, ETag: p.eTag, Size: p.size }));
  }

  async #complete(fileId: string, parts: AwsS3Part[], signal?: AbortSignal): Promise<Record<string, unknown>> {
    const upload = await this.#upload(fileId);
    const completed = parts
      .map((part) => ({ partNumber: part.PartNumber ?? 0, eTag: part.ETag ?? '' }))
      .sort((a, b) => a.partNumber - b.partNumber);
    const { assetId, uploadId } = upload;
    await completeUpload(this.#options.ctx, { assetId, uploadId, parts: completed }, { signal });
    clearResume(upload.resumeKey);
    return { assetId };
  }
}
