/**
 * The one place that talks HTTP to the Dash API: auth headers, timeouts, retries, error mapping
 * and response validation. Every resource function goes through `request()`.
 */
import { codeForStatus, DashError } from './errors.js';
import type { TokenSource } from './tokens.js';
import { fetchText } from './fetch-text.js';

/** Where and as whom to call the API. Resource functions take it as their first argument. */
export interface ApiContext {
  /** API origin, e.g. `https://api-v2.dash.app` (no trailing slash needed). */
  apiBase: string;
  /** Supplies bearer tokens; without it calls go out unauthenticated. */
  auth?: TokenSource;
  /** A custom `fetch` (tests, proxies). Defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeoutMs?: number;
}

/**
 * How a call authenticates: `bearer` uses `ctx.auth` (when there is one), `none` sends no
 * credentials, `{passcode}` sends `Authorization: Passcode …` (portal tokens).
 */
export type AuthMode = 'bearer' | 'none' | { passcode: string };

export interface RequestOptions<T> {
  /** JSON request body. */
  body?: unknown;
  signal?: AbortSignal;
  /** Default `bearer`. */
  auth?: AuthMode;
  /**
   * Safe to repeat: retried on 429, 5xx and network failures. GETs and searches (POSTs that only
   * read) are idempotent; creating jobs and completing uploads are not.
   */
  idempotent?: boolean;
  /** Checks and types the parsed JSON; throw a DashError('invalid-response') to reject it. */
  validate?: (json: unknown) => T;
  timeoutMs?: number;
}

const MAX_RETRIES = 3;
const BASE_DELAY_MS = 300;
/** Never wait longer than this for a Retry-After, whatever the server asks. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * Calls the API and returns the validated JSON body (`undefined` for an empty body).
 *
 * Failures are `DashError`s with a code from the closed set. An abort by the caller rejects with
 * the caller's `AbortError` unchanged, so elements can tell "cancelled" from "failed".
 */
export async function request<T = unknown>(
  ctx: ApiContext,
  method: string,
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const { signal, idempotent = false } = options;
  const useBearer = (options.auth ?? 'bearer') === 'bearer' && ctx.auth !== undefined;
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    // Outside the try: a token source retries its own calls, so its failures are final here.
    const token = useBearer ? await ctx.auth!.getToken(signal) : undefined;
    try {
      return await attemptOnce(ctx, method, path, options, token);
    } catch (error) {
      if (!(error instanceof DashError)) throw error;
      // A token can expire between issue and use, or be revoked: get a fresh one, once.
      if (error.status === 401 && useBearer && !refreshed) {
        refreshed = true;
        await ctx.auth!.refresh(signal);
        attempt--;
        continue;
      }
      if (!idempotent || attempt >= MAX_RETRIES || !isRetryable(error)) throw error;
      await sleep(retryDelay(attempt, error.retryAfterMs), signal);
    }
  }
}

function isRetryable(error: DashError): boolean {
  return error.code === 'network' || error.status === 429 || (error.status ?? 0) >= 500;
}

/** The server's Retry-After when given, else exponential backoff with jitter. */
function retryDelay(attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  // Jitter spreads out the clients that all failed at the same moment.
  return BASE_DELAY_MS * 2 ** attempt * (0.5 + Math.random() / 2);
}

async function attemptOnce<T>(
  ctx: ApiContext,
  method: string,
  path: string,
  options: RequestOptions<T>,
  token: string | undefined,
): Promise<T> {
  const { signal, body } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const auth = options.auth;
  if (typeof auth === 'object') headers.authorization = `Passcode ${auth.passcode}`;
  else if (token) headers.authorization = `Bearer ${token}`;

  const url = ctx.apiBase.replace(/\/+$/, '') + path;
  const { response, text } = await fetchText(
    url,
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    { signal, timeoutMs: options.timeoutMs ?? ctx.timeoutMs, fetch: ctx.fetch, what: `${method} ${path}` },
  );
  if (!response.ok) throw errorFromResponse(response, text, `${method} ${path}`);
  if (!text) return (options.validate ? options.validate(undefined) : undefined) as T;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DashError('invalid-response', `${method} ${path} answered malformed JSON.`, {
      status: response.status,
      cause: error,
    });
  }
  return options.validate ? options.validate(json) : (json as T);
}

/** Builds the DashError of a failed response, keeping the server's own message when it has one. */
function errorFromResponse(response: Response, text: string, what: string): DashError {
  let message = `${what} failed with HTTP ${response.status}.`;
  try {
    const parsed: unknown = JSON.parse(text);
    const serverMessage = (parsed as { message?: unknown } | null)?.message;
    if (typeof serverMessage === 'string' && serverMessage) message = `${message} ${serverMessage}`;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  return new DashError(codeForStatus(response.status), message, {
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
