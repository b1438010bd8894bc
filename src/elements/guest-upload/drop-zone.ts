/**
 * The drop zone (real file inputs behind "Choose files", "Take photo or video" (phones) and
 * "Choose folder" labels, the restrictions in words) and the notices under it. Plain render functions; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/index.js';
import { matchesAccept } from '../../upload/restrictions.js';
import type { FileDropController } from './file-drop-controller.js';

/**
 * "Take photo or video" on phones: a file input that opens the camera (`capture`), for the kinds
 * `accept` allows (photos only on an images-only link; none where it allows neither). Shown on a
 * coarse pointer only (the styles): a desktop's "camera" would be its file dialog again.
 */
function renderCamera(strings: Strings, accept: string, onInputChange: (event: Event) => void) {
  const [photo, video] = [
    ['x.jpg', 'image/jpeg'],
    ['x.mp4', 'video/mp4'],
  ].map(([name, type]) => matchesAccept({ name, type }, accept));
  if (!photo && !video) return nothing;
  return html`<input
      id="camera-input"
      class="visually-hidden camera"
      type="file"
      accept=${[photo && 'image/*', video && 'video/*'].filter(Boolean).join()}
      capture="environment"
      @change=${onInputChange}
    />
    <label class="button choose camera" for="camera-input" part="camera-button"
      >${strings.upload.camera(photo, video)}</label
    >`;
}

/**
 * The drop zone: its prompt and restrictions, or (`summary`) what the last batch did with "Upload
 * more" in place of "Choose files". Either way a drop target, and the label of the file input.
 */
export function renderDropZone(
  strings: Strings,
  { accept, restrictions, summary }: { accept: string; restrictions: string; summary?: TemplateResult },
  drop: FileDropController,
  onInputChange: (event: Event) => void,
): TemplateResult {
  const s = strings.upload;
  return html`<div
    class="dropzone ${drop.dragging ? 'dragging' : ''}"
    part="dropzone"
    @dragover=${drop.onDragOver}
    @dragleave=${drop.onDragLeave}
    @drop=${drop.onDrop}
  >
    ${summary ?? html`<span>${s.dropTitle}</span>`}
    <input
      id="file-input"
      class="visually-hidden"
      type="file"
      multiple
      accept=${accept || nothing}
      aria-describedby=${restrictions ? 'restrictions' : nothing}
      @change=${onInputChange}
    />
    <label class="button ${summary ? '' : 'primary'} choose" for="file-input" part="choose-button">
      ${summary ? s.uploadMore : s.choose}
    </label>
    ${renderCamera(strings, accept, onInputChange)}
    <input
      id="folder-input"
      class="visually-hidden"
      type="file"
      webkitdirectory
      aria-describedby=${restrictions ? 'restrictions' : nothing}
      @change=${onInputChange}
    />
    <label class="button choose" for="folder-input" part="folder-button">${s.chooseFolder}</label>
    ${restrictions ? html`<p class="restrictions" id="restrictions" part="restrictions">${restrictions}</p>` : nothing}
  </div>`;
}

/** Plain-words notes: files not added, a file that starts again, a cancel the server kept. */
export function renderNotices(notices: string[]): TemplateResult | typeof nothing {
  if (notices.length === 0) return nothing;
  return html`<ul class="notices" part="notices">
    ${notices.map((notice) => html`<li>${notice}</li>`)}
  </ul>`;
}
