import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { baseStyles } from '../../core/styles.js';
import { renderEmpty, renderLoading } from '../../core/states.js';
import { renderError } from '../../core/error-state.js';
import { formatNumber } from '../../i18n/index.js';
import { DashError, toDashError } from '../../api/errors.js';
import { AuthController } from '../../browse/auth-controller.js';
import { AssetQueryController } from '../../browse/asset-query.js';
import { getAsset, type ApiContext, type Asset, type FieldOption, type Preset } from '../../browse/api.js';
import { ApplicablePresets } from '../../browse/applicable-presets.js';
import { loadFolderTree, renderFolderTree } from '../../browse/folders.js';
import { renderFilters } from '../../browse/filters.js';
import { browseStyles } from '../../browse/browse.styles.js';
import { DOWNLOAD_ACTION, portalAllowsDownload } from '../../browse/permissions.js';
import type { DashFolderTree, FolderLoader, FolderSelectDetail } from '../../browse/folder-tree.js';
import type { AssetActivateDetail, DashAssetGrid, SelectionChangeDetail } from '../../browse/asset-grid.js';
import { LazyModule } from '../../browse/lazy.js';
import '../../browse/asset-grid.js';
import { assetFilename, assetMimeType } from '../../browse/asset-info.js';
import { parseAccept, type AcceptMatcher } from './accept.js';
import { isPlaceholder, preselect, resolvePlaceholders, resolved, type Selection } from './selection.js';
import type { ModalController } from './modal-controller.js';
import type { PickedAsset } from './results.js';
import { assetPickerStyles } from './asset-picker.styles.js';
import { common, errors, portal, picker } from '../../i18n/en.js';

export type { PickedAsset } from './results.js';
export type { Rendition } from './rendition.js';

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-select': CustomEvent<{ assets: PickedAsset[] }>;
    'dash-cancel': CustomEvent<undefined>;
  }
}

/**
 * Building results (links, sizes, snippets) is needed only on Insert, so it loads then — off the
 * initial bundle — and is fetched ahead as soon as something is selected.
 */
const loadResults = () => import('./results.js');


/** Why the dialog is closing; decides between dash-select, dash-cancel and a quiet close. */
type CloseReason = 'select' | 'cancel' | 'close';

/** `selected-ids="a b"` or `"a,b"`; never reflected, so only the attribute → property way. */
const idList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
};

/**
 * Lets a CMS editor or app user choose assets from Dash and hands back what to store: a
 * permanent embeddable link of the chosen rendition (or, where the access may not create links,
 * the preview URL — `urlKind` says which) and a paste-ready `<img srcset>` snippet.
 *
 * Inline by default; with `modal` it is a native modal `<dialog>` opened by `show()` or `pick()`,
 * which keeps focus inside and returns it to the opener on close.
 *
 * @summary Choose Dash assets to insert, inline or in a dialog.
 *
 * @fires dash-select - `{assets: PickedAsset[]}` when the selection is confirmed (Insert, Enter).
 * @fires dash-cancel - When the user cancels (Cancel, Escape, the close button).
 * @fires dash-error - `{code, message, status?}` for every failure shown in the element.
 *
 * @csspart dialog - The `<dialog>` (modal only).
 * @csspart base - The picker's frame.
 * @csspart header - Title and, in a dialog, the close button.
 * @csspart toolbar - Search, file type, dates and sort.
 * @csspart folders - The folder tree.
 * @csspart grid - The asset grid element.
 * @csspart footer - Selection status, rendition choice and the buttons.
 * @csspart rendition - The rendition (size) chooser.
 * @csspart insert-button - The confirm button.
 * @csspart cancel-button - The cancel button.
 * @csspart passcode-form - The passcode form of a protected portal.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error - Error state.
 *
 * @cssprop [--dash-accent=#2563eb] - Accent colour.
 * @cssprop [--dash-radius=8px] - Corner radius.
 * @cssprop [--dash-gap=8px] - Spacing.
 * @cssprop [--dash-font=inherit] - Font family.
 * @cssprop [--dash-tile-size=160px] - Minimum width of a grid tile.
 * @cssprop [--dash-picker-height=36rem] - Height of the inline picker (the results scroll inside).
 */
export class DashAssetPicker extends DashElement {
  static override englishStrings = { common, errors, portal, picker };

  static override styles = [baseStyles, browseStyles, assetPickerStyles];

  static override properties: PropertyDeclarations = {
    portal: { reflect: true },
    passcode: {},
    multiple: { type: Boolean, reflect: true },
    max: { type: Number },
    accept: {},
    hideUnaccepted: { type: Boolean, attribute: 'hide-unaccepted' },
    rendition: {},
    modal: { type: Boolean, reflect: true },
    heading: {},
    folder: {},
    selectedIds: { attribute: 'selected-ids', converter: idList },
    value: { attribute: false },
    altText: { attribute: false },
    selection: { state: true },
    folderLoader: { state: true },
    busy: { state: true },
    submittingPasscode: { state: true },
    confirmError: { state: true },
    confirmMessage: { state: true },
    announcement: { state: true },
  };

  /** Portal slug; without it the host token (`accessToken` / `getAccessToken`) is used. */
  portal = '';

  /** The portal's passcode, if the page supplies it; otherwise the picker asks. Not reflected. */
  passcode?: string;

  /** Allow choosing several assets. */
  multiple = false;

  /** Most assets a multiple selection may hold. */
  max?: number;

  /** MIME patterns, `<input accept>` style: `image/*,video/mp4,.pdf`. */
  accept = '';

  /** Hide assets `accept` rules out, instead of showing them disabled with the reason. */
  hideUnaccepted = false;

  /** Rendition to insert: `original`, `preset:<presetId>` or `width:<px>`. The user may change it. */
  rendition = 'original';

  /** Render as a modal dialog, opened with `show()` or `pick()`. */
  modal = false;

  /** Heading of the picker. */
  heading = '';

  /**
   * The folder to open in: a Folders field option id (as in `Asset.metadata.values`). The picker
   * searches in it and shows its branch of the tree, from its ancestry (`GET /field-options/{id}`).
   * A folder the access may not see (outside a portal's folders) is ignored: all assets are shown.
   */
  folder = '';

  /**
   * Ids to show as selected (the current values, e.g. what a CMS field stores). Each is looked up
   * with `GET /assets/{id}` once the picker is signed in, so it counts as chosen and is built into
   * a fresh result on confirm even when it never appears in the grid. An id the access cannot see
   * (or that no longer exists) stays selected but yields no result, unless `value` holds one.
   */
  selectedIds: string[] = [];

  /**
   * The current values as earlier returned by `dash-select`. They preselect like `selectedIds`;
   * one that cannot be looked up again is handed back unchanged on confirm.
   */
  value: PickedAsset[] = [];

  /** Alt text for an asset (e.g. from a metadata field); default: the filename in words. */
  altText?: (asset: Asset) => string;

  private selection: Selection = new Map();
  private folderLoader?: FolderLoader;
  /** Presets applicable to the selection (or, before one, to the listed assets). */
  private readonly applicablePresets = new ApplicablePresets(
    () => this.requestUpdate(),
    (error) => this.reportError(error),
  );
  private busy = false;
  private submittingPasscode = false;
  private confirmError?: DashError;
  /** A plain explanation of `confirmError` when the error code's general text would not do. */
  private confirmMessage?: string;
  private announcement = '';

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog') ?? null;
  }
  private get firstField(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#search, #passcode') ?? null;
  }
  private get grid(): DashAssetGrid | null {
    return this.renderRoot?.querySelector<DashAssetGrid>('dash-asset-grid') ?? null;
  }

  private folderFieldId?: string;
  private isSelectable = this.selectableFor();
  private accepts: AcceptMatcher = () => true;
  private closeReason: CloseReason = 'close';
  private pending?: (result: PickedAsset[] | null) => void;
  private confirmAbort?: AbortController;
  /** Preselected ids already looked up (or being looked up) with this context. */
  private lookedUp = new Set<string>();
  private lookedUpWith?: ApiContext;
  /** What the access may do with assets resolved by id (they are not in the search's answers). */
  private resolvedActions = new Map<string, Set<string>>();

  private readonly auth = new AuthController(this, {
    onReady: (ctx) => void this.loadFolders(ctx),
    onError: (error) => this.reportError(error),
    // Frameworks set properties after the upgrade: an incomplete configuration waits for them.
    settled: () => this.configSettled(),
  });

  private readonly assets = new AssetQueryController(this, {
    context: () => this.auth.ctx,
    folderFieldId: () => this.folderFieldId,
    onError: (error) => this.reportError(error),
    onSkipped: (error) => this.reportError(error),
  });

  // Parts shown only in some states load when first shown, off the initial bundle.
  private readonly passcodeForm = new LazyModule(
    this,
    () => import('../../browse/passcode-form.js'),
    (error) => this.reportError(error),
  );
  private readonly dateFilters = new LazyModule(
    this,
    () => import('../../browse/date-filters.js'),
    (error) => this.reportError(error),
  );
  private readonly chooser = new LazyModule(
    this,
    () => import('./rendition-chooser.js'),
    (error) => this.reportError(error),
  );

  /** Created by the first `show()` of a modal picker: inline pickers never load it. */
  private modalController?: ModalController;

  // ---- public API -------------------------------------------------------------------------

  /** Opens the dialog (modal) or moves focus into the picker (inline). */
  async show(): Promise<void> {
    this.confirmError = undefined;
    this.confirmMessage = undefined;
    if (this.modal) await (await this.loadModalController()).open();
    else this.firstField?.focus();
  }

  /** Closes the dialog without choosing; a pending `pick()` resolves with `null`. */
  close(): void {
    this.finish('close');
  }

  /**
   * Opens the picker and resolves with the confirmed selection, or `null` when it is cancelled
   * or closed. A second call supersedes the first, which resolves with `null`.
   */
  pick(): Promise<PickedAsset[] | null> {
    this.settle(null);
    const result = new Promise<PickedAsset[] | null>((resolve) => (this.pending = resolve));
    void this.show();
    return result;
  }

  private async loadModalController(): Promise<ModalController> {
    const { ModalController } = await import('./modal-controller.js');
    this.modalController ??= new ModalController(
      this,
      () => this.dialog,
      () => this.firstField,
    );
    return this.modalController;
  }

  // ---- lifecycle --------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accept')) this.accepts = parseAccept(this.accept);
    if (changed.has('folder')) this.applyFolder();
    if (changed.has('selectedIds') || changed.has('value')) {
      const ids = [...this.value.map((item) => item.id), ...this.selectedIds];
      this.selection = preselect(this.selection, ids) ?? this.selection;
    }
    this.selection = resolvePlaceholders(this.selection, this.assets.items) ?? this.selection;
    const inputs: PropertyKey[] = ['accept', 'multiple', 'max', 'locale', 'selection'];
    if (inputs.some((name) => changed.has(name as keyof DashAssetPicker))) this.isSelectable = this.selectableFor();
    this.loadPresets();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.resolvePreselected();
  }

  /**
   * Looks up each preselected id that is still a placeholder with `GET /assets/{id}`, once per
   * context. Not found (gone, or outside a portal) leaves the placeholder; other failures are
   * reported and the id is left as it is.
   */
  private resolvePreselected(): void {
    const ctx = this.auth.ctx;
    if (!ctx) return;
    if (ctx !== this.lookedUpWith) {
      this.lookedUpWith = ctx;
      this.lookedUp = new Set();
      this.resolvedActions = new Map();
    }
    for (const [id, asset] of this.selection) {
      if (!isPlaceholder(asset) || this.lookedUp.has(id)) continue;
      this.lookedUp.add(id);
      getAsset(ctx, id).then(
        ({ result, permittedActions }) => {
          if (ctx !== this.auth.ctx) return;
          this.resolvedActions.set(result.id, new Set(permittedActions.map((p) => p.action)));
          this.selection = resolved(this.selection, result) ?? this.selection;
        },
        (error: unknown) => {
          const dashError = toDashError(error);
          if (dashError && dashError.code !== 'not-found' && ctx === this.auth.ctx) this.reportError(dashError);
        },
      );
    }
  }

  /** Whether the access may do `action` with an asset, from its search answer or its lookup. */
  private permits(assetId: string, action: string): boolean {
    return this.assets.permits(assetId, action) || (this.resolvedActions.get(assetId)?.has(action) ?? false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.confirmAbort?.abort();
    this.settle(null);
  }

  private async submitPasscode(passcode: string): Promise<void> {
    this.submittingPasscode = true;
    await this.auth.submitPasscode(passcode);
    this.submittingPasscode = false;
    await this.updateComplete;
    // Wrong: back to the field to retype. Right: on to the search.
    this.firstField?.focus();
    if (this.auth.status === 'passcode') this.firstField?.select();
  }

  private async loadFolders(ctx: ApiContext): Promise<void> {
    // A new sign-in (another portal, a newer configuration) owns the tree: the previous one's
    // folders never show under it. The `folder` to open in is the host's and stays.
    this.folderLoader = undefined;
    this.folderFieldId = undefined;
    this.assets.query = { ...this.assets.query, folderId: this.folder || undefined };
    try {
      // A portal's tree starts at its whitelisted folders, whatever their depth in the account.
      const { fieldId, loader } = await loadFolderTree(ctx, this.auth.portal?.whitelistedFolderFieldOptionIds);
      if (ctx !== this.auth.ctx) return;
      this.folderFieldId = fieldId;
      this.folderLoader = loader;
      // The first search could not hold the folder before its field id was known.
      const { folderId } = this.assets.query;
      if (folderId) {
        this.assets.reload();
        await this.openFolder(ctx, folderId);
      }
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Shows the `folder` the picker opens in: its branch of the tree, or all assets if not visible. */
  private async openFolder(ctx: ApiContext, folderId: string): Promise<void> {
    let path: FieldOption[] = [];
    try {
      const { folderLineage } = await import('../../browse/folder-path.js');
      path = await folderLineage(ctx, folderId, { roots: this.auth.portal?.whitelistedFolderFieldOptionIds });
    } catch (error) {
      if (!(error instanceof DashError && error.code === 'not-found')) {
        this.reportError(error);
        return;
      }
    }
    if (ctx !== this.auth.ctx || this.assets.query.folderId !== folderId) return;
    if (path.length === 0) {
      this.assets.set({ folderId: undefined });
      return;
    }
    await this.updateComplete;
    await this.renderRoot.querySelector<DashFolderTree>('dash-folder-tree')?.revealPath(path);
  }

  private get presets(): Preset[] {
    return this.applicablePresets.presets ?? [];
  }

  /**
   * The presets offered are those applicable to the assets that would be inserted: the selection,
   * or before there is one, the first page listed (so a PDF-only list offers no image preset).
   */
  private loadPresets(): void {
    const ctx = this.auth.ctx;
    if (!ctx || !this.mayCreateLinks || !this.assets.loaded) return;
    const ids = this.selection.size > 0 ? [...this.selection.keys()] : this.assets.items.slice(0, 60).map((a) => a.id);
    void this.applicablePresets.load(ctx, ids);
  }

  // ---- selection and confirmation ---------------------------------------------------------

  /** VIEW-only portals may not publish links; host tokens and download portals may try. */
  private get mayCreateLinks(): boolean {
    return portalAllowsDownload(this.auth.portal);
  }

  private get limit(): number | undefined {
    return this.multiple && this.max && this.max > 0 ? this.max : undefined;
  }

  private acceptable(asset: Asset): boolean {
    return this.accepts({ mediaType: assetMimeType(asset), filename: assetFilename(asset) });
  }

  /**
   * The grid's predicate: a reason disables the tile and is read out with it. A new function
   * whenever its inputs change, because the grid re-renders tiles only for a changed property.
   */
  private selectableFor(): (asset: Asset) => true | string {
    const { selection, limit, strings } = this;
    return (asset) => {
      if (!this.acceptable(asset)) return strings.portal.notAccepted;
      if (limit !== undefined && selection.size >= limit && !selection.has(asset.id)) {
        return strings.portal.maxReached(limit);
      }
      return true;
    };
  }

  private onSelectionChange(event: CustomEvent<SelectionChangeDetail>): void {
    void loadResults();
    this.selection = new Map(event.detail.assets.map((asset) => [asset.id, asset]));
    this.confirmError = undefined;
    this.confirmMessage = undefined;
    // Mirrors the selection so a host reading `selectedIds` sees the current choice.
    this.selectedIds = event.detail.ids;
  }

  /** Enter on a tile: choose it if nothing is chosen yet, then confirm. */
  private onActivate(event: CustomEvent<AssetActivateDetail>): void {
    const { asset } = event.detail;
    if (this.selection.size === 0 || (!this.multiple && !this.selection.has(asset.id))) {
      const verdict = this.isSelectable(asset);
      if (verdict !== true) {
        this.announce(verdict);
        return;
      }
      this.selection = new Map([[asset.id, asset]]);
      this.selectedIds = [asset.id];
    }
    void this.confirm();
  }

  /** Builds the results (creating links) and hands them over. */
  private async confirm(): Promise<void> {
    if (this.busy) return;
    const chosen = [...this.selection.values()];
    if (chosen.length === 0) {
      this.announce(this.strings.picker.chooseOne);
      return;
    }
    const ctx = this.auth.ctx;
    if (!ctx) return;
    this.confirmAbort = new AbortController();
    this.busy = true;
    this.confirmError = undefined;
    this.confirmMessage = undefined;
    this.announce(this.strings.picker.preparing);
    try {
      const loaded = chosen.filter((asset) => !isPlaceholder(asset));
      const [{ buildPickedAssets, checkedResult, parseRendition }, presets] = await Promise.all([
        loadResults(),
        this.mayCreateLinks ? this.applicablePresets.load(ctx, loaded.map((asset) => asset.id)) : [],
      ]);
      const built = await buildPickedAssets(loaded, {
        rendition: parseRendition(this.rendition),
        presets,
        linkContext: this.mayCreateLinks ? ctx : undefined,
        // Publishing a link hands the file out, so it takes the same right as a download.
        mayEmbed: (asset) => this.permits(asset.id, DOWNLOAD_ACTION),
        altText: this.altText,
        signal: this.confirmAbort.signal,
      });
      // Earlier `value` entries stand in for assets never loaded, checked like fresh results.
      const earlier = this.value.map((item) => ({ id: item.id, name: item.filename || item.id, item: checkedResult(item) }));
      const neverLoaded = new Set(chosen.filter(isPlaceholder).map((asset) => asset.id));
      const unusable = [
        ...built.unusable.map(assetFilename),
        ...earlier.filter(({ id, item }) => !item && neverLoaded.has(id)).map(({ name }) => String(name)),
      ];
      const results = this.inSelectionOrder(chosen, built.assets, earlier, new Set(built.unusable.map((asset) => asset.id)));
      if (unusable.length > 0) this.reportUnusable(unusable);
      if (results.length === 0 && unusable.length > 0) return;
      this.announce(this.strings.picker.inserted(results.length));
      this.emit('dash-select', { assets: results });
      this.settle(results);
      // With an item left out, the dialog stays open so the editor reads why.
      if (this.modal && unusable.length === 0) this.finish('select');
    } catch (error) {
      const dashError = toDashError(error);
      if (dashError) this.confirmError = this.reportError(dashError);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Fresh results for loaded assets; earlier `value` entries (already checked) for the ones never
   * loaded. An asset whose fresh result was unusable gets no earlier entry either.
   */
  private inSelectionOrder(
    chosen: Asset[],
    built: PickedAsset[],
    earlier: { id: string; item?: PickedAsset }[],
    unusable: ReadonlySet<string>,
  ): PickedAsset[] {
    const byId = new Map<string, PickedAsset>();
    for (const { id, item } of earlier) if (item && !unusable.has(id)) byId.set(id, item);
    for (const item of built) byId.set(item.id, item);
    return chosen.map((asset) => byId.get(asset.id)).filter((item): item is PickedAsset => item !== undefined);
  }

  /**
   * Assets without a usable (http or https) URL are not inserted: one `invalid-response`
   * dash-error names them, and the footer says so in plain words.
   */
  private reportUnusable(names: string[]): void {
    const list = names.map((name) => `"${name}"`).join(', ');
    const error = new DashError(
      'invalid-response',
      `${names.length === 1 ? 'This asset has' : 'These assets have'} no usable web address (http or https) and ${names.length === 1 ? 'was' : 'were'} not inserted: ${list}.`,
    );
    this.confirmError = this.reportError(error);
    this.confirmMessage = this.strings.picker.unusable(names.length, list);
  }

  private cancel(): void {
    this.confirmAbort?.abort();
    if (this.modal && this.modalController?.isOpen) {
      this.finish('cancel');
      return;
    }
    this.emit('dash-cancel');
    this.settle(null);
  }

  /** Closes the dialog for `reason`; the dialog's `close` event does the rest. */
  private finish(reason: CloseReason): void {
    if (this.modal && this.modalController?.isOpen) {
      this.closeReason = reason;
      this.modalController?.close();
    } else if (reason !== 'select') {
      this.settle(null);
    }
  }

  /** Escape closes a modal dialog natively; remember it was a cancel. */
  private onDialogCancel(): void {
    this.confirmAbort?.abort();
    this.closeReason = 'cancel';
  }

  private onDialogClose(): void {
    const reason = this.closeReason;
    this.closeReason = 'close';
    this.modalController?.restoreFocus();
    if (reason === 'cancel') this.emit('dash-cancel');
    if (reason !== 'select') this.settle(null);
  }

  private settle(result: PickedAsset[] | null): void {
    const resolve = this.pending;
    this.pending = undefined;
    resolve?.(result);
  }

  private announce(message: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  // ---- folders -------------------------------------------------------------------------

  /** A new `folder`: searched at once when the folder field is known, else on sign-in. */
  private applyFolder(): void {
    const folderId = this.folder || undefined;
    if (folderId === this.assets.query.folderId) return;
    const ctx = this.auth.ctx;
    if (!ctx || !this.folderFieldId) {
      this.assets.query = { ...this.assets.query, folderId };
      return;
    }
    this.assets.set({ folderId });
    if (folderId) void this.openFolder(ctx, folderId);
  }

  private onFolderSelect(detail: FolderSelectDetail): void {
    this.assets.set({ folderId: detail.folder?.id });
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const frame = html`<section class="picker" part="base" aria-labelledby="title">
      ${this.renderHeader()} ${this.renderContent()}
    </section>`;
    if (!this.modal) return frame;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${this.onDialogCancel}
      @close=${this.onDialogClose}
    >
      ${frame}
    </dialog>`;
  }

  private renderHeader(): TemplateResult {
    return html`<div class="header" part="header">
      <h2 id="title">${this.heading || this.strings.picker.title}</h2>
      ${this.modal
        ? html`<button class="button" type="button" @click=${this.cancel}>${this.strings.common.close}</button>`
        : nothing}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const { status, error } = this.auth;
    if (status === 'passcode' || (status === 'loading' && this.submittingPasscode)) {
      const form = this.passcodeForm.get();
      if (!form) return renderLoading(this.strings);
      return form.renderPasscodeForm(this.strings, {
        title: this.auth.portal?.name,
        error: this.auth.error,
        submitting: this.submittingPasscode,
        onSubmit: (passcode) => void this.submitPasscode(passcode),
      });
    }
    if (status === 'error' && error) return renderError(this.strings, error, () => this.auth.retry());
    if (status !== 'ready') return renderLoading(this.strings);
    return html`${renderFilters(this.strings, this.assets, {
      onSearchArrowDown: () => this.grid?.focus(),
      describedBy: 'hint',
      extra: this.dateFilters.get()?.renderDateFilters(
        { from: this.strings.picker.dateFrom, until: this.strings.picker.dateTo },
        (patch) => this.assets.set(patch),
      ),
    })}
      <div class="body">
        ${this.renderFolders()}
        <div>${this.renderResults()}</div>
      </div>
      ${this.renderFooter()}`;
  }

  private renderFolders(): TemplateResult {
    return renderFolderTree(this.strings, {
      locale: this.locale,
      loader: this.folderLoader,
      selectedId: this.assets.query.folderId,
      onSelect: (detail) => this.onFolderSelect(detail),
      onError: (error) => this.reportError(error),
    });
  }

  private renderResults(): TemplateResult {
    const p = this.strings.portal;
    const { loading, loaded, error, total } = this.assets;
    const items = this.hideUnaccepted
      ? this.assets.items.filter((asset) => this.acceptable(asset))
      : this.assets.items;
    let message = '';
    if (loading && !loaded) message = p.loadingAssets;
    else if (loaded) message = p.resultCount(formatNumber(total, this.locale));
    // Unreadable assets are left out; the editor is told quietly, beside the count.
    if (loaded && this.assets.skipped > 0) message += ` ${p.skipped(this.assets.skipped)}`;
    const q = this.assets.query;
    const filtered = q.keywords.trim() !== '' || q.fileTypes.length > 0 || q.dateRange !== undefined;
    return html`
      <div class="status" role="status" aria-live="polite">${message}</div>
      ${error ? renderError(this.strings, error, () => this.assets.reload()) : nothing}
      ${loaded && items.length === 0 && !error && !this.assets.hasMore
        ? renderEmpty(this.strings, filtered ? p.noResults : p.emptyFolder)
        : nothing}
      <dash-asset-grid
        part="grid"
        ?hidden=${items.length === 0 && !this.assets.hasMore}
        .locale=${this.locale}
        .items=${items}
        .total=${this.hideUnaccepted ? undefined : total}
        .label=${p.assets}
        .selectionMode=${this.multiple ? 'multiple' : 'single'}
        .max=${this.limit}
        .isSelectable=${this.isSelectable}
        .clickSelects=${true}
        .selection=${this.selection}
        .hasMore=${this.assets.hasMore}
        .loading=${loading}
        @selection-change=${this.onSelectionChange}
        @asset-activate=${this.onActivate}
        @load-more=${() => this.assets.loadMore()}
      ></dash-asset-grid>
    `;
  }

  private renderFooter(): TemplateResult {
    const t = this.strings.picker;
    const count = this.selection.size;
    const limit = this.limit;
    return html`<div class="footer" part="footer">
      <div>
        <div class="status" role="status" aria-live="polite">
          ${count > 0 ? this.strings.portal.selected(count) : ''}
          ${limit !== undefined && count >= limit ? this.strings.portal.maxReached(limit) : ''} ${this.announcement}
        </div>
        <div class="hint" id="hint">${t.hint}</div>
        ${this.confirmError
          ? html`<div class="problem" role="alert">
              ${this.confirmMessage ?? this.strings.errors[this.confirmError.code] ?? this.confirmError.message}
            </div>`
          : nothing}
      </div>
      ${this.mayCreateLinks
        ? this.chooser.get()?.renderRenditionChooser(this.strings, {
            rendition: this.rendition,
            presets: this.presets,
            onChange: (rendition) => (this.rendition = rendition),
          })
        : html`<p class="hint">${t.previewOnly}</p>`}
      <div class="actions">
        <button class="button" part="cancel-button" type="button" @click=${this.cancel}>
          ${this.strings.common.cancel}
        </button>
        <button
          class="button primary"
          part="insert-button"
          type="button"
          aria-disabled=${count === 0 || this.busy ? 'true' : 'false'}
          @click=${this.confirm}
        >
          ${this.busy ? t.preparing : count > 1 ? t.insertCount(count) : t.insert}
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dash-asset-picker': DashAssetPicker;
  }
}
