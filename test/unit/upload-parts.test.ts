/**
 * The Dash upload flow's part bookkeeping, in Node: how a file is cut (part numbers and sizes),
 * the ETag each part PUT answers collected for the completion, a resume from the parts the server
 * lists, and one failed part sent again alone. The Dash API is a fake `fetch`; the part PUTs (XHR
 * in the browser, for upload progress) go to a fake XMLHttpRequest; no S3, no Uppy.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AwsS3Part } from '@uppy/aws-s3';
import { DashFlow, MIN_PART_SIZE, partSizeFor } from '../../src/upload/dash-flow.js';
import type { FlowFile } from '../../src/upload/flow.js';
import type { PutOptions } from '../../src/upload/part-put.js';
import { API_BASE, fakeFetch, json, type FakeRequest } from './api-fake-fetch.js';

const MiB = 1024 * 1024;
const md5Hex = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** The bytes of a file: each byte its offset mod 251, so every part differs. */
const bytesOf = (size: number): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.alloc(size, Buffer.from(Array.from({ length: 251 }, (_, i) => i))));

/** The storage: part PUTs by URL (query left out), each answered with an ETag of its own. */
interface Storage {
  puts: { url: string; size: number }[];
  /** Answers the next PUT to a URL containing the key with this status instead. */
  failNext: Map<string, number>;
  stored: Map<string, { eTag: string; size: number }>;
}

function installXhr(storage: Storage) {
  class FakeXhr {
    status = 0;
    #url = '';
    #headers = new Map<string, string>();
    #listeners = new Map<string, (() => void)[]>();
    upload = { addEventListener: () => {} };
    open(_method: string, url: string) {
      this.#url = url;
    }
    setRequestHeader() {}
    addEventListener(type: string, listener: () => void) {
      this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
    }
    getResponseHeader(name: string) {
      return this.#headers.get(name.toLowerCase()) ?? null;
    }
    abort() {
      for (const listener of this.#listeners.get('abort') ?? []) listener();
    }
    send(body: Blob) {
      // Answered on a later task, as a network answer is; the bytes are not read (only their size).
      setTimeout(() => {
        storage.puts.push({ url: this.#url, size: body.size });
        const failing = [...storage.failNext].find(([key]) => this.#url.includes(key));
        if (failing) {
          storage.failNext.delete(failing[0]);
          this.status = failing[1];
        } else {
          this.status = 200;
          const eTag = `"etag-${storage.puts.length}"`;
          this.#headers.set('etag', eTag);
          storage.stored.set(this.#url.split('?')[0]!, { eTag, size: body.size });
        }
        for (const listener of this.#listeners.get('load') ?? []) listener();
      });
    }
  }
  (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeXhr;
}

/** An in-memory localStorage, for the resume record a reload leaves behind. */
function installLocalStorage() {
  const items = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/**
 * The Dash API of a guest upload: a job that creates the asset and its multipart upload at once
 * (parts cut at `partSize` with their URLs), fresh part URLs, the parts listed (local extension)
 * and the completion, which checks each part's ETag against what the storage holds.
 */
function fakeDash(storage: Storage) {
  let uploads = 0;
  let urlVersion = 0;
  const layouts = new Map<string, { size: number; partSize: number }>();
  const partUrl = (uploadId: string, partNumber: number) => `https://s3.test/${uploadId}/${partNumber}?v=${urlVersion}`;
  const partsOf = (uploadId: string) => {
    const { size, partSize } = layouts.get(uploadId)!;
    const count = size <= MIN_PART_SIZE ? 1 : Math.ceil(size / partSize);
    const cut = size <= MIN_PART_SIZE ? size : partSize;
    return Array.from({ length: count }, (_, i) => ({
      partNumber: i + 1,
      startByte: i * cut,
      endByte: Math.min(size, (i + 1) * cut) - 1,
    }));
  };
  const storedParts = (uploadId: string) =>
    [...storage.stored]
      .filter(([url]) => url.startsWith(`https://s3.test/${uploadId}/`))
      .map(([url, part]) => ({ partNumber: Number(url.split('/').at(-1)), ...part }));
  const { fetch, log } = fakeFetch(({ method, path, body }: FakeRequest) => {
    if (method === 'POST' && path === '/asset-and-upload-batch-jobs') {
      const items = (body as { items: { batchItemId: string; size: number; partSize: number }[] }).items;
      const successes: Record<string, unknown> = {};
      for (const item of items) {
        const uploadId = `upload-${++uploads}`;
        layouts.set(uploadId, item);
        successes[item.batchItemId] = {
          result: {
            id: uploadId,
            assetId: `asset-${uploads}`,
            uploadParts: partsOf(uploadId).map((p) => ({ ...p, url: partUrl(uploadId, p.partNumber) })),
          },
        };
      }
      return json({ id: `job-${uploads}`, type: 'COMPLETED', result: { successes } });
    }
    if (method === 'POST' && path === '/asset-uploads') {
      const { uploadId, urlRequests } = (
        body as { partUrlsRequest: { uploadId: string; urlRequests: { partNumber: number }[] } }
      ).partUrlsRequest;
      urlVersion++;
      const wanted = new Set(urlRequests.map((r) => r.partNumber));
      const parts = partsOf(uploadId).filter((p) => wanted.has(p.partNumber));
      return json({
        result: {
          id: uploadId,
          assetId: 'asset',
          uploadParts: parts.map((p) => ({ ...p, url: partUrl(uploadId, p.partNumber) })),
        },
      });
    }
    const listed = /^\/asset-uploads\/([^/]+)\/parts$/.exec(path);
    if (method === 'GET' && listed) return json({ result: { uploadId: listed[1], parts: storedParts(listed[1]!) } });
    if (method === 'POST' && path === '/asset-upload-completions') {
      const { uploadId, parts } = body as { uploadId: string; parts: { partNumber: number; eTag: string }[] };
      const held = new Map(storedParts(uploadId).map((p) => [p.partNumber, p.eTag]));
      const complete =
        parts.length === partsOf(uploadId).length && parts.every((p) => held.get(p.partNumber) === p.eTag);
      return complete ? json({ result: { type: 'SUCCESS' } }) : json({ message: 'Parts do not match' }, 400);
    }
    return json({ message: `No route ${method} ${path}` }, 404);
  });
  return { fetch, log };
}

/** The @uppy/aws-s3 hooks the flow gives Uppy, as these tests call them (Uppy's own types are a union). */
interface Hooks {
  getChunkSize(data: Blob): number;
  createMultipartUpload(file: FlowFile): Promise<{ uploadId: string; key: string }>;
  signPart(
    file: FlowFile,
    options: { partNumber: number; body: Blob; uploadId: string; key: string },
  ): Promise<PutOptions['signature']>;
  listParts(file: FlowFile, options: object): Promise<AwsS3Part[]>;
  completeMultipartUpload(file: FlowFile, options: { parts: AwsS3Part[] }): Promise<unknown>;
  uploadPartBytes(options: PutOptions): Promise<{ ETag: string }>;
}
const hooks = (flow: DashFlow) => flow.s3Options() as unknown as Hooks;

/**
 * Plays Uppy's part of one file: create, sign and PUT each part (in the given order), list,
 * complete; `complete` then plays the engine's: the flow's finish, which makes the completion call.
 */
async function sendParts(flow: DashFlow, file: FlowFile, order?: number[]) {
  const s3 = hooks(flow);
  const partSize = s3.getChunkSize(file.data);
  const size = file.data.size;
  const count = size <= MIN_PART_SIZE ? 1 : Math.ceil(size / partSize);
  await s3.createMultipartUpload(file);
  const already = new Set((await s3.listParts(file as never, {} as never)).map((p) => p.PartNumber));
  for (const partNumber of order ?? Array.from({ length: count }, (_, i) => i + 1)) {
    if (already.has(partNumber)) continue;
    await putPart(flow, file, partNumber, partSize);
  }
  const parts = await s3.listParts(file as never, {} as never);
  const complete = async () => {
    const answer = await s3.completeMultipartUpload(file as never, { parts: shuffled(parts) });
    await flow.finish(file);
    return answer;
  };
  return { parts, complete };
}

async function putPart(flow: DashFlow, file: FlowFile, partNumber: number, partSize: number) {
  const s3 = hooks(flow);
  const cut = file.data.size <= MIN_PART_SIZE ? file.data.size : partSize;
  const body = file.data.slice((partNumber - 1) * cut, partNumber * cut);
  const signature = await s3.signPart(file as never, { partNumber, body, uploadId: '', key: '' });
  return s3.uploadPartBytes({ signature, body });
}

/** Uppy hands the parts over in the order they finished, not by number. */
const shuffled = (parts: AwsS3Part[]) => [...parts].reverse();

const ctxWith = (fetch: typeof globalThis.fetch) => ({ apiBase: API_BASE, fetch });

describe('upload part bookkeeping', () => {
  let storage: Storage;
  beforeEach(() => {
    storage = { puts: [], failNext: new Map(), stored: new Map() };
    installXhr(storage);
    installLocalStorage();
  });
  afterEach(() => {
    delete (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('asks for parts of more than 5 MiB, in whole MiB, at most 10,000 of them', () => {
    assert.equal(partSizeFor(13 * MiB), 6 * MiB, 'the default: just over the API minimum, rounded up to whole MiB');
    assert.equal(partSizeFor(13 * MiB, 5 * MiB), 6 * MiB, 'exactly 5 MiB is refused by the API: raised');
    assert.equal(partSizeFor(13 * MiB, 8 * MiB + 1), 9 * MiB);
    const huge = 100 * 1024 * MiB;
    assert.ok(huge / partSizeFor(huge) <= 10_000, 'a 100 GiB file stays within 10,000 parts');
    assert.equal(partSizeFor(huge) % MiB, 0);
  });

  it('cuts a file in numbered parts, collects each ETag and completes with them in part order', async () => {
    const { fetch, log } = fakeDash(storage);
    const flow = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const data = new File([bytesOf(13 * MiB)], 'photo.jpg', { type: 'image/jpeg' });
    const file: FlowFile = { id: 'f1', name: 'photo.jpg', size: data.size, data };
    const { parts, complete } = await sendParts(flow, file, [3, 1, 2]);

    const created = log.find((r) => r.path === '/asset-and-upload-batch-jobs')!.body as {
      items: Record<string, unknown>[];
    };
    assert.equal(created.items.length, 1);
    assert.deepEqual(
      { ...created.items[0], batchItemId: 'id' },
      { batchItemId: 'id', path: '/photo.jpg', size: 13 * MiB, partSize: 6 * MiB },
    );
    assert.deepEqual(
      storage.puts.map((p) => [new URL(p.url).pathname, p.size]),
      [
        ['/upload-1/3', MiB],
        ['/upload-1/1', 6 * MiB],
        ['/upload-1/2', 6 * MiB],
      ],
      'part 3 is the 1 MiB rest; the job gave every URL, so none was asked for',
    );
    assert.deepEqual(
      [...parts].sort((a, b) => a.PartNumber! - b.PartNumber!).map((p) => [p.PartNumber, p.Size]),
      [
        [1, 6 * MiB],
        [2, 6 * MiB],
        [3, MiB],
      ],
    );
    assert.deepEqual(await complete(), { assetId: 'asset-1' });
    const completion = log.find((r) => r.path === '/asset-upload-completions')!.body;
    const eTagOf = (n: number) => storage.stored.get(`https://s3.test/upload-1/${n}`)!.eTag;
    assert.deepEqual(completion, {
      assetId: 'asset-1',
      uploadId: 'upload-1',
      parts: [
        { partNumber: 1, eTag: eTagOf(1) },
        { partNumber: 2, eTag: eTagOf(2) },
        { partNumber: 3, eTag: eTagOf(3) },
      ],
    });
    assert.deepEqual(
      [eTagOf(3), eTagOf(1), eTagOf(2)],
      ['"etag-1"', '"etag-2"', '"etag-3"'],
      'ETags as the storage answered them',
    );
  });

  it('sends a file of 5 MiB or less as one part', async () => {
    const { fetch, log } = fakeDash(storage);
    const flow = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const data = new File([bytesOf(5 * MiB)], 'small.bin');
    const { parts, complete } = await sendParts(flow, { id: 'f1', name: 'small.bin', size: data.size, data });
    assert.deepEqual(
      parts.map((p) => [p.PartNumber, p.Size]),
      [[1, 5 * MiB]],
    );
    await complete();
    assert.equal((log.at(-1)!.body as { parts: unknown[] }).parts.length, 1);
  });

  it('sends one failed part again alone, and a part whose URL expired with a fresh URL', async () => {
    const { fetch, log } = fakeDash(storage);
    const flow = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const data = new File([bytesOf(13 * MiB)], 'photo.jpg');
    const file: FlowFile = { id: 'f1', name: 'photo.jpg', size: data.size, data };
    storage.failNext.set('/upload-1/2', 500);
    storage.failNext.set('/upload-1/3', 403);
    const s3 = hooks(flow);
    await s3.createMultipartUpload(file);
    await putPart(flow, file, 1, 6 * MiB);
    // A 5xx reaches Uppy's retry logic as `source.status`; the part is not stored.
    await assert.rejects(
      putPart(flow, file, 2, 6 * MiB),
      (error: { source?: { status?: number } }) => error.source?.status === 500,
    );
    assert.deepEqual(
      (await s3.listParts(file as never, {} as never)).map((p) => p.PartNumber),
      [1],
    );
    // Uppy's retry: the parts it still lacks, as listParts says (part 1 is not sent again).
    const { parts, complete } = await sendParts(flow, file);
    assert.deepEqual(parts.map((p) => p.PartNumber).sort(), [1, 2, 3]);
    await complete();
    const putsOf = (n: number) => storage.puts.filter((p) => new URL(p.url).pathname === `/upload-1/${n}`).length;
    assert.deepEqual([putsOf(1), putsOf(2), putsOf(3)], [1, 2, 2], 'part 1 once; 2 after its 500; 3 after its 403');
    const fresh = log.filter((r) => r.path === '/asset-uploads');
    assert.equal(fresh.length, 1, 'one fresh URL, for the expired part');
    assert.deepEqual((fresh[0]!.body as { partUrlsRequest: unknown }).partUrlsRequest, {
      uploadId: 'upload-1',
      urlRequests: [{ partNumber: 3 }],
    });
  });

  it('after a reload, continues from the parts the server lists, checked against the file', async () => {
    const { fetch, log } = fakeDash(storage);
    const data = new File([bytesOf(13 * MiB)], 'photo.jpg', { lastModified: 1_700_000_000_000 });
    const before = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const first: FlowFile = { id: 'before', name: 'photo.jpg', size: data.size, data };
    assert.equal(await before.prepare(first), undefined, 'a new file: nothing to continue');
    await hooks(before).createMultipartUpload(first);
    await putPart(before, first, 1, 6 * MiB);
    await putPart(before, first, 2, 6 * MiB);

    // The page reloads: a new flow, the same file chosen again.
    const after = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const again: FlowFile = { id: 'after', name: 'photo.jpg', size: data.size, data };
    assert.deepEqual(await after.prepare(again), { uploadId: 'upload-1', key: 'asset-1' });
    assert.equal(log.filter((r) => r.path.endsWith('/parts')).length, 1, 'the server listed the parts once');
    const { parts, complete } = await sendParts(after, again);
    assert.deepEqual(parts.map((p) => p.PartNumber).sort(), [1, 2, 3]);
    assert.deepEqual(
      storage.puts.map((p) => new URL(p.url).pathname),
      ['/upload-1/1', '/upload-1/2', '/upload-1/3'],
      'only part 3 is sent after the reload',
    );
    assert.equal(log.filter((r) => r.path === '/asset-and-upload-batch-jobs').length, 1, 'no second asset');
    await complete();
  });

  it('starts afresh when a listed part does not hold this file’s bytes', async () => {
    const { fetch } = fakeDash(storage);
    const original = bytesOf(13 * MiB);
    const data = new File([original], 'photo.jpg', { lastModified: 1 });
    const before = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    const first: FlowFile = { id: 'before', name: 'photo.jpg', size: data.size, data };
    await before.prepare(first);
    await hooks(before).createMultipartUpload(first);
    await putPart(before, first, 1, 6 * MiB);
    // Part 1 on the server holds other bytes than the file's: its ETag is an MD5, of other bytes.
    const stored = [...storage.stored.keys()][0]!;
    storage.stored.set(stored, { eTag: `"${md5Hex(new Uint8Array(6 * MiB))}"`, size: 6 * MiB });
    const after = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link' });
    assert.equal(await after.prepare({ id: 'after', name: 'photo.jpg', size: data.size, data }), undefined);
  });

  it('a creation that lands after a cancel frees what it made; the same file added again uploads', async () => {
    const { fetch, log } = fakeDash(storage);
    const flow = new DashFlow({ ctx: ctxWith(fetch), subdomain: 'demo', guestUpload: 'link', resume: false });
    const data = new File([bytesOf(MiB)], 'again.bin');
    const file: FlowFile = { id: 'uppy-again.bin', name: 'again.bin', size: data.size, data };
    await flow.prepare(file);
    const first = hooks(flow).createMultipartUpload(file);
    // Cancelled while its asset is being created: the creation aborts its upload when it lands.
    assert.equal(await flow.cancel(file.id), 'nothing');
    await assert.rejects(first, { name: 'AbortError' });
    // Uppy gives the same file the same id when it is chosen again.
    await flow.prepare(file);
    const { complete } = await sendParts(flow, file);
    assert.deepEqual(await complete(), { assetId: 'asset-2' });
    assert.deepEqual(
      log.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
      [
        'POST /asset-and-upload-batch-jobs',
        'DELETE /asset-uploads/upload-1',
        'POST /asset-and-upload-batch-jobs',
        'POST /asset-upload-completions',
      ],
    );
  });
});
