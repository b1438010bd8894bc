import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import { DashElement } from '../../core/dash-element.js';
import { baseStyles } from '../../core/styles.js';
import type { Asset, FieldOption, PortalData } from '../../api/models.js';
import { presetsForAssets } from '../../api/presets.js';
import { BrowseSession } from '../../browse/session.js';
import type { AssetQuery } from '../../browse/asset-query.js';
import { DOWNLOAD_ACTION, portalAllowsDownload } from '../../browse/permissions.js';
import type { DashFolderTree } from '../../browse/folders.js';
import { renderFilters } from '../../browse/filters.js';
import { renderFolders, renderResults, renderSignIn } from '../../browse/results.js';
import { assetForHost } from '../../browse/asset-info.js';
import { browseStyles } from '../../browse/browse.styles.js';
import { DashAssetView } from '../../browse/asset-view.js';
import { getPortalFields, type ViewField } from '../../api/field-views.js';
import { videoFileUrl } from '../../api/video.js';
import { DownloadController } from './download-controller.js';
import { DownloadToast, focusInvalidSide, renderDownloadButton } from './download-ui.js';
import { TermsGate, type TermsAcceptDetail } from './terms.js';
import { BrandController, renderPortalHeader, renderPortalNotFound } from './portal-header.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { portalBrowserStyles } from './portal-browser.styles.js';
import { common, errors, portal } from '../../i18n/en.js';

/** The asset view's parts, styled through the portal browser as its own. */
const ASSET_VIEW_PARTS =
  'back-button, preview, video-poster, play-button, video-note, details, licence-badge, expired-badge';

// Registered here, not by a bare `import '../../browse/asset-view.js'`: bundlers drop a module imported only
// for its side effects unless package.json "sideEffects" names it.
DashAssetView.define('dash-asset-view');

declare module '../../core/events.js' {
  interface DashEventMap {
    'dash-portal-ready': CustomEvent<{ portal: PortalData }>;
    'dash-asset-open': CustomEvent<{ asset: Asset }>;
    'dash-download': CustomEvent<{ assetIds: string[]; url: string }>;
    'dash-terms-accept': CustomEvent<TermsAcceptDetail>;
  }
}

/**
 * A Dash public portal, embedded in the page: welcome message, folders, search, filters and an
 * asset grid that pages on scroll, an asset view, and downloads when the portal allows them.
 * A video plays in the asset view where the visitor may download it: Play asks for a download job
 * of its original (the API has no streaming URL) and the player gets its file; where downloading
 * is not allowed, the poster says the video cannot be played here.
 *
 * @summary The Dash public portal as an element.
 *
 * @fires dash-portal-ready - `{portal}` once the portal is resolved and the visitor is signed in.
 * @fires dash-asset-open - `{asset}` when the visitor opens an asset (its `previewUrl` http(s) or null).
 * @fires dash-download - `{assetIds, url}` when a download job finished: the absolute http(s) URL of the file or zip. A job that answered no usable URL is a failed download and a `dash-error` instead.
 * @fires dash-terms-accept - `{timestamp, terms}` when the visitor accepts the terms (`terms`), before the download they asked for starts: `timestamp` in milliseconds since the epoch, `terms` the text they accepted. Once per element until the terms change.
 * @fires dash-analytics - `{action, element, …}` what the visitor does: `impression` (an asset seen for a second), `search` (with `resultCount`), `video-play`, `download-start` and `download-finish`. For a tag manager; nothing is sent anywhere.
 * @fires dash-error - `{code, message, status?}` for every failure shown in the element.
 *
 * @slot terms - Terms to accept before the first download, as the host's own markup (links, lists); used instead of the `terms` attribute.
 *
 * @csspart header - The portal name and welcome message.
 * @csspart logo - The account's logo in the header, or the first letter of its name on the account colour where the portal has no logo.
 * @csspart toolbar - Search, file-type filter, sort and "recently added".
 * @csspart folders - The folder tree.
 * @csspart breadcrumb - The folder path.
 * @csspart grid - The asset grid element.
 * @csspart asset-view - The asset view element.
 * @csspart back-button - The asset view's way back to the results.
 * @csspart preview - The asset view's preview area.
 * @csspart video-poster - A video's preview image before it plays.
 * @csspart play-button - Plays a video (where the visitor may download it).
 * @csspart video-note - Why a video cannot be played, or what went wrong getting it.
 * @csspart details - The asset view's list of details and metadata fields.
 * @csspart licence-badge - An asset's licence, as a badge in its details.
 * @csspart expired-badge - "Licence expired" beside an expiry date that has passed.
 * @csspart selection-bar - Shown while assets are selected for a zip download.
 * @csspart download-button - Buttons starting a download.
 * @csspart download-status - Progress, outcome or error of the running download.
 * @csspart format-select - The choice of original, preset or custom size for a download.
 * @csspart custom-size - The width, height and file type of a custom size download.
 * @csspart terms-dialog - The dialog asking the visitor to accept the terms before the first download.
 * @csspart terms-accept-button - Accepts the terms and starts the download.
 * @csspart terms-cancel-button - Closes the terms without downloading.
 * @csspart cancel-button - Cancels the running download job.
 * @csspart download-link - The link to the finished download.
 * @csspart passcode-form - The passcode form.
 * @csspart loading - The loading state while the portal opens: placeholders in the shape of the
 *   header, the search bar, the folders and two rows of tiles, and "Loading…" as a visually hidden status.
 * @csspart empty - Empty folder or no results.
 * @csspart error - Error state.
 * @csspart retry-button - The retry button of an error.
 *
 * @cssprop [--dash-accent=#2563eb towards the text colour] - Accent colour; without it the account theme's `accentColour` is used.
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
    terms: {},
    openIndex: { state: true },
    selection: { state: true },
    presetId: { state: true },
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

  /**
   * Terms the visitor accepts before their first download (plain text; line breaks are kept, HTML
   * is shown as written). For markup use the `terms` slot. Acceptance lasts as long as the element
   * (in memory, nothing stored) and is asked again when the terms change; each acceptance is a
   * `dash-terms-accept` event for the site to record.
   */
  terms?: string;

  private openIndex?: number;
  private selection: ReadonlyMap<string, Asset> = new Map();
  private presetId = '';
  /** An asset id from the URL to open once the results are in. */
  #pendingAssetId?: string;

  readonly #session = new BrowseSession(this, {
    onError: (error) => this.reportError(error),
    // Frameworks set properties after the upgrade: an incomplete configuration waits for them.
    settled: () => this.configSettled(),
    onReady: (_ctx, portal, switched) => this.#onReady(portal, switched),
    // The open asset's presets, else the selection's: what a download would fetch.
    presetsFor: () =>
      !this.#downloadsAllowed ? [] : this.#openAsset ? [this.#openAsset.id] : [...this.selection.keys()],
  });

  readonly #downloads = new DownloadController(this, {
    context: () => this.#session.ctx,
    // The server lists presets applicable to *any* of the assets; only those that apply to each
    // one's type are offered (an image preset is not a PDF's, nor a mixed zip's).
    presets: () => {
      const presets = this.#session.presets;
      return presets && presetsForAssets(presets, this.#downloadAssets);
    },
    onDone: (assetIds, url) => {
      this.emit('dash-download', { assetIds, url });
      void this.#toast.save();
    },
    onError: (error) => this.reportError(error),
    // A custom size resizes and converts images; other files would come as they are.
    resizable: () => this.#downloadAssets.every((asset) => asset.currentAssetFile?.mediaType?.type === 'image'),
  });

  readonly #terms = new TermsGate(this, (detail) => this.emit('dash-terms-accept', detail));

  readonly #toast = new DownloadToast(this, this.#downloads, () => this.#grid());

  /** The account's accent colour and logo, for the header. */
  readonly #brand = new BrandController(
    this,
    () => [this.#session.portal ? this.#session.ctx : undefined, this.subdomain] as const,
  );

  get #query() {
    return this.#session.query;
  }

  get #tree(): DashFolderTree | null {
    return this.renderRoot?.querySelector<DashFolderTree>('dash-folder-tree') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.syncUrl) return;
    const { query, assetId } = readUrlState();
    this.#query.query = query;
    this.#pendingAssetId = assetId;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.syncUrl && this.#session.status === 'ready') {
      writeUrlState({ query: this.#query.query, assetId: this.#openAsset?.id });
    }
    this.#openPendingAsset();
  }

  get #downloadsAllowed(): boolean {
    return this.#session.status === 'ready' && portalAllowsDownload(this.#session.portal);
  }

  #canDownload(asset: Asset): boolean {
    return this.#downloadsAllowed && this.#query.permits(asset.id, DOWNLOAD_ACTION);
  }

  /**
   * A playable URL of a video: its original through a download job, the API's only way to its
   * file. Reported as dash-error when it fails (the asset view offers Play again).
   */
  readonly #videoSource = async (asset: Asset, signal: AbortSignal): Promise<string> => {
    const ctx = this.#session.ctx;
    try {
      if (!ctx) throw new Error('The portal is not signed in.');
      return await videoFileUrl(ctx, asset.id, signal);
    } catch (error) {
      if (!signal.aborted) this.reportError(error);
      throw error;
    }
  };

  /** What a download would fetch: the open asset, else the selection. */
  get #downloadAssets(): Asset[] {
    return this.#openAsset ? [this.#openAsset] : [...this.selection.values()];
  }

  get #openAsset(): Asset | undefined {
    return this.openIndex === undefined ? undefined : this.#query.items[this.openIndex];
  }

  /** Set when the visitor first opens an asset after a sign-in: only the asset view shows fields. */
  #fieldsWanted = false;

  /**
   * The metadata fields the portal shows in the asset view (none when it has no field view), asked
   * for when the visitor first opens an asset; a sign-in to another portal drops them (and cancels
   * a request still on its way).
   */
  readonly #fields = new Task(this, {
    task: ([ctx], { signal }): Promise<readonly ViewField[]> =>
      ctx ? getPortalFields(ctx, { signal }) : Promise.resolve([]),
    args: () => [this.#fieldsWanted ? this.#session.ctx : undefined] as const,
  });

  #onReady(portal: PortalData | undefined, switched: boolean): void {
    if (switched) {
      this.#fieldsWanted = false;
      // Another portal (a newer configuration): its assets and selection are not these.
      this.selection = new Map();
      this.openIndex = undefined;
      this.#pendingAssetId = undefined;
    }
    if (portal) this.emit('dash-portal-ready', { portal });
  }

  // ---- navigation -------------------------------------------------------------------------

  /** Any change of what is listed closes the asset view: its index would point into a new list. */
  #changeQuery(patch: Partial<AssetQuery>): void {
    this.openIndex = undefined;
    this.#session.setQuery(patch);
  }

  #goToFolder(folder: FieldOption | undefined): void {
    const id = folder?.id ?? '';
    this.#tree?.reveal(id);
    this.#session.folderPath = folder ? (this.#tree?.pathTo(id) ?? []) : [];
    this.#changeQuery({ folderId: folder?.id, recent: false });
  }

  // ---- asset view -------------------------------------------------------------------------

  async #open(index: number): Promise<void> {
    const asset = this.#query.items[index];
    if (!asset) return;
    this.#fieldsWanted = true;
    this.openIndex = index;
    this.emit('dash-asset-open', { asset: assetForHost(asset) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dash-asset-view')?.focus();
    // Keep a page ahead so "next" never runs into the end of what is loaded.
    if (index >= this.#query.items.length - 2) this.#query.loadMore();
  }

  async #closeView(): Promise<void> {
    this.openIndex = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dash-asset-grid')?.focus();
  }

  #openPendingAsset(): void {
    if (!this.#pendingAssetId || !this.#query.loaded) return;
    const index = this.#query.items.findIndex((asset) => asset.id === this.#pendingAssetId);
    this.#pendingAssetId = undefined;
    if (index >= 0) void this.#open(index);
  }

  async #startDownload(origin: string, assetIds: string[]): Promise<void> {
    // A preset chosen for another asset that does not apply to these is not sent.
    const choice = this.#downloads.choice(this.presetId);
    if (!choice) {
      await this.updateComplete;
      focusInvalidSide(this.renderRoot);
      return;
    }
    // No job is asked for until the terms, if any, are accepted.
    this.#terms.run(() => {
      this.#toast.starting(origin);
      void this.#downloads.start(assetIds, choice);
    });
  }

  #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('dash-asset-grid');
  }

  async #clearSelection(): Promise<void> {
    this.selection = new Map();
    // The bar and its buttons leave with the selection: focus moves to the assets.
    await this.updateComplete;
    this.#grid()?.focus();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { status, error } = this.#session;
    if (status === 'error' && error?.code === 'not-found') {
      return renderPortalNotFound(this.strings, error, () => this.#session.retry());
    }
    return renderSignIn(this.#view, this.#session, undefined, 'portal') ?? this.#renderPortal();
  }

  get #view() {
    return { strings: this.strings, locale: this.locale };
  }

  #renderPortal(): TemplateResult {
    const portal = this.#session.portal;
    const asset = this.#openAsset;
    return html`<div class="portal" role="region" aria-label=${portal?.name ?? this.strings.portal.region}>
      ${portal ? renderPortalHeader(portal, this.#brand) : nothing}
      ${renderFilters(this.strings, this.#query, {
        set: (patch) => this.#changeQuery(patch),
        beforeType: () => (this.openIndex = undefined),
        submitPatch: { recent: false },
        recent: portal?.showRecentlyAddedAssets,
      })}
      <div class="layout">
        ${renderFolders(this.#view, this.#session, () => {
          this.openIndex = undefined;
          return { recent: false };
        })}
        <div>
          ${this.#renderBreadcrumb()} ${asset ? this.#renderView(asset) : nothing}
          <div class="results" ?hidden=${asset !== undefined}>
            ${renderResults(this.#view, this.#session, {
              selectionMode: this.#downloadsAllowed ? 'multiple' : 'none',
              isSelectable: (asset: Asset) => this.#canDownload(asset) || this.strings.errors.forbidden,
              selection: this.selection,
              beforeGrid: this.selection.size > 0 ? this.#renderSelectionBar() : nothing,
              onActivate: (detail) => void this.#open(detail.index),
              onSelectionChange: (detail) => (this.selection = new Map(detail.assets.map((a) => [a.id, a]))),
            })}
          </div>
        </div>
      </div>
      ${this.#toast.render(this.strings)} ${this.#terms.render(this.strings)}
    </div>`;
  }

  #renderBreadcrumb(): TemplateResult {
    const p = this.strings.portal;
    const { recent } = this.#query.query;
    const path = recent ? [] : this.#session.folderPath;
    const current = recent ? p.recentlyAdded : (path.at(-1)?.value ?? p.allAssets);
    const link = (folder: FieldOption | undefined, label: string) =>
      html`<li><button class="link" type="button" @click=${() => this.#goToFolder(folder)}>${label}</button></li>`;
    // At the top there is no path to show: narrow, the folders button already names "All assets".
    return html`<nav part="breadcrumb" aria-label=${p.breadcrumb} class=${path.length || recent ? '' : 'top'}>
      <ol>
        ${path.length || recent ? link(undefined, p.allAssets) : nothing}
        ${path.slice(0, -1).map((folder) => link(folder, folder.value))}
        <li aria-current="page">${current}</li>
      </ol>
    </nav>`;
  }

  #renderSelectionBar(): TemplateResult {
    const p = this.strings.portal;
    const ids = [...this.selection.keys()];
    return html`<div class="bar" part="selection-bar">
      <span>${p.selected(ids.length)}</span>
      ${this.#renderDownloadButton('selection', ids.length > 1 ? p.downloadSelected(ids.length) : p.download, ids)}
      <button class="button" type="button" @click=${this.#clearSelection}>${p.clearSelection}</button>
    </div>`;
  }

  #renderDownloadButton(id: string, label: string, assetIds: string[]): TemplateResult {
    return renderDownloadButton(this.strings, this.#downloads, {
      id,
      label,
      presetId: this.#downloads.offered(this.presetId) ?? '',
      locale: this.locale,
      onPreset: (presetId) => (this.presetId = presetId),
      onDownload: () => void this.#startDownload(id, assetIds),
    });
  }

  #renderView(asset: Asset): TemplateResult {
    const index = this.openIndex ?? 0;
    return html`<dash-asset-view
      part="asset-view"
      exportparts=${ASSET_VIEW_PARTS}
      .locale=${this.locale}
      .asset=${asset}
      .index=${index}
      .count=${this.#query.total}
      .fields=${this.#fields.value ?? []}
      .videoSource=${this.#canDownload(asset) ? this.#videoSource : undefined}
      @navigate=${(event: CustomEvent<{ delta: number }>) => this.#open(index + event.detail.delta)}
      @close=${this.#closeView}
    >
      ${
        this.#canDownload(asset)
          ? html`<div slot="actions" class="toolbar">
              ${this.#renderDownloadButton('asset', this.strings.portal.download, [asset.id])}
            </div>`
          : nothing
      }
    </dash-asset-view>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dash-portal-browser': DashPortalBrowser;
  }
}
