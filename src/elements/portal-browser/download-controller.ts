import type { ReactiveController } from 'lit';
import { DashError, toDashError } from '../../api/errors.js';
import { CUSTOM_FORMATS, downloadAssets, type CustomFormat, type CustomRendition } from '../../api/downloads.js';
import type { ApiContext } from '../../api/http.js';
import type { Preset } from '../../api/models.js';
import { safeUrl } from '../../api/safe-url.js';
import { trackAnalytics, type AnalyticsDownload } from '../../core/analytics.js';
import type { DashElement } from '../../core/dash-element.js';

export type DownloadStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** The format choice's value for "Custom size" (preset ids are the API's; this is no id it uses). */
export const CUSTOM_SIZE = 'custom-size';

/** The largest side a visitor may ask for: beyond it a request is a typo, not a rendition. */
export const MAX_CUSTOM_SIDE = 10_000;

/** What the visitor typed in the custom size form, kept as typed until they download. */
export interface CustomSizeDraft {
  width: string;
  height: string;
  format: CustomFormat;
}

/** What a download fetches: a preset, a custom rendition, or (neither) the originals. */
export interface DownloadChoice {
  presetId?: string;
  custom?: CustomRendition;
}

/** A side typed by the visitor as a whole number of pixels from 1 to MAX_CUSTOM_SIDE, else undefined. */
export function parseSide(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_CUSTOM_SIDE ? value : undefined;
}

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
  /** Whether a custom size can be offered: every asset about to be downloaded is an image. */
  resizable?: () => boolean;
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

  /** The custom size form's fields, and which of them failed the last check. */
  draft: CustomSizeDraft = { width: '', height: '', format: CUSTOM_FORMATS[0] };
  invalid: { width?: boolean; height?: boolean } = {};

  #abort?: AbortController;
  #last?: { assetIds: string[]; choice: DownloadChoice };

  readonly #host: DashElement;
  readonly #options: DownloadOptions;

  constructor(host: DashElement, options: DownloadOptions) {
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

  /** Whether "Custom size" is offered for what is about to be downloaded. */
  get resizable(): boolean {
    return this.#options.resizable?.() ?? false;
  }

  /**
   * `presetId` when it is one of the presets offered now (or CUSTOM_SIZE while a custom size is
   * offered), else `undefined` (the original).
   */
  offered(presetId: string | undefined): string | undefined {
    if (presetId === CUSTOM_SIZE) return this.resizable ? presetId : undefined;
    return presetId && this.presets?.some((preset) => preset.id === presetId) ? presetId : undefined;
  }

  /** Changes fields of the custom size form; an edited field is no longer marked wrong. */
  editDraft(patch: Partial<CustomSizeDraft>): void {
    const invalid = { ...this.invalid };
    if ('width' in patch) delete invalid.width;
    if ('height' in patch) delete invalid.height;
    this.draft = { ...this.draft, ...patch };
    this.invalid = invalid;
    this.#host.requestUpdate();
  }

  /**
   * What to download for the format choice `presetId`: undefined when it is a custom size whose
   * fields are wrong (they are then marked in `invalid`).
   */
  choice(presetId: string | undefined): DownloadChoice | undefined {
    const offered = this.offered(presetId);
    if (offered !== CUSTOM_SIZE) return { presetId: offered };
    const width = parseSide(this.draft.width);
    const height = parseSide(this.draft.height);
    this.invalid = { width: width === undefined, height: height === undefined };
    this.#host.requestUpdate();
    return width && height ? { custom: { width, height, format: this.draft.format } } : undefined;
  }

  /** Starts a job for `assetIds` (a zip for several) as `choice` says, by default the originals. */
  async start(assetIds: string[], choice: DownloadChoice = {}): Promise<void> {
    const ctx = this.#options.context();
    if (!ctx || assetIds.length === 0) return;
    this.#last = { assetIds, choice };
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: 'running', progress: 0, url: undefined, error: undefined, assetIds, saved: false });
    const zip = assetIds.length > 1;
    const { presetId, custom } = choice;
    const tracked: AnalyticsDownload = { itemIds: [...assetIds], zip, ...(presetId && { presetId }), ...custom };
    trackAnalytics(this.#host, { action: 'download-start', ...tracked });
    try {
      const { url } = await downloadAssets(
        ctx,
        { assetIds, ...choice, zip },
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
      trackAnalytics(this.#host, { action: 'download-finish', ...tracked });
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
    if (this.#last) void this.start(this.#last.assetIds, this.#last.choice);
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
