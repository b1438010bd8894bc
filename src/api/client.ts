/**
 * `DashClient`: a thin facade over the resource functions for apps that want Dash data without
 * the UI. Elements import the plain functions instead, so they bundle only what they use.
 */
import type { ApiContext } from './http.js';
import type { PortalData, GuestUploadData } from './models.js';
import {
  guestTokenSource,
  hostTokenSource,
  portalTokenSource,
  type GuestTokenSource,
  type PortalTokenSource,
  type TokenSource,
} from './tokens.js';
import { getAsset, scrollSearchAssets, searchAssets } from './assets.js';
import { AssetCursor, searchAllAssets, type AssetCursorSearch } from './asset-cursor.js';
import { getChildFolders, getFolderSettings, getTopFolders, searchFieldOptions } from './folders.js';
import { searchPresets } from './presets.js';
import { downloadAssets } from './downloads.js';
import { createEmbeddableLinks } from './embeddable-links.js';
import { completeUpload, createAssetUploads, requestPartUrls } from './guest-uploads.js';
import { DashError } from './errors.js';
import { DASH_API_BASE } from './endpoints.js';

export { DASH_API_BASE };

export interface DashClientOptions {
  /** API origin. Default `https://api-v2.dash.app`. */
  apiBase?: string;
  /** The Dash account's subdomain. */
  subdomain: string;
  /** A bearer token from the host app (e.g. an OAuth access token). Kept in memory only. */
  accessToken?: string;
  /** Called for a token when needed and after a 401, so the app can refresh its OAuth token. */
  getAccessToken?: () => Promise<string>;
  /** Act as a visitor of this portal (slug) instead of with a host token. */
  portal?: string;
  /** The portal's passcode, when it has one. */
  passcode?: string;
  /** Act as a guest uploader of this guest-upload link (slug), identified by `email`. */
  guestUpload?: string;
  email?: string;
  /** Per-request timeout in ms. Default 30 000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

type Rest<F> = F extends (ctx: ApiContext, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;

/**
 * Typed access to the Dash API v2.
 *
 * ```ts
 * const dash = new DashClient({ subdomain: 'acme', portal: 'press' });
 * const page = await dash.searchAssets({ criterion: keywordCriterion('logo') });
 * ```
 */
export class DashClient {
  /** The context every call runs with; hand it to the plain functions for anything not here. */
  readonly ctx: ApiContext;
  readonly auth: TokenSource;
  readonly subdomain: string;

  constructor(options: DashClientOptions) {
    const { subdomain, portal, guestUpload } = options;
    if (!subdomain) throw new DashError('invalid-config', 'DashClient needs a subdomain.');
    const base: ApiContext = {
      apiBase: options.apiBase ?? DASH_API_BASE,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
    };
    this.subdomain = subdomain;
    if (portal) {
      this.auth = portalTokenSource(base, { subdomain, portal, passcode: options.passcode });
    } else if (guestUpload) {
      if (!options.email) throw new DashError('invalid-config', 'A guest upload needs an email.');
      this.auth = guestTokenSource(base, { subdomain, guestUpload, email: options.email });
    } else {
      this.auth = hostTokenSource(options);
    }
    this.ctx = { ...base, auth: this.auth };
  }

  /** The portal's public data (portal clients only). */
  async portalData(signal?: AbortSignal): Promise<PortalData> {
    if (!('portalData' in this.auth)) throw new DashError('invalid-config', 'Not a portal client.');
    return (this.auth as PortalTokenSource).portalData(signal);
  }

  /** The guest-upload link's public data (guest-upload clients only). */
  async guestUploadData(signal?: AbortSignal): Promise<GuestUploadData> {
    if (!('guestUploadData' in this.auth)) throw new DashError('invalid-config', 'Not a guest-upload client.');
    return (this.auth as GuestTokenSource).guestUploadData(signal);
  }

  /** One asset by id, with its permitted actions. */
  getAsset: Rest<typeof getAsset> = (...args) => getAsset(this.ctx, ...args);
  searchAssets: Rest<typeof searchAssets> = (...args) => searchAssets(this.ctx, ...args);
  scrollSearchAssets: Rest<typeof scrollSearchAssets> = (...args) => scrollSearchAssets(this.ctx, ...args);
  /** Every matching asset, page by page (switches to a scroll search past 10,000). */
  searchAllAssets = (search: AssetCursorSearch, options?: { signal?: AbortSignal }) =>
    searchAllAssets(this.ctx, search, options);
  /** A cursor over the results of one search, past 10,000 (see `AssetCursor`). */
  assetCursor = (search: AssetCursorSearch) => new AssetCursor(this.ctx, search);
  getFolderSettings: Rest<typeof getFolderSettings> = (...args) => getFolderSettings(this.ctx, ...args);
  searchFieldOptions: Rest<typeof searchFieldOptions> = (...args) => searchFieldOptions(this.ctx, ...args);
  getTopFolders: Rest<typeof getTopFolders> = (...args) => getTopFolders(this.ctx, ...args);
  getChildFolders: Rest<typeof getChildFolders> = (...args) => getChildFolders(this.ctx, ...args);
  searchPresets: Rest<typeof searchPresets> = (...args) => searchPresets(this.ctx, ...args);
  downloadAssets: Rest<typeof downloadAssets> = (...args) => downloadAssets(this.ctx, ...args);
  createEmbeddableLinks: Rest<typeof createEmbeddableLinks> = (...args) => createEmbeddableLinks(this.ctx, ...args);
  createAssetUploads: Rest<typeof createAssetUploads> = (...args) => createAssetUploads(this.ctx, ...args);
  requestPartUrls: Rest<typeof requestPartUrls> = (...args) => requestPartUrls(this.ctx, ...args);
  completeUpload: Rest<typeof completeUpload> = (...args) => completeUpload(this.ctx, ...args);
}
