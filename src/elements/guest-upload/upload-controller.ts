/**
 * Connects the upload engine to a Lit host: renders at most once per frame however many progress
 * events arrive, keeps thumbnails' object URLs (and revokes them), guards the page against being
 * left mid-upload, and throttles what the live region announces.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DashError } from '../../api/errors.js';
import { UploadEngine, type EngineOptions } from '../../upload/engine.js';
import type { UploadedAsset, UploadFileView, UploadTotals } from '../../upload/types.js';

export interface UploadControllerEvents {
  onStart(files: UploadFileView[]): void;
  onProgress(totals: UploadTotals): void;
  onFileError(file: UploadFileView, error: DashError): void;
  onComplete(assets: UploadedAsset[]): void;
}

export class UploadController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #events: UploadControllerEvents;
  #engine?: UploadEngine;
  #frame = 0;
  #thumbnails = new Map<string, string>();

  constructor(host: ReactiveControllerHost, events: UploadControllerEvents) {
    this.#host = host;
    this.#events = events;
    host.addController(this);
  }

  get engine(): UploadEngine | undefined {
    return this.#engine;
  }

  get files(): UploadFileView[] {
    return this.#engine?.files ?? [];
  }

  get totals(): UploadTotals | undefined {
    return this.#engine?.totals;
  }

  /** (Re)creates the engine for a flow; the previous one stops without cancelling anything. */
  configure(options: EngineOptions): void {
    this.#engine?.destroy();
    const engine: UploadEngine = new UploadEngine(options, {
      onChange: () => this.#scheduleRender(),
      onStart: (files) => this.#events.onStart(files),
      onFileError: (file, error) => this.#events.onFileError(file, error),
      onComplete: (assets) => this.#events.onComplete(assets),
    });
    this.#engine = engine;
  }

  /** The object URL of an image file's thumbnail, created on first use. */
  thumbnail(file: UploadFileView): string | undefined {
    if (!file.type.startsWith('image/')) return undefined;
    let url = this.#thumbnails.get(file.id);
    if (!url) {
      url = URL.createObjectURL(file.data);
      this.#thumbnails.set(file.id, url);
    }
    return url;
  }

  hostUpdated(): void {
    // Files that left the list no longer need their thumbnails.
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
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#engine?.destroy();
    this.#engine = undefined;
    for (const url of this.#thumbnails.values()) URL.revokeObjectURL(url);
    this.#thumbnails.clear();
  }

  #scheduleRender(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const totals = this.totals;
      if (totals) this.#events.onProgress(totals);
      this.#host.requestUpdate();
    });
  }

  /** Leaving mid-upload asks first: the browser shows its own confirmation text. */
  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.#engine?.busy) return;
    event.preventDefault();
    event.returnValue = '';
  };
}
