/**
 * Our replacement for @uppy/aws-s3's `uploadPartBytes`: the same XHR PUT (XHR, not fetch, because
 * only XHR reports upload progress), plus three things the default lacks:
 * - an unreadable ETag is an error that names its cause (the default logs to the console and
 *   leaves the part hanging forever);
 * - a 403 "Request has expired" gets a fresh URL from the flow and is sent again right here, so
 *   Uppy's queue does not throttle every other part (its 403 handling lowers the shared limit);
 * - errors carry `source.status`, which is what Uppy's retry logic reads to back off and retry;
 * - a file that changed or went away on disk since it was chosen is said to be one, not a
 *   network failure (see ./unreadable.ts), and is not retried;
 * - a PUT that makes no progress for `stallMs` (a server that took the connection and went
 *   silent) is aborted and retried, instead of waiting for the platform's own multi-minute timeout;
 * - whether the storage was reached goes to the connection watch (./connection.ts).
 */
import { DashError } from '../api/errors.js';
import { reportReach } from './connection.js';
import { readFailure, unreadableFile } from './unreadable.js';

export interface PartSignature {
  method?: 'PUT' | 'POST';
  url: string;
  headers?: Record<string, string>;
}

/** What the flow attaches to a signature it issued, so an expired URL can be replaced. */
export interface PartContext {
  /** Multipart parts need an ETag for completion; a single PUT (Dash Social) does not. */
  needsEtag: boolean;
  /** A fresh signature for the same part, when the URL answered 403. */
  refresh?: (signal?: AbortSignal) => Promise<PartSignature>;
  /** The part is stored: called with the ETag the storage answered, before Uppy hears of it. */
  onStored?: (etag: string) => void;
  /** A send failed (an error status or a dropped connection): Uppy retries it while it may. */
  onFailed?: () => void;
}

export interface PutOptions {
  signature: PartSignature;
  body: Blob | FormData;
  size?: number;
  onProgress?: (event: { loaded: number; lengthComputable: boolean }) => void;
  onComplete?: (etag: string) => void;
  signal?: AbortSignal;
}

/**
 * Waits before each fresh URL for a part that answered 403. The first comes at once (the usual
 * case: the URL outlived its TTL during a slow upload or a long pause); if fresh URLs are refused
 * too, the clocks or the server are off, and waiting a little gives them a chance to recover.
 */
const URL_REFRESH_DELAYS = [0, 1000, 3000];

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** An error in the shape Uppy's retry logic understands (`source.status`). */
function httpError(message: string, status: number): Error {
  return Object.assign(new Error(message), { source: { status } });
}

export const missingEtagMessage =
  "The part was stored, but its ETag header is not readable: the storage's CORS rules must expose it " +
  '(S3 bucket CORS: "ExposeHeaders": ["ETag"]).';

/** How long a part PUT may go without progress before it is aborted and retried, by default. */
export const STALL_MS = 30_000;

function put(
  options: PutOptions,
  stallMs: number,
): Promise<{ status: number; etag: string | null; location: string | null }> {
  const { signature, body, signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const xhr = new XMLHttpRequest();
    xhr.open(signature.method ?? 'PUT', signature.url, true);
    for (const [name, value] of Object.entries(signature.headers ?? {})) {
      xhr.setRequestHeader(name, value);
    }
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    // Restarted by every progress event; once the body is sent, the answer has as long to come.
    let stalled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => ((stalled = true), xhr.abort()), stallMs);
    };
    const done = () => (clearTimeout(timer), signal?.removeEventListener('abort', onAbort));
    xhr.upload.addEventListener('progress', (event) => (watch(), onProgress?.(event)));
    xhr.upload.addEventListener('load', watch);
    xhr.addEventListener('load', () => {
      done();
      resolve({
        status: xhr.status,
        etag: xhr.getResponseHeader('ETag'),
        location: xhr.getResponseHeader('Location'),
      });
    });
    xhr.addEventListener('abort', () => {
      done();
      // A stall is retried like a dropped connection (status 0); the caller's abort is an abort.
      if (stalled) reject(httpError(`The part upload made no progress for ${stallMs} ms.`, 0));
      else reject(new DOMException('The part upload was aborted.', 'AbortError'));
    });
    // A refused or dropped connection: status 0 makes Uppy back off and retry.
    xhr.addEventListener('error', () => {
      done();
      reject(httpError('The connection to the storage server failed.', 0));
    });
    xhr.send(body);
    watch();
  });
}

/**
 * A send failed: the bytes it sent are not stored, so they leave the file's progress (Uppy keeps
 * a part's last count until its next attempt reports) and the flow hears it is sent again.
 */
function lost(options: PutOptions, context?: PartContext): void {
  options.onProgress?.({ loaded: 0, lengthComputable: true });
  context?.onFailed?.();
}

/**
 * Builds the `uploadPartBytes` option. `contextOf` returns what the flow attached to the
 * signature it issued (undefined for signatures it did not issue).
 */
export function createPartPut(contextOf: (signature: PartSignature) => PartContext | undefined, stallMs = STALL_MS) {
  return async function uploadPartBytes(options: PutOptions): Promise<{ ETag: string; location?: string }> {
    const context = contextOf(options.signature);
    let signature = options.signature;
    for (let refreshes = 0; ; refreshes++) {
      const response = await put({ ...options, signature }, stallMs).catch(async (error: unknown) => {
        // A file changed or removed on disk fails the send like a dropped connection: tell them apart.
        const unreadable =
          (error as { source?: { status?: number } }).source?.status === 0 && (await readFailure(options.body));
        if (unreadable) throw unreadableFile(unreadable);
        if (!options.signal?.aborted) {
          reportReach(false); // a refused, dropped or stalled connection
          lost(options, context);
        }
        throw error;
      });
      reportReach(true);
      if (response.status === 403 && context?.refresh && refreshes < URL_REFRESH_DELAYS.length) {
        // The presigned URL expired (slow connection, long pause): ask for a new one.
        await wait(URL_REFRESH_DELAYS[refreshes], options.signal);
        signature = await context.refresh(options.signal);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        lost(options, context);
        throw httpError(`The storage server answered ${response.status} to a part upload.`, response.status);
      }
      if (!response.etag && context?.needsEtag) {
        throw new DashError('upload-failed', missingEtagMessage);
      }
      const size = options.size ?? (options.body instanceof Blob ? options.body.size : 0);
      options.onProgress?.({ loaded: size, lengthComputable: true });
      const etag = response.etag ?? '';
      context?.onStored?.(etag);
      options.onComplete?.(etag);
      return { ETag: etag, location: response.location ?? undefined };
    }
  };
}
