/**
 * Connects the upload engine to a Lit host: holds files chosen before it is configured (the
 * visitor's email still to come) and sends them once it is, loads the engine (and with it Uppy)
 * on the first file, renders at most every `renderInterval` ms however many changes arrive, keeps
 * previews' object URLs (and revokes them), and guards the page against being left mid-upload.
 * While files upload it holds a screen wake lock (where the browser has one), so a phone does
 * not sleep mid-upload; back from the background, it checks the uploads and lets them go on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DashError } from '../../api/errors.js';
import type { UploadEngine, UploadSpec } from '../../upload/index.js';
import type { CancelOutcome, FlowNotice } from '../../upload/flow.js';
import {
  isGoing,
  newFileView,
  type UploadedAsset,
  type UploadFileView,
  type UploadTotals,
} from '../../upload/types.js';

/**
 * Milliseconds between two renders of the uploads at least. Progress and files' states change
 * many times a frame in a batch of small files, and each render goes through the whole file list:
 * ten a second for a short list keep the bars moving smoothly; a long one renders less often (a
 * 200-file batch about three times a second), so the work of drawing it grows no faster than the
 * list and the processor stays with the uploads.
 */
function renderInterval(files: number): number {
  return Math.min(500, 100 + files);
}

export interface UploadControllerEvents {
  onStart(files: UploadFileView[]): void;
  onProgress(totals: UploadTotals): void;
  onFileError(file: UploadFileView, error: DashError): void;
  onNotice(file: UploadFileView, notice: FlowNotice): void;
  onComplete(assets: UploadedAsset[]): void;
  onConnection(online: boolean): void;
}

export class UploadController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #events: UploadControllerEvents;
  #spec?: UploadSpec;
  /** Aborted when the spec it was made for is replaced or the host disconnects. */
  #configuration = new AbortController();
  #engine?: Promise<UploadEngine>;
  /** The loaded engine, for synchronous reads while rendering. */
  #loaded?: UploadEngine;
  #frame = 0;
  #renderTimer?: ReturnType<typeof setTimeout>;
  #renderedAt = 0;
  #thumbnails = new Map<string, string>();
  /** Files chosen before `configure()`: shown as waiting, sent when it comes. */
  #waiting: UploadFileView[] = [];
  /** The screen wake lock while files upload (a request may still be pending). */
  #wakeLock?: Promise<WakeLockSentinel | undefined>;

  constructor(host: ReactiveControllerHost, events: UploadControllerEvents) {
    this.#host = host;
    this.#events = events;
    host.addController(this);
  }

  /** The loaded engine, once the first file was added: the element's actions go to it. */
  get engine(): UploadEngine | undefined {
    return this.#loaded;
  }

  get files(): UploadFileView[] {
    return [...(this.#loaded?.files ?? []), ...this.#waiting];
  }

  /** Progress over `files` (by default all), once the engine is loaded. */
  totals(files?: UploadFileView[]): UploadTotals | undefined {
    return this.#loaded?.totalsOf(files);
  }

  /** Where files go from now on. The previous engine stops without cancelling anything. */
  configure(spec: UploadSpec): Promise<{ duplicates: File[] }> {
    this.#stop();
    this.#spec = spec;
    const waiting = this.#waiting.map((view) => view.data);
    this.#waiting = [];
    return this.add(waiting);
  }

  /**
   * Adds files (loading the engine and Uppy first, once); they start uploading at once, or as
   * soon as `configure()` says where to.
   */
  async add(files: File[]): Promise<{ duplicates: File[] }> {
    if (!this.#spec) {
      const views = files.map((data, i) => newFileView(`waiting-${Date.now()}-${i}`, data, 'waiting'));
      this.#waiting = [...this.#waiting, ...views];
      this.#host.requestUpdate();
      return { duplicates: [] };
    }
    if (files.length === 0) return { duplicates: [] };
    const engine = await this.#load();
    return engine.add(files);
  }

  /** Files go nowhere until the next `configure()`: the link they were for changed. */
  detach(): void {
    this.#stop();
    this.#spec = undefined;
  }

  /** Cancels a file: a waiting one just leaves the list. */
  cancel(id: string): Promise<CancelOutcome> | undefined {
    const waiting = this.#waiting.filter((view) => view.id !== id);
    if (waiting.length === this.#waiting.length) return this.#loaded?.cancel(id);
    this.#waiting = waiting;
    this.#host.requestUpdate();
    return undefined;
  }

  /** The object URL of an image's preview, created on first use; none for what a browser decodes slowly or not at all. */
  thumbnail(file: UploadFileView): string | undefined {
    if (!/^image\/(jpeg|png|gif|webp|avif)$/.test(file.type) || file.size > 20e6) return undefined;
    let url = this.#thumbnails.get(file.id);
    if (!url) {
      url = URL.createObjectURL(file.data);
      this.#thumbnails.set(file.id, url);
    }
    return url;
  }

  hostUpdated(): void {
    // Files that left the list no longer need their previews.
    const present = new Set(this.files.map((f) => f.id));
    for (const [id, url] of this.#thumbnails) {
      if (!present.has(id)) {
        URL.revokeObjectURL(url);
        this.#thumbnails.delete(id);
      }
    }
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#renderTimer);
    this.#frame = 0;
    this.#renderTimer = undefined;
    this.#stop();
    this.#spec = undefined;
    this.#waiting = [];
    this.hostUpdated(); // no files left: every preview is revoked
    this.#holdWakeLock(false);
  }

  #load(): Promise<UploadEngine> {
    const spec = this.#spec!; // add() holds files back until there is one
    const { signal } = this.#configuration;
    // Uppy and the engine load with the first file (the uploader's one lazy boundary); a failed
    // load (offline, a blocked chunk) is a network DashError via reportError, and is tried again
    // with the next file.
    this.#engine ??= import('../../upload/index.js')
      .then(({ createEngine }) =>
        createEngine(spec, {
          onChange: () => this.#scheduleRender(),
          onStart: (files) => this.#events.onStart(files),
          onFileError: (file, error) => this.#events.onFileError(file, error),
          onNotice: (file, notice) => this.#events.onNotice(file, notice),
          onComplete: (assets) => this.#events.onComplete(assets),
          onConnection: (online) => this.#events.onConnection(online),
        }),
      )
      .then(
        (engine) => {
          // configure() or a disconnect came while loading: this engine is for nothing.
          if (signal.aborted) engine.destroy();
          else this.#loaded = engine;
          return engine;
        },
        (error: unknown) => {
          if (!signal.aborted) this.#engine = undefined;
          throw error;
        },
      );
    return this.#engine;
  }

  #stop(): void {
    this.#configuration.abort();
    this.#configuration = new AbortController();
    this.#loaded?.destroy();
    this.#loaded = undefined;
    this.#engine = undefined;
  }

  /** Renders in the next frame, or `renderInterval` after the last render if that is later. */
  #scheduleRender(): void {
    if (this.#frame || this.#renderTimer) return;
    const wait = this.#renderedAt + renderInterval(this.files.length) - performance.now();
    if (wait > 0) {
      this.#renderTimer = setTimeout(() => {
        this.#renderTimer = undefined;
        this.#scheduleRender();
      }, wait);
      return;
    }
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderedAt = performance.now();
      const totals = this.totals();
      if (totals) this.#events.onProgress(totals);
      this.#holdWakeLock(this.files.some(isGoing));
      this.#host.requestUpdate();
    });
  }

  /**
   * Holds the screen awake while files upload and lets it sleep once none does. The browser drops
   * the lock when the page is hidden (it fires `release`); it is asked for again when visible.
   */
  #holdWakeLock(wanted: boolean): void {
    if (wanted && !this.#wakeLock && document.visibilityState === 'visible' && 'wakeLock' in navigator) {
      const request = navigator.wakeLock.request('screen').then(
        (sentinel) => {
          sentinel.addEventListener('release', () => {
            if (this.#wakeLock === request) this.#wakeLock = undefined;
          });
          return sentinel;
        },
        () => undefined, // refused (battery saver, a policy): uploads go on all the same
      );
      this.#wakeLock = request;
    } else if (!wanted && this.#wakeLock) {
      const held = this.#wakeLock;
      this.#wakeLock = undefined;
      void held.then((sentinel) => sentinel?.release());
    }
  }

  /** Back from the background (a phone woke up): check the uploads, go on, and hold the screen again. */
  #onVisibilityChange = () => {
    if (document.visibilityState !== 'visible') return;
    this.#loaded?.wake();
    this.#holdWakeLock(this.files.some(isGoing));
  };

  /** Leaving mid-upload asks first: the browser shows its own confirmation text. */
  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.#loaded?.busy) return;
    event.preventDefault();
    event.returnValue = '';
  };
}
