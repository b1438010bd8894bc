/**
 * Video that plays, for Dash assets (issue 22). The Dash API has no streaming URL: a video plays
 * from its original's file, which a download job hands out — so only where the visitor may
 * download it, and only once they press Play (a job for every video shown would fetch files
 * nobody watches). Shared by the portal browser's asset view and the gallery's lightbox
 * (`source="dash-portal"`).
 */
import { downloadAssets } from './downloads.js';
import { DashError } from './errors.js';
import type { ApiContext } from './http.js';
import { safeUrl } from './safe-url.js';

/** The file URL a job gave, as the player may take it: http(s) only (a relative one resolves as the page would). */
function playableUrl(url: string | undefined): string {
  const safe = safeUrl(url, globalThis.document?.baseURI);
  if (!safe) throw new DashError('invalid-response', 'The download job gave no http(s) URL for the video.');
  return safe;
}

/** A playable URL of an asset's video: its original, through a download job. */
export async function videoFileUrl(ctx: ApiContext, assetId: string, signal?: AbortSignal): Promise<string> {
  const { url } = await downloadAssets(ctx, { assetIds: [assetId], zip: false }, { signal });
  return url;
}

export type VideoState = 'loading' | 'ready' | 'failed';

/**
 * Pressing Play on a video of `K` (an asset, a gallery item): its file's URL on the way, there,
 * or failed. One video at a time: a new play or `abort()` cancels the one before, and an answer
 * for a video no longer current is dropped. `onChange` hears every change of state.
 */
export class VideoPlayback<K> {
  #current?: { key: K; state: VideoState; url?: string; abort: AbortController };
  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /** The state of `key`'s video; undefined before Play. */
  state(key: K): VideoState | undefined {
    return this.#current?.key === key ? this.#current.state : undefined;
  }

  /** The URL `key`'s video plays from, once it is there. */
  url(key: K): string | undefined {
    return this.#current?.key === key ? this.#current.url : undefined;
  }

  /**
   * Asks `source` for the file's URL. Resolves it when it arrived for the current video; resolves
   * undefined when it failed (`onError` hears why; Play may be pressed again), was cancelled, or
   * this video's file is on the way already.
   */
  async play(
    key: K,
    source: (signal: AbortSignal) => Promise<string>,
    onError?: (error: unknown) => void,
  ): Promise<string | undefined> {
    if (this.state(key) === 'loading') return undefined;
    this.#current?.abort.abort();
    const abort = new AbortController();
    this.#current = { key, state: 'loading', abort };
    this.#onChange();
    let url: string | undefined;
    try {
      url = playableUrl(await source(abort.signal));
    } catch (error) {
      if (!abort.signal.aborted) onError?.(error);
    }
    if (this.#current?.abort !== abort || abort.signal.aborted) return undefined;
    this.#current = url ? { key, state: 'ready', url, abort } : { key, state: 'failed', abort };
    this.#onChange();
    return url;
  }

  abort(): void {
    this.#current?.abort.abort();
    this.#current = undefined;
  }
}
