/**
 * The client's error mapping, in Node through an injected `fetch`: each HTTP status, a malformed
 * or unreadable body, a network failure and a timeout become one of the closed set of DashError
 * codes with a message a developer can act on, and no credential the call used is ever in it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DashError, isAbortError, skippedItemsError, toDashError, type DashErrorCode } from '../../src/api/errors.js';
import { request, type ApiContext } from '../../src/api/http.js';
import { getPortalData } from '../../src/api/portals.js';
import { createAssetAndUploadJob } from '../../src/api/guest-uploads.js';
import { hostTokenSource } from '../../src/api/tokens.js';
import { API_BASE, fakeFetch, json, type FakeHandler } from './api-fake-fetch.js';

const TOKEN = 'tok-3f9a8c7e1d2b4a60';
const PASSCODE = 'open-sesame-42';

function ctxFor(handler: FakeHandler, extra: Partial<ApiContext> = {}) {
  const { fetch, log } = fakeFetch(handler);
  const ctx: ApiContext = { apiBase: API_BASE, fetch, auth: hostTokenSource({ accessToken: TOKEN }), ...extra };
  return { ctx, log };
}

/** The rejection of `promise`, which must be a DashError of `code`. */
async function rejection(promise: Promise<unknown>, code: DashErrorCode): Promise<DashError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DashError, `a DashError, not ${String(error)}`);
  assert.equal(error.code, code, error.message);
  assert.ok(!error.message.includes(TOKEN) && !error.message.includes(PASSCODE), `no credential in: ${error.message}`);
  return error;
}

// Not idempotent: one request, so the mapping is seen without the retry policy (api-retries.test.ts).
const post = (ctx: ApiContext) => request(ctx, 'POST', '/things', { body: { a: 1 } });

describe('client error mapping', () => {
  for (const [status, code] of [
    [400, 'bad-request'],
    [422, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [410, 'not-found'],
    [409, 'conflict'],
    [429, 'rate-limited'],
    [408, 'timeout'],
    [504, 'timeout'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
  ] as const) {
    it(`${status} is ${code}, with the status and the call named`, async () => {
      const { ctx } = ctxFor(() => json({ status, error: 'x', message: 'The server said why.' }, status), {
        auth: undefined,
      });
      const error = await rejection(post(ctx), code);
      assert.equal(error.status, status);
      assert.equal(error.message, `POST /things failed with HTTP ${status}. The server said why.`);
      assert.deepEqual(error.toDetail(), { code, message: error.message, status });
    });
  }

  it('a 401 for a bearer call is unauthorized after one refresh of the token', async () => {
    const { ctx, log } = ctxFor(() => json({ message: 'Token expired' }, 401));
    const error = await rejection(post(ctx), 'unauthorized');
    // hostTokenSource with a fixed token cannot refresh: the refresh's own error is the answer.
    assert.equal(error.message, 'The access token was rejected.');
    assert.equal(log.length, 1);
    assert.equal(log[0]!.headers.authorization, `Bearer ${TOKEN}`);
  });

  it('a 429 carries the Retry-After the server asked for', async () => {
    const { ctx } = ctxFor(() => json({ message: 'Slow down' }, 429, { 'retry-after': '2' }));
    const error = await rejection(post(ctx), 'rate-limited');
    assert.equal(error.retryAfterMs, 2000);
  });

  it('a 429 asking for longer than a visitor should wait says to try again later', async () => {
    const { ctx } = ctxFor(() => json({}, 429, { 'retry-after': '86400' }));
    const error = await rejection(post(ctx), 'rate-limited');
    assert.equal(error.retryAfterMs, 86_400_000);
    assert.match(error.message, /asked to wait 86400 s, longer than a visitor should wait: try again later/);
  });

  it('a body that is not JSON keeps the status alone (a proxy’s HTML page)', async () => {
    const { ctx } = ctxFor(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await rejection(post(ctx), 'server');
    assert.equal(error.message, 'POST /things failed with HTTP 502.');
  });

  it('malformed JSON in a successful answer is invalid-response, without quoting it', async () => {
    const { ctx } = ctxFor(() => new Response(`{"token": "${TOKEN}", `, { status: 200 }));
    const error = await rejection(request(ctx, 'GET', '/things'), 'invalid-response');
    assert.equal(error.message, 'GET /things answered malformed JSON.');
    assert.equal(error.cause, undefined, 'no parser message, which would quote the text');
  });

  it('an answer the check cannot read is invalid-response naming the call', async () => {
    const { ctx } = ctxFor(() => json({ id: 7 }));
    const error = await rejection(getPortalData({ ...ctx, auth: undefined }, 'demo', 'press'), 'invalid-response');
    assert.equal(error.message, 'Invalid response: response.result should be an object.');
  });

  it('a failed fetch is network, a slow one timeout, an abort the caller’s AbortError', async () => {
    const failing = ctxFor(() => Promise.reject(new TypeError('Failed to fetch')));
    const network = await rejection(post(failing.ctx), 'network');
    assert.equal(network.message, 'POST /things failed: the network request failed.');
    assert.ok(network.cause instanceof TypeError);

    const hanging: FakeHandler = () => new Promise<never>(() => {});
    const slow = ctxFor(hanging, { timeoutMs: 20 });
    // Node's AbortSignal.timeout() does not keep the process alive: with nothing else pending the
    // test run would end before the timeout fires, so a timer holds it open meanwhile.
    const keepAlive = setTimeout(() => {}, 5_000);
    const timeout = await rejection(post(slow.ctx), 'timeout').finally(() => clearTimeout(keepAlive));
    assert.equal(timeout.message, 'POST /things timed out.');

    const controller = new AbortController();
    const pending = request(ctxFor(hanging).ctx, 'GET', '/things', { signal: controller.signal });
    controller.abort();
    const aborted = await pending.catch((e: unknown) => e);
    assert.ok(isAbortError(aborted), 'an abort is not an error to show');
    assert.equal(toDashError(aborted), undefined);
  });

  it('credentials a server echoes are cut out of the message', async () => {
    // The call's own token (bearer) or passcode, anywhere in the text, and credential shapes.
    const asHost = [
      `invalid header Authorization: Bearer ${TOKEN}`,
      `token ${TOKEN} expired`,
      `Bearer ${TOKEN} refused`,
    ];
    const asVisitor = [`passcode ${PASSCODE} is wrong`, `"${PASSCODE}" is not the passcode`];
    const shapes = [
      'see https://x.test/a?X-Amz-Signature=abcdef0123456789&token=zzz',
      '{"accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"}',
    ];
    for (const message of [...asHost, ...shapes]) {
      const { ctx } = ctxFor(() => json({ message }, 400));
      const error = await rejection(post(ctx), 'bad-request');
      assert.match(error.message, /\[redacted\]/);
      assert.ok(!/abcdef0123456789|eyJhbGci|zzz/.test(error.message), error.message);
    }
    for (const message of asVisitor) {
      const { ctx } = ctxFor(() => json({ message }, 403), { auth: undefined });
      const error = await rejection(request(ctx, 'GET', '/p', { auth: { passcode: PASSCODE } }), 'forbidden');
      assert.match(error.message, /\[redacted\]/);
    }
  });

  it('a token or passcode a header cannot carry is refused before any request', async () => {
    const { ctx, log } = ctxFor(() => json({}), { auth: hostTokenSource({ accessToken: 'line\nbreak' }) });
    await rejection(post(ctx), 'invalid-config');
    await rejection(request(ctx, 'GET', '/p', { auth: { passcode: 'пароль🔑' } }), 'wrong-passcode');
    assert.equal(log.length, 0);
  });

  it('an api-base that is not an http(s) URL is invalid-config before any request', async () => {
    for (const apiBase of ['', 'null', 'undefined', 'javascript:alert(1)', 'ftp://x.test']) {
      const { ctx, log } = ctxFor(() => json({}), { apiBase });
      await rejection(post(ctx), 'invalid-config');
      assert.equal(log.length, 0);
    }
  });

  it('a create call that fails is not repeated (it may have created something)', async () => {
    const { ctx, log } = ctxFor(() => json({ message: 'busy' }, 503));
    await rejection(createAssetAndUploadJob(ctx, [{ batchItemId: 'a', path: '/a', size: 1 }]), 'server');
    assert.equal(log.length, 1);
  });
});

describe('toDashError', () => {
  it('keeps DashErrors, calls a failed fetch or module import network, other TypeErrors invalid-response', () => {
    const own = new DashError('conflict', 'x');
    assert.equal(toDashError(own), own);
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'Failed to fetch dynamically imported module: https://x.test/a.js',
      'Importing a module script failed.',
    ]) {
      assert.equal(toDashError(new TypeError(message))?.code, 'network', message);
    }
    assert.equal(
      toDashError(new TypeError("Cannot read properties of undefined (reading 'id')"))?.code,
      'invalid-response',
    );
    assert.equal(toDashError(new RangeError('Invalid time value'))?.code, 'invalid-response');
    assert.equal(toDashError(new Error('boom'))?.code, 'server');
    assert.equal(toDashError(new DOMException('stop', 'AbortError')), undefined);
  });

  it('says how many items of an answer could not be read', () => {
    assert.equal(
      skippedItemsError(1, 'assets').message,
      '1 of the assets in the answer could not be read and was skipped.',
    );
    const many = skippedItemsError(3, 'assets', 'asset.id: expected a string');
    assert.equal(many.code, 'invalid-response');
    assert.equal(
      many.message,
      '3 of the assets in the answer could not be read and were skipped. First: asset.id: expected a string',
    );
  });
});
