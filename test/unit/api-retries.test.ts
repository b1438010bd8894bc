/**
 * The client's retry policy, in Node through an injected `fetch`: which requests are sent again
 * (idempotent ones — GETs and searches — on 429, 5xx and network failures; never a create), how
 * long it waits (exponential backoff with jitter, or the server's Retry-After up to a cap), when
 * it gives up, the one token refresh after a 401, and an abort that stops it all. The waits are
 * recorded and skipped, so the file runs in milliseconds.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DashError } from '../../src/api/errors.js';
import { MAX_RETRY_AFTER_MS, request, type ApiContext } from '../../src/api/http.js';
import { searchAssets } from '../../src/api/assets.js';
import { completeUpload, createAssetAndUploadJob } from '../../src/api/guest-uploads.js';
import { hostTokenSource } from '../../src/api/tokens.js';
import { API_BASE, fakeFetch, json, type FakeHandler } from './api-fake-fetch.js';

/** Answers in turn; the last one for every request after. */
function answers(...list: (() => Response | Promise<Response>)[]): FakeHandler {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)]!();
}
const ok = () => json({ results: [], totalResults: 0 });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    json({ message: `HTTP ${code}` }, code, headers);
const dropped = () => Promise.reject(new TypeError('Failed to fetch'));

function ctxFor(handler: FakeHandler, extra: Partial<ApiContext> = {}) {
  const { fetch, log } = fakeFetch(handler);
  return { ctx: { apiBase: API_BASE, fetch, ...extra } satisfies ApiContext, log };
}

const get = (ctx: ApiContext, signal?: AbortSignal) => request(ctx, 'GET', '/things', { idempotent: true, signal });

/** The DashError `promise` rejects with. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => (e instanceof DashError ? e : assert.fail(`not a DashError: ${String(e)}`)),
  );

describe('client retry policy', () => {
  /** The waits the client asked for, in ms; each then runs at once. */
  let waits: number[];
  const realSetTimeout = globalThis.setTimeout;
  beforeEach(() => {
    waits = [];
    globalThis.setTimeout = ((callback: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return realSetTimeout(callback, 0);
    }) as typeof setTimeout;
  });
  afterEach(() => {
    globalThis.setTimeout = realSetTimeout;
  });

  it('retries an idempotent call on 5xx with growing, jittered waits, and succeeds', async () => {
    const { ctx, log } = ctxFor(answers(status(500), status(503), status(502), ok));
    await get(ctx);
    assert.equal(log.length, 4);
    assert.equal(waits.length, 3);
    // 300 ms × 2^attempt, times a jitter between ½ and 1.
    for (const [attempt, ms] of waits.entries()) {
      const full = 300 * 2 ** attempt;
      assert.ok(ms >= full / 2 && ms <= full, `wait ${attempt}: ${ms} ms`);
    }
  });

  it('gives up after three retries with the last error', async () => {
    const { ctx, log } = ctxFor(status(503));
    const error = await failure(get(ctx));
    assert.equal(error.code, 'server');
    assert.equal(error.status, 503);
    assert.equal(log.length, 4);
  });

  it('retries a 429 and a dropped connection; never a 4xx that would only fail again', async () => {
    const limited = ctxFor(answers(status(429), dropped, ok));
    await get(limited.ctx);
    assert.equal(limited.log.length, 3);
    for (const code of [400, 403, 404, 409, 422]) {
      const refused = ctxFor(status(code));
      await assert.rejects(get(refused.ctx), DashError);
      assert.equal(refused.log.length, 1, `${code} is final`);
    }
  });

  it('waits what Retry-After says, in seconds or as an HTTP date', async () => {
    const seconds = ctxFor(answers(status(429, { 'retry-after': '2' }), ok));
    await get(seconds.ctx);
    assert.deepEqual(waits, [2000]);
    waits.length = 0;
    const date = new Date(Date.now() + 3000).toUTCString();
    const dated = ctxFor(answers(status(503, { 'retry-after': date }), ok));
    await get(dated.ctx);
    assert.equal(waits.length, 1);
    assert.ok(waits[0]! > 1000 && waits[0]! <= 3000, `${waits[0]} ms`);
  });

  it('does not retry when Retry-After asks for longer than a visitor should wait', async () => {
    const { ctx, log } = ctxFor(status(429, { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 1) }));
    const error = await failure(get(ctx));
    assert.equal(error.code, 'rate-limited');
    assert.equal(log.length, 1);
    assert.deepEqual(waits, []);
  });

  it('retries searches (POSTs that only read) but never creates or completions', async () => {
    const search = ctxFor(answers(status(500), ok));
    await searchAssets(search.ctx, { criterion: { type: 'MATCH_ALL' } });
    assert.equal(search.log.length, 2);

    const create = ctxFor(status(500));
    await assert.rejects(createAssetAndUploadJob(create.ctx, [{ batchItemId: 'a', path: '/a', size: 1 }]), DashError);
    assert.equal(create.log.length, 1);

    const complete = ctxFor(dropped);
    await assert.rejects(completeUpload(complete.ctx, { assetId: 'a', uploadId: 'u', parts: [] }), DashError);
    assert.equal(complete.log.length, 1);
  });

  it('gets a fresh token once after a 401, then sends the call again', async () => {
    let issued = 0;
    const auth = hostTokenSource({ getAccessToken: async () => `token-${++issued}` });
    const { ctx, log } = ctxFor(answers(status(401), ok), { auth });
    await request(ctx, 'POST', '/things', { body: {} });
    assert.deepEqual(
      log.map((r) => r.headers.authorization),
      ['Bearer token-1', 'Bearer token-2'],
    );

    const again = ctxFor(status(401), { auth });
    const error = await failure(request(again.ctx, 'POST', '/things', { body: {} }));
    assert.equal(error.code, 'unauthorized');
    assert.equal(again.log.length, 2, 'one refresh, not a loop');
  });

  it('stops at an abort during a wait: no request after it', async () => {
    globalThis.setTimeout = ((callback: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return realSetTimeout(callback, 60_000);
    }) as typeof setTimeout;
    const { ctx, log } = ctxFor(status(503));
    const controller = new AbortController();
    const pending = get(ctx, controller.signal);
    while (waits.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(log.length, 1);
  });

  it('stops at an abort during a request: its AbortError, no retry', async () => {
    const { ctx, log } = ctxFor(() => new Promise<never>(() => {}));
    const controller = new AbortController();
    const pending = get(ctx, controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(log.length, 1);
  });
});
