/**
 * The request layer against the local backend: error codes, retries, Retry-After, timeouts,
 * dropped connections, aborts, malformed and mistyped bodies, and 401 → refresh → retry.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';
import { DashError, isAbortError } from '../../src/api/errors.js';
import { dashPaths } from '../../src/api/endpoints.js';
import { parseRetryAfter } from '../../src/api/http.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { getPortalData } from '../../src/api/portals.js';
import { createAssetAndUploadJob } from '../../src/api/guest-uploads.js';
import { hostTokenSource } from '../../src/api/tokens.js';
import { expectDashError, HOST_TOKEN, hostCtx, loggedRequests, publicCtx, SUBDOMAIN } from './helpers.js';

const PORTAL_DATA = '/publicly-available-portal-datas/';
const countRequests = async (fragment: string) => (await loggedRequests(fragment)).length;

describe('api/http', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('returns the validated body of a successful call', async () => {
    const portal = await getPortalData(publicCtx(), SUBDOMAIN, 'press');
    expect(portal.currentSlug).to.equal('press');
    expect(portal.requiresPasscode).to.equal(false);
  });

  it('maps 404 to not-found with the server message', async () => {
    const error = await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'no-such-portal'), 'not-found');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('no-such-portal');
  });

  it('maps 403 to forbidden and 409 to conflict', async () => {
    await setFaults({
      routes: [
        { path: PORTAL_DATA, status: 403, count: 1 },
        { path: PORTAL_DATA, status: 409, count: 1 },
      ],
    });
    await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'forbidden');
    await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'conflict');
  });

  it('retries a 500 for an idempotent call and succeeds', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 500, count: 2 }] });
    const portal = await getPortalData(publicCtx(), SUBDOMAIN, 'press');
    expect(portal.name).to.be.a('string');
    expect(await countRequests(PORTAL_DATA)).to.equal(3);
  });

  it('gives up after three retries with server', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 503 }] });
    const error = await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'server');
    expect(error.status).to.equal(503);
    expect(await countRequests(PORTAL_DATA)).to.equal(4);
  });

  it('does not retry a 500 for a call that is not idempotent', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', status: 500, count: 1 }] });
    await expectDashError(
      createAssetAndUploadJob(hostCtx(), [{ batchItemId: 'a', path: '/a.jpg', size: 10 }]),
      'server',
    );
    expect(await countRequests('/asset-and-upload-batch-jobs')).to.equal(1);
  });

  it('honours Retry-After on 429 before retrying', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 429, retryAfter: 1, count: 1 }] });
    const started = performance.now();
    await getPortalData(publicCtx(), SUBDOMAIN, 'press');
    // Waited for the server's second, not the ~300 ms of the default backoff.
    expect(performance.now() - started).to.be.at.least(950);
    expect(await countRequests(PORTAL_DATA)).to.equal(2);
  });

  it('reports rate-limited with the wait when 429 persists', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 429, retryAfter: 0 }] });
    const error = await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'rate-limited');
    expect(error.retryAfterMs).to.equal(0);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString();
    expect(parseRetryAfter(inFiveSeconds)).to.be.within(3000, 5000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT')).to.equal(0);
  });

  it('turns malformed JSON into invalid-response', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 200, body: '{"result": {"id": ' }] });
    await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'invalid-response');
  });

  it('turns missing fields and wrong types into invalid-response naming the field', async () => {
    await setFaults({
      routes: [
        { path: PORTAL_DATA, status: 200, body: '{"result": {"name": "No id"}}', count: 1 },
        { path: PORTAL_DATA, status: 200, body: '{"result": {"id": "p", "name": 42}}', count: 1 },
        { path: PORTAL_DATA, status: 200, body: '[1, 2, 3]', count: 1 },
      ],
    });
    const missing = await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'invalid-response');
    expect(missing.message).to.contain('result.id');
    const wrongType = await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'invalid-response');
    expect(wrongType.message).to.contain('result.name');
    await expectDashError(getPortalData(publicCtx(), SUBDOMAIN, 'press'), 'invalid-response');
  });

  it('times out a hanging call with timeout', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, delayMs: 3000, count: 1 }] });
    const error = await expectDashError(getPortalData(publicCtx({ timeoutMs: 300 }), SUBDOMAIN, 'press'), 'timeout');
    expect(error.message).to.contain('timed out');
  });

  it('reports a dropped connection as network', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', drop: true }] });
    await expectDashError(
      createAssetAndUploadJob(hostCtx(), [{ batchItemId: 'a', path: '/a.jpg', size: 10 }]),
      'network',
    );
  });

  it('retries a dropped connection for an idempotent call', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, drop: true, count: 1 }] });
    const portal = await getPortalData(publicCtx(), SUBDOMAIN, 'press');
    expect(portal.currentSlug).to.equal('press');
  });

  it('rejects with the AbortError, not a DashError, when the caller aborts', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, delayMs: 2000 }] });
    const controller = new AbortController();
    const pending = getPortalData(publicCtx(), SUBDOMAIN, 'press', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(DashError);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    await setFaults({ routes: [{ path: PORTAL_DATA, status: 429, retryAfter: 4 }] });
    const controller = new AbortController();
    const pending = getPortalData(publicCtx(), SUBDOMAIN, 'press', { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).to.equal(true);
  });

  it('refreshes the token once after a 401 and retries', async () => {
    const tokens = ['revoked-token', HOST_TOKEN];
    let calls = 0;
    const auth = hostTokenSource({ getAccessToken: async () => tokens[calls++]! });
    const settings = await getFolderSettings({ apiBase, auth });
    expect(settings.fieldId).to.be.a('string');
    expect(calls).to.equal(2);
    const log = await loggedRequests(dashPaths.folderSettings());
    expect(log.map((e) => e.status)).to.deep.equal([401, 200]);
  });

  it('fails with unauthorized when the refreshed token is rejected too', async () => {
    let calls = 0;
    const auth = hostTokenSource({ getAccessToken: async () => `bad-${++calls}` });
    await expectDashError(getFolderSettings({ apiBase, auth }), 'unauthorized');
    expect(calls).to.equal(2);
    expect(await countRequests(dashPaths.folderSettings())).to.equal(2);
  });

  it('fails with unauthorized without retrying a bare token that cannot be refreshed', async () => {
    const auth = hostTokenSource({ accessToken: 'not-a-valid-token' });
    await expectDashError(getFolderSettings({ apiBase, auth }), 'unauthorized');
    expect(await countRequests(dashPaths.folderSettings())).to.equal(1);
  });
});
