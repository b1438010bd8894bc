/**
 * The one place that talks HTTP to the Dash API (and to the CMS and Dash Social APIs): auth
 * headers, timeouts, retries, error mapping and response validation. Every resource function goes
 * through `request()`. Below it, the bearer tokens in general and the host app's tokens (portal
 * and guest-upload tokens build on them in tokens.ts), and the context a gallery source calls
 * with: every source that calls an API needs all three, so they load as one file with
 * `request()` rather than as a chain of small ones.
 */
import { apiRequest, bearer, NOT_IN_HEADER } from './api-request.js';
import { codeForStatus, DashError, isAbortError } from './errors.js';
import type { GallerySourceConfig } from './adapters/types.js';
import { fetchText } from './fetch-text.js';
import { scrubSecrets } from './scrub.js';

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
/**
 * The longest wait a `Retry-After` may impose on a visitor looking at "Loading…". A server asking
 * for more (`Retry-After: 86400`) gets no retry: the call fails at once with `rate-limited` (or
 * its own code for a 503), and the element shows "busy, try again later" with its retry control.
 */
export const MAX_RETRY_AFTER_MS = 5_000;

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
    const token = useBearer ? await tokenOf(ctx.auth!, signal) : undefined;
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

/**
 * A token from the source. A host's `getAccessToken()` that throws something of its own is an
 * `unauthorized` naming it, not a "network" failure of ours.
 */
async function tokenOf(auth: TokenSource, signal?: AbortSignal): Promise<string> {
  try {
    return await auth.getToken(signal);
  } catch (error) {
    if (error instanceof DashError || isAbortError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DashError('unauthorized', `Getting an access token failed: ${reason}`);
  }
}

function isRetryable(error: DashError): boolean {
  // A server asking for a longer wait than a visitor should sit through is answered now.
  if ((error.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) return false;
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
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const auth = options.auth;
  const passcode = typeof auth === 'object' ? auth.passcode : undefined;
  if (passcode !== undefined) headers.authorization = `Passcode ${passcodeHeader(passcode)}`;
  else if (token) headers.authorization = bearer(token);

  const { url, init } = apiRequest(ctx.apiBase, method, path);
  const what = `${method} ${path}`;
  const { response, text } = await fetchText(
    url,
    { ...init, headers: { ...init.headers, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) },
    { signal, timeoutMs: options.timeoutMs ?? ctx.timeoutMs, fetch: ctx.fetch, what },
  );
  if (!response.ok) throw errorFromResponse(response, text, what, [token, passcode]);
  let json: unknown;
  try {
    json = text ? parseJson(text) : undefined;
  } catch {
    // No `cause`: a parser's message quotes the text around the fault, which may hold anything.
    throw new DashError('invalid-response', `${what} answered malformed JSON.`, { status: response.status });
  }
  if (!options.validate) return json as T;
  try {
    return options.validate(json);
  } catch (error) {
    // A check that throws something other than its DashError met data it could not read.
    if (error instanceof DashError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DashError('invalid-response', `${what} answered something that could not be read: ${reason}`, {
      status: response.status,
    });
  }
}

/**
 * JSON from an API answer, without Lit's markers: a key starting with `_$lit` (`_$litType$`,
 * `_$litDirective$`, `_$litStatic$`) is dropped wherever it appears, so no answer can pass for a
 * template result or a directive in a field that reaches a template. (The parsers in validate.ts
 * still check each text field is a string; this is the guard under all of them.)
 */
export function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key.startsWith('_$lit') ? undefined : value));
}

/**
 * The passcode as the header carries it. One with characters a header cannot carry (emoji,
 * Cyrillic, a line break) cannot be sent as typed: `wrong-passcode`, so the element asks for it
 * again, with a message naming the cause, and nothing is sent.
 */
function passcodeHeader(passcode: string): string {
  if (typeof passcode !== 'string' || NOT_IN_HEADER.test(passcode)) {
    throw new DashError(
      'wrong-passcode',
      'The passcode cannot be sent as typed: a request header cannot carry some of its characters (emoji, non-Latin letters). Type it again.',
    );
  }
  return passcode;
}

/**
 * Builds the DashError of a failed response, keeping the server's own message when it has one,
 * with credentials cut out of it: patterns (scrub.ts) and the call's own token and passcode.
 */
function errorFromResponse(response: Response, text: string, what: string, secrets: (string | undefined)[]): DashError {
  let message = `${what} failed with HTTP ${response.status}.`;
  try {
    const parsed: unknown = JSON.parse(text);
    const serverMessage = (parsed as { message?: unknown } | null)?.message;
    if (typeof serverMessage === 'string' && serverMessage)
      message = `${message} ${scrubSecrets(serverMessage, secrets)}`;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) {
    message += ` The server is busy and asked to wait ${Math.round(retryAfterMs / 1000)} s, longer than a visitor should wait: try again later.`;
  }
  return new DashError(codeForStatus(response.status), message, { status: response.status, retryAfterMs });
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
  return raceAbort(new Promise((resolve) => setTimeout(resolve, ms)), signal);
}

// Bearer tokens. They live in memory only — never in attributes, URLs, storage or logs.

/** Supplies bearer tokens to `request()`. */
export interface TokenSource {
  /** A valid token, from the cache when it is not about to expire. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** A fresh token (after a 401). Concurrent callers share one request. */
  refresh(signal?: AbortSignal): Promise<string>;
}

/** Refresh this long before a token's `exp`, or a fifth of its lifetime if that is shorter. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * Whether a JWT is past its `exp`, less the margin; an opaque token, or one without `exp`, never
 * is (it is used until a 401 says otherwise). The claims are read, not verified.
 */
function expiresSoon(token: string): boolean {
  try {
    const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<
      string,
      unknown
    >;
    const { exp, iat } = claims;
    if (typeof exp !== 'number') return false;
    // `exp` and `iat` are in seconds: a fifth of the lifetime in ms is (exp − iat) × 200.
    const margin = typeof iat === 'number' ? Math.min(EXPIRY_MARGIN_MS, (exp - iat) * 200) : EXPIRY_MARGIN_MS;
    return Date.now() >= exp * 1000 - margin;
  } catch {
    return false;
  }
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A token source over `fetchToken`: caches the token, refreshes it shortly before it expires,
 * and runs one fetch at a time. The shared fetch is not tied to any one caller's signal — one
 * caller giving up must not fail the others — so each caller only stops waiting on abort.
 */
export function cachingTokenSource(fetchToken: () => Promise<string>, initialToken?: string): TokenSource {
  let token = initialToken;
  let inflight: Promise<string> | undefined;
  const refresh = (signal?: AbortSignal) => {
    inflight ??= fetchToken()
      .then((fresh) => (token = fresh))
      .finally(() => (inflight = undefined));
    return raceAbort(inflight, signal);
  };
  return {
    getToken: (signal) => (token && !expiresSoon(token) ? Promise.resolve(token) : refresh(signal)),
    refresh,
  };
}

/**
 * Tokens from the host app: `getAccessToken` is called when a token is needed and again after a
 * 401 (so the app can refresh its OAuth token); a bare `accessToken` cannot be refreshed, so a
 * 401 with it is final.
 */
export function hostTokenSource(options: {
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
}): TokenSource {
  const { accessToken, getAccessToken } = options;
  // A host token with no readable `exp` is used until a 401 says otherwise.
  if (getAccessToken) return cachingTokenSource(getAccessToken, accessToken);
  const missing = () =>
    new DashError('unauthorized', accessToken ? 'The access token was rejected.' : 'No access token.');
  return {
    getToken: () => (accessToken ? Promise.resolve(accessToken) : Promise.reject(missing())),
    refresh: () => Promise.reject(missing()),
  };
}

// The context of a gallery source (CMS, Dash Social, Dash portal).

/** An API context authenticated by the host app's token (Dash Social, CMS). */
export function hostContext(config: GallerySourceConfig): ApiContext {
  return {
    apiBase: config.apiBase,
    auth: hostTokenSource({ accessToken: config.accessToken, getAccessToken: config.getAccessToken }),
    fetch: config.fetch,
  };
}

/** The named config fields, or an `invalid-config` error naming the missing ones. */
export function required<K extends keyof GallerySourceConfig>(
  config: GallerySourceConfig,
  ...keys: K[]
): Required<Pick<GallerySourceConfig, K>> {
  const missing = keys.filter((key) => !config[key]);
  if (missing.length) {
    throw new DashError(
      'invalid-config',
      `source="${config.source}" needs ${missing.map((key) => `\`${String(key)}\``).join(', ')}.`,
    );
  }
  return config as unknown as Required<Pick<GallerySourceConfig, K>>;
}
