import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toDashError, type DashError } from '../../api/errors.js';
import type { Strings } from '../../i18n/index.js';
import { unusableError, type PickedAsset } from './results.js';

export interface InsertOptions {
  /** Reports a failure as the picker's `dash-error` and returns what it reported. */
  reportError: (error: unknown) => DashError | undefined;
  strings: () => Pick<Strings, 'picker' | 'errors'>;
}

/**
 * Insert: builds the results of the selection (creating links, which takes a moment), says so in
 * the footer's live region, and keeps the problem to show when something could not be inserted.
 * One insert at a time; cancelling aborts the one running.
 */
export class InsertController implements ReactiveController {
  busy = false;
  error?: DashError;
  /** A plain explanation of `error` when the error code's general text would not do. */
  message?: string;
  /** What the live region says (preparing, inserted, why a tile cannot be chosen). */
  announcement = '';
  #abort?: AbortController;

  readonly #host: ReactiveControllerHost;
  readonly #options: InsertOptions;

  constructor(host: ReactiveControllerHost, options: InsertOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  cancel(): void {
    this.#abort?.abort();
  }

  clearProblem(): void {
    this.error = undefined;
    this.message = undefined;
    this.#host.requestUpdate();
  }

  announce(message: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    this.#host.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = message;
      this.#host.requestUpdate();
    });
  }

  /**
   * Runs `build` and hands its results to `onResults` (`complete`: nothing was left out). Assets
   * without a usable (http or https) URL are not inserted: one `invalid-response` dash-error
   * names them, and the footer says so in plain words.
   */
  async insert(
    build: (signal: AbortSignal) => Promise<{ results: PickedAsset[]; unusable: string[] }>,
    onResults: (results: PickedAsset[], complete: boolean) => void,
  ): Promise<void> {
    if (this.busy) return;
    const strings = this.#options.strings().picker;
    const abort = (this.#abort = new AbortController());
    this.busy = true;
    this.clearProblem();
    this.announce(strings.preparing);
    try {
      const { results, unusable } = await build(abort.signal);
      if (unusable.length > 0) {
        this.error = this.#options.reportError(unusableError(unusable));
        this.message = strings.unusable(unusable.length, unusable.map((name) => `"${name}"`).join(', '));
        if (results.length === 0) return;
      }
      this.announce(strings.inserted(results.length));
      onResults(results, unusable.length === 0);
    } catch (error) {
      const dashError = toDashError(error);
      if (dashError) this.error = this.#options.reportError(dashError);
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** The problem of the last insert, as an alert in the footer. */
  renderProblem(): TemplateResult | typeof nothing {
    const { error } = this;
    if (!error) return nothing;
    return html`<div class="problem" role="alert">
      ${this.message ?? this.#options.strings().errors[error.code] ?? error.message}
    </div>`;
  }
}

export interface FooterOptions {
  count: number;
  limit?: number;
  insert: InsertController;
  /** The rendition chooser, or why there is none. */
  chooser: TemplateResult;
  onCancel: () => void;
  onConfirm: () => void;
}

/** The picker's footer: what is selected, the hint, the last problem, the rendition and the buttons. */
export function renderFooter(
  strings: Pick<Strings, 'picker' | 'portal' | 'common'>,
  options: FooterOptions,
): TemplateResult {
  const t = strings.picker;
  const { count, limit, insert } = options;
  return html`<div class="footer toolbar" part="footer">
    <div>
      <div class="status" role="status" aria-live="polite">
        ${count > 0 ? strings.portal.selected(count) : ''}
        ${limit !== undefined && count >= limit ? strings.portal.maxReached(limit) : ''} ${insert.announcement}
      </div>
      <div class="hint" id="hint">${t.hint}</div>
      ${insert.renderProblem()}
    </div>
    ${options.chooser}
    <div class="actions">
      <button class="button" part="cancel-button" type="button" @click=${options.onCancel}>
        ${strings.common.cancel}
      </button>
      <button
        class="button primary"
        part="insert-button"
        type="button"
        aria-disabled=${count === 0 || insert.busy ? 'true' : 'false'}
        @click=${options.onConfirm}
      >
        ${insert.busy ? t.preparing : count > 1 ? t.insertCount(count) : t.insert}
      </button>
    </div>
  </div>`;
}
