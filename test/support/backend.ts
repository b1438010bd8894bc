/**
 * Browser-side access to the local Dash backend that test/run.js started: its URL and the
 * test-only control routes (`/__control/*`, enabled with `testControls: true`).
 */
declare global {
  interface Window {
    __DASH_TEST__?: { api: string; s3: string };
  }
}

/** The local backend's origin, e.g. `http://127.0.0.1:41234`. */
export const apiBase: string = window.__DASH_TEST__?.api ?? '';
export const s3Base: string = window.__DASH_TEST__?.s3 ?? '';

if (!apiBase) throw new Error('No DASH_API_URL: run the browser tests with `npm test`.');

/** One injected fault; see demo/backend/faults.js for the meaning of each field. */
export interface RouteFault {
  method?: string;
  /** A RegExp source matched against the request path (without query). */
  path: string;
  status?: number;
  /** Answer `status` with this raw body (e.g. malformed JSON). */
  body?: string;
  /** Seconds for a Retry-After header. */
  retryAfter?: number;
  /** Fraction of matching requests affected (default 1). */
  rate?: number;
  /** Affect only the next N matching requests. */
  count?: number;
  /** Delay before answering, in ms (a "hang" when larger than the client's timeout). */
  delayMs?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
}

export interface Faults {
  /** Added to every API response. */
  latencyMs?: number;
  routes?: RouteFault[];
  /** Faults on S3 part PUTs (the S3 front). */
  partPut?: {
    failRate?: number;
    status?: number;
    count?: number;
    /** Drop the connection after receiving this fraction of the body. */
    dropAfterFraction?: number;
    /** Answer without exposing the ETag header. */
    hideEtag?: boolean;
  };
  /** Lifetime of newly issued access tokens, in seconds. */
  tokenTtlSeconds?: number;
  /** Lifetime of newly issued part URLs, in seconds (0 = already expired → 403). */
  partUrlTtlSeconds?: number;
}

async function control<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${apiBase}/__control${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Restores the seeded data and clears every fault. Call in `beforeEach`/`afterEach`. */
export function resetBackend(): Promise<void> {
  return control('/reset', { method: 'POST' });
}

/** Replaces the active faults. */
export function setFaults(faults: Faults): Promise<void> {
  return control('/faults', { method: 'POST', body: JSON.stringify(faults) });
}

/** Multipart uploads still open on the S3 server (neither completed nor aborted). */
export function openMultipartUploads(): Promise<{ uploadId: string; key: string }[]> {
  return control('/uploads');
}

/** All assets, including STAGED ones a portal visitor cannot see. */
export function listAllAssets(): Promise<
  { id: string; filename: string; size: number; state: string; sha256?: string }[]
> {
  return control('/assets');
}

/** SHA-256 (hex) of the bytes stored for an asset's current file, or null if none. */
export async function storedSha256(assetId: string): Promise<string | null> {
  const result = await control<{ sha256: string | null }>(
    `/assets/${encodeURIComponent(assetId)}/sha256`,
  );
  return result.sha256;
}

/**
 * Requests the backend received since the last reset, newest last: API calls (`service: 'api'`)
 * and S3 front requests such as part PUTs (`service: 's3'`, path `/<bucket>/<key>`). CORS
 * preflights and control calls are left out; a dropped connection has status 0.
 */
export function requestLog(): Promise<
  { method: string; path: string; status: number; service: 'api' | 's3' }[]
> {
  return control('/requests');
}

/** The bearer token the local backend treats as a signed-in app user (and Social/CMS API key). */
export const hostToken = 'demo';

/** SHA-256 (hex) of a Blob, computed in the page. */
export async function sha256Hex(data: Blob | ArrayBuffer): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
