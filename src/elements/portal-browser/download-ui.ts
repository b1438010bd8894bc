import { html, nothing, type TemplateResult } from 'lit';
import type { DownloadController } from './download-controller.js';
import { safePageUrl } from '../../browse/asset-info.js';
import type { Strings } from '../../i18n/index.js';

/**
 * The download controls of the portal browser, as render functions over a `DownloadController`:
 * the format choice + button (asset view and selection bar) and the job's status panel.
 */
export function renderDownloadButton(
  strings: Strings,
  download: DownloadController,
  options: { id: string; label: string; presetId: string; onPreset: (id: string) => void; onDownload: () => void },
): TemplateResult {
  const p = strings.portal;
  const selectId = `format-${options.id}`;
  return html`<div class="field">
      <label for=${selectId}>${p.downloadFormat}</label>
      <select
        id=${selectId}
        part="format-select"
        .value=${options.presetId}
        @change=${(event: Event) => options.onPreset((event.target as HTMLSelectElement).value)}
      >
        <option value="">${p.original}</option>
        ${download.presets?.map(
          (preset) =>
            html`<option value=${preset.id} ?selected=${preset.id === options.presetId}>${preset.name}</option>`,
        )}
      </select>
    </div>
    <button
      class="button primary"
      type="button"
      part="download-button"
      ?disabled=${download.status === 'running'}
      @click=${options.onDownload}
    >
      ${options.label}
    </button>`;
}

/** Progress, cancel, outcome; its text lives in a polite live region so changes are announced. */
export function renderDownloadStatus(
  strings: Strings,
  download: DownloadController,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const p = strings.portal;
  switch (download.status) {
    case 'running':
      return html`<div class="download" part="download-status" role="status">
        <span id="download-label">${p.downloadPreparing}</span>
        <progress aria-labelledby="download-label" max="1" .value=${download.progress}></progress>
        <button class="button" type="button" part="cancel-button" @click=${() => download.cancel()}>
          ${strings.common.cancel}
        </button>
      </div>`;
    case 'done': {
      const url = safePageUrl(download.url);
      return html`<div class="download" part="download-status" role="status">
        <span>${p.downloadReady}</span>
        ${
          url
            ? html`<a class="button primary" part="download-link" href=${url} download target="_blank" rel="noopener"
                >${p.downloadSave}</a
              >`
            : nothing
        }
        <button class="button" type="button" @click=${() => download.reset()}>${strings.common.close}</button>
      </div>`;
    }
    case 'cancelled':
      return html`<div class="download" part="download-status" role="status">
        <span>${p.downloadCancelled}</span>
        <button class="button" type="button" @click=${() => download.reset()}>${strings.common.close}</button>
      </div>`;
    case 'error':
      return html`<div class="download error" part="download-status" role="alert">
        <span>${p.downloadFailed} ${download.error ? strings.errors[download.error.code] : ''}</span>
        <button class="button" type="button" @click=${onRetry}>${strings.common.retry}</button>
        <button class="button" type="button" @click=${() => download.reset()}>${strings.common.close}</button>
      </div>`;
    default:
      return nothing;
  }
}
