import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { baseStyles } from '../../core/styles.js';
import { renderLoading } from '../../core/states.js';
import { renderError } from '../../core/error-state.js';
import { DashError } from '../../api/errors.js';
import type { ApiContext } from '../../api/http.js';
import type { GuestUploadData } from '../../api/models.js';
import { getGuestUploadData } from '../../api/guest-uploads.js';
import { guestTokenSource, hostTokenSource } from '../../api/tokens.js';
import { formatBytes } from '../../i18n/index.js';
import { checkRestrictions, type Rejection } from '../../upload/restrictions.js';
import type { UploadFileView } from '../../upload/types.js';
import { Announcer } from './announcer.js';
import { fileInfo } from './events.js';
import { failureReason, renderFileList } from './file-list.js';
import { describeTotals } from './format.js';
import { guestUploadStyles } from './guest-upload.styles.js';
import { UploadController } from './upload-controller.js';
import { common, errors, upload } from '../../i18n/en.js';

export type * from './events.js';

/** One load of the link's texts: pending until `data` or `error` is set. */
interface LinkState {
  key: string;
  abort: AbortController;
  data?: GuestUploadData | null;
  error?: DashError;
}

/** A practical check: `type=email` alone accepts `a@b`, which no mail server would. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * @summary A guest upload link on any page: the visitor gives their email and uploads files into
 * a Dash guest upload (or, with `target="dash-social"`, into a Dash Social library) — resumable
 * multipart uploads with per-file and total progress, pause, resume, cancel and retry.
 *
 * Uppy (@uppy/core + @uppy/aws-s3 5) is loaded only when the first file is added.
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
 * @csspart email-form - The email form.
 * @csspart email-input - Its email input.
 * @csspart email-error - The message of an invalid email.
 * @csspart dropzone - The drop zone (drag and drop; paste works anywhere on the page).
 * @csspart choose-button - The "Choose files" button (the label of the real file input).
 * @csspart restrictions - The accepted types, sizes and count.
 * @csspart notices - Plain-words notes: files that were not added, a file that starts again from the
 *   beginning, a cancelled upload whose parts the server could not delete.
 * @csspart total - The total progress block.
 * @csspart total-progress - Its `<progress>`.
 * @csspart files - The file list.
 * @csspart file - One file.
 * @csspart thumbnail - A file's thumbnail (images) or placeholder.
 * @csspart file-name - A file's name.
 * @csspart file-status - A file's state (waiting, uploading, paused, uploaded, failed).
 * @csspart file-progress - A file's `<progress>`.
 * @csspart file-error - Why a file failed.
 * @csspart file-action - A file's pause, resume, retry, choose-again and cancel buttons (choose again:
 *   the file changed or went away on disk since it was chosen, so it cannot be sent as it was).
 * @csspart loading - The loading state.
 * @csspart error - The error state (with `retry-button`).
 * @csspart retry-button - Retry in the error state.
 *
 * @cssprop [--dash-upload-dropzone-bg=transparent] - Drop zone background.
 * @cssprop [--dash-upload-dropzone-active-bg=color-mix(in srgb, var(--dash-accent) 10%, transparent)] - While dragging over.
 * @cssprop [--dash-upload-thumb-size=48px] - Thumbnail size.
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
    limit: { type: Number },
    partSize: { attribute: 'part-size', type: Number },
    contentMd5: { attribute: 'content-md5', type: Boolean },
    email: { state: true },
    emailError: { state: true },
    ready: { state: true },
    signingIn: { state: true },
    signInError: { state: true },
    dragging: { state: true },
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
   * Requests in flight at once (parts and API calls); 6 because browsers open at most 6 HTTP/1.1
   * connections per host. Like `part-size` and `content-md5`, read when uploading is set up
   * (after the email step), not mid-upload.
   */
  limit = 6;

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

  private email = '';
  private emailError = '';
  private ready = false;
  private signingIn = false;
  private signInError?: DashError;
  private dragging = false;
  private notices: string[] = [];
  private announcement = '';

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
  });

  readonly #announcer = new Announcer((message) => (this.announcement = message));

  /**
   * The link's heading and message (text only: they come from whoever made the link), loaded
   * again whenever the link changes; `data` is null for a library upload, which has none.
   */
  #link?: LinkState;

  /** Files currently in the list (for tests and hosts). */
  get files(): UploadFileView[] {
    return this.#uploads.files;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('paste', this.#onPaste);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('paste', this.#onPaste);
    // The controller stopped the engine; a reconnected element starts over from the email.
    this.ready = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loadLink();
    const identity = ['apiBase', 'subdomain', 'guestUpload', 'target'] as const;
    if (identity.some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this.ready = false; // a different link: ask for the email again
    }
    const socialAuth = ['brand', 'accessToken', 'getAccessToken'] as const;
    if (this.target === 'dash-social' && socialAuth.some((key) => changed.has(key))) this.ready = false;
    if (this.target === 'dash-social' && !this.ready) this.#configureSocial();
  }

  /**
   * Loads the link's texts for the current configuration. A newer configuration always wins: the
   * older load is aborted and its answer, or error, is dropped. An incomplete configuration is an
   * error only once the element has had its chance to receive its properties (`configSettled()`;
   * frameworks set them after the upgrade): until then the loading state shows and nothing is
   * reported, and a configuration that completes meanwhile simply loads.
   */
  #loadLink(retry = false): void {
    const { apiBase, subdomain, guestUpload, target, brand } = this;
    const key = [apiBase, subdomain, guestUpload, target, brand].join('\n');
    if (this.#link?.key === key && !retry) return;
    this.#link?.abort.abort();
    const link: LinkState = { key, abort: new AbortController() };
    this.#link = link;
    const social = target === 'dash-social';
    const loading = (social ? !brand : !subdomain || !guestUpload)
      ? this.configSettled().then(() => Promise.reject(new DashError('invalid-config', this.strings.upload.missingConfig)))
      : social
        ? Promise.resolve(null)
        : getGuestUploadData({ apiBase }, subdomain, guestUpload, { signal: link.abort.signal });
    loading.then(
      (data) => (link.data = data),
      (error) => {
        if (this.#link === link) link.error = this.reportError(error) ?? new DashError('server', String(error));
      },
    ).finally(() => this.#link === link && this.requestUpdate());
  }

  /** Adds files as the picker, a drop or a paste would; they start uploading at once. */
  async addFiles(files: File[]): Promise<void> {
    if (!this.ready || files.length === 0) return;
    const { accepted, rejected } = checkRestrictions(
      files,
      { accept: this.accept, maxFileSize: this.maxFileSize, maxFiles: this.maxFiles },
      this.#uploads.files.length,
    );
    const notices = rejected.map((rejection) => this.#rejectionMessage(rejection));
    for (const notice of notices) this.reportError(new DashError('file-rejected', notice));
    this.notices = notices;
    if (notices.length) this.#announcer.say(notices.join(' '));
    if (accepted.length === 0) return;
    try {
      const { duplicates } = await this.#uploads.add(accepted);
      if (duplicates.length) {
        this.notices = [...this.notices, ...duplicates.map((f) => this.strings.upload.duplicate(f.name))];
      }
    } catch (error) {
      // Uppy failed to load (offline, a blocked chunk): say so instead of doing nothing.
      const reported = this.reportError(error);
      if (reported) this.notices = [...this.notices, failureReason(this.strings, reported)];
    }
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
    const names = this.#uploads.files.map((f) => f.name);
    const outcomes = (await this.#uploads.engine?.cancelAll()) ?? [];
    const left = names.filter((_, i) => outcomes[i] === 'left-to-expire');
    if (left.length) this.#notice(this.strings.upload.cancelledLeft(left.join(', ')));
  }

  /** A plain-words note in the notices list (not an error), announced to screen readers too. */
  #notice(text: string): void {
    this.notices = [...this.notices, text];
    this.#announcer.say(text);
  }

  #configureSocial(): void {
    // A host token a header cannot carry is invalid-config, never sent (request() checks it).
    const ctx: ApiContext = {
      apiBase: this.apiBase,
      auth: hostTokenSource({ accessToken: this.accessToken, getAccessToken: this.getAccessToken }),
    };
    this.#uploads.configure({ target: 'dash-social', ctx, brand: this.brand, limit: this.limit });
    this.ready = true;
  }

  async #signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const emailInput = this.renderRoot.querySelector<HTMLInputElement>('#email');
    const email = emailInput?.value.trim() ?? '';
    this.email = email;
    if (!EMAIL_PATTERN.test(email)) {
      this.emailError = this.strings.upload.emailInvalid;
      emailInput?.focus();
      return;
    }
    this.emailError = '';
    this.signingIn = true;
    this.signInError = undefined;
    // Signing in belongs to this link: a newer configuration aborts it and asks for the email again.
    const link = this.#link;
    try {
      const { subdomain, guestUpload } = this;
      const tokens = guestTokenSource({ apiBase: this.apiBase }, { subdomain, guestUpload, email });
      await tokens.getToken(link?.abort.signal); // a wrong link or a refused email shows here, not on the first file
      if (this.#link !== link) return;
      this.#uploads.configure({
        target: 'dash',
        ctx: { apiBase: this.apiBase, auth: tokens },
        subdomain,
        guestUpload,
        partSize: this.partSize,
        contentMd5: this.contentMd5,
        limit: this.limit,
      });
      this.ready = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.focus();
    } catch (error) {
      if (this.#link === link) this.signInError = this.reportError(error);
    } finally {
      this.signingIn = false;
    }
  }

  #rejectionMessage(rejection: Rejection): string {
    const s = this.strings.upload;
    const name = rejection.file.name;
    if (rejection.reason === 'type') return s.rejectedType(name);
    if (rejection.reason === 'size') return s.rejectedSize(name, formatBytes(rejection.limit, this.locale));
    return s.rejectedCount(name, rejection.limit);
  }

  #onInputChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // so choosing the same file again (e.g. after cancelling) fires change
    void this.addFiles(files);
  };

  #onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = () => {
    this.dragging = false;
  };

  #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    void this.addFiles([...(event.dataTransfer?.files ?? [])]);
  };

  /** Pasted files (e.g. a screenshot) are added unless the paste was meant for another field. */
  #onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!this.ready || files.length === 0) return;
    const target = event.composedPath()[0];
    const inOtherField =
      target instanceof HTMLElement && !this.renderRoot.contains(target) && target.matches('input, textarea, [contenteditable]');
    if (inOtherField) return;
    event.preventDefault();
    void this.addFiles(files);
  };

  protected override render(): TemplateResult {
    const link = this.#link;
    const data = link?.data;
    return html`<section class="base" part="base" aria-label=${this.strings.upload.region}>
      ${link?.error
        ? renderError(this.strings, link.error, () => (this.#loadLink(true), this.requestUpdate()))
        : link?.data === undefined
          ? renderLoading(this.strings)
          : html`${data?.messageHeading ? html`<h2 class="heading" part="heading">${data.messageHeading}</h2>` : nothing}
              ${data?.message ? html`<p class="message" part="message">${data.message}</p>` : nothing}
              ${this.ready ? this.#renderUploader() : this.#renderEmailForm()}`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  #renderEmailForm(): TemplateResult {
    const s = this.strings.upload;
    const invalid = Boolean(this.emailError);
    return html`<form class="email-form" part="email-form" novalidate @submit=${this.#signIn}>
      <label for="email">${s.emailLabel}</label>
      <p class="hint" id="email-hint">${s.emailHint}</p>
      <input
        id="email"
        part="email-input"
        type="email"
        name="email"
        autocomplete="email"
        required
        .value=${this.email}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'email-hint email-error' : 'email-hint'}
      />
      ${invalid ? html`<p class="field-error" id="email-error" part="email-error">${this.emailError}</p>` : nothing}
      <button class="button primary" type="submit" ?disabled=${this.signingIn}>${s.continue}</button>
      ${this.signInError ? renderError(this.strings, this.signInError) : nothing}
    </form>`;
  }

  /** "Accepted: image/* · Up to 10 MB per file · Up to 5 files", or '' without restrictions. */
  #restrictionsText(): string {
    const s = this.strings.upload;
    return [
      this.accept ? s.restrictionsAccept(this.accept) : '',
      this.maxFileSize ? s.restrictionsSize(formatBytes(this.maxFileSize, this.locale)) : '',
      this.maxFiles ? s.restrictionsCount(this.maxFiles) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  }

  #renderUploader(): TemplateResult {
    const s = this.strings.upload;
    const { files, engine } = this.#uploads;
    const restrictions = this.#restrictionsText();
    return html`<div
        class="dropzone ${this.dragging ? 'dragging' : ''}"
        part="dropzone"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <span>${s.dropTitle}</span>
        <input
          id="file-input"
          class="visually-hidden"
          type="file"
          multiple
          accept=${this.accept || nothing}
          aria-describedby=${restrictions ? 'restrictions' : nothing}
          @change=${this.#onInputChange}
        />
        <label class="button primary choose" for="file-input" part="choose-button">${s.choose}</label>
        ${restrictions
          ? html`<p class="restrictions" id="restrictions" part="restrictions">${restrictions}</p>`
          : nothing}
      </div>
      ${this.notices.length
        ? html`<ul class="notices" part="notices">
            ${this.notices.map((notice) => html`<li>${notice}</li>`)}
          </ul>`
        : nothing}
      ${files.length ? this.#renderTotal(files) : nothing}
      ${renderFileList(this.strings, this.locale, files, {
        pause: (id) => engine?.pause(id),
        resume: (id) => engine?.resume(id),
        cancel: (id) => void this.#cancel(id),
        retry: (id) => void engine?.retry(id),
        chooseAgain: (id) => this.#chooseAgain(id),
        thumbnail: (file) => this.#uploads.thumbnail(file),
      })}`;
  }

  async #cancel(id: string): Promise<void> {
    const name = this.#uploads.files.find((f) => f.id === id)?.name ?? '';
    const outcome = await this.#uploads.engine?.cancel(id);
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
    void this.#uploads.engine?.cancel(id);
  }

  #renderTotal(files: UploadFileView[]): TemplateResult {
    const s = this.strings.upload;
    const totals = this.#uploads.totals!;
    const anyGoing = files.some((f) => f.status === 'uploading' || f.status === 'queued');
    const anyPaused = files.some((f) => f.status === 'paused');
    const anyOpen = files.some((f) => f.status !== 'done');
    return html`<div class="total" part="total">
      <div class="total-row">
        <span id="total-label" class="total-label">${s.total}</span>
        <span class="total-text">${describeTotals(this.strings, totals, this.locale)}</span>
      </div>
      <progress
        part="total-progress"
        aria-labelledby="total-label"
        max=${Math.max(totals.bytesTotal, 1)}
        .value=${totals.bytesUploaded}
      ></progress>
      <div class="actions">
        ${anyGoing ? html`<button class="button small" type="button" @click=${() => this.pauseAll()}>${s.pauseAll}</button>` : nothing}
        ${anyPaused ? html`<button class="button small" type="button" @click=${() => this.resumeAll()}>${s.resumeAll}</button>` : nothing}
        ${anyOpen ? html`<button class="button small" type="button" @click=${() => void this.cancelAll()}>${s.cancelAll}</button>` : nothing}
      </div>
    </div>`;
  }
}
