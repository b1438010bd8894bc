/**
 * Whole folders: the files of dropped or chosen folders, in a stable order, each knowing its path
 * in the folder, and each folder shown as one group in the file list (a `FolderView`). Loaded only
 * when a folder is dropped or chosen: a visitor who sends single files never downloads it.
 */
import { html, type TemplateResult } from 'lit';
import { formatBytes, type Strings } from '../../i18n/index.js';
import type { UploadFileView } from '../../upload/types.js';
import type { ListEntry, RenderList } from './file-list.js';

/** Folder order: by path, numbers as numbers (`IMG_2` before `IMG_10`), then by code unit on ties. */
const collator = new Intl.Collator(undefined, { numeric: true });

/** What an operating system keeps in folders for itself (Finder's `.DS_Store`, Windows' thumbnail cache). */
const SYSTEM_FILE = /^(\..*|thumbs\.db|desktop\.ini)$/i;

/**
 * Files sorted by their path in the folder (`webkitRelativePath`), so uploads go in the folder's
 * order; a folder's system and hidden files are left out (nobody means to deliver them).
 */
export function byPath(files: File[]): File[] {
  const path = (file: File) => file.webkitRelativePath || file.name;
  return files
    .filter((file) => !(file.webkitRelativePath && SYSTEM_FILE.test(file.name)))
    .sort((a, b) => collator.compare(path(a), path(b)) || (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

/**
 * Every file under the dropped entries (folders read to the bottom), sorted by path. A file in a
 * folder gets the path the drop gave it (`shoot/day 1/a.jpg`) as its `webkitRelativePath`, which
 * Chromium and Firefox leave empty for dropped files but set for a folder chosen in a dialog: the
 * rest of the uploader reads one field either way.
 */
export async function filesIn(entries: FileSystemEntry[]): Promise<File[]> {
  return byPath((await Promise.all(entries.map(read))).flat());
}

async function read(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    const path = entry.fullPath.replace(/^\//, '');
    if (path.includes('/') && !file.webkitRelativePath) {
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
    }
    return [file];
  }
  return (await Promise.all((await children(entry as FileSystemDirectoryEntry)).map(read))).flat();
}

/** A folder's entries: `readEntries` answers in batches (100 in Chromium) until an empty one. */
async function children(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** A file's folder (the first part of its path), when it came in a dropped or chosen folder. */
const folderOf = (file: UploadFileView) => (file.path?.includes('/') ? file.path.split('/')[0] : undefined);

/** The list's entries: each folder's files as one entry, where its first file is. */
export function group(files: UploadFileView[]): ListEntry[] {
  const entries: ListEntry[] = [];
  const folders = new Map<string, UploadFileView[]>();
  for (const file of files) {
    const folder = folderOf(file);
    if (!folder) {
      entries.push(file);
      continue;
    }
    let files = folders.get(folder);
    if (!files) {
      folders.set(folder, (files = []));
      entries.push(files);
    }
    files.push(file);
  }
  return entries;
}

export const key = (files: UploadFileView[]) => `/${folderOf(files[0])}`;

/**
 * A folder in the file list: its name, how many of its files are uploaded and how many bytes,
 * and its files under it, each named by its path in the folder (two `a.jpg` in two subfolders
 * must look different).
 */
export function render(strings: Strings, locale: string, files: UploadFileView[], list: RenderList): TemplateResult {
  const s = strings.upload;
  const name = folderOf(files[0])!;
  let sent = 0;
  let size = 0;
  for (const file of files) {
    sent += file.status === 'done' ? file.size : Math.min(file.bytesUploaded, file.size);
    size += file.size;
  }
  const done = files.filter((file) => file.status === 'done').length;
  const bytes = s.progressOf(formatBytes(sent, locale), formatBytes(size, locale));
  const inFolder = files.map((file) => ({ ...file, name: file.path!.slice(name.length + 1) }));
  return html`<li class="folder" part="folder">
    <div class="file">
      <span class="thumb icon">${folderIcon}</span>
      <div class="info">
        <span class="name own-direction" part="folder-name">${name}</span>
        <span class="meta" part="folder-status">${s.folderProgress(done, files.length)} · ${bytes}</span>
        <progress part="folder-progress" max=${Math.max(size, 1)} .value=${sent} aria-label=${name}></progress>
      </div>
    </div>
    ${list(inFolder, s.folder(name), 'folder-files')}
  </li>`;
}

const folderIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M3 6a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
</svg>`;
