import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DashError, toDashError } from '../api/errors.js';
import type { ApiContext } from '../api/http.js';
import type { FieldOption, PortalData, Preset } from '../api/models.js';
import { searchPresets } from '../api/presets.js';
import { hostTokenSource, portalTokenSource } from '../api/tokens.js';
import { AssetQueryController, type AssetQuery } from './asset-query.js';
import { FocusKeeper } from './focus.js';
import { trackAnalytics } from '../core/analytics.js';
import {
  folderLineage,
  folderSource,
  type DashFolderTree,
  type FolderSelectDetail,
  type FolderSource,
} from './folders.js';

/** What an element must expose for a browse session to sign it in. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  apiBase: string;
  subdomain: string;
  /** Portal slug; when empty the host token (`accessToken` / `getAccessToken`) is used. */
  portal?: string;
  passcode?: string;
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SessionOptions {
  /** Reports a failure as the element's `dash-error` (the element's `reportError`). */
  onError: (error: DashError) => void;
  /**
   * Resolves once the element has had its chance to receive its configuration (its
   * `configSettled()`): frameworks set properties after the upgrade, so an incomplete
   * configuration is an `invalid-config` error only once this has resolved.
   */
  settled: () => Promise<void>;
  /**
   * Each sign-in. `switched` when it opened another portal than the previous one: its folders,
   * open asset and selection belong to that one.
   */
  onReady?: (ctx: ApiContext, portal: PortalData | undefined, switched: boolean) => void;
  /**
   * The folder a sign-in searches in (the picker's `folder`). Default: the current one, dropped
   * when another portal was opened (keywords and filters stay).
   */
  startFolder?: (switched: boolean) => string | undefined;
  /** The assets whose applicable presets are offered (what would be downloaded or inserted). */
  presetsFor?: () => readonly string[];
}

export type SignInStatus = 'loading' | 'passcode' | 'ready' | 'error';

/** What one sign-in ends with: signed in, or a passcode to ask for (with the last wrong one). */
type SignIn =
  | { status: 'ready'; ctx: ApiContext; portal: PortalData | undefined }
  | { status: 'passcode'; portal: PortalData | undefined; error?: DashError };

/** Large selections are asked about in one preset search; the API takes a list of asset ids. */
const MAX_PRESET_ASSETS = 500;

/**
 * One browsing session of the portal browser or the picker: the sign-in (a portal with its
 * passcode, or the host's token), the asset query, the folder source and the presets applicable
 * to what would be downloaded or inserted.
 *
 * One-shot loads are `Task`s — the sign-in (portal resolution and first token), the folder
 * settings, the presets — so a newer configuration aborts the older load and its late answer is
 * never applied. Searches and the folder lookups take an `AbortSignal`: a new query aborts the
 * older one.
 *
 * Portal flow: resolve the portal (no auth) → if it needs a passcode and none is known, status
 * `passcode` → fetch a token eagerly, so a wrong passcode is reported at the form rather than at
 * the first search → `ready`. A passcode typed into the form lives only in this object's memory.
 */
export class BrowseSession implements ReactiveController {
  readonly query: AssetQueryController;
  /** The folders from the tree's root to the folder searched in (the portal's breadcrumb). */
  folderPath: FieldOption[] = [];
  /** A typed passcode is being checked: the form stays, disabled. */
  submitting = false;

  #typed?: { config: string; passcode: string };
  #readyPortalId?: string;
  #reveal?: AbortController;
  #disconnected = false;
  #source?: FolderSource;
  /** A query's results are on their way: reported (`search`) once they are here. */
  #searchPending = false;
  /** Presets already asked for, by the sorted asset ids, for one sign-in. */
  #presetCache = new WeakMap<ApiContext, Map<string, Preset[]>>();

  readonly #signIn: Task<readonly string[], SignIn>;
  readonly #folders: Task<[ApiContext | undefined, readonly string[] | undefined], FolderSource | undefined>;
  readonly #presetTask: Task<[ApiContext | undefined, string], Preset[]>;

  readonly #options: SessionOptions;

  constructor(
    readonly host: SessionHost,
    options: SessionOptions,
  ) {
    this.#options = options;
    host.addController(this);
    // Where focus goes when an action removed the focused control (results.ts renders these): the
    // passcode form, an error's retry, the sign-in's loading state, the results' status line.
    new FocusKeeper(host, ['#passcode', '[part~=retry-button]', '.signing-in', '.status-line']);
    // A failure the visitor should hear about (an abort is none).
    const report = (error: unknown) => {
      const dashError = toDashError(error);
      if (dashError) options.onError(dashError);
    };
    this.#signIn = new Task(host, {
      args: () => this.#config(),
      task: (_config, { signal }) => this.#authenticate(signal),
      onComplete: (result) => this.#signedIn(result),
      onError: report,
    });
    this.query = new AssetQueryController(host, {
      folderFieldId: () => this.folderSource?.fieldId,
      onError: options.onError,
    });
    this.#folders = new Task(host, {
      args: () => [this.ctx, this.portal?.whitelistedFolderFieldOptionIds],
      // A portal's tree starts at its whitelisted folders, whatever their depth in the account.
      task: ([ctx, roots], { signal }) => {
        // A new sign-in owns the tree: the previous one's folders never show under it.
        this.#source = undefined;
        return ctx ? folderSource(ctx, { roots, signal }) : Promise.resolve(undefined);
      },
      onComplete: (source) => this.#foldersKnown(source),
      onError: report,
    });
    this.#presetTask = new Task(host, {
      args: () => [this.ctx, presetKey(options.presetsFor?.() ?? [])],
      task: ([ctx, key], { signal }) => this.#loadPresets(ctx, key, signal),
      onError: report,
    });
  }

  /** Reports a failure the way the element does (`dash-error`). */
  reportError(error: DashError): void {
    this.#options.onError(error);
  }

  // ---- sign-in ------------------------------------------------------------------------------

  get status(): SignInStatus {
    const { status, value, error } = this.#signIn;
    if (status === TaskStatus.COMPLETE) return value!.status;
    return status === TaskStatus.ERROR && toDashError(error) ? 'error' : 'loading';
  }

  /** The signed-in context; undefined while signing in. */
  get ctx(): ApiContext | undefined {
    const { status, value } = this.#signIn;
    return status === TaskStatus.COMPLETE && value?.status === 'ready' ? value.ctx : undefined;
  }

  /** The portal, once resolved (kept for the form's title while a typed passcode is checked). */
  get portal(): PortalData | undefined {
    const { status, value } = this.#signIn;
    return status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && this.submitting)
      ? value?.portal
      : undefined;
  }

  /** The failure shown: the sign-in's error, or a wrong passcode at the form. */
  get error(): DashError | undefined {
    const { status, value, error } = this.#signIn;
    if (status === TaskStatus.ERROR) return toDashError(error);
    return value?.status === 'passcode' ? value.error : undefined;
  }

  hostConnected(): void {
    // Re-attached (moved in the DOM): sign in afresh, as the first connection did.
    if (!this.#disconnected) return;
    this.#disconnected = false;
    void this.#signIn.run();
  }

  /**
   * Reports each query's results once (`dash-analytics` `search`, with the count, zero included),
   * when they are here and typing has paused: the search the visitor meant, not one per keystroke.
   */
  hostUpdated(): void {
    const { loaded, typing, query, total } = this.query;
    if (!loaded) this.#searchPending = true;
    if (!loaded || typing || !this.#searchPending) return;
    this.#searchPending = false;
    trackAnalytics(this.host, {
      action: 'search',
      query: query.keywords.trim(),
      resultCount: total,
      fileTypes: [...query.fileTypes],
      ...(query.folderId ? { folderId: query.folderId } : {}),
      ...(query.recent ? { recent: true } : {}),
    });
  }

  hostDisconnected(): void {
    this.#disconnected = true;
    this.#signIn.abort();
    this.#folders.abort();
    this.#reveal?.abort();
  }

  retry(): void {
    void this.#signIn.run();
  }

  /** Checks a passcode the visitor typed (never reflected to an attribute). */
  async submitPasscode(passcode: string): Promise<void> {
    this.#typed = { config: JSON.stringify(this.#config()), passcode };
    this.submitting = true;
    try {
      await this.#signIn.run();
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  /** The configuration a sign-in depends on; a change signs in again. */
  #config(): readonly string[] {
    const { apiBase, subdomain, portal = '', passcode = '', accessToken, getAccessToken } = this.host;
    const mode = portal ? 'portal' : accessToken || getAccessToken ? 'host' : 'none';
    return [apiBase, subdomain, portal, passcode, mode];
  }

  async #authenticate(signal: AbortSignal): Promise<SignIn> {
    this.query.stop();
    this.#reveal?.abort();
    const config = JSON.stringify(this.#config());
    if (this.#typed?.config !== config) this.#typed = undefined;
    const missing = this.#missingConfig();
    if (missing) {
      // Not yet an error: properties may still arrive (hydration, bindings, a page script), and
      // a newer configuration aborts this sign-in.
      await this.#options.settled();
      signal.throwIfAborted();
      throw missing;
    }
    const { apiBase, subdomain, portal, accessToken } = this.host;
    const base: ApiContext = { apiBase };
    if (!portal) {
      // The host's properties are read at each call, so a token the app swaps in later is used
      // without a new sign-in (which would restart every search).
      const host = this.host;
      const auth = hostTokenSource({
        accessToken,
        getAccessToken: () => (host.getAccessToken ? host.getAccessToken() : Promise.resolve(host.accessToken ?? '')),
      });
      return { status: 'ready', ctx: { ...base, auth }, portal: undefined };
    }
    const passcode = this.#typed?.passcode ?? (this.host.passcode || undefined);
    const source = portalTokenSource(base, { subdomain, portal, passcode });
    let data: PortalData | undefined;
    try {
      data = await source.portalData(signal);
      if (data.requiresPasscode && !passcode) return { status: 'passcode', portal: data };
      // Fetching the first token now turns a wrong passcode into a form error, not a failed search.
      await source.getToken(signal);
      return { status: 'ready', ctx: { ...base, auth: source }, portal: data };
    } catch (error) {
      const dashError = signal.aborted ? undefined : toDashError(error);
      if (dashError?.code === 'passcode-required') return { status: 'passcode', portal: data };
      // A wrong one is shown at the form and reported, so a host can log failed attempts.
      if (dashError?.code === 'wrong-passcode') return { status: 'passcode', portal: data, error: dashError };
      throw error;
    }
  }

  /** The `invalid-config` error of an incomplete configuration, or undefined when it is complete. */
  #missingConfig(): DashError | undefined {
    const { portal, subdomain, accessToken, getAccessToken } = this.host;
    if (portal && !subdomain) return new DashError('invalid-config', 'The subdomain attribute is required.');
    if (!portal && !accessToken && !getAccessToken) {
      return new DashError('invalid-config', 'Set portal (with subdomain) or an access token.');
    }
    return undefined;
  }

  #signedIn(result: SignIn): void {
    if (result.status === 'passcode') {
      if (result.error) this.#options.onError(result.error);
      return;
    }
    const portalId = result.portal?.id ?? '';
    const switched = this.#readyPortalId !== undefined && portalId !== this.#readyPortalId;
    this.#readyPortalId = portalId;
    const current = this.query.query.folderId;
    const folderId = this.#options.startFolder ? this.#options.startFolder(switched) : switched ? undefined : current;
    if (folderId !== current) this.folderPath = [];
    this.query.query = { ...this.query.query, folderId };
    this.#options.onReady?.(result.ctx, result.portal, switched);
    this.query.start(result.ctx);
  }

  // ---- folders ------------------------------------------------------------------------------

  /** The folder field and the tree's loader of this sign-in; undefined until known. */
  get folderSource(): FolderSource | undefined {
    return this.#source;
  }

  /** The first search could not hold the folder before the Folders field id was known. */
  #foldersKnown(source: FolderSource | undefined): void {
    this.#source = source;
    const { folderId } = this.query.query;
    if (!source || !folderId) return;
    this.query.reload();
    void this.#revealFolder(folderId);
  }

  /** Applies a change of what is listed; another folder stops revealing the previous one. */
  setQuery(patch: Partial<AssetQuery>): void {
    if ('folderId' in patch) this.#reveal?.abort();
    this.query.set(patch);
  }

  /** The visitor picked a folder in the tree. */
  selectFolder(detail: FolderSelectDetail, patch: Partial<AssetQuery> = {}): void {
    this.folderPath = detail.path;
    this.setQuery({ ...patch, folderId: detail.folder?.id });
  }

  /** Searches in a folder given by the element (the picker's `folder`), showing its branch. */
  openFolder(folderId: string | undefined): void {
    if (folderId === this.query.query.folderId) return;
    if (!this.folderSource) {
      // Applied by the sign-in or when the folder field is known.
      this.query.query = { ...this.query.query, folderId };
      return;
    }
    this.setQuery({ folderId });
    if (folderId) void this.#revealFolder(folderId);
  }

  /**
   * Shows a folder given by id (the URL, the picker's `folder`): its breadcrumb and its branch of
   * the tree, from its ancestry (`GET /field-options/{id}`). A folder that is not the visitor's
   * to see (outside the portal's whitelisted folders, or gone) is dropped: all assets are shown.
   */
  async #revealFolder(folderId: string): Promise<void> {
    const ctx = this.ctx;
    if (!ctx) return;
    this.#reveal?.abort();
    const { signal } = (this.#reveal = new AbortController());
    let path: FieldOption[] = [];
    try {
      path = await folderLineage(ctx, folderId, { roots: this.portal?.whitelistedFolderFieldOptionIds, signal });
    } catch (error) {
      const dashError = signal.aborted ? undefined : toDashError(error);
      if (dashError && dashError.code !== 'not-found') this.#options.onError(dashError);
      if (dashError?.code !== 'not-found') return;
    }
    if (signal.aborted) return;
    if (path.length === 0) {
      this.setQuery({ folderId: undefined });
      return;
    }
    this.folderPath = path;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.host.renderRoot.querySelector<DashFolderTree>('dash-folder-tree')?.revealPath(path);
  }

  // ---- presets ------------------------------------------------------------------------------

  /**
   * The presets applicable to `presetsFor()` (a preset search with `APPLICABLE_FOR_ANY_ASSETS`,
   * seed 002 ≈L461–487), so a PDF is not offered an image preset; undefined while they load.
   */
  get presets(): Preset[] | undefined {
    return this.#presetTask.status === TaskStatus.COMPLETE ? this.#presetTask.value : undefined;
  }

  /** The presets for the current `presetsFor()`, once loaded (none when they failed). */
  async presetsReady(): Promise<Preset[]> {
    await this.host.updateComplete;
    return this.#presetTask.taskComplete.catch(() => []);
  }

  async #loadPresets(ctx: ApiContext | undefined, key: string, signal: AbortSignal): Promise<Preset[]> {
    if (!ctx || !key) return [];
    let cache = this.#presetCache.get(ctx);
    if (!cache) this.#presetCache.set(ctx, (cache = new Map()));
    const known = cache.get(key);
    if (known) return known;
    const presets = await searchPresets(ctx, { assetIds: key.split(' ') }, { signal });
    cache.set(key, presets);
    return presets;
  }
}

/** The ids a preset search asks about, in one order, so the same set is asked once. */
function presetKey(assetIds: readonly string[]): string {
  return [...new Set(assetIds)].sort().slice(0, MAX_PRESET_ASSETS).join(' ');
}
