/**
 * Issue 20 on real networks: the connection dropping mid-upload and coming back, and a phone's
 * screen held awake while files upload.
 *
 * Offline is simulated in the page, honestly so: Chromium's own network emulation (DevTools'
 * "Offline") would also cut the test runner's connection to this page. The simulation turns
 * `navigator.onLine` false and dispatches `offline`, and from then every XHR (part PUTs) fails as a
 * dropped connection does and every `fetch` (API calls) rejects with the browser's TypeError;
 * requests already in flight are left to the element (it aborts them). Then `online`. The S3 and
 * API behind it are the local backend's real ones. A network that fails while the browser still
 * says online (ConnectionWatch counts failures for that) is not simulated here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import { upload } from '../../src/i18n/en/upload.js';
import {
  $,
  expectOneAssetEach,
  expectStoredAsFiles,
  MiB,
  mountReady,
  partPutsFor,
  randomFile,
  selectFiles,
  waitForStatus,
} from './helpers.js';

/**
 * How long the test stays offline: the 60 s, twice the stall timeout and far past all of
 * Uppy's retry delays together (0 + 1 + 3 + 5 s), so an uploader that spent a retry on each
 * failure while offline, or gave up on a silent connection, would have failed its files by then.
 */
const OFFLINE_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The simulated connection (see the top of the file), and when the page sent each XHR. */
function simulateNetwork() {
  let offline = false;
  const sends: number[] = [];
  const send = XMLHttpRequest.prototype.send;
  const fetch = window.fetch;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    sends.push(performance.now());
    if (!offline) return send.call(this, body);
    setTimeout(() => this.dispatchEvent(new ProgressEvent('error')));
  };
  window.fetch = (...args) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(...args));
  return {
    sends,
    set(value: boolean) {
      offline = value;
      window.dispatchEvent(new Event(value ? 'offline' : 'online'));
    },
    restore() {
      XMLHttpRequest.prototype.send = send;
      window.fetch = fetch;
      delete (navigator as { onLine?: boolean }).onLine;
    },
  };
}

describe('dash-guest-upload: offline and back, wake lock', function () {
  this.timeout(180_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('holds every upload while offline (no part sent), says so, and goes on by itself when back: byte-identical, no part twice, no duplicate', async () => {
    const el = await mountReady({ concurrency: 1 });
    const files = [
      randomFile('offline-a.bin', 30 * MiB),
      randomFile('offline-b.bin', 13 * MiB),
      randomFile('offline-c.jpg', 300 * 1024, 'image/jpeg'),
    ];
    const network = simulateNetwork();
    let offlineAt = Infinity;
    try {
      selectFiles(el, files);
      await waitUntil(() => el.files.some((f) => f.bytesUploaded > 0), 'bytes are on their way', {
        interval: 10,
        timeout: 20_000,
      });
      network.set(true);
      offlineAt = performance.now();
      await waitUntil(() => $(el, '[part=offline]'), 'the element says the connection is gone');
      expect($(el, '[part=offline]')!.textContent).to.equal(upload.offline);
      const open = el.files.filter((f) => f.status !== 'done');
      expect(open.length, 'files still to send when the connection went').to.be.greaterThan(0);
      await waitUntil(() => open.every((f) => el.files.find((g) => g.id === f.id)!.held), 'every open file is held');
      expect($(el, '[role=status]')!.textContent).to.equal(upload.offline);

      await sleep(OFFLINE_MS);
      expect(
        network.sends.filter((t) => t > offlineAt),
        'no request sent while offline',
      ).to.deep.equal([]);
      expect(
        el.files.filter((f) => f.status === 'failed'),
        'nothing failed while offline',
      ).to.deep.equal([]);

      network.set(false);
      await waitForStatus(el, ['done'], 3, 90_000);
    } finally {
      network.restore();
    }
    await el.updateComplete;
    expect($(el, '[part=offline]'), 'the offline note went').to.equal(null);
    await expectStoredAsFiles(el);
    await expectOneAssetEach(files.map((f) => f.name));
    const parts = { 'offline-a.bin': 5, 'offline-b.bin': 3, 'offline-c.jpg': 1 } as Record<string, number>;
    for (const file of el.files) {
      expect(await partPutsFor(file.assetId!), `${file.name}: each part stored once`).to.equal(parts[file.name]);
    }
  });

  it('holds a screen wake lock while files upload, asks again when visible, and releases it when idle', async () => {
    const calls: string[] = [];
    const sentinel = Object.assign(new EventTarget(), {
      type: 'screen',
      released: false,
      release: async () => {
        calls.push('release');
        sentinel.dispatchEvent(new Event('release'));
      },
    });
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async (type: string) => {
          calls.push(`request ${type}`);
          return sentinel;
        },
      },
    });
    try {
      // Parts are refused (and retried) until the faults are cleared: the file stays uploading.
      await setFaults({ partPut: { failRate: 1, status: 503 } });
      const el = await mountReady();
      selectFiles(el, [randomFile('awake.bin', 6 * MiB)]);
      await waitUntil(() => calls.length === 1, 'the wake lock is asked for once files upload');
      expect(calls).to.deep.equal(['request screen']);
      // The browser drops the lock when the page is hidden; back to visible, it is asked for again.
      sentinel.dispatchEvent(new Event('release'));
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => calls.length === 2, 'asked for again when the page is visible');
      await setFaults({});
      await waitForStatus(el, ['done'], 1);
      await waitUntil(() => calls.length === 3, 'released once nothing uploads');
      expect(calls).to.deep.equal(['request screen', 'request screen', 'release']);
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });
});
