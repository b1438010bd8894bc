import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { baseStyles } from '../../core/styles.js';
import { renderEmpty, renderLoading } from '../../core/states.js';
import { renderError } from '../../core/error-state.js';
import { formatNumber } from '../../i18n/index.js';
import { DashError } from '../../api/errors.js';
import { AuthController } from '../../browse/auth-controller.js';
import { AssetQueryController, defaultQuery, sortKeys, type AssetQuery } from '../../browse/asset-query.js';
import { DOWNLOAD_ACTION, portalAllowsDownload } from '../../browse/permissions.js';
import type { DownloadController } from '../../browse/download-controller.js';
import type { ApiContext, Asset, FieldOption, PortalData } from '../../browse/api.js';
import type { DashFolderTree, FolderLoader, FolderSelectDetail } from '../../browse/folder-tree.js';
import type { AssetActivateDetail, DashAssetGrid, SelectionChangeDetail } from '../../browse/asset-grid.js';
import '../../browse/asset-grid.js';
import { loadFolderTree, renderFolderTree } from '../../browse/folders.js';
import { renderFilters } from '../../browse/filters.js';
import { LazyModule } from '../../browse/lazy.js';
import { literalColour } from '../../browse/accent-colour.js';
import { assetForHost } from '../../browse/asset-info.js';
import { getThemeBySubdomain } from '../../api/theme.js';
import { browseStyles } from '../../browse/browse.styles.js';
type DownloadsModule = typeof import('./downloads.js');
import { portalBrowserStyles } from './portal-browser.styles.js';
type UrlStateModule = typeof import('./url-state.js');
const queryShape = { defaults: defaultQuery, sortKeys };
import { common, errors, portal } from '../../i18n/en.js';

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-portal-ready': CustomEvent<{ portal: PortalData }>;
    'dash-asset-open': CustomEvent<{ asset: Asset }>;
    'dash-download': CustomEvent<{ assetIds: string[]; url: string }>;
  }
}

/**
 * A Dash public portal, embedded in the page: welcome message, folders, search, filters and an
 * asset grid that pages on scroll, an asset view, and downloads when the portal allows them.
 *
 * @summary The Dash public portal as an element.
 *
 * @fires dash-portal-ready - `{portal}` once the portal is resolved and the visitor is signed in.
 * @fires dash-asset-open - `{asset}` when the visitor opens an asset (its `previewUrl` http(s) or null).
 * @fires dash-download - `{assetIds, url}` when a download job finished: the absolute http(s) URL of the file or zip. A job that answered no usable URL is a failed download and a `dash-error` instead.
 * @fires dash-error - `{code, message, status?}` for every failure shown in the element.
 *
 * @csspart header - The portal name and welcome message.
 * @csspart toolbar - Search, file-type filter, sort and "recently added".
 * @csspart folders - The folder tree.
 * @csspart breadcrumb - The folder path.
 * @csspart grid - The asset grid element.
 * @csspart asset-view - The asset view element.
 * @csspart selection-bar - Shown while assets are selected for a zip download.
 * @csspart download-button - Buttons starting a download.
 * @csspart download-status - Progress, outcome or error of the running download.
 * @csspart format-select - The choice of original or preset for a download.
 * @csspart cancel-button - Cancels the running download job.
 * @csspart download-link - The link to the finished download.
 * @csspart passcode-form - The passcode form.
 * @csspart loading - Loading state.
 * @csspart empty - Empty folder or no results.
 * @csspart error - Error state.
 * @csspart retry-button - The retry button of an error.
 *
 * @cssprop [--dash-accent=#2563eb] - Accent colour; without it the account theme's `accentColour` is used.
 * @cssprop [--dash-radius=8px] - Corner radius.
 * @cssprop [--dash-gap=8px] - Spacing.
 * @cssprop [--dash-font=inherit] - Font family.
 * @cssprop [--dash-tile-size=160px] - Minimum width of a grid tile.
 */
export class DashPortalBrowser extends DashElement {
  static override englishStrings = { common, errors, portal };

  static override styles = [baseStyles, browseStyles, portalBrowserStyles];

  static override properties: PropertyDeclarations = {
    portal: { reflect: true },
    passcode: {},
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    folderPath: { state: true },
    openIndex: { state: true },
    selection: { state: true },
    presetId: { state: true },
    submitting: { state: true },
    folderLoader: { state: true },
    viewLoaded: { state: true },
    downloads: { state: true },
  };

  /** The portal's slug. */
  portal = '';

  /**
   * The portal's passcode, when the site chooses to embed it. Without it a passcode portal asks
   * the visitor. Not reflected: what the visitor types stays in memory.
   */
  passcode?: string;

  /** Mirror the browsing state (folder, search, filters, open asset) in the page URL. */
  syncUrl = false;

  private folderPath: FieldOption[] = [];
  private openIndex?: number;
  private selection: ReadonlyMap<string, Asset> = new Map();
  private presetId = '';
  private submitting = false;
  private folderLoader?: FolderLoader;
  private viewLoaded = false;

  private get grid(): DashAssetGrid | null {
    return this.renderRoot?.querySelector<DashAssetGrid>('dash-asset-grid') ?? null;
  }
  private get tree(): DashFolderTree | null {
    return this.renderRoot?.querySelector<DashFolderTree>('dash-folder-tree') ?? null;
  }

  private folderFieldId?: string;
  /** The portal of the last sign-in ('' with a host token); undefined before the first. */
  private readyPortalId?: string;
  /** An asset id from the URL to open once the results are in. */
  private pendingAssetId?: string;
  private lastDownload?: { assetIds: string[]; presetId?: string };
  /** Set with `sync-url` once the URL state module has loaded and the URL has been read. */
  private urlState?: UrlStateModule;

  private readonly passcodeForm = new LazyModule(
    this,
    () => import('../../browse/passcode-form.js'),
    (error) => this.reportError(error),
  );

  private readonly auth = new AuthController(this, {
    onReady: (ctx, portal) => this.onReady(ctx, portal),
    onError: (error) => this.reportError(error),
    // Frameworks set properties after the upgrade: an incomplete configuration waits for them.
    settled: () => this.configSettled(),
  });

  private readonly assets = new AssetQueryController(this, {
    // With sync-url, nothing is searched before the URL has been read (its module loads lazily).
    context: () => (this.syncUrl && !this.urlState ? undefined : this.auth.ctx),
    folderFieldId: () => this.folderFieldId,
    onError: (error) => this.reportError(error),
    onSkipped: (error) => this.reportError(error),
  });

  /** Set once the download module has loaded (see `loadDownloads`). */
  private downloads?: { module: DownloadsModule; controller: DownloadController };
  private downloadsLoading?: Promise<DownloadController>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.syncUrl) return;
    if (this.urlState) this.readUrl(this.urlState);
    else void this.loadUrlState();
  }

  /**
   * Only sites with `sync-url` need the URL code. It loads while the portal signs in (a network
   * round trip); the search waits for it (see `assets`), so it starts from the URL's state.
   */
  private async loadUrlState(): Promise<void> {
    try {
      this.urlState = await import('./url-state.js');
    } catch (error) {
      this.reportError(error);
      return;
    }
    this.readUrl(this.urlState);
    this.requestUpdate();
    // Signed in already: the folder could not be shown before.
    const { folderId } = this.assets.query;
    if (folderId && this.auth.ctx && this.folderFieldId) {
      await this.restoreFolder(this.auth.ctx, folderId);
    }
  }

  private readUrl(urlState: UrlStateModule): void {
    const { query, assetId } = urlState.readUrlState(queryShape);
    this.assets.query = query;
    this.pendingAssetId = assetId;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.syncUrl && this.urlState && this.auth.status === 'ready') {
      this.urlState.writeUrlState({ query: this.assets.query, assetId: this.openAsset?.id }, queryShape);
    }
    this.openPendingAsset();
  }

  private get downloadsAllowed(): boolean {
    return this.auth.status === 'ready' && portalAllowsDownload(this.auth.portal);
  }

  private canDownload(asset: Asset): boolean {
    return this.downloadsAllowed && this.assets.permits(asset.id, DOWNLOAD_ACTION);
  }

  private get openAsset(): Asset | undefined {
    return this.openIndex === undefined ? undefined : this.assets.items[this.openIndex];
  }

  private async onReady(ctx: ApiContext, portal: PortalData | undefined): Promise<void> {
    this.submitting = false;
    // A new sign-in owns the tree: the previous one's folders never show under it.
    this.folderLoader = undefined;
    this.folderFieldId = undefined;
    if (this.readyPortalId !== undefined && portal?.id !== this.readyPortalId) {
      // Another portal (a newer configuration): its folders, assets and selection are not these.
      // Keywords and filters stay; a folder from the URL applies only to the first portal.
      this.folderPath = [];
      this.selection = new Map();
      this.openIndex = undefined;
      this.pendingAssetId = undefined;
      this.assets.query = { ...this.assets.query, folderId: undefined };
    }
    this.readyPortalId = portal?.id ?? '';
    if (portal) {
      void this.loadAccent(ctx);
      this.emit('dash-portal-ready', { portal });
    }
    try {
      // A portal's tree starts at its whitelisted folders, whatever their depth in the account.
      const { fieldId, loader } = await loadFolderTree(ctx, portal?.whitelistedFolderFieldOptionIds);
      if (ctx !== this.auth.ctx) return;
      this.folderFieldId = fieldId;
      this.folderLoader = loader;
      // A folder restored from the URL could not be applied before the field id was known.
      const folderId = this.assets.query.folderId;
      if (folderId) {
        this.assets.reload();
        await this.restoreFolder(ctx, folderId);
      }
    } catch (error) {
      this.reportError(error);
    }
  }

  /**
   * Shows a folder restored from the URL: its breadcrumb and its branch of the tree, from the
   * folder's ancestry (`GET /field-options/{id}`). A folder that is not the visitor's to see
   * (outside the portal's whitelisted folders, or gone) is dropped: the portal opens on all.
   */
  private async restoreFolder(ctx: ApiContext, folderId: string): Promise<void> {
    const roots = this.auth.portal?.whitelistedFolderFieldOptionIds;
    let path: FieldOption[] = [];
    try {
      const { folderLineage } = await import('../../browse/folder-path.js');
      path = await folderLineage(ctx, folderId, { roots });
    } catch (error) {
      if (!(error instanceof DashError && error.code === 'not-found')) {
        this.reportError(error);
        return;
      }
    }
    if (ctx !== this.auth.ctx || this.assets.query.folderId !== folderId) return;
    if (path.length === 0) {
      this.changeQuery({ folderId: undefined });
      return;
    }
    this.folderPath = path;
    await this.updateComplete;
    await this.tree?.revealPath(path);
  }

  /**
   * The account's accent colour, from its Theme (found by subdomain, without a token). A site's
   * --dash-accent takes precedence (the custom property chain in the styles). Only a literal
   * colour is applied, set through CSSOM: no inline style in markup. Without a theme, or when
   * the search fails, the default accent stays — a colour is not worth an error state.
   */
  private async loadAccent(ctx: ApiContext): Promise<void> {
    let colour: string | undefined;
    try {
      const theme = await getThemeBySubdomain({ ...ctx, auth: undefined }, this.subdomain);
      colour = literalColour(theme?.accentColour);
    } catch {
      colour = undefined;
    }
    if (ctx !== this.auth.ctx) return;
    if (colour) this.style.setProperty('--_portal-accent', colour);
    else this.style.removeProperty('--_portal-accent');
  }

  // ---- navigation -------------------------------------------------------------------------

  /** Any change of what is listed closes the asset view: its index would point into a new list. */
  private changeQuery(patch: Partial<AssetQuery>): void {
    this.openIndex = undefined;
    this.assets.set(patch);
  }

  private onFolderSelect(detail: FolderSelectDetail): void {
    this.folderPath = detail.path;
    this.changeQuery({ folderId: detail.folder?.id, recent: false });
  }

  private goToFolder(folder: FieldOption | undefined): void {
    const id = folder?.id ?? '';
    this.tree?.reveal(id);
    this.folderPath = folder ? (this.tree?.pathTo(id) ?? []) : [];
    this.changeQuery({ folderId: folder?.id, recent: false });
  }

  // ---- asset view -------------------------------------------------------------------------

  private async open(index: number): Promise<void> {
    const asset = this.assets.items[index];
    if (!asset) return;
    try {
      // Neither the asset view nor the downloads are needed for browsing: they load on the first
      // open, in parallel, off the initial bundle.
      await Promise.all([
        this.viewLoaded ? undefined : import('../../browse/asset-view.js'),
        this.downloadsAllowed ? this.loadDownloads([asset.id]) : undefined,
      ]);
    } catch (error) {
      this.reportError(error);
      return;
    }
    this.viewLoaded = true;
    this.openIndex = index;
    this.emit('dash-asset-open', { asset: assetForHost(asset) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dash-asset-view')?.focus();
    // Keep a page ahead so "next" never runs into the end of what is loaded.
    if (index >= this.assets.items.length - 2) this.assets.loadMore();
  }

  private async closeView(): Promise<void> {
    this.openIndex = undefined;
    // Back to the selection bar: its presets are the ones applicable to the selection.
    if (this.selection.size > 0) void this.downloads?.controller.loadPresets([...this.selection.keys()]);
    await this.updateComplete;
    this.grid?.focus();
  }

  private openPendingAsset(): void {
    if (!this.pendingAssetId || !this.assets.loaded) return;
    const index = this.assets.items.findIndex((asset) => asset.id === this.pendingAssetId);
    this.pendingAssetId = undefined;
    if (index >= 0) void this.open(index);
  }

  // ---- downloads --------------------------------------------------------------------------

  /** Loads the download module once, then the presets applicable to `assetIds`. */
  private loadDownloads(assetIds: readonly string[]): Promise<DownloadController> {
    this.downloadsLoading ??= import('./downloads.js').then((module) => {
      const controller = new module.DownloadController(this, {
        context: () => this.auth.ctx,
        onDone: (assetIds, url) => this.emit('dash-download', { assetIds, url }),
        onError: (error) => this.reportError(error),
      });
      this.downloads = { module, controller };
      return controller;
    });
    return this.downloadsLoading.then((controller) => {
      void controller.loadPresets(assetIds);
      return controller;
    });
  }

  private startDownload(assetIds: string[]): void {
    // A preset chosen for another asset that does not apply to these is not sent.
    const presetId = this.downloads?.controller.offered(this.presetId);
    this.lastDownload = { assetIds, presetId };
    void this.downloads?.controller.start(assetIds, presetId);
  }

  private retryDownload(): void {
    const last = this.lastDownload;
    if (last) void this.downloads?.controller.start(last.assetIds, last.presetId);
  }

  private onSelectionChange(event: CustomEvent<SelectionChangeDetail>): void {
    this.selection = new Map(event.detail.assets.map((asset) => [asset.id, asset]));
    if (this.selection.size > 0) this.loadDownloads([...this.selection.keys()]).catch((error) => this.reportError(error));
  }

  // ---- passcode ---------------------------------------------------------------------------

  private async submitPasscode(passcode: string): Promise<void> {
    this.submitting = true;
    await this.auth.submitPasscode(passcode);
    this.submitting = false;
    if (this.auth.status === 'passcode') {
      // Back to the field, selected, so the visitor can simply type again.
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#passcode');
      field?.focus();
      field?.select();
    }
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { status, error } = this.auth;
    if (status === 'passcode' || (status === 'loading' && this.submitting)) return this.renderPasscode();
    if (status === 'error' && error) return renderError(this.strings, error, () => this.auth.retry());
    if (status !== 'ready') return renderLoading(this.strings);
    return this.renderPortal();
  }

  private renderPasscode(): TemplateResult {
    const form = this.passcodeForm.get();
    if (!form) return renderLoading(this.strings);
    return form.renderPasscodeForm(this.strings, {
      title: this.auth.portal?.name,
      error: this.auth.error,
      submitting: this.submitting,
      onSubmit: (passcode) => void this.submitPasscode(passcode),
    });
  }

  private renderPortal(): TemplateResult {
    const portal = this.auth.portal;
    const asset = this.openAsset;
    return html`<div class="portal" role="region" aria-label=${portal?.name ?? this.strings.portal.region}>
      ${portal ? this.renderWelcome(portal) : nothing} ${this.renderToolbar(portal)}
      <div class="layout">
        ${renderFolderTree(this.strings, {
          locale: this.locale,
          loader: this.folderLoader,
          selectedId: this.assets.query.folderId,
          onSelect: (detail) => this.onFolderSelect(detail),
          onError: (error) => this.reportError(error),
        })}
        <div>
          ${this.renderBreadcrumb()}
          ${this.downloads
            ? this.downloads.module.renderDownloadStatus(this.strings, this.downloads.controller, () =>
                this.retryDownload(),
              )
            : nothing}
          ${asset ? this.renderView(asset) : nothing}
          <div ?hidden=${asset !== undefined}>${this.renderResults()}</div>
        </div>
      </div>
    </div>`;
  }

  private renderWelcome(portal: PortalData): TemplateResult {
    const welcome = portal.welcomeMessage;
    return html`<div class="welcome" part="header">
      <h2>${portal.name}</h2>
      ${welcome?.title ? html`<h3>${welcome.title}</h3>` : nothing}
      ${welcome?.body ? html`<p>${welcome.body}</p>` : nothing}
    </div>`;
  }

  private renderToolbar(portal: PortalData | undefined): TemplateResult {
    return renderFilters(this.strings, this.assets, {
      set: (patch) => this.changeQuery(patch),
      beforeType: () => (this.openIndex = undefined),
      submitPatch: { recent: false },
      recent: portal?.showRecentlyAddedAssets,
    });
  }

  private renderBreadcrumb(): TemplateResult {
    const p = this.strings.portal;
    const path = this.assets.query.recent ? [] : this.folderPath;
    const current = this.assets.query.recent ? p.recentlyAdded : (path.at(-1)?.value ?? p.allAssets);
    return html`<nav part="breadcrumb" aria-label=${p.breadcrumb}>
      <ol>
        ${path.length || this.assets.query.recent
          ? html`<li><button class="link" type="button" @click=${() => this.goToFolder(undefined)}>${p.allAssets}</button></li>`
          : nothing}
        ${path.slice(0, -1).map(
          (folder) => html`<li><button class="link" type="button" @click=${() => this.goToFolder(folder)}>${folder.value}</button></li>`,
        )}
        <li aria-current="page">${current}</li>
      </ol>
    </nav>`;
  }

  private renderResults(): TemplateResult {
    const p = this.strings.portal;
    const { items, loading, loaded, error, total } = this.assets;
    const q = this.assets.query;
    const filtered = q.keywords.trim() !== '' || q.fileTypes.length > 0;
    let message = '';
    if (loading && !loaded) message = p.loadingAssets;
    else if (loaded) message = p.resultCount(formatNumber(total, this.locale));
    // Unreadable assets are left out; the visitor is told quietly, beside the count.
    if (loaded && this.assets.skipped > 0) message += ` ${p.skipped(this.assets.skipped)}`;
    return html`
      <div class="status-line" role="status" aria-live="polite">${message}</div>
      ${error ? renderError(this.strings, error, () => this.assets.reload()) : nothing}
      ${loaded && items.length === 0 && !error
        ? renderEmpty(this.strings, filtered ? p.noResults : p.emptyFolder)
        : nothing}
      ${
        // The bar is there to download the selection: it waits for the download module (loaded
        // on the first selection) rather than show without its button.
        this.selection.size > 0 && this.downloads ? this.renderSelectionBar() : nothing
      }
      <dash-asset-grid
        part="grid"
        ?hidden=${items.length === 0}
        .locale=${this.locale}
        .items=${items}
        .total=${total}
        .label=${p.assets}
        .selectionMode=${this.downloadsAllowed ? 'multiple' : 'none'}
        .isSelectable=${(asset: Asset) => this.canDownload(asset) || this.strings.errors.forbidden}
        .selection=${this.selection}
        .hasMore=${this.assets.hasMore}
        .loading=${loading}
        @asset-activate=${(event: CustomEvent<AssetActivateDetail>) => this.open(event.detail.index)}
        @selection-change=${this.onSelectionChange}
        @load-more=${() => this.assets.loadMore()}
      ></dash-asset-grid>
    `;
  }

  private renderSelectionBar(): TemplateResult {
    const p = this.strings.portal;
    const ids = [...this.selection.keys()];
    return html`<div class="bar" part="selection-bar">
      <span>${p.selected(ids.length)}</span>
      ${this.renderDownloadButton({
        id: 'selection',
        label: ids.length > 1 ? p.downloadSelected(ids.length) : p.download,
        onDownload: () => this.startDownload(ids),
      })}
      <button class="button" type="button" @click=${() => (this.selection = new Map())}>${p.clearSelection}</button>
    </div>`;
  }

  private renderDownloadButton(options: { id: string; label: string; onDownload: () => void }) {
    if (!this.downloads) return nothing;
    return this.downloads.module.renderDownloadButton(this.strings, this.downloads.controller, {
      ...options,
      presetId: this.downloads.controller.offered(this.presetId) ?? '',
      onPreset: (id) => (this.presetId = id),
    });
  }

  private renderView(asset: Asset): TemplateResult {
    if (!this.viewLoaded) return renderLoading(this.strings);
    const index = this.openIndex ?? 0;
    return html`<dash-asset-view
      part="asset-view"
      .locale=${this.locale}
      .asset=${asset}
      .index=${index}
      .count=${this.assets.total}
      @navigate=${(event: CustomEvent<{ delta: number }>) => this.open(index + event.detail.delta)}
      @close=${this.closeView}
    >
      ${this.canDownload(asset)
        ? html`<div slot="actions" class="toolbar">
            ${this.renderDownloadButton({
              id: 'asset',
              label: this.strings.portal.download,
              onDownload: () => this.startDownload([asset.id]),
            })}
          </div>`
        : nothing}
    </dash-asset-view>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dash-portal-browser': DashPortalBrowser;
  }
}
