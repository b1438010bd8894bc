/**
 * Shared setup for the backend's Node tests: each test file starts its own backend (free ports,
 * own temp dir) so files never share state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startBackend, type BackendProfile } from '../../demo/backend/index.js';

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

export interface CallOptions {
  method?: string;
  token?: string;
  authorization?: string;
  body?: unknown;
}

/** Calls the API; resolves with status, parsed JSON (when any) and headers. */
export async function call(
  base: string,
  path: string,
  { method, token, authorization, body }: CallOptions = {},
): Promise<{ status: number; json: any; headers: Headers }> {
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
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json, headers: response.headers };
}

export async function portalToken(base: string, slug: string, passcode?: string): Promise<string> {
  const portal = await call(base, `/subdomains/demo/publicly-available-portal-datas/${slug}`);
  const token = await call(base, `/portals/${portal.json.result.id}/access-token`, {
    authorization: passcode ? `Passcode ${passcode}` : undefined,
  });
  if (token.status !== 200) throw new Error(`token ${token.status}`);
  return token.json.result.accessToken;
}

export async function guestToken(base: string, slug = 'submit-photos'): Promise<string> {
  const data = await call(base, `/subdomains/demo/publicly-available-guest-upload-data/${slug}`);
  const token = await call(base, '/guest-upload-access-tokens', {
    body: { guestUploadId: data.json.result.id, email: 'guest@example.com' },
  });
  return token.json.result.accessToken;
}

/** Polls a job until it is no longer IN_PROGRESS. */
export async function pollJob(base: string, path: string, token: string): Promise<any> {
  for (let i = 0; i < 20; i++) {
    const { json } = await call(base, path, { token });
    if (json.type !== 'IN_PROGRESS') return json;
  }
  throw new Error('job did not finish');
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
