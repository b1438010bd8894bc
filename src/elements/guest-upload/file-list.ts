/**
 * The list of files (thumbnail, name, state, progress and the actions that state allows) and the
 * total over them. Plain render functions; the element owns the state and passes the actions in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatBytes } from '../../i18n/index.js';
import type { Strings } from '../../i18n/index.js';
import type { DashError } from '../../api/errors.js';
import { isGoing, type UploadFileView, type UploadTotals } from '../../upload/types.js';
import { isUnreadableFile } from '../../upload/unreadable.js';
import { describeTotals } from './format.js';
import { renderFileIcon } from './file-icon.js';

export interface FileListActions {
  pause(id: string): void;
  resume(id: string): void;
  cancel(id: string): void;
  retry(id: string): void;
  /** The file can no longer be read: drop it from the list and open the file dialog. */
  chooseAgain(id: string): void;
  thumbnail(file: UploadFileView): string | undefined;
}

/**
 * Why a file failed, in a guest's words: the technical message stays in `dash-upload-error` and
 * `dash-error` (for the site's developers), not on the page.
 */
export function failureReason(strings: Strings, error?: DashError): string {
  if (isUnreadableFile(error)) return strings.upload.unreadable;
  const plain = error && error.code !== 'upload-failed' ? strings.errors[error.code] : undefined;
  return plain ?? strings.upload.failed;
}

function actionButton(label: string, name: string, onClick: () => void, action: string): TemplateResult {
  return html`<button
    class="button small"
    part="file-action"
    type="button"
    data-action=${action}
    aria-label=${`${label} ${name}`}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/**
 * The file's one next step (pause, resume, retry or choose again) and cancel. The next step is
 * one button whose label changes (the same node, so keyboard focus stays on it).
 */
function renderActions(strings: Strings, file: UploadFileView, actions: FileListActions) {
  const s = strings.upload;
  const { id, name, status } = file;
  const next: [string, () => void, string] | undefined = isGoing(file)
    ? [s.pause, () => actions.pause(id), 'pause']
    : status === 'paused'
      ? [s.resume, () => actions.resume(id), 'resume']
      : status !== 'failed'
        ? undefined
        : isUnreadableFile(file.error)
          ? [s.chooseAgain, () => actions.chooseAgain(id), 'choose-again']
          : [s.retry, () => actions.retry(id), 'retry'];
  return html`<div class="actions">
    ${next ? actionButton(next[0], name, next[1], next[2]) : nothing}
    ${status !== 'done' ? actionButton(s.cancel, name, () => actions.cancel(id), 'cancel') : nothing}
  </div>`;
}

function renderFile(strings: Strings, locale: string, file: UploadFileView, actions: FileListActions) {
  const s = strings.upload;
  const thumbnail = actions.thumbnail(file);
  const retrying = file.retrying && file.status === 'uploading';
  const size = formatBytes(file.size, locale);
  return html`<li class="file ${file.status}" part="file" data-status=${file.status} ?data-retrying=${retrying}>
    ${
      thumbnail
        ? html`<img class="thumb" part="thumbnail" src=${thumbnail} alt="" />`
        : html`<span class="thumb icon" part="thumbnail">${renderFileIcon(file.name, file.type)}</span>`
    }
    <div class="info">
      <span class="name own-direction" part="file-name">${file.name}</span>
      <span class="meta">
        <span class="status" part="file-status"
          >${retrying ? s.retrying : file.held ? s.held : s.status[file.status]}</span
        >
        · ${file.status === 'waiting' ? size : s.progressOf(formatBytes(file.bytesUploaded, locale), size)}
      </span>
      <progress
        part="file-progress"
        max=${Math.max(file.size, 1)}
        .value=${file.status === 'done' ? Math.max(file.size, 1) : file.bytesUploaded}
        aria-label=${file.name}
      ></progress>
      ${
        file.status === 'failed'
          ? html`<span class="reason" part="file-error">${failureReason(strings, file.error)}</span>`
          : nothing
      }
    </div>
    ${renderActions(strings, file, actions)}
  </li>`;
}

/** Entries of the file list: a file, or (see ./folder-files.ts) a folder's files. */
export type ListEntry = UploadFileView | UploadFileView[];
export type RenderList = (entries: ListEntry[], label: string, part?: string) => TemplateResult;

/**
 * Folders' files under one entry each: ./folder-files.ts, loaded with the first folder (a visitor
 * who sends single files never downloads it).
 */
export interface FolderView {
  group(files: UploadFileView[]): ListEntry[];
  render(strings: Strings, locale: string, files: UploadFileView[], list: RenderList): TemplateResult;
  key(files: UploadFileView[]): string;
}

export function renderFileList(
  strings: Strings,
  locale: string,
  files: UploadFileView[],
  actions: FileListActions,
  folders?: FolderView,
): TemplateResult | typeof nothing {
  if (files.length === 0) return nothing;
  // Files are only ever appended or removed, so `keyed` is enough (`repeat` moves DOM, and
  // nothing here moves): it keeps a file's DOM while it stays at its index and re-creates the ones
  // after a removed file, so a focused button is never silently reused for another file.
  const list: RenderList = (entries, label, part = 'files') =>
    html`<ul class="files" part=${part} aria-label=${label}>
      ${entries.map((entry) =>
        Array.isArray(entry)
          ? keyed(folders!.key(entry), folders!.render(strings, locale, entry, list))
          : keyed(entry.id, renderFile(strings, locale, entry, actions)),
      )}
    </ul>`;
  return list(folders ? folders.group(files) : files, strings.upload.filesLabel);
}

export interface TotalActions {
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
}

/**
 * Progress over all files, with pause, resume and cancel for all of them as their states allow,
 * and (`offline`) why nothing moves and what happens next.
 */
export function renderTotal(
  strings: Strings,
  locale: string,
  files: UploadFileView[],
  totals: UploadTotals,
  offline: boolean,
  actions: TotalActions,
): TemplateResult {
  const s = strings.upload;
  const anyGoing = files.some(isGoing);
  const anyPaused = files.some((f) => f.status === 'paused');
  const anyOpen = files.some((f) => f.status !== 'done');
  const button = (label: string, onClick: () => void, action: string) =>
    html`<button class="button small" type="button" data-action=${action} @click=${onClick}>${label}</button>`;
  // Pause all and resume all share one button (its label changes, focus stays on it).
  const toggle = anyGoing
    ? button(s.pauseAll, actions.pauseAll, 'pause-all')
    : anyPaused && button(s.resumeAll, actions.resumeAll, 'resume-all');
  return html`<div class="total" part="total">
    <div class="total-row">
      <span id="total-label" class="total-label">${s.total}</span>
      <span class="total-text">${describeTotals(strings, totals, locale)}</span>
    </div>
    <progress
      part="total-progress"
      aria-labelledby="total-label"
      max=${Math.max(totals.bytesTotal, 1)}
      .value=${totals.bytesUploaded}
    ></progress>
    ${offline ? html`<p class="offline" part="offline">${s.offline}</p>` : nothing}
    <div class="actions">
      ${toggle || nothing} ${anyOpen ? button(s.cancelAll, actions.cancelAll, 'cancel-all') : nothing}
    </div>
  </div>`;
}
