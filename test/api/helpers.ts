/** Shared setup for the client's browser tests: contexts against the local backend. */
import { expect } from '@open-wc/testing';
import { apiBase, requestLog } from '../support/backend.js';
import { DashError, type DashErrorCode } from '../../src/api/errors.js';
import type { ApiContext } from '../../src/api/http.js';
import { hostTokenSource, portalTokenSource } from '../../src/api/tokens.js';

export const SUBDOMAIN = 'demo';
/** The backend's stand-in for a signed-in app user's OAuth token. */
export const HOST_TOKEN = 'demo';

/** No credentials at all. */
export const publicCtx = (extra: Partial<ApiContext> = {}): ApiContext => ({ apiBase, ...extra });

/** As the host app's signed-in user. */
export const hostCtx = (extra: Partial<ApiContext> = {}): ApiContext => ({
  apiBase,
  auth: hostTokenSource({ accessToken: HOST_TOKEN }),
  ...extra,
});

/** As a visitor of a portal. */
export function portalCtx(portal: string, passcode?: string, extra: Partial<ApiContext> = {}) {
  const auth = portalTokenSource({ apiBase }, { subdomain: SUBDOMAIN, portal, passcode });
  return { ctx: { apiBase, auth, ...extra } satisfies ApiContext, auth };
}

/** Awaits `promise`, expecting it to reject with a DashError of `code`; returns the error. */
export async function expectDashError(promise: Promise<unknown>, code: DashErrorCode): Promise<DashError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a rejection').to.be.instanceOf(DashError);
  const error = caught as DashError;
  expect(error.code, error.message).to.equal(code);
  return error;
}

/** `count` random bytes (getRandomValues fills at most 64 KiB per call). */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(count);
  for (let offset = 0; offset < count; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(count, offset + 65_536)));
  }
  return bytes;
}

/** The API requests the backend logged whose path contains `fragment`, CORS preflights left out. */
export async function loggedRequests(fragment: string) {
  return (await requestLog()).filter((entry) => entry.method !== 'OPTIONS' && entry.path.includes(fragment));
}
