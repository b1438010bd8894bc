// Over ~350 lines because of its public surface: the class JSDoc the manifest reads, eleven
// documented properties (one a deprecated alias) and the upload events. Behaviour lives beside it:
// UploadController, EmailStepController, FileDropController and the render functions.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DashElement } from '../../core/dash-element.js';
import { warnDeprecated } from '../../core/deprecated.js';
import { baseStyles } from '../../core/styles.js';
import { renderError } from '../../core/error-state.js';
import { DashError, toDashError } from '../../api/errors.js';
import { getGuestUploadData } from '../../api/guest-uploads.js';
import { guestTokenSource, hostTokenSource } from '../../api/tokens.js';
import type { UploadFileView } from '../../upload/types.js';
import { unfinishedUploads } from '../../upload/resume-store.js';
import { Announcer } from './announcer.js';
import { EmailStepController } from './email-form.js';
import { fileInfo } from './events.js';
import { FileDropController } from './file-drop-controller.js';
import { keepFocus } from './focus-keeper.js';
import { failureReason, renderFileList, renderTotal, type FolderView } from './file-list.js';
import { describeRestrictions, screenFiles } from './format.js';
import { renderDropZone, renderNotices } from './drop-zone.js';
import { renderSummary, renderUnfinished } from './summary.js';
import { renderUploadSkeleton } from './skeleton.js';
import { guestUploadStyles } from './guest-upload.styles.js';
import { UploadController } from './upload-controller.js';
import { common, errors, upload } from '../../i18n/en.js';

export type * from './events.js';

/** Properties that name the link: a change loads its texts again and asks for the email again. */
const LINK_KEYS = ['apiBase', 'subdomain', 'guestUpload', 'target', 'brand'] as const;

/**
 * @summary A guest upload link on any page: one panel where the visitor gives their email and
 * drops or chooses files (in either order: files chosen first go once the email is accepted) into
 * a Dash guest upload (or, with `target="dash-social"`, into a Dash Social library) — resumable
 * multipart uploads with per-file and total progress, pause, resume, cancel and retry, a summary
 * when a batch is done, and the files a reload interrupted, to be chosen again.
 *
 * Uppy (@uppy/core + @uppy/aws-s3 5) is loaded only when the first file is added. The element is
 * a shell: the link's texts are a `Task`, uploads go through `UploadController` (which drives the
 * engine in src/upload/), drops and pastes through `FileDropController`.
 *
 * @fires dash-upload-start - `{files: [{id, name, size, type}]}` when files start uploading.
 * @fires dash-upload-progress - `{bytesUploaded, bytesTotal}` over all files, at most once a frame.
 * @fires dash-upload-complete - `{assets: [{assetId, filename, size}]}` when every file that was
 *   going has finished; lists the files finished since the last one.
 * @fires dash-upload-error - `{file, error: {code, message, status?}}` when a file fails.
 * @fires dash-error - `{code, message, status?}` for any failure shown in the element.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The guest upload's heading (text from the link, never HTML).
 * @csspart message - The guest upload's message.
 * @csspart email-form - The email form (field and button, beside the drop zone).
 * @csspart email-input - Its email input.
 * @csspart email-error - The message of an invalid email.
 * @csspart sender - "Sending as …", once the email is accepted.
 * @csspart dropzone - The drop zone (drag and drop; paste works anywhere on the page).
 * @csspart choose-button - The "Choose files" ("Upload more" after a batch) button: the label of the
 *   real file input.
 * @csspart camera-button - "Take photo or video" ("Take photo" on an images-only link), on touch
 *   screens only: the label of a file input that opens the camera.
 * @csspart folder-button - The "Choose folder" button: the label of a folder input. Every file in a
 *   chosen or dropped folder (subfolders too) is uploaded in the folder's order with its path in it.
 * @csspart restrictions - The accepted kinds, sizes and count, in words.
 * @csspart summary - In the drop zone once every file of a batch is uploaded: how many, how much, where.
 * @csspart unfinished - Files a reload interrupted, with how far each got, to be chosen again.
 * @csspart notices - Plain-words notes: files that were not added, a file that starts again from the
 *   beginning, a cancelled upload whose parts the server could not delete.
 * @csspart total - The total progress block.
 * @csspart total-progress - Its `<progress>`.
 * @csspart offline - Under the total while the connection is gone: uploads are paused and go on by
 *   themselves when it is back (finished parts are kept).
 * @csspart files - The file list.
 * @csspart folder - A dropped or chosen folder in the file list: its name, progress and files.
 * @csspart folder-name - Its name.
 * @csspart folder-status - How many of its files are uploaded, and how many bytes.
 * @csspart folder-progress - Its `<progress>`.
 * @csspart folder-files - The list of its files (each a `file`, named by its path in the folder).
 * @csspart file - One file.
 * @csspart thumbnail - A file's preview (common image types) or its type's icon.
 * @csspart file-name - A file's name.
 * @csspart file-status - A file's state (waiting, uploading, retrying, paused, uploaded, failed).
 * @csspart file-progress - A file's `<progress>` (striped while the file is retrying).
 * @csspart file-error - Why a file failed, in plain words (the technical reason is in the events).
 * @csspart file-action - A file's pause, resume, retry, choose-again and cancel buttons (choose again:
 *   the file changed or went away on disk since it was chosen, so it cannot be sent as it was).
 * @csspart loading - The loading state: the panel's shape in placeholders while the link loads, and
 *   "Loading…" as a visually hidden status.
 * @csspart error - The error state (with `retry-button`).
 * @csspart retry-button - Retry in the error state.
 *
 * @cssprop [--dash-upload-dropzone-bg=transparent] - Drop zone background.
 * @cssprop [--dash-upload-dropzone-active-bg=color-mix(in srgb, var(--dash-accent) 10%, transparent)] - While dragging over.
 * @cssprop [--dash-upload-thumb-size=48px] - Thumbnail size.
 * @cssprop [--dash-upload-retrying=color-mix(in srgb-linear, #d97706 80%, CanvasText)] - A file's bar while a part is sent again (striped).
 */
export class DashGuestUpload extends DashElement {
  static override englishStrings = { common, errors, upload };

  static override styles = [baseStyles, guestUploadStyles];

  static override properties: PropertyDeclarations = {
    guestUpload: { attribute: 'guest-upload', reflect: true },
    target: { reflect: true },
    brand: { reflect: true },
    accept: { reflect: true },
    maxFileSize: { attribute: 'max-file-size', type: Number },
    maxFiles: { attribute: 'max-files', type: Number },
    concurrency: { type: Number },
    // The deprecated alias: its attribute sets `concurrency` through the accessor below.
    limit: { type: Number, noAccessor: true },
    partSize: { attribute: 'part-size', type: Number },
    contentMd5: { attribute: 'content-md5', type: Boolean },
    stallTimeout: { attribute: 'stall-timeout', type: Number },
    ready: { state: true },
    notices: { state: true },
    announcement: { state: true },
  };

  /** The guest upload's slug (the last part of its link). */
  guestUpload = '';

  /** `dash` (default): a Dash guest upload. `dash-social`: a Dash Social library (needs `brand` and a token). */
  target: 'dash' | 'dash-social' = 'dash';

  /** Dash Social brand id, for `target="dash-social"`. */
  brand = '';

  /** Accepted files, like `<input accept>`: `image/*,video/*,.raw`. */
  accept = '';

  /** Largest accepted file in bytes; 0 = no limit. */
  maxFileSize = 0;

  /** Most files per visit; 0 = no limit. */
  maxFiles = 0;

  /**
   * Part uploads in flight at once (parts of one file or of several); 6 because browsers open at
   * most 6 HTTP/1.1 connections per host. The API calls around them have bounds of their own. Like
   * `part-size` and `content-md5`, read when uploading is set up (after the email step), not
   * mid-upload.
   */
  concurrency = 6;

  /**
   * The old name of `concurrency`: still works (it sets `concurrency`), and warns once.
   * @deprecated Use `concurrency`: `limit` means "items shown" on the gallery.
   */
  get limit(): number {
    return this.concurrency;
  }

  set limit(value: number) {
    warnDeprecated('dash-guest-upload', 'limit', 'concurrency');
    this.concurrency = value;
  }

  /**
   * Bytes per part: more than 5 MiB (the Dash API's rule; smaller values are raised to 6 MiB),
   * rounded up to whole MiB, grown for files over ~58 GiB to stay within 10 000 parts.
   */
  partSize = 6 * 1024 * 1024;

  /**
   * Send `Content-MD5` with every part (each part URL is then issued for its digest). Off by
   * default: WebCrypto has no MD5, and the pure-JS one cut throughput to ~0.64× on a local S3.
   */
  contentMd5 = false;

  /**
   * Milliseconds a part upload may go without any progress before it is aborted and sent again
   * (a connection the server took and went silent on), instead of waiting for the browser's own
   * timeout of minutes. Read when uploading is set up, like `concurrency`.
   */
  stallTimeout = 30_000;

  private ready = false;
  private notices: string[] = [];
  private announcement = '';
  /** The file list's view of folders, once a folder came (see ./folder-files.ts). */
  #folders?: FolderView;
  /** Files of batches already summed up: left out of the list (they stay in `files`). */
  #earlier = new Set<string>();

  readonly #uploads = new UploadController(this, {
    onStart: (files) => {
      this.emit('dash-upload-start', { files: files.map(fileInfo) });
      this.#announcer.say(this.strings.upload.started(files.length));
    },
    onProgress: ({ bytesUploaded, bytesTotal }) => {
      this.emit('dash-upload-progress', { bytesUploaded, bytesTotal });
      const percent = bytesTotal ? Math.floor((bytesUploaded / bytesTotal) * 100) : 0;
      this.#announcer.progress(this.strings.upload.progressAnnouncement(percent));
    },
    onFileError: (file, error) => {
      this.emit('dash-upload-error', { file: fileInfo(file), error: error.toDetail() });
      this.reportError(error);
      this.#announcer.say(this.strings.upload.fileFailed(file.name, failureReason(this.strings, error)));
    },
    onNotice: (file, notice) => {
      const s = this.strings.upload;
      this.#notice(notice === 'restarted' ? s.restarted(file.name) : s.cancelledLeft(file.name));
    },
    onComplete: (assets) => {
      this.emit('dash-upload-complete', { assets });
      this.#announcer.say(this.strings.upload.allDone(assets.length));
    },
    onConnection: (online) => this.#announcer.say(online ? this.strings.upload.online : this.strings.upload.offline),
  });

  readonly #drop = new FileDropController(
    this,
    (files) => void this.#addFrom(files),
    () => this.#link.status === TaskStatus.COMPLETE,
  );

  readonly #announcer = new Announcer((message) => (this.announcement = message));

  constructor() {
    super();
    // A control that a render took away (a finished file's Pause, the last upload's "Pause all")
    // hands focus to the same action of another file, else to another file's next step, else to
    // the total's first button, else to "Choose files".
    keepFocus(
      this,
      () => this.shadowRoot,
      ({ dataset }) =>
        [`[data-action=${dataset.action}]`, '.files button', '.total button', '#file-input']
          .map((selector) => this.renderRoot.querySelector<HTMLElement>(selector))
          .find(Boolean),
    );
  }

  /**
   * The link's heading and message (text only: they come from whoever made the link), loaded
   * again whenever the link changes; null for a library upload, which has none. An incomplete
   * configuration is an error only once the element has had its chance to receive its properties
   * (`configSettled()`; frameworks set them after the upgrade): until then the loading state shows,
   * and a configuration that completes meanwhile simply loads (the Task drops the older run).
   */
  readonly #link = new Task(this, {
    args: () => [this.apiBase, this.subdomain, this.guestUpload, this.target, this.brand] as const,
    task: async ([apiBase, subdomain, guestUpload, target, brand], { signal }) => {
      const social = target === 'dash-social';
      if (social ? !brand : !subdomain || !guestUpload) {
        await this.configSettled();
        throw new DashError('invalid-config', this.strings.upload.missingConfig);
      }
      if (social) return null;
      // Any failure as the DashError the error state shows (aborts stay aborts).
      return getGuestUploadData({ apiBase }, subdomain, guestUpload, { signal }).catch((e: unknown) => {
        throw toDashError(e) ?? e;
      });
    },
    onError: (error) => this.reportError(error),
  });

  readonly #emailStep = new EmailStepController(this, {
    invalidMessage: () => this.strings.upload.emailInvalid,
    report: (error) => this.reportError(error),
    signIn: async (email, signal) => {
      const { apiBase, subdomain, guestUpload, partSize, contentMd5, concurrency, stallTimeout } = this;
      // The link's data is on screen already (its heading): the sign-in asks for the token alone.
      const data = (this.#link.status === TaskStatus.COMPLETE && this.#link.value) || undefined;
      const tokens = guestTokenSource({ apiBase }, { subdomain, guestUpload, email, data });
      await tokens.getToken(signal); // a wrong link or a refused email shows here, not on the first file
      signal.throwIfAborted();
      const ctx = { apiBase, auth: tokens };
      const spec = { target: 'dash' as const, ctx, subdomain, guestUpload, partSize, contentMd5, concurrency };
      void this.#send(this.#uploads.configure({ ...spec, stallTimeout })); // the files that waited for the email go now
      this.ready = true;
    },
  });

  /** Files currently in the list (for tests and hosts). */
  get files(): UploadFileView[] {
    return this.#uploads.files;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The controller stopped the engine; a reconnected element starts over from the email.
    this.ready = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Signing in belongs to one link: a change of link drops it (and asks for the email again).
    if (LINK_KEYS.some((key) => changed.has(key))) this.#emailStep.abort();
    const identity = ['apiBase', 'subdomain', 'guestUpload', 'target'] as const;
    if (identity.some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this.ready = false; // a different link: ask for the email again
      this.#uploads.detach();
    }
    const socialAuth = ['brand', 'accessToken', 'getAccessToken'] as const;
    if (this.target === 'dash-social' && socialAuth.some((key) => changed.has(key))) this.ready = false;
    if (this.target === 'dash-social' && !this.ready) this.#configureSocial();
  }

  /**
   * Adds files as the picker, a drop or a paste would; they start uploading at once, or once the
   * visitor's email is accepted (a valid one already typed is used now).
   */
  async addFiles(files: File[]): Promise<void> {
    if (this.#link.status !== TaskStatus.COMPLETE || files.length === 0) return;
    const { accept, maxFileSize, maxFiles, strings, locale } = this;
    // Files added after a batch's summary start the next batch: the summed-up files leave the list.
    const shown = this.#shown();
    if (shown.length && shown.every((f) => f.status === 'done')) for (const f of shown) this.#earlier.add(f.id);
    // Files from folders are listed by folder: that view comes with the folder code, loaded now if a
    // host (not a drop or a dialog) is the first to add such files.
    if (files.some((file) => file.webkitRelativePath)) this.#folders ??= await import('./folder-files.js');
    const restrictions = { accept, maxFileSize, maxFiles };
    const { accepted, notices } = screenFiles(strings, locale, files, restrictions, this.#uploads.files.length);
    for (const notice of notices) this.reportError(new DashError('file-rejected', notice));
    this.notices = notices;
    if (notices.length) this.#announcer.say(notices.join(' '));
    if (accepted.length === 0) return;
    const adding = this.#send(this.#uploads.add(accepted));
    if (!this.ready && this.target === 'dash') void this.#emailStep.signIn();
    await adding;
  }

  /** Says which files were in the list already, or that the uploader could not load. */
  async #send(adding: Promise<{ duplicates: File[] }>): Promise<void> {
    try {
      const { duplicates } = await adding;
      if (duplicates.length) {
        this.notices = [...this.notices, ...duplicates.map((f) => this.strings.upload.duplicate(f.name))];
      }
    } catch (error) {
      // Uppy failed to load (offline, a blocked chunk): say so instead of doing nothing.
      const reported = this.reportError(error);
      if (reported) this.notices = [...this.notices, failureReason(this.strings, reported)];
    }
  }

  /** The files of the current batch (see #earlier). */
  #shown(): UploadFileView[] {
    return this.#uploads.files.filter((f) => !this.#earlier.has(f.id));
  }

  /** Pauses every upload in flight; finished parts are kept and `resumeAll()` continues them. */
  pauseAll(): void {
    this.#uploads.engine?.pauseAll();
  }

  /** Resumes every paused upload, sending only the parts not yet stored. */
  resumeAll(): void {
    this.#uploads.engine?.resumeAll();
  }

  /**
   * Cancels every file; their multipart uploads are aborted server-side where the server can,
   * otherwise their parts are left for the storage's lifecycle rules (and the element says so).
   */
  async cancelAll(): Promise<void> {
    const files = this.#shown();
    const outcomes = await Promise.all(files.map((f) => this.#uploads.cancel(f.id)));
    const left = files.filter((_, i) => outcomes[i] === 'left-to-expire').map((f) => f.name);
    if (left.length) this.#notice(this.strings.upload.cancelledLeft(left.join(', ')));
  }

  /** A plain-words note in the notices list (not an error), announced to screen readers too. */
  #notice(text: string): void {
    this.notices = [...this.notices, text];
    this.#announcer.say(text);
  }

  #configureSocial(): void {
    // A host token a header cannot carry is invalid-config, never sent (request() checks it).
    const { apiBase, accessToken, getAccessToken, brand, concurrency, stallTimeout } = this;
    const ctx = { apiBase, auth: hostTokenSource({ accessToken, getAccessToken }) };
    void this.#uploads.configure({ target: 'dash-social', ctx, brand, concurrency, stallTimeout });
    this.ready = true;
  }

  #onInputChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // so choosing the same file again (e.g. after cancelling) fires change
    // A chosen folder's files go in the folder's order (the dialog's order is the platform's).
    const folder = files.some((file) => file.webkitRelativePath);
    void this.#addFrom(folder ? import('./folder-files.js').then(({ byPath }) => byPath(files)) : files);
  };

  /** Files from a drop or a dialog; a folder's are read first, and a folder that cannot be is said. */
  async #addFrom(files: File[] | Promise<File[]>): Promise<void> {
    try {
      // Files at hand are added now, in this task (as before folders): only a folder's are awaited.
      await this.addFiles(files instanceof Promise ? await files : files);
    } catch (error) {
      const reported = this.reportError(error);
      this.#notice(reported ? failureReason(this.strings, reported) : this.strings.upload.folderUnreadable);
    }
  }

  protected override render(): TemplateResult {
    const retry = () => void this.#link.run();
    return html`<section class="base" part="base" aria-label=${this.strings.upload.region}>
      ${this.#link.render({
        pending: () => this.#renderSkeleton(),
        error: (error) => renderError(this.strings, error as DashError, retry),
        complete: (data) =>
          html`${data?.messageHeading ? html`<h2 class="heading own-direction" part="heading">${data.messageHeading}</h2>` : nothing}
          ${data?.message ? html`<p class="message own-direction" part="message">${data.message}</p>` : nothing}
          ${this.#renderPanel(data?.name ?? '')}`,
      })}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  /** While the link loads: the panel's shape in placeholders, so the page below keeps its place. */
  #renderSkeleton(): TemplateResult {
    const { accept, maxFileSize, maxFiles, strings, locale } = this;
    return renderUploadSkeleton({
      label: strings.common.loading,
      guest: this.target !== 'dash-social',
      accept,
      restrictions: describeRestrictions(strings, { accept, maxFileSize, maxFiles }, locale) !== '',
    });
  }

  /** The one panel: the email (Dash), the drop zone or the batch's summary, and the files. */
  #renderPanel(linkName: string): TemplateResult {
    const { accept, maxFileSize, maxFiles, strings, locale, subdomain, guestUpload } = this;
    const s = strings.upload;
    const files = this.#shown();
    const done = files.length > 0 && files.every((f) => f.status === 'done');
    const waiting = files.filter((f) => f.status === 'waiting').length;
    const restrictions = describeRestrictions(strings, { accept, maxFileSize, maxFiles }, locale);
    const summary = done ? renderSummary(strings, locale, files, linkName) : undefined;
    const all = this.#uploads.files;
    const unfinished =
      this.target === 'dash'
        ? unfinishedUploads(subdomain, guestUpload).filter(
            (u) => !all.some((f) => (f.path ?? f.name) === u.name && f.size === u.size),
          )
        : [];
    return html`${
      this.target === 'dash-social'
        ? nothing
        : this.ready
          ? html`<p class="sender" part="sender">${s.sendingAs} <strong>${this.#emailStep.state.email}</strong></p>`
          : this.#emailStep.render(strings, waiting)
    }
    ${renderDropZone(strings, { accept, restrictions, summary }, this.#drop, this.#onInputChange)}
    ${renderNotices(this.notices)} ${renderUnfinished(strings, locale, unfinished)}
    ${done ? nothing : this.#renderFiles(files)}`;
  }

  #renderFiles(files: UploadFileView[]): TemplateResult {
    const { strings, locale } = this;
    const engine = this.#uploads.engine;
    const sending = files.filter((f) => f.status !== 'waiting');
    const totals = sending.length ? this.#uploads.totals(sending) : undefined;
    return html`${
      totals
        ? renderTotal(strings, locale, sending, totals, Boolean(engine?.offline), {
            pauseAll: () => this.pauseAll(),
            resumeAll: () => this.resumeAll(),
            cancelAll: () => void this.cancelAll(),
          })
        : nothing
    }
    ${renderFileList(
      strings,
      locale,
      files,
      {
        pause: (id) => engine?.pause(id),
        resume: (id) => engine?.resume(id),
        cancel: (id) => void this.#cancel(id),
        retry: (id) => void engine?.retry(id),
        chooseAgain: (id) => this.#chooseAgain(id),
        thumbnail: (file) => this.#uploads.thumbnail(file),
      },
      this.#folders,
    )}`;
  }

  async #cancel(id: string): Promise<void> {
    const name = this.#uploads.files.find((f) => f.id === id)?.name ?? '';
    const cancelling = this.#uploads.cancel(id);
    // Its buttons go: keep the keyboard in the panel, on the file input.
    this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.focus();
    const outcome = await cancelling;
    if (outcome === 'left-to-expire') this.#notice(this.strings.upload.cancelledLeft(name));
    else this.#announcer.say(this.strings.upload.cancelled(name));
  }

  /**
   * A file that can no longer be read (changed or removed on disk) leaves the list, its upload
   * freed where the server can, and the file dialog opens (in the same click, which it needs) so
   * the visitor can choose the file as it is now.
   */
  #chooseAgain(id: string): void {
    this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.click();
    void this.#uploads.cancel(id);
  }
}
