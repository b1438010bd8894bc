import type { PortalData } from '../api/models.js';

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
