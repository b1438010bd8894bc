import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError, toDashError } from '../api/errors.js';
import { downloadAssets, safeUrl, type ApiContext, type Preset } from './api.js';
import { ApplicablePresets } from './applicable-presets.js';

export type DownloadStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface DownloadOptions {
  context: () => ApiContext | undefined;
  /**
   * A finished job: the host dispatches its public event and starts the browser download. `url`
   * is always an absolute http(s) URL (through `safeUrl`); a job that answered none is an error.
   */
  onDone?: (assetIds: string[], url: string) => void;
  onError?: (error: DashError) => void;
}

/**
 * One download job at a time: the presets applicable to what is about to be downloaded, the
 * job's progress, cancel and the outcome. A new job or `cancel()` aborts the previous one's polling.
 */
export class DownloadController implements ReactiveController {
  status: DownloadStatus = 'idle';
  /** 0…1 while running. */
  progress = 0;
  url?: string;
  error?: DashError;
  assetIds: string[] = [];

  private abort?: AbortController;
  private readonly applicable: ApplicablePresets;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DownloadOptions,
  ) {
    this.applicable = new ApplicablePresets(
      () => host.requestUpdate(),
      (error) => options.onError?.(error),
    );
    host.addController(this);
  }

  /** The presets applicable to the assets of the last `loadPresets`; undefined while loading. */
  get presets(): Preset[] | undefined {
    return this.applicable.presets;
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Loads the presets applicable to `assetIds` (the open asset, or the selection); a failure
   * leaves the original as the only choice and is reported.
   */
  async loadPresets(assetIds: readonly string[]): Promise<void> {
    const ctx = this.options.context();
    if (ctx) await this.applicable.load(ctx, assetIds);
  }

  /** `presetId` when it is one of the presets offered now, else `undefined` (the original). */
  offered(presetId: string | undefined): string | undefined {
    return presetId && this.presets?.some((preset) => preset.id === presetId) ? presetId : undefined;
  }

  async start(assetIds: string[], presetId?: string): Promise<void> {
    const ctx = this.options.context();
    if (!ctx || assetIds.length === 0) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'running', progress: 0, url: undefined, error: undefined, assetIds });
    try {
      const { url } = await downloadAssets(
        ctx,
        { assetIds, presetId, zip: assetIds.length > 1 },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (this.abort === abort) this.set({ progress: progress.fraction });
          },
        },
      );
      if (this.abort !== abort) return;
      // The one URL rule again, at the edge: whatever the API layer read, only an http(s) URL
      // reaches the host's event (a host may do `location.href = detail.url`) or the link.
      const safe = safeUrl(url);
      if (!safe) {
        throw new DashError('invalid-response', 'The download finished without a usable web address (http or https).');
      }
      this.set({ status: 'done', progress: 1, url: safe });
      this.options.onDone?.(assetIds, safe);
    } catch (error) {
      if (this.abort !== abort) return;
      const dashError = toDashError(error);
      if (!dashError) {
        this.set({ status: 'cancelled' });
        return;
      }
      this.set({ status: 'error', error: dashError });
      this.options.onError?.(dashError);
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** Back to idle (closing the status panel). */
  reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.set({ status: 'idle', progress: 0, url: undefined, error: undefined, assetIds: [] });
  }

  private set(patch: Partial<Pick<DownloadController, 'status' | 'progress' | 'url' | 'error' | 'assetIds'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
