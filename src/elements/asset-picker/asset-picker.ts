// Over ~350 lines because the picker's public API is wide: a third of the file is its documented
// properties (the Custom Elements Manifest, the React wrappers and the README are generated from
// them). Its behaviour lives in the browse session, ModalController (dialog, pick()),
// InsertController (Insert) and PreselectLookups (selected-ids, value).
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../../core/dash-element.js';
import { trackAnalytics } from '../../core/analytics.js';
import { warnDeprecated } from '../../core/deprecated.js';
import { baseStyles } from '../../core/styles.js';
import { adoptStyles } from '../../core/control.styles.js';
import type { Asset } from '../../api/models.js';
import { BrowseSession } from '../../browse/session.js';
import { renderFilters } from '../../browse/filters.js';
import { renderFolders, renderResults, renderSignIn } from '../../browse/results.js';
import { browseStyles } from '../../browse/browse.styles.js';
import { DOWNLOAD_ACTION, portalAllowsDownload } from '../../browse/permissions.js';
import type { AssetActivateDetail, SelectionChangeDetail } from '../../browse/asset-grid.js';
import { acceptsAsset, parseAccept, selectablePredicate, type AcceptMatcher } from './accept.js';
import { renderDateFilters } from './date-filters.js';
import { ModalController } from './modal-controller.js';
import { renderRenditionChooser } from './rendition-chooser.js';
import { parseRendition } from './rendition.js';
import { pickedInSelectionOrder, type PickedAsset } from './results.js';
import { InsertController, renderFooter } from './insert.js';
import type { CropController, CropsValue } from './crop-editor.js';
import { PreselectLookups, preselect, resolvePlaceholders, type Selection } from './selection.js';
import { isExpired, type MetadataFields } from './metadata-fields.js';
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
 * @fires dash-select - `{assets: PickedAsset[]}` when the selection is confirmed (Insert, Enter); a
 *   cropped image's entry has `crop` `{ratio, label, x, y, width, height}` and its link serves the crop.
 * @fires dash-cancel - When the user cancels (Cancel, Escape, the close button).
 * @fires dash-analytics - `{action, element, …}` what the editor does: `impression` (an asset seen
 *   for a second), `search` (with `resultCount`), `pick` (with `dash-select`). For a tag manager;
 *   nothing is sent anywhere.
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
 * @csspart crop - The crop panel: ratio select, the image with its crop box, the size slider.
 * @csspart crop-box - The crop box over the image (drag it, or arrow keys; + and − resize).
 * @csspart insert-button - The confirm button.
 * @csspart cancel-button - The cancel button.
 * @csspart passcode-form - The passcode form of a protected portal.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error - Error state.
 *
 * @cssprop [--dash-accent=#2563eb towards the text colour] - Accent colour.
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
    maxSelected: { type: Number, attribute: 'max-selected' },
    max: { type: Number, noAccessor: true },
    accept: {},
    hideUnaccepted: { type: Boolean, attribute: 'hide-unaccepted' },
    rendition: {},
    crops: {},
    modal: { type: Boolean, reflect: true },
    heading: {},
    folder: {},
    selectedIds: { attribute: 'selected-ids', converter: idList },
    value: { attribute: false },
    altText: { attribute: false },
    altField: { attribute: 'alt-field' },
    creditField: { attribute: 'credit-field' },
    licenceField: { attribute: 'licence-field' },
    expiryField: { attribute: 'expiry-field' },
    blockExpired: { type: Boolean, attribute: 'block-expired' },
    selection: { state: true },
  };

  /** Portal slug; without it the host token (`accessToken` / `getAccessToken`) is used. */
  portal = '';

  /** The portal's passcode, if the page supplies it; otherwise the picker asks. Not reflected. */
  passcode?: string;

  /** Allow choosing several assets. */
  multiple = false;

  /** Most assets a multiple selection may hold (`max-selected`). */
  maxSelected?: number;

  /**
   * The old name of `max-selected`: still works, and warns once.
   * @deprecated Use `max-selected` (`maxSelected`).
   */
  get max(): number | undefined {
    return this.maxSelected;
  }
  set max(value: number | undefined) {
    warnDeprecated('dash-asset-picker', 'max', 'max-selected');
    this.maxSelected = value;
  }

  /** MIME patterns, `<input accept>` style: `image/*,video/mp4,.pdf`. */
  accept = '';

  /** Hide assets `accept` rules out, instead of showing them disabled with the reason. */
  hideUnaccepted = false;

  /** Rendition to insert: `original`, `preset:<presetId>` or `width:<px>`. The user may change it. */
  rendition = 'original';

  /**
   * Aspect ratios to crop a chosen image to: `"16:9 hero, 1:1 card, 4:5 social"` (ratio, then a
   * label) or, as a property, `[{label, ratio}]`. With one image selected the editor picks one and
   * places the box; the result is an embeddable link of the crop (CROP, then RESIZE to the
   * rendition: a `width:` or a preset's size) and carries `crop: {ratio, label, x, y, width,
   * height}` (source pixels).
   */
  crops: CropsValue = '';

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

  /**
   * The id of the Dash metadata field (as keyed in `Asset.metadata.values`) holding alt text: its
   * text is each result's `alt` unless `altText` is set. Field names are not looked up.
   */
  altField = '';

  /** The id of the field holding the credit: `credit` of a result, the snippet's `<figcaption>`. */
  creditField = '';

  /** The id of the field holding the licence: `licence` of a result (a fixed option's id as is). */
  licenceField = '';

  /**
   * The id of the date field holding the licence's expiry: `expires` of a result. An asset whose
   * date has passed (a bare day lasts to its end, UTC) shows a "Licence expired" badge.
   */
  expiryField = '';

  /** Expired assets (see `expiry-field`) cannot be chosen; the tile says why. */
  blockExpired = false;

  private selection: Selection = new Map();

  #accepts: AcceptMatcher = () => true;
  /** Made anew when `expiry-field` changes: the grid re-renders its badges for a new predicate. */
  #isExpired = this.#expiredFor();
  #isSelectable = this.#selectableFor();
  readonly #lookups = new PreselectLookups();

  readonly #session: BrowseSession = new BrowseSession(this, {
    onError: (error) => this.reportError(error),
    // Frameworks set properties after the upgrade: an incomplete configuration waits for them.
    settled: () => this.configSettled(),
    onReady: () => this.#lookups.forget(),
    // The `folder` to open in is the host's and stays, whichever portal signs in.
    startFolder: () => this.folder || undefined,
    // What would be inserted: the selection, or before one the first page listed (so a PDF-only
    // list offers no image preset).
    presetsFor: (): readonly string[] => {
      if (!this.#mayCreateLinks || !this.#session.query.loaded) return [];
      if (this.selection.size > 0) return [...this.selection.keys()];
      return this.#session.query.items.slice(0, 60).map((asset) => asset.id);
    },
  });

  readonly #insert = new InsertController(this, {
    reportError: (error) => this.reportError(error),
    strings: () => this.strings,
  });

  /** The crop editor, with its styles: loaded only by a picker given `crops` (few are). */
  #crop?: CropController;
  #cropLoading = false;

  async #loadCropEditor(): Promise<void> {
    if (this.#cropLoading) return;
    this.#cropLoading = true;
    try {
      const { CropController, cropStyles } = await import('./crop-editor.js');
      if (this.shadowRoot) adoptStyles(this.shadowRoot, cropStyles);
      this.#crop = new CropController(this, () => this.strings);
      this.#syncCrop();
      this.requestUpdate();
    } catch (error) {
      this.reportError(error); // offline or a blocked chunk: the next update tries again
    } finally {
      this.#cropLoading = false;
    }
  }

  /** The crop editor follows `crops` and the selection; it is told when either changes. */
  #syncCrop(): void {
    this.#crop?.sync(this.crops, [...this.selection.values()]);
  }

  readonly #dialog = new ModalController(this, {
    modal: () => this.modal,
    dialog: () => this.renderRoot?.querySelector('dialog'),
    initialFocus: () => this.#firstField,
    onCancel: () => this.emit('dash-cancel'),
  });

  get #query() {
    return this.#session.query;
  }

  get #firstField(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#search, #passcode') ?? null;
  }

  // ---- public API -------------------------------------------------------------------------

  /** Opens the dialog (modal) or moves focus into the picker (inline). */
  show(): Promise<void> {
    this.#insert.clearProblem();
    return this.#dialog.show();
  }

  /** Closes the dialog without choosing; a pending `pick()` resolves with `null`. */
  close(): void {
    this.#dialog.finish('close');
  }

  /**
   * Opens the picker and resolves with the confirmed selection, or `null` when it is cancelled
   * or closed. A second call supersedes the first, which resolves with `null`.
   */
  pick(): Promise<PickedAsset[] | null> {
    this.#insert.clearProblem();
    return this.#dialog.pick();
  }

  // ---- lifecycle --------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accept')) this.#accepts = parseAccept(this.accept);
    if (changed.has('expiryField')) this.#isExpired = this.#expiredFor();
    if (changed.has('folder')) this.#session.openFolder(this.folder || undefined);
    if (changed.has('selectedIds') || changed.has('value')) {
      const ids = [...this.value.map((item) => item.id), ...this.selectedIds];
      this.selection = preselect(this.selection, ids) ?? this.selection;
    }
    this.selection = resolvePlaceholders(this.selection, this.#query.items) ?? this.selection;
    const inputs: PropertyKey[] = [
      ...['accept', 'multiple', 'maxSelected', 'locale', 'selection'],
      ...['expiryField', 'blockExpired'],
    ];
    if (inputs.some((name) => changed.has(name as keyof DashAssetPicker))) this.#isSelectable = this.#selectableFor();
    if (!this.#crop) {
      if (this.crops.length > 0) void this.#loadCropEditor();
    } else if (changed.has('crops') || changed.has('selection' as keyof DashAssetPicker)) this.#syncCrop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const ctx = this.#session.ctx;
    if (!ctx) return;
    this.#lookups.lookUp(
      ctx,
      this.selection,
      (asset) => (this.selection = resolvePlaceholders(this.selection, [asset]) ?? this.selection),
      (error) => this.reportError(error),
    );
  }

  /** Whether the access may do `action` with an asset, from its search answer or its lookup. */
  #permits(assetId: string, action: string): boolean {
    return this.#query.permits(assetId, action) || this.#lookups.permits(assetId, action);
  }

  // ---- selection and confirmation ---------------------------------------------------------

  /** VIEW-only portals may not publish links; host tokens and download portals may try. */
  get #mayCreateLinks(): boolean {
    return portalAllowsDownload(this.#session.portal);
  }

  #selectableFor() {
    const blockExpired = this.blockExpired ? this.#isExpired : undefined;
    return selectablePredicate(this.#accepts, this.selection, this.#limit, this.strings, blockExpired);
  }

  #expiredFor() {
    const fields = { expiry: this.expiryField };
    return (asset: Asset): boolean => isExpired(asset, fields);
  }

  get #fields(): MetadataFields {
    const { altField, creditField, licenceField, expiryField } = this;
    return { alt: altField, credit: creditField, licence: licenceField, expiry: expiryField };
  }

  get #limit(): number | undefined {
    const max = this.maxSelected;
    return this.multiple && max && max > 0 ? max : undefined;
  }

  #choose(assets: Asset[]): void {
    this.selection = new Map(assets.map((asset) => [asset.id, asset]));
    // Mirrors the selection so a host reading `selectedIds` sees the current choice.
    this.selectedIds = assets.map((asset) => asset.id);
  }

  #onSelectionChange(detail: SelectionChangeDetail): void {
    this.#choose(detail.assets);
    this.#insert.clearProblem();
  }

  /** Enter on a tile: choose it if nothing is chosen yet, then confirm. */
  #onActivate({ asset }: AssetActivateDetail): void {
    if (this.selection.size === 0 || (!this.multiple && !this.selection.has(asset.id))) {
      const verdict = this.#isSelectable(asset);
      if (verdict !== true) return this.#insert.announce(verdict);
      this.#choose([asset]);
    }
    void this.#confirm();
  }

  /** Builds the results (creating links) and hands them over. */
  #confirm(): void {
    const chosen = [...this.selection.values()];
    const ctx = this.#session.ctx;
    if (this.#insert.busy) return;
    if (chosen.length === 0) return this.#insert.announce(this.strings.picker.chooseOne);
    if (!ctx) return;
    const mayCreateLinks = this.#mayCreateLinks;
    const rendition = parseRendition(this.rendition);
    // The crop as the editor shows it now, not as it may be once presets have arrived.
    const transformationFor = this.#crop?.transformation();
    void this.#insert.insert(
      async (signal) =>
        pickedInSelectionOrder(chosen, this.value, {
          rendition,
          presets: mayCreateLinks ? await this.#session.presetsReady() : [],
          linkContext: mayCreateLinks ? ctx : undefined,
          // Publishing a link hands the file out, so it takes the same right as a download.
          mayEmbed: (asset) => this.#permits(asset.id, DOWNLOAD_ACTION),
          // The cropped image's link serves its crop, resized to the rendition.
          transformationFor,
          altText: this.altText,
          fields: this.#fields,
          signal,
        }),
      (results, complete) => {
        this.emit('dash-select', { assets: results });
        trackAnalytics(this, { action: 'pick', itemIds: results.map((asset) => asset.id) });
        // With an item left out, the dialog stays open so the editor reads why.
        this.#dialog.select(results, complete);
      },
    );
  }

  #cancel(): void {
    this.#insert.cancel();
    this.#dialog.cancel();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const frame = html`<section class="picker" part="base" aria-labelledby="title">
      ${this.#renderHeader()}
      ${renderSignIn(this.#view, this.#session, () => this.#firstField?.focus()) ?? this.#renderBrowser()}
    </section>`;
    if (!this.modal) return frame;
    const onCancel = () => {
      // Escape closes a modal dialog natively.
      this.#insert.cancel();
      this.#dialog.onDialogCancel();
    };
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${onCancel}
      @close=${() => this.#dialog.onDialogClose()}
    >
      ${frame}
    </dialog>`;
  }

  get #view() {
    return { strings: this.strings, locale: this.locale };
  }

  #renderHeader(): TemplateResult {
    return html`<div class="header" part="header">
      <h2 id="title">${this.heading || this.strings.picker.title}</h2>
      ${
        this.modal
          ? html`<button class="button" type="button" @click=${this.#cancel}>${this.strings.common.close}</button>`
          : nothing
      }
    </div>`;
  }

  #renderBrowser(): TemplateResult {
    const t = this.strings.picker;
    const set = (patch: Parameters<BrowseSession['setQuery']>[0]) => this.#session.setQuery(patch);
    return html`${renderFilters(this.strings, this.#query, {
        onSearchArrowDown: () => this.renderRoot.querySelector<HTMLElement>('dash-asset-grid')?.focus(),
        describedBy: 'hint',
        extra: renderDateFilters({ from: t.dateFrom, until: t.dateTo }, set),
      })}
      <div class="body">
        ${renderFolders(this.#view, this.#session)}
        <div>
          ${renderResults(this.#view, this.#session, {
            items: this.hideUnaccepted
              ? this.#query.items.filter((asset) => acceptsAsset(this.#accepts, asset))
              : undefined,
            showTotal: !this.hideUnaccepted,
            selectionMode: this.multiple ? 'multiple' : 'single',
            max: this.#limit,
            isSelectable: this.#isSelectable,
            isExpired: this.expiryField ? this.#isExpired : undefined,
            clickSelects: true,
            selection: this.selection,
            onActivate: (detail) => this.#onActivate(detail),
            onSelectionChange: (detail) => this.#onSelectionChange(detail),
          })}
        </div>
      </div>
      ${renderFooter(this.strings, {
        count: this.selection.size,
        limit: this.#limit,
        insert: this.#insert,
        chooser: this.#mayCreateLinks
          ? html`${renderRenditionChooser(this.strings, {
              rendition: this.rendition,
              presets: this.#session.presets ?? [],
              onChange: (rendition) => (this.rendition = rendition),
            })}${this.#crop?.render() ?? nothing}`
          : html`<p class="hint">${t.previewOnly}</p>`,
        onCancel: () => this.#cancel(),
        onConfirm: () => this.#confirm(),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dash-asset-picker': DashAssetPicker;
  }
}
