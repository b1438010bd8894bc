/**
 * All mutable server state in one object, rebuilt from the deterministic seed by `reset()`.
 * Generated image bytes live in media/files.js's cache instead: they never change.
 */
import { buildFolders } from './seed/folders.js';
import { buildAssets } from './seed/assets.js';
import { buildGuestUploads, buildPortals } from './seed/portals.js';
import { buildSocial } from './social/seed.js';
import { buildCms } from './cms/seed.js';

export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
export const DEFAULT_PART_URL_TTL_SECONDS = 3600;

export class State {
  // What `reset()` builds, declared here for their types (set by `reset()`, not the constructor).
  /** @type {import('./seed/folders.js').Folder[]} */ folders;
  /** @type {Map<string, import('./seed/folders.js').Folder>} */ folderById;
  /** @type {Map<string, string[]>} folder id → ids of itself and all its ancestors */ folderLineage;
  /** @type {Map<string, import('./seed/assets.js').Asset>} */ assets;
  /** @type {number} */ nextAddedOrder;
  /** @type {import('./seed/portals.js').Portal[]} */ portals;
  /** @type {ReturnType<typeof buildGuestUploads>} */ guestUploads;
  /** @type {Map<string, any>} uploadId → { assetId, key, size, partSize, completed } */ uploads;
  /** @type {Map<string, any>} job id → job record (download, embeddable-link, asset-and-upload) */ jobs;
  /** @type {Map<string, any>} id → { bytes, filename, contentType } files produced by download jobs */ downloads;
  /** @type {Map<string, any>} id → { bytes, filename, contentType, assetId } permanent embeddable links */ embeds;
  /** @type {Map<string, any>} scrollId → { ids, offset, pageSize } */ scrolls;
  /** @type {ReturnType<typeof buildSocial>} */ social;
  /** @type {ReturnType<typeof buildCms>} */ cms;

  /**
   * Call `reset()` once the final origins are in `urls`: seeds embed absolute URLs.
   * @param {{ apiUrl: string, s3Url: string }} urls
   * @param {'default' | 'seed'} [profile] see index.js; seeds read it to print the seed's shapes
   */
  constructor(urls, profile = 'default') {
    this.urls = urls;
    this.profile = profile;
    this.faults = {};
    this.requests = [];
  }

  reset() {
    this.folders = buildFolders();
    /** @type {Map<string, import('./seed/folders.js').Folder>} */
    this.folderById = new Map(this.folders.map((f) => [f.id, f]));
    /** folder id → ids of itself and all its ancestors (an asset in a child matches its parents). */
    this.folderLineage = new Map();
    for (const f of this.folders) {
      const lineage = [];
      for (
        let /** @type {import('./seed/folders.js').Folder | undefined} */ at = f;
        at;
        at = at.parentId ? this.folderById.get(at.parentId) : undefined
      )
        lineage.push(at.id);
      this.folderLineage.set(f.id, lineage);
    }
    /** @type {Map<string, import('./seed/assets.js').Asset>} */
    this.assets = new Map(buildAssets(this.folders).map((a) => [a.id, a]));
    this.nextAddedOrder = this.assets.size;
    this.portals = buildPortals(this.folders, this.profile);
    this.guestUploads = buildGuestUploads(this.folders);
    /** uploadId → { assetId, key, size, partSize, completed } */
    this.uploads = new Map();
    /** job id → job record (download, embeddable-link, asset-and-upload) */
    this.jobs = new Map();
    /** id → { bytes, filename, contentType } files produced by download jobs */
    this.downloads = new Map();
    /** id → { bytes, filename, contentType, assetId } permanent embeddable links */
    this.embeds = new Map();
    /** scrollId → { ids, offset, pageSize } */
    this.scrolls = new Map();
    this.social = buildSocial(this.urls);
    this.cms = buildCms(this.urls);
    this.faults = {};
    /** @type {{ method: string, path: string, status: number, service: 'api' | 's3' }[]} */
    this.requests = [];
  }

  get tokenTtlSeconds() {
    return this.faults.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  }

  get partUrlTtlSeconds() {
    return this.faults.partUrlTtlSeconds ?? DEFAULT_PART_URL_TTL_SECONDS;
  }

  portalById(id) {
    return this.portals.find((p) => p.id === id);
  }

  /** Folder ids a portal may see: its whitelisted folders and all their descendants. */
  visibleFolderIds(portal) {
    const allowed = new Set(portal.whitelistedFolderFieldOptionIds);
    return new Set(
      this.folders
        // Every folder has its lineage (reset() builds one per folder).
        .filter((f) => /** @type {string[]} */ (this.folderLineage.get(f.id)).some((id) => allowed.has(id)))
        .map((f) => f.id),
    );
  }
}
