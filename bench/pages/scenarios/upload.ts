/**
 * Upload throughput: the same files through <dash-guest-upload> (Uppy 5 + @uppy/aws-s3 through
 * the Dash flow) and through the baseline: the same Dash API calls (batch job → part URLs →
 * completion) with every part PUT by plain `fetch`, six at a time (Chromium's connection limit
 * per host, and Uppy's default). Files are made in the page from random bytes.
 * Heap: `performance.memory` sampled every 100 ms (Chromium with --enable-precise-memory-info).
 *
 * Both sides are timed from the files being chosen to the last completion: the element is
 * rendered and signed in (link data, email step, token) before, and the baseline fetches the same
 * token before, so the window holds the transfer alone — batch jobs, part URLs, PUTs, completions —
 * and not the page's set-up, which is the same one-off cost for one file or two hundred.
 */
import '../../../src/guest-upload.js';
import type { DashGuestUpload } from '../../../src/guest-upload.js';
import { createAssetUploads, completeUpload, guestTokenSource } from '../../../src/client.js';
import { until } from '../util.js';

const MiB = 1024 * 1024;
const SUBDOMAIN = 'demo';
const GUEST_UPLOAD = 'submit-photos';

function randomFile(name: string, size: number): File {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB per call; repeating one random block is enough here
  // (nothing compresses part bodies) and keeps building 256 MiB fast.
  const block = crypto.getRandomValues(new Uint8Array(65536));
  for (let offset = 0; offset < size; offset += 65536)
    bytes.set(block.subarray(0, Math.min(65536, size - offset)), offset);
  return new File([bytes], name, { type: 'application/octet-stream' });
}

function makeFiles(params: URLSearchParams): File[] {
  const big = Number(params.get('bigMiB') ?? 0);
  const small = Number(params.get('smallCount') ?? 0);
  const smallKiB = Number(params.get('smallKiB') ?? 64);
  const files: File[] = [];
  if (big) files.push(randomFile(`big-${Date.now()}.bin`, big * MiB));
  for (let i = 0; i < small; i++) files.push(randomFile(`small-${Date.now()}-${i}.bin`, smallKiB * 1024));
  return files;
}

type MemoryInfo = { usedJSHeapSize: number };
const heap = () => (performance as Performance & { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? 0;

async function withHeapPeak(work: () => Promise<void>): Promise<number> {
  const base = heap();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, heap())), 100);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, heap()) - base;
}

/** Resolves when the files are chosen: the moment the transfer's clock starts. */
type Chosen = () => void;

async function viaElement(api: string, files: File[], chosen: Chosen): Promise<void> {
  const el = document.createElement('dash-guest-upload') as DashGuestUpload;
  el.setAttribute('api-base', api);
  el.setAttribute('subdomain', SUBDOMAIN);
  el.setAttribute('guest-upload', GUEST_UPLOAD);
  document.getElementById('stage')!.append(el);
  const email = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('#email'), 'email form');
  email.value = 'bench@example.com';
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  // The drop zone takes files before the email is accepted (they wait for it): wait for the
  // accepted email ("Sending as …"), so the sign-in is done before the clock starts.
  await until(() => el.shadowRoot?.querySelector('[part~=sender]'), 'signed in');
  const input = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('#file-input'), 'drop zone');
  const done = new Promise<void>((resolve, reject) => {
    el.addEventListener('dash-upload-complete', () => resolve(), { once: true });
    el.addEventListener('dash-upload-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), {
      once: true,
    });
  });
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  chosen();
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await done;
}

/**
 * One part PUT, sent again at once when it fails (the lossy run's injected failures): the best a
 * client can do, knowing exactly which part failed and waiting for nothing.
 */
async function putWithRetries(url: string, body: Blob, partNumber: number, attempts = 6): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const response = await fetch(url, { method: 'PUT', body });
      if (response.ok) return response.headers.get('ETag') ?? '';
      last = String(response.status);
    } catch (error) {
      last = String(error);
    }
  }
  throw new Error(`PUT part ${partNumber}: ${last}`);
}

async function viaRawFetch(api: string, files: File[], chosen: Chosen): Promise<void> {
  const ctx = { apiBase: api };
  const auth = guestTokenSource(ctx, { subdomain: SUBDOMAIN, guestUpload: GUEST_UPLOAD, email: 'bench@example.com' });
  const authed = { ...ctx, auth };
  await auth.getToken(); // signed in before the files are chosen, as the element is
  chosen();
  const uploads = await createAssetUploads(
    authed,
    files.map((file, i) => ({ batchItemId: String(i), path: `/${file.name}`, size: file.size })),
  );
  const puts = files.flatMap((file, i) => uploads[String(i)].uploadParts.map((part) => ({ file, i, part })));
  const etags = new Map<number, { partNumber: number; eTag: string }[]>();
  let next = 0;
  const worker = async () => {
    while (next < puts.length) {
      const { file, i, part } = puts[next++];
      const body = file.slice(part.startByte, part.endByte + 1); // endByte is inclusive
      const eTag = await putWithRetries(part.url, body, part.partNumber);
      const list = etags.get(i) ?? [];
      list.push({ partNumber: part.partNumber, eTag });
      etags.set(i, list);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  await Promise.all(
    files.map((_, i) => {
      const upload = uploads[String(i)];
      const parts = etags.get(i)!.sort((a, b) => a.partNumber - b.partNumber);
      return completeUpload(authed, { assetId: upload.assetId, uploadId: upload.id, parts });
    }),
  );
}

export async function run(params: URLSearchParams) {
  const api = params.get('api')!;
  const files = makeFiles(params);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  let start = NaN;
  const chosen = () => (start = performance.now());
  const heapGrowth = await withHeapPeak(() =>
    params.get('mode') === 'raw' ? viaRawFetch(api, files, chosen) : viaElement(api, files, chosen),
  );
  const ms = performance.now() - start;
  if (!(ms > 0)) throw new Error('the upload finished without its files ever being chosen');
  return { ms, bytes, mbPerSecond: bytes / 1e6 / (ms / 1000), heapGrowth };
}
