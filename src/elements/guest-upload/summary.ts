/**
 * What the drop zone shows besides its prompt: the summary once every file of a batch is
 * uploaded (with "Upload more", which opens the file dialog), and the files left unfinished
 * before a reload, to be chosen again. Plain render functions; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../i18n/index.js';
import type { Strings } from '../../i18n/index.js';
import type { UploadFileView } from '../../upload/types.js';
import type { UnfinishedFile } from '../../upload/resume-store.js';

/** "3 files uploaded · 12 MB sent to “Photo submissions”." (`to`: the link's name, or ''). */
export function renderSummary(strings: Strings, locale: string, files: UploadFileView[], to: string): TemplateResult {
  const s = strings.upload;
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  return html`<div class="summary" part="summary">
    <span class="check" aria-hidden="true">✓</span>
    <strong>${s.uploaded(files.length)}</strong>
    <p class="summary-text">${s.sentTo(formatBytes(bytes, locale), to)}</p>
  </div>`;
}

/** The uploads a reload interrupted, with how far each got (those not chosen again yet). */
export function renderUnfinished(
  strings: Strings,
  locale: string,
  unfinished: UnfinishedFile[],
): TemplateResult | typeof nothing {
  if (unfinished.length === 0) return nothing;
  const s = strings.upload;
  return html`<div class="unfinished" part="unfinished">
    <p class="hint">${s.unfinished}</p>
    <ul>
      ${unfinished.map(
        (file) =>
          html`<li>${file.name}: ${s.progressOf(formatBytes(file.sent, locale), formatBytes(file.size, locale))}</li>`,
      )}
    </ul>
  </div>`;
}
