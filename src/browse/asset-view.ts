import { html, css, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../core/dash-element.js';
import { trackAnalytics } from '../core/analytics.js';
import { baseStyles } from '../core/styles.js';
import { formatBytes, formatDate } from '../i18n/index.js';
import type { Asset } from '../api/models.js';
import {
  assetDate,
  assetDimensions,
  assetFilename,
  assetIsVideo,
  assetPreviewUrl,
  assetTypeLabel,
  assetKind,
  assetDurationSeconds,
  assetExpiry,
  assetFieldText,
  clockTime,
  safePageUrl,
} from './asset-info.js';
import type { ViewField } from '../api/field-views.js';
import { kindIcon } from './kind-icons.js';
import { dispatchInternal } from './internal-event.js';
import { common, portal, video } from '../i18n/en.js';
import { logicalKey } from '../core/keys.js';
import { VideoPlayback } from '../api/video.js';

/**
 * One asset, large: the preview (image; video player; PDF's first-page preview or a type icon),
 * filename, type, size, dimensions and date, the metadata fields the portal shows (`fields`) with
 * a licence badge and, once an expiry date has passed, "Licence expired" — with previous/next. Left/Right arrow keys step
 * through the results (unless focus is in the video player, which uses them to seek).
 *
 * Internal to dash-elements.
 *
 * @fires navigate - (internal) `{delta: -1 | 1}` for previous/next.
 * @fires close - (internal) back to the results.
 * @fires dash-analytics - `video-play` when an asset's video starts (dispatched from, and naming,
 *   the portal browser).
 * @slot actions - Actions for the asset (the portal puts its download controls here).
 * @csspart back-button - Back to the results.
 * @csspart preview - The preview area.
 * @csspart video-poster - A video's preview image before it plays.
 * @csspart play-button - Plays the video (where the visitor may download it).
 * @csspart video-note - Why the video cannot be played, or what went wrong getting it.
 * @csspart details - The details list.
 * @csspart licence-badge - The licence's value, as a badge in the details.
 * @csspart expired-badge - "Licence expired" beside an expiry date that has passed.
 */
export class DashAssetView extends DashElement {
  static override englishStrings = { common, portal, video };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_gap);
        margin-block-end: var(--_gap);
      }
      /* "Back" points to where the results are: the start of the line, so right when right to left. */
      .back-arrow {
        display: inline-block;
      }
      .back-arrow:dir(rtl) {
        scale: -1 1;
      }
      h2 {
        flex: 1 1 12rem;
        margin: 0;
        font-size: 1.15rem;
        overflow-wrap: anywhere;
      }
      .body {
        display: grid;
        gap: calc(var(--_gap) * 2);
        grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
      }
      @container (max-width: 40rem) {
        .body {
          grid-template-columns: 1fr;
        }
      }
      .preview {
        display: grid;
        place-items: center;
        min-block-size: 16rem;
        max-block-size: 70vh;
        border-radius: var(--_radius);
        background: var(--_placeholder);
        overflow: hidden;
      }
      .preview img,
      .preview video {
        max-inline-size: 100%;
        max-block-size: 70vh;
        /* width/height attributes reserve the space; auto keeps the ratio when it scales down. */
        inline-size: auto;
        block-size: auto;
        object-fit: contain;
      }
      .video-poster {
        display: grid;
        place-items: center;
        gap: var(--_gap);
        padding: var(--_gap);
      }
      .video-poster > * {
        grid-area: 1 / 1;
      }
      .video-poster > img {
        max-block-size: 70vh;
        max-inline-size: 100%;
        object-fit: contain;
      }
      .video-poster > .video-note,
      .video-poster > [role='alert'] {
        align-self: end;
        margin: 0;
        padding: 0.25rem 0.6rem;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .video-poster > [role='alert'] {
        align-self: start;
        color: var(--_danger);
      }
      .icon {
        display: grid;
        justify-items: center;
        gap: 0.5rem;
        font-size: 1.5rem;
        font-weight: 700;
        letter-spacing: 0.04em;
      }
      .icon svg {
        inline-size: 6rem;
        block-size: auto;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.35rem 1rem;
        margin: 0 0 1rem;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .badge {
        display: inline-block;
        padding: 0 0.4rem;
        border: 1px solid currentColor;
        border-radius: 4px;
        font-size: 0.875rem;
        font-weight: 600;
      }
      .expired {
        margin-inline-start: 0.4rem;
        border-color: transparent;
        /* White on dark red: above 4.5:1 in light and dark. */
        background: #9f1239;
        color: #fff;
      }
      /* A phone shows the file's name, key details and Download without a long scroll past the photo. */
      @container (max-width: 40rem) {
        .preview,
        .preview img,
        .preview video,
        .video-poster > img {
          max-block-size: 50dvh;
        }
        .preview {
          min-block-size: 12rem;
        }
      }
      @media (forced-colors: active) {
        .expired {
          border-color: CanvasText;
          background: Canvas;
          color: CanvasText;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    asset: { attribute: false },
    index: { attribute: false },
    count: { attribute: false },
    fields: { attribute: false },
    videoSource: { attribute: false },
  };

  asset?: Asset;
  /** 0-based position among the results, and how many there are. */
  index = 0;
  count = 0;
  /** The metadata fields the portal shows, in order (its field view); those without a value are left out. */
  fields: readonly ViewField[] = [];

  /**
   * Where a video plays from: a URL of the asset's file, asked for when the visitor presses Play
   * (the portal makes a download job of the original, as the API has no streaming URL). Left
   * undefined where the visitor may not download the asset: the poster then says the video cannot
   * be played here, rather than showing a player that plays nothing.
   */
  videoSource?: (asset: Asset, signal: AbortSignal) => Promise<string>;

  /** The asset whose video's play was reported: resuming it after a pause is no new play. */
  #played?: Asset;
  /** The open asset's video, once Play was pressed: its file's URL on the way, there, or failed. */
  readonly #video = new VideoPlayback<Asset>(() => this.requestUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#video.abort();
  }

  async #playVideo(asset: Asset): Promise<void> {
    const source = this.videoSource;
    // The host reports a failure (dash-error); the button stays to try again.
    const url = source && (await this.#video.play(asset, (signal) => source(asset, signal)));
    if (!url) return;
    await this.updateComplete;
    // The Play button is gone: focus goes to the player that replaced it, which starts playing
    // (a browser that wants another press leaves it paused, its controls ready).
    const video = this.renderRoot.querySelector('video');
    video?.focus();
    void video?.play().catch(() => undefined);
  }

  /** Moves focus to the heading, so a screen reader announces the newly shown asset. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #onPlay(): void {
    const asset = this.asset;
    if (!asset || asset === this.#played) return;
    this.#played = asset;
    trackAnalytics(this, { action: 'video-play', itemId: asset.id, index: this.index });
  }

  #navigate(delta: -1 | 1): void {
    dispatchInternal(this, 'navigate', { delta });
  }

  #onKeydown(event: KeyboardEvent): void {
    const inMedia = (event.composedPath()[0] as Element | undefined)?.closest?.('video, input, select');
    if (inMedia) return;
    const key = logicalKey(event, this);
    if (key === 'ArrowLeft' && this.index > 0) this.#navigate(-1);
    else if (key === 'ArrowRight' && this.index < this.count - 1) this.#navigate(1);
    else if (event.key === 'Escape') dispatchInternal(this, 'close', undefined);
  }

  protected override render(): TemplateResult | typeof nothing {
    const asset = this.asset;
    if (!asset) return nothing;
    const p = this.strings.portal;
    return html`
      <section @keydown=${this.#onKeydown} aria-labelledby="title">
        <header>
          <button
            class="button"
            type="button"
            part="back-button"
            @click=${() => dispatchInternal(this, 'close', undefined)}
          >
            <span class="back-arrow" aria-hidden="true">←</span> ${p.back}
          </button>
          <h2 id="title" class="own-direction" tabindex="-1">${assetFilename(asset)}</h2>
          <span>${p.position(this.index + 1, this.count)}</span>
          <button class="button" type="button" ?disabled=${this.index <= 0} @click=${() => this.#navigate(-1)}>
            ${p.previous}
          </button>
          <button
            class="button"
            type="button"
            ?disabled=${this.index >= this.count - 1}
            @click=${() => this.#navigate(1)}
          >
            ${p.next}
          </button>
        </header>
        <div class="body">
          <div class="preview" part="preview">${this.#renderPreview(asset)}</div>
          <div>
            ${this.#renderDetails(asset)}
            <slot name="actions"></slot>
          </div>
        </div>
      </section>
    `;
  }

  #renderVideo(asset: Asset, poster: string | undefined, name: string): TemplateResult {
    const v = this.strings.video;
    // A backend that gives the file's own URL (`originalUrl`, not in the Dash API) plays at once.
    const direct = safePageUrl((asset.currentAssetFile as { originalUrl?: string } | null)?.originalUrl);
    const state = this.#video.state(asset);
    const src = direct ?? this.#video.url(asset);
    if (src) {
      return html`<video
        controls
        preload=${direct ? 'none' : 'auto'}
        poster=${poster ?? nothing}
        src=${src}
        aria-label=${name}
        @play=${this.#onPlay}
      ></video>`;
    }
    const loading = state === 'loading';
    return html`<div class="video-poster" part="video-poster">
      ${poster ? html`<img src=${poster} alt="" />` : html`<span class="icon">${kindIcon('video')}</span>`}
      ${
        this.videoSource
          ? html`<button
              type="button"
              class="button primary"
              part="play-button"
              aria-disabled=${loading ? 'true' : nothing}
              aria-label=${`${loading ? v.videoLoading : v.playVideo}: ${name}`}
              @click=${() => void this.#playVideo(asset)}
            >
              ${loading ? v.videoLoading : v.playVideo}
            </button>`
          : html`<p class="video-note" part="video-note">${v.videoNotPlayable}</p>`
      }
      ${state === 'failed' ? html`<p class="video-note" role="alert">${v.videoFailed}</p>` : nothing}
    </div>`;
  }

  #renderPreview(asset: Asset): TemplateResult {
    const preview = assetPreviewUrl(asset);
    const dimensions = assetDimensions(asset);
    const name = assetFilename(asset);
    if (assetIsVideo(asset)) return this.#renderVideo(asset, preview, name);
    if (preview) {
      return html`<img
        src=${preview}
        alt=${name}
        width=${dimensions?.width ?? nothing}
        height=${dimensions?.height ?? nothing}
      />`;
    }
    return html`<span class="icon" role="img" aria-label=${`${this.strings.portal.noPreview}: ${name}`}
      >${kindIcon(assetKind(asset))}<span>${assetTypeLabel(asset)}</span></span
    >`;
  }

  #renderDetails(asset: Asset): TemplateResult {
    const p = this.strings.portal;
    const file = asset.currentAssetFile;
    const dimensions = assetDimensions(asset);
    const date = assetDate(asset);
    const seconds = assetDurationSeconds(asset);
    const timed = seconds !== undefined && ['video', 'audio'].includes(assetKind(asset));
    const row = (label: string, value: string | undefined) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`<dl part="details">
      ${row(p.fileTypeLabel, assetTypeLabel(asset))}
      ${row(p.size, file ? formatBytes(file.size, this.locale) : undefined)}
      ${row(p.dimensions, dimensions ? p.dimensionsValue(dimensions.width, dimensions.height) : undefined)}
      ${row(p.duration, timed ? clockTime(seconds) : undefined)}
      ${row(p.date, date ? formatDate(date, this.locale) : undefined)}
      ${this.fields.map((field) => this.#renderField(asset, field))}
    </dl>`;
  }

  /**
   * A field's row. A date field shows its date, and one named for expiry a badge once it has
   * passed; a field named for the licence shows its value as a badge. (Names, since the view says
   * no more about a field's purpose; fixed-option values are option ids, shown as they are.)
   */
  #renderField(asset: Asset, field: ViewField): TemplateResult | typeof nothing {
    const text = assetFieldText(asset, field.id);
    if (!text) return nothing;
    const isDate = /DATE/i.test(field.dataType);
    const expiry = isDate ? assetExpiry(asset, field.id) : undefined;
    // A bare day is read at noon UTC so no time zone shows it as the day before.
    const day = expiry && (/^\d{4}-\d{2}-\d{2}$/.test(expiry.value) ? `${expiry.value}T12:00:00Z` : expiry.value);
    const value = day ? formatDate(day, this.locale) : text;
    const expired =
      expiry?.expired && /expir/i.test(field.name)
        ? html`<span class="badge expired" part="expired-badge">${this.strings.portal.licenceExpired}</span>`
        : nothing;
    const licence = !isDate && /licen[cs]e/i.test(field.name);
    return html`<dt class="own-direction">${field.name}</dt>
      <dd>${licence ? html`<span class="badge" part="licence-badge">${value}</span>` : value}${expired}</dd>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dash-asset-view': DashAssetView;
  }
}
