import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { CUSTOM_SIZE, MAX_CUSTOM_SIDE, type DownloadController } from './download-controller.js';
import { CUSTOM_FORMATS, type CustomFormat } from '../../api/downloads.js';
import { safePageUrl } from '../../browse/asset-info.js';
import { formatNumber, type Strings } from '../../i18n/index.js';

/** The custom size form's file types as people know them (the API's subtypes are its values). */
const FORMAT_NAMES: Record<CustomFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/**
 * The download controls of the portal browser, as render functions over a `DownloadController`:
 * the format choice + button (asset view and selection bar) and the job's toast.
 */
export function renderDownloadButton(
  strings: Strings,
  download: DownloadController,
  options: {
    id: string;
    label: string;
    presetId: string;
    locale: string;
    onPreset: (id: string) => void;
    onDownload: () => void;
  },
): TemplateResult {
  const p = strings.portal;
  const selectId = `format-${options.id}`;
  const running = download.status === 'running';
  // `aria-disabled`, not `disabled`, while a job runs: a disabled button drops the focus the
  // visitor's click or key press gave it to <body>, and they lose their place (issue 19).
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
        ${
          // After the presets, once they are in: the menu does not grow under the visitor's pointer.
          download.presets && download.resizable
            ? html`<option value=${CUSTOM_SIZE} ?selected=${options.presetId === CUSTOM_SIZE}>${p.customSize}</option>`
            : nothing
        }
      </select>
    </div>
    ${options.presetId === CUSTOM_SIZE ? renderCustomSize(strings, download, options.id, options.locale) : nothing}
    <button
      class="button primary"
      type="button"
      part="download-button"
      data-download=${options.id}
      aria-disabled=${running ? 'true' : nothing}
      @click=${() => {
        if (download.status !== 'running') options.onDownload();
      }}
    >
      ${options.label}
    </button>`;
}

/**
 * Width, height and file type of a custom size. The sides are text fields with a numeric keypad
 * (a number field takes "1e3" and "-1" and steps with the wheel); a wrong side is marked and says
 * why in plain words, linked to the field so it is read with it.
 */
function renderCustomSize(strings: Strings, download: DownloadController, id: string, locale: string): TemplateResult {
  const p = strings.portal;
  const max = formatNumber(MAX_CUSTOM_SIDE, locale);
  const side = (name: 'width' | 'height', label: string) => {
    const inputId = `${name}-${id}`;
    const invalid = download.invalid[name] === true;
    return html`<div class="field">
      <label for=${inputId}>${label}</label>
      <input
        id=${inputId}
        name=${name}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        size="6"
        .value=${download.draft[name]}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? `${inputId}-error hint-${id}` : `hint-${id}`}
        @input=${(event: Event) => download.editDraft({ [name]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  };
  // Under the row of fields, full width: beside a narrow field the sentence would be a column.
  const error = (name: 'width' | 'height', text: string) =>
    download.invalid[name] ? html`<p class="field-error" id="${name}-${id}-error">${text}</p>` : nothing;
  return html`<fieldset class="custom-size" part="custom-size">
    <legend>${p.customSize}</legend>
    ${side('width', p.customWidth)} ${side('height', p.customHeight)}
    <div class="field">
      <label for="type-${id}">${p.customFormat}</label>
      <select
        id="type-${id}"
        .value=${download.draft.format}
        @change=${(event: Event) =>
          download.editDraft({ format: (event.target as HTMLSelectElement).value as CustomFormat })}
      >
        ${CUSTOM_FORMATS.map(
          (format) =>
            html`<option value=${format} ?selected=${format === download.draft.format}>
              ${FORMAT_NAMES[format]}
            </option>`,
        )}
      </select>
    </div>
    ${error('width', p.customWidthError(max))} ${error('height', p.customHeightError(max))}
    <p class="hint" id="hint-${id}">${p.customHint}</p>
  </fieldset>`;
}

/** Focuses the custom size form's first wrong side (after a download it refused). */
export function focusInvalidSide(root: ParentNode): void {
  root.querySelector<HTMLElement>('.custom-size [aria-invalid=true]')?.focus();
}

interface DownloadToastActions {
  onCancel: () => void;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * The running job as a toast: a `popover` in the top layer at the edge of the screen, so it
 * covers nothing it would push down and no host ancestor can clip it. Progress, cancel and the
 * outcome; its text is in a polite live region (an alert for a failure) so changes are announced.
 *
 * It also saves the finished file with one click, and keeps focus on something meaningful when
 * an action removes the focused button: never <body> (issue 19).
 */
export class DownloadToast implements ReactiveController {
  /** Which download button started the job (its `data-download`): focus returns there. */
  #origin = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly download: DownloadController,
    /** Where focus goes when the starting button is gone (the grid). */
    private readonly fallback: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** The toast is a manual popover: shown in the top layer whenever it is rendered. */
  hostUpdated(): void {
    const toast = this.host.renderRoot.querySelector<HTMLElement>('.toast');
    if (toast?.isConnected && typeof toast.showPopover === 'function' && !toast.matches(':popover-open')) {
      toast.showPopover();
    }
  }

  /** A job is starting from the download button `origin`. */
  starting(origin: string): void {
    this.#origin = origin;
  }

  /**
   * One click: a finished file is saved for the visitor while their click still counts as one
   * (a new window opened later is a blocked pop-up), in a new browsing context so the host page
   * never navigates away (an `<a download>` is ignored cross-origin for a file served inline).
   * Otherwise the toast's "Save file" link is theirs, and takes focus if they were still waiting
   * at the download button.
   */
  async save(): Promise<void> {
    const started = navigator.userActivation?.isActive ?? false;
    if (started) this.download.markSaved();
    await this.host.updateComplete;
    const link = this.host.renderRoot.querySelector<HTMLAnchorElement>('[part~=download-link]');
    if (started) link?.click();
    else if (this.host.shadowRoot?.activeElement === this.#button()) link?.focus();
  }

  render(strings: Strings): TemplateResult | typeof nothing {
    const content = renderToastContent(strings, this.download, {
      onCancel: () => this.#then(() => this.download.cancel()),
      // Retry gives way to Cancel in the same place.
      onRetry: () => this.#then(() => this.download.retry(), true),
      onClose: () => this.#then(() => this.download.reset()),
    });
    return content === nothing ? nothing : html`<div class="toast" popover="manual">${content}</div>`;
  }

  #button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[data-download="${this.#origin}"]`);
  }

  /**
   * Runs a toast action that removes the focused button, then focuses the toast's own button
   * (`inToast`), else the download button that started the job, else the fallback.
   */
  async #then(action: () => void, inToast = false): Promise<void> {
    action();
    await this.host.updateComplete;
    const toastButton = inToast ? this.host.renderRoot.querySelector<HTMLElement>('.toast button') : null;
    (toastButton ?? this.#button() ?? this.fallback())?.focus();
  }
}

function renderToastContent(
  strings: Strings,
  download: DownloadController,
  actions: DownloadToastActions,
): TemplateResult | typeof nothing {
  const p = strings.portal;
  const button = (label: string, onClick: () => void, part = '') =>
    html`<button class="button" type="button" part=${part || nothing} @click=${onClick}>${label}</button>`;
  const close = button(strings.common.close, actions.onClose, 'close-button');
  switch (download.status) {
    case 'running':
      return html`<div class="download" part="download-status" role="status">
        <span id="download-label">${p.downloadPreparing}</span>
        <progress aria-labelledby="download-label" max="1" .value=${download.progress}></progress>
        <div class="actions">${button(strings.common.cancel, actions.onCancel, 'cancel-button')}</div>
      </div>`;
    case 'done': {
      const url = safePageUrl(download.url);
      return html`<div class="download" part="download-status" role="status">
        <span>${download.saved ? p.downloadStarted : p.downloadReady}</span>
        <div class="actions">
          ${
            url
              ? html`<a
                  class="button ${download.saved ? '' : 'primary'}"
                  part="download-link"
                  href=${url}
                  download
                  target="_blank"
                  rel="noopener"
                  >${download.saved ? p.downloadAgain : p.downloadSave}</a
                >`
              : nothing
          }
          ${close}
        </div>
      </div>`;
    }
    case 'cancelled':
      return html`<div class="download" part="download-status" role="status">
        <span>${p.downloadCancelled}</span>
        <div class="actions">${close}</div>
      </div>`;
    case 'error':
      return html`<div class="download error" part="download-status" role="alert">
        <span>${p.downloadFailed} ${download.error ? strings.errors[download.error.code] : ''}</span>
        <div class="actions">${button(strings.common.retry, actions.onRetry)} ${close}</div>
      </div>`;
    default:
      return nothing;
  }
}
