import { scrubSecrets } from './scrub.js';

/**
 * The closed set of error codes every element and the client report. Hosts switch on `code`;
 * `message` is plain English for logs and developers, the elements show localized text instead.
 */
export type DashErrorCode =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'invalid-response'
  | 'invalid-config'
  | 'passcode-required'
  | 'wrong-passcode'
  | 'job-failed'
  | 'upload-failed'
  | 'file-rejected';

/** The `detail` of a `dash-error` event. */
export interface DashErrorDetail {
  code: DashErrorCode;
  message: string;
  status?: number;
  cause?: unknown;
}

export class DashError extends Error {
  override readonly name = 'DashError';
  readonly code: DashErrorCode;
  readonly status?: number;
  /** For 429/503: how long the server asked us to wait, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(
    code: DashErrorCode,
    message: string,
    options: { status?: number; cause?: unknown; retryAfterMs?: number } = {},
  ) {
    // Credentials a server echoed never travel further than here (see scrub.ts).
    super(scrubSecrets(message), { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  toDetail(): DashErrorDetail {
    const detail: DashErrorDetail = { code: this.code, message: this.message };
    if (this.status !== undefined) detail.status = this.status;
    if (this.cause !== undefined) detail.cause = this.cause;
    return detail;
  }
}

/** The codes of the HTTP statuses that have their own; any other status is `server`. */
const STATUS_CODES: Record<number, DashErrorCode> = {
  400: 'bad-request',
  422: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  410: 'not-found',
  409: 'conflict',
  429: 'rate-limited',
  408: 'timeout',
  504: 'timeout',
};

/** Maps an HTTP status onto the closed set of codes. */
export function codeForStatus(status: number): DashErrorCode {
  return STATUS_CODES[status] ?? 'server';
}

/** An abort: `AbortError` is its name whether a DOMException or an Error carries it. */
export function isAbortError(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

/**
 * The browsers' words for a fetch or a module import that failed on the network (Chromium,
 * Firefox, Safari), so that only those TypeErrors are reported as `network`.
 */
const NETWORK_FAILURE =
  /failed to fetch|networkerror|load failed|dynamically imported module|importing a module script failed/i;

/**
 * Normalises anything thrown into a `DashError`. Returns `undefined` for aborts, which are a
 * caller's decision and never an error to show.
 */
export function toDashError(error: unknown): DashError | undefined {
  if (isAbortError(error)) return undefined;
  if (error instanceof DashError) return error;
  if (error instanceof TypeError && NETWORK_FAILURE.test(error.message)) {
    // A fetch or a lazy chunk's import that failed outside the request path.
    return new DashError('network', 'The network request failed.', { cause: error });
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // Any other: our own code meeting data it cannot read (a malformed answer). Fetch failures of
    // the API leave request() as DashErrors already, so this is never "check your connection".
    return new DashError('invalid-response', `Something in the answer could not be read: ${error.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DashError('server', message || 'Unexpected error.', { cause: error });
}

/**
 * The `invalid-response` error for items a list answer held but the client could not read and
 * left out (`skipped` of a search page or a job). Elements dispatch it as a `dash-error` and keep
 * showing the items that were read.
 *
 * @param what the items, plural, e.g. "assets"
 * @param reason why the first was refused (`skippedReason`), for developers
 */
export function skippedItemsError(skipped: number, what = 'items', reason?: string): DashError {
  const count =
    skipped === 1
      ? `1 of the ${what} in the answer could not be read and was`
      : `${skipped} of the ${what} in the answer could not be read and were`;
  return new DashError('invalid-response', `${count} skipped.${reason ? ` First: ${reason}` : ''}`);
}
