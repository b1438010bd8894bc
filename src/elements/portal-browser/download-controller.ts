import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError, toDashError } from '../../api/errors.js';
import { downloadAssets } from '../../api/downloads.js';
import type { ApiContext } from '../../api/http.js';
import type { Preset } from '../../api/models.js';
import { safeUrl } from '../../api/safe-url.js';

export type DownloadStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface DownloadOptions {
  context: () => ApiContext | undefined;
  /** The presets applicable to what is about to be downloaded (the session's); undefined while loading. */
  presets: () => Preset[] | undefined;
  /**
   * A finished job: the host dispatches its public event and starts the browser download. `url`
   * is always an absolute http(s) URL (through `safeUrl`); a job that answered none is an error.
   */
  onDone?: (assetIds: string[], url: string) => void;
  onError?: (error: DashError) => void;
}

/**
 * One download job at a time: the job's progress, cancel and the outcome. A new job or `cancel()` aborts the previous one's polling.
 */
export class DownloadController implements ReactiveController {
  status: DownloadStatus = 'idle';
  /** 0…1 while running. */
  progress = 0;
  url?: string;
  error?: DashError;
  assetIds: string[] = [];
  /** The finished file was handed to the browser for the visitor (their click still counted). */
  saved = false;

  #abort?: AbortController;
  #last?: { assetIds: string[]; presetId?: string };

  readonly #host: ReactiveControllerHost;
  readonly #options: DownloadOptions;

  constructor(host: ReactiveControllerHost, options: DownloadOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The presets offered for the download; undefined while they load. */
  get presets(): Preset[] | undefined {
    return this.#options.presets();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** `presetId` when it is one of the presets offered now, else `undefined` (the original). */
  offered(presetId: string | undefined): string | undefined {
    return presetId && this.presets?.some((preset) => preset.id === presetId) ? presetId : undefined;
  }

  /** Starts a job for `assetIds` (a zip for several), in a preset or, without one, the original. */
  async start(assetIds: string[], presetId?: string): Promise<void> {
    const ctx = this.#options.context();
    if (!ctx || assetIds.length === 0) return;
    this.#last = { assetIds, presetId };
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: 'running', progress: 0, url: undefined, error: undefined, assetIds, saved: false });
    try {
      const { url } = await downloadAssets(
        ctx,
        { assetIds, presetId, zip: assetIds.length > 1 },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (!abort.signal.aborted) this.#set({ progress: progress.fraction });
          },
        },
      );
      if (abort.signal.aborted) return;
      // The one URL rule again, at the edge: whatever the API layer read, only an http(s) URL
      // reaches the host's event (a host may do `location.href = detail.url`) or the link.
      const safe = safeUrl(url);
      if (!safe) {
        throw new DashError('invalid-response', 'The download finished without a usable web address (http or https).');
      }
      this.#set({ status: 'done', progress: 1, url: safe });
      this.#options.onDone?.(assetIds, safe);
    } catch (error) {
      // Cancelled (`cancel()` says so) or superseded by a newer job or `reset()`.
      const dashError = abort.signal.aborted ? undefined : toDashError(error);
      if (!dashError) return;
      this.#set({ status: 'error', error: dashError });
      this.#options.onError?.(dashError);
    }
  }

  /** Runs the last job again (after it failed). */
  retry(): void {
    if (this.#last) void this.start(this.#last.assetIds, this.#last.presetId);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#abort?.abort();
    this.#set({ status: 'cancelled' });
  }

  /** Back to idle (closing the status panel). */
  reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#set({ status: 'idle', progress: 0, url: undefined, error: undefined, assetIds: [], saved: false });
  }

  /** The element started the browser's download of the finished file. */
  markSaved(): void {
    this.#set({ saved: true });
  }

  #set(patch: Partial<Pick<DownloadController, 'status' | 'progress' | 'url' | 'error' | 'assetIds' | 'saved'>>): void {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }
}
