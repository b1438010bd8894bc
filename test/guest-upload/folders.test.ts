/**
 * Issue 20, whole folders: a dropped folder (read through `webkitGetAsEntry`, folders within
 * folders, `readEntries` answering in batches) and a folder chosen in the "Choose folder" dialog
 * upload every file in the folder's order with its path, shown as one group; a drop past
 * `max-files` adds what fits and says how many were left out.
 *
 * A real drag from the operating system cannot be made in a test, so the drop carries entries
 * built in the page with the shapes Chromium gives (`FileSystemDirectoryEntry` with a reader that
 * answers in batches, then an empty one; `FileSystemFileEntry` with `file()`), around real File
 * objects. Everything after the drop is real: Uppy, the local backend's API and its S3.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { upload } from '../../src/i18n/en/upload.js';
import {
  $,
  expectStoredAsFiles,
  MiB,
  mountAtEmailForm,
  mountReady,
  randomFile,
  shadow,
  submitEmail,
  waitForStatus,
} from './helpers.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';

type Tree = { [name: string]: Tree | File };

/** Entries as Chromium's drop gives them, for a tree of names → File or subtree. */
function entryOf(name: string, node: Tree | File, parent = ''): FileSystemEntry {
  const fullPath = `${parent}/${name}`;
  const later = (fn: () => void) => setTimeout(fn, 1); // the real callbacks are asynchronous too
  if (node instanceof File) {
    return {
      isFile: true,
      isDirectory: false,
      name,
      fullPath,
      file: (ok: (f: File) => void) => later(() => ok(node)),
    } as never;
  }
  const children = Object.entries(node).map(([child, value]) => entryOf(child, value, fullPath));
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      let read = 0;
      return {
        // Batches of 7 (Chromium's are 100), then an empty one: all must be asked for.
        readEntries: (ok: (entries: FileSystemEntry[]) => void) =>
          later(() => {
            const batch = children.slice(read, read + 7);
            read += batch.length;
            ok(batch);
          }),
      };
    },
  } as never;
}

/** Drops top-level entries (and plain files) on the drop zone, as a drag from the desktop would. */
function drop(el: DashGuestUpload, top: Tree): void {
  const items = Object.entries(top).map(([name, node]) => ({
    kind: 'file',
    webkitGetAsEntry: () => entryOf(name, node),
    getAsFile: () => (node instanceof File ? node : null),
  }));
  const event = new DragEvent('drop', { bubbles: true, cancelable: true, composed: true });
  const files = Object.values(top).filter((node): node is File => node instanceof File);
  Object.defineProperty(event, 'dataTransfer', { value: { items, files, types: ['Files'] } });
  $(el, '.dropzone')!.dispatchEvent(event);
}

/** The `path` of every item the page asked the API to create, by recording its create requests. */
function recordCreatedPaths() {
  const paths: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/asset-and-upload-batch-jobs') && init?.method === 'POST' && typeof init.body === 'string') {
      for (const item of (JSON.parse(init.body) as { items: { path: string }[] }).items) paths.push(item.path);
    }
    return original(input, init);
  };
  return { paths, restore: () => (window.fetch = original) };
}

const file = (name: string, size = 32 * 1024) => randomFile(name, size, name.endsWith('.jpg') ? 'image/jpeg' : '');

/**
 * `shoot/` with 40 files over three levels: 12 at the top (IMG_1 … IMG_12, so numeric order
 * shows), 14 in `day 1/` and 14 in `day 1/raw/` and `day 2/`; an `a.jpg` in two subfolders (two
 * different files); one file of 13 MiB (three parts); and a Finder `.DS_Store`, left out.
 */
function shootFolder(): { tree: Tree; paths: string[] } {
  const top: Tree = { '.DS_Store': file('.DS_Store', 100) };
  for (let i = 1; i <= 12; i++) top[`IMG_${i}.jpg`] = file(`IMG_${i}.jpg`);
  const day1: Tree = { 'a.jpg': file('a.jpg'), 'big.mov': randomFile('big.mov', 13 * MiB, 'video/quicktime') };
  for (let i = 1; i <= 12; i++) day1[`d1-${i}.jpg`] = file(`d1-${i}.jpg`);
  const raw: Tree = {};
  for (let i = 1; i <= 7; i++) raw[`r${i}.cr2`] = file(`r${i}.cr2`);
  const day2: Tree = { 'a.jpg': file('a.jpg') };
  for (let i = 1; i <= 6; i++) day2[`d2-${i}.jpg`] = file(`d2-${i}.jpg`);
  day1.raw = raw;
  const tree: Tree = { shoot: { ...top, 'day 1': day1, 'day 2': day2 } };
  // The folder's order: by path, numbers as numbers.
  const paths = [
    ...['a.jpg', 'big.mov'].map((n) => `shoot/day 1/${n}`),
    ...Array.from({ length: 12 }, (_, i) => `shoot/day 1/d1-${i + 1}.jpg`),
    ...Array.from({ length: 7 }, (_, i) => `shoot/day 1/raw/r${i + 1}.cr2`),
    'shoot/day 2/a.jpg',
    ...Array.from({ length: 6 }, (_, i) => `shoot/day 2/d2-${i + 1}.jpg`),
    ...Array.from({ length: 12 }, (_, i) => `shoot/IMG_${i + 1}.jpg`),
  ];
  return { tree, paths };
}

describe('dash-guest-upload: whole folders', function () {
  this.timeout(180_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads every file of a dropped 3-level, 40-file folder in order with its path, shown as one group: byte-identical', async () => {
    const el = await mountAtEmailForm();
    const { tree, paths } = shootFolder();
    expect(paths).to.have.length(40);
    const created = recordCreatedPaths();
    try {
      drop(el, tree);
      await waitUntil(() => el.files.length === 40, `40 files listed, got ${el.files.length}`, { timeout: 10_000 });
      expect(el.files.map((f) => f.path)).to.deep.equal(paths);
      // Two a.jpg in two subfolders are two files (Uppy's id includes the path), not a duplicate.
      expect(el.files.filter((f) => f.name === 'a.jpg')).to.have.length(2);
      await el.updateComplete;
      expect($(el, '[part=notices]'), 'nothing left out').to.equal(null);

      // One group, named, with its own progress, every file listed under it by its path there.
      await el.updateComplete;
      const groups = shadow(el).querySelectorAll('[part=folder]');
      expect(groups).to.have.length(1);
      const group = groups[0];
      expect(group.querySelector('[part=folder-name]')!.textContent).to.equal('shoot');
      expect(group.querySelector('[part=folder-status]')!.textContent).to.contain(upload.folderProgress(0, 40));
      const names = [...group.querySelectorAll('[part=folder-files] [part=file-name]')].map((n) => n.textContent);
      expect(names).to.deep.equal(paths.map((p) => p.slice('shoot/'.length)));
      expect(group.querySelector('[part=folder-files]')!.getAttribute('aria-label')).to.equal(upload.folder('shoot'));

      await submitEmail(el, 'photographer@example.com');
      // Mid-way, the group counts its finished files.
      await waitUntil(
        () => {
          const status = $(el, '[part=folder-status]')?.textContent ?? '';
          return el.files.some((f) => f.status === 'done') && /^[1-9]\d* of 40 files uploaded/.test(status);
        },
        'the folder counts its finished files',
        { timeout: 120_000, interval: 20 },
      );
      // Files on their way are remembered for a resume (by their path in the folder), but they are
      // in the list: not offered as unfinished files to choose again.
      // (Other test files' interrupted uploads may be listed: only the folder's files must not be.)
      await el.updateComplete;
      const unfinished = [...(el.shadowRoot!.querySelectorAll('[part=unfinished] li') ?? [])].map((li) =>
        li.textContent!.trim(),
      );
      // Listed by name or by their path in the folder, before the ": n bytes of …".
      const pathTails = new Set(
        paths.flatMap((path) => path.split('/').map((_, i, parts) => parts.slice(i).join('/'))),
      );
      const folderFiles = unfinished.filter((text) => pathTails.has(text.replace(/: [^:]*$/, '')));
      expect(folderFiles, 'no file of the folder listed as unfinished').to.deep.equal([]);
      await waitForStatus(el, ['done'], 40, 180_000);
    } finally {
      created.restore();
    }
    await expectStoredAsFiles(el);
    expect(new Set(el.files.map((f) => f.assetId)).size, 'one asset per file').to.equal(40);
    // The API got each file's path in the folder (the item's `path`, seed 002 ≈L1508).
    expect([...created.paths].sort()).to.deep.equal(paths.map((p) => `/${p}`).sort());
  });

  it('uploads a folder chosen with "Choose folder" in the folder\'s order, with its paths', async () => {
    const el = await mountReady();
    const label = $(el, '[part=folder-button]')!;
    expect(label.textContent!.trim()).to.equal(upload.chooseFolder);
    const input = $<HTMLInputElement>(el, '#folder-input')!;
    expect(input.webkitdirectory, 'a directory picker').to.equal(true);
    expect(label.getAttribute('for')).to.equal('folder-input');
    // What the dialog gives: each file with its path in the chosen folder, in the platform's order.
    const chosen = ['trip/b/2.jpg', 'trip/10.jpg', 'trip/2.jpg', 'trip/b/1.jpg', 'trip/Thumbs.db'].map((path) => {
      const f = file(path.split('/').pop()!);
      Object.defineProperty(f, 'webkitRelativePath', { value: path });
      return f;
    });
    const created = recordCreatedPaths();
    try {
      const transfer = new DataTransfer();
      chosen.forEach((f) => transfer.items.add(f));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitForStatus(el, ['done'], 4, 60_000);
    } finally {
      created.restore();
    }
    expect(el.files.map((f) => f.path)).to.deep.equal(['trip/2.jpg', 'trip/10.jpg', 'trip/b/1.jpg', 'trip/b/2.jpg']);
    await expectStoredAsFiles(el);
    expect([...created.paths].sort()).to.deep.equal(['/trip/10.jpg', '/trip/2.jpg', '/trip/b/1.jpg', '/trip/b/2.jpg']);
  });

  it('adds what fits of a folder past max-files and says how many were left out and why', async () => {
    const el = await mountAtEmailForm({ maxFiles: 10 });
    const { tree, paths } = shootFolder();
    drop(el, tree);
    await waitUntil(() => el.files.length > 0, 'files listed', { timeout: 10_000 });
    await el.updateComplete;
    expect(
      el.files.map((f) => f.path),
      'the first 10 in the folder order',
    ).to.deep.equal(paths.slice(0, 10));
    const notices = [...shadow(el).querySelectorAll('[part=notices] li')].map((li) => li.textContent);
    expect(notices).to.deep.equal([upload.rejectedCount(30, 10)]);
    expect(notices[0]).to.equal('30 files were not added: at most 10 files can be uploaded here.');
    // A second drop when the list is full: one note again, for all of it.
    drop(el, { more: { 'x.jpg': file('x.jpg'), 'y.jpg': file('y.jpg') } });
    await waitUntil(
      () => shadow(el).querySelector('[part=notices] li')?.textContent === upload.rejectedCount(2, 10),
      'the second note',
      { timeout: 10_000 },
    );
    expect(el.files).to.have.length(10);
  });
});
