/**
 * Shared setup for the backend's Node tests: each test file starts its own backend (free ports,
 * own temp dir) so files never share state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { startBackend, type BackendProfile } from '../../demo/backend/index.js';
import type { GuestUploadData, PortalData, Wrapped } from '../../src/api/models.js';

export interface Backend {
  apiUrl: string;
  s3Url: string;
  close(): Promise<void>;
}

export async function startTestBackend(
  profile: BackendProfile = 'default',
): Promise<Backend & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dash-node-test-'));
  // port 0 explicitly: DASH_API_PORT, if set, belongs to the run's shared backend.
  const backend = await startBackend({ port: 0, dataDir, testControls: true, quiet: true, profile });
  return {
    ...backend,
    async stop() {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A COMPLETED batch job as the local backend prints it: every success carries its result. */
export interface FinishedJob<T> {
  id: string;
  type: string;
  progress: { steps: unknown[] };
  result: { url: string; successes: Record<string, { result: T }> };
}

/** The body of an error answer. */
export interface ErrorBody {
  status: number;
  message: string;
}

/** An entry of the backend's request log (`/__control/requests`). */
export interface LoggedRequest {
  service: string;
  method: string;
  path: string;
  status: number;
}

/** An entry of the backend's open multipart uploads (`/__control/uploads`). */
export interface OpenUpload {
  uploadId: string;
}

/** An asset as the backend's control route lists it (`/__control/assets`). */
export interface StoredAsset {
  id: string;
  state: string;
  size: number;
}

export interface CallOptions {
  method?: string;
  token?: string;
  authorization?: string;
  body?: unknown;
}

export interface CallResult<T> {
  status: number;
  json: T;
  headers: Headers;
}

/**
 * Calls the API; resolves with status, parsed JSON (when any) and headers. `T` is the body the
 * caller expects on success; the backend's answer is not checked against it (error bodies, empty
 * bodies and non-JSON text arrive as they are), so read `json` only where the status says it fits.
 */
export async function call<T = unknown>(
  base: string,
  path: string,
  { method, token, authorization, body }: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (authorization) headers.authorization = authorization;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json: json as T, headers: response.headers };
}

export async function portalToken(base: string, slug: string, passcode?: string): Promise<string> {
  const portal = await call<Wrapped<PortalData>>(base, `/subdomains/demo/publicly-available-portal-datas/${slug}`);
  const token = await call<Wrapped<{ accessToken: string }>>(base, `/portals/${portal.json.result.id}/access-token`, {
    authorization: passcode ? `Passcode ${passcode}` : undefined,
  });
  if (token.status !== 200) throw new Error(`token ${token.status}`);
  return token.json.result.accessToken;
}

export async function guestToken(base: string, slug = 'submit-photos'): Promise<string> {
  const data = await call<Wrapped<GuestUploadData>>(
    base,
    `/subdomains/demo/publicly-available-guest-upload-data/${slug}`,
  );
  const token = await call<Wrapped<{ accessToken: string }>>(base, '/guest-upload-access-tokens', {
    body: { guestUploadId: data.json.result.id, email: 'guest@example.com' },
  });
  return token.json.result.accessToken;
}

/** Polls a job until it is no longer IN_PROGRESS. */
export async function pollJob<J extends { type: string }>(base: string, path: string, token: string): Promise<J> {
  for (let i = 0; i < 20; i++) {
    const { json } = await call<J>(base, path, { token });
    if (json.type !== 'IN_PROGRESS') return json;
  }
  throw new Error('job did not finish');
}

/** The value, asserted present: a test that reads through a missing entry fails saying which. */
export function present<T>(value: T | null | undefined, what: string): T {
  assert.ok(value !== undefined && value !== null, `${what} is missing`);
  return value;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Deterministic pseudo-random bytes (incompressible, so sizes are honest). */
export function testBytes(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
