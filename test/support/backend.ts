/**
 * Browser-side access to the local Dash backends that test/run.js started: their URLs and the
 * test-only control routes (`/__control/*`, enabled with `testControls: true`).
 *
 * Two backends run: the `default` profile (the demo's, with local extensions) and the `seed`
 * profile (only what the seed documents print). The plain exports below talk to the default one;
 * `backendFor(profile)` gives the same functions for either, so a main-flow test can run against
 * both: `for (const profile of PROFILES) describe(profile, () => { const b = backendFor(profile); … })`.
 */
declare global {
  interface Window {
    __DASH_TEST__?: { api: string; s3: string; seedApi?: string; seedS3?: string };
  }
}

export type BackendProfile = 'default' | 'seed';
export const PROFILES: readonly BackendProfile[] = ['default', 'seed'];

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
    /** Added before every part PUT is handled (a slow link), failing or not. */
    latencyMs?: number;
    failRate?: number;
    status?: number;
    count?: number;
    /** Drop the connection after receiving this fraction of the body. */
    dropAfterFraction?: number;
    /** Answer without exposing the ETag header. */
    hideEtag?: boolean;
    /** Take the connection and then nothing: no body read, no answer (a stalled PUT). */
    hang?: boolean;
  };
  /** Lifetime of newly issued access tokens, in seconds. */
  tokenTtlSeconds?: number;
  /** Lifetime of newly issued part URLs, in seconds (0 = already expired → 403). */
  partUrlTtlSeconds?: number;
}

async function control<T>(path: string, init?: RequestInit, base = apiBase): Promise<T> {
  const response = await fetch(`${base}/__control${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type RequestLogEntry = { method: string; path: string; status: number; service: 'api' | 's3' };
type StoredAsset = { id: string; filename: string; size: number; state: string; sha256?: string };

/** One running backend: its origins and its control routes. */
export interface TestBackend {
  profile: BackendProfile;
  apiBase: string;
  s3Base: string;
  /** Restores the seeded data and clears every fault. Call in `beforeEach`/`afterEach`. */
  reset(): Promise<void>;
  /** Replaces the active faults. */
  setFaults(faults: Faults): Promise<void>;
  /** Multipart uploads still open on the S3 server (neither completed nor aborted). */
  openMultipartUploads(): Promise<{ uploadId: string; key: string }[]>;
  /** All assets, including STAGED ones a portal visitor cannot see. */
  listAllAssets(): Promise<StoredAsset[]>;
  /** SHA-256 (hex) of the bytes stored for an asset's current file, or null if none. */
  storedSha256(assetId: string): Promise<string | null>;
  /**
   * Requests the backend received since the last reset, newest last: API calls (`service: 'api'`)
   * and S3 front requests such as part PUTs (`service: 's3'`, path `/<bucket>/<key>`). CORS
   * preflights and control calls are left out; a dropped connection has status 0.
   */
  requestLog(): Promise<RequestLogEntry[]>;
}

/** The backend of one profile (see the top of this file). */
export function backendFor(profile: BackendProfile): TestBackend {
  const config = window.__DASH_TEST__;
  const base = profile === 'seed' ? (config?.seedApi ?? '') : apiBase;
  const s3 = profile === 'seed' ? (config?.seedS3 ?? '') : s3Base;
  if (!base) throw new Error(`No backend for the ${profile} profile: run the browser tests with \`npm test\`.`);
  return {
    profile,
    apiBase: base,
    s3Base: s3,
    reset: () => control('/reset', { method: 'POST' }, base),
    setFaults: (faults) => control('/faults', { method: 'POST', body: JSON.stringify(faults) }, base),
    openMultipartUploads: () => control('/uploads', undefined, base),
    listAllAssets: () => control('/assets', undefined, base),
    storedSha256: async (assetId) =>
      (await control<{ sha256: string | null }>(`/assets/${encodeURIComponent(assetId)}/sha256`, undefined, base))
        .sha256,
    requestLog: () => control('/requests', undefined, base),
  };
}

const defaultBackend = backendFor('default');

/** Restores the seeded data and clears every fault (default profile). */
export const resetBackend = defaultBackend.reset;
/** Replaces the active faults (default profile). */
export const setFaults = defaultBackend.setFaults;
/** Multipart uploads still open on the default profile's S3 server. */
export const openMultipartUploads = defaultBackend.openMultipartUploads;
/** All assets of the default profile, including STAGED ones. */
export const listAllAssets = defaultBackend.listAllAssets;
/** SHA-256 (hex) of the bytes stored for an asset's current file (default profile). */
export const storedSha256 = defaultBackend.storedSha256;
/** Requests the default profile's backend received since the last reset (see `TestBackend`). */
export const requestLog = defaultBackend.requestLog;

/** The bearer token the local backend treats as a signed-in app user (and Social/CMS API key). */
export const hostToken = 'demo';

/** SHA-256 (hex) of a Blob, computed in the page. */
export async function sha256Hex(data: Blob | ArrayBuffer): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
