import type { Asset, PortalData, Wrapped } from '../api/models.js';

/**
 * Download permissions, apart from the download machinery so that checking them does not pull
 * the download job client into a bundle.
 */

/** The action an asset's `permittedActions` must list before anyone offers to download it. */
export const DOWNLOAD_ACTION = 'DOWNLOAD_ASSET';

/**
 * Whether downloads may be offered at all: the portal must allow them (`VIEW_AND_DOWNLOAD`).
 * A host token (no portal) leaves the decision to each asset's permitted actions.
 */
export function portalAllowsDownload(portal: PortalData | undefined): boolean {
  return portal === undefined || portal.assetPermittedActions === 'VIEW_AND_DOWNLOAD';
}

/**
 * What the token may do with each asset it was given (`DOWNLOAD_ASSET`, …), by asset id, as a
 * search answer or an asset lookup lists it: the query and the picker's lookups each keep one.
 */
export class PermittedActions {
  #byId = new Map<string, Set<string>>();

  /** Notes a found asset's permitted actions and returns the asset. */
  note({ result, permittedActions }: Wrapped<Asset>): Asset {
    this.#byId.set(result.id, new Set(permittedActions.map((permitted) => permitted.action)));
    return result;
  }

  permits(assetId: string, action: string): boolean {
    return this.#byId.get(assetId)?.has(action) ?? false;
  }
}
