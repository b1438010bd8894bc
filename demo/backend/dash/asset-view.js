/** Renders internal asset records as the seed's Asset resource. */
import { ACCOUNT_ID } from '../seed/portals.js';
import { FOLDERS_FIELD_ID, KEYWORDS_FIELD_ID, TITLE_FIELD_ID } from '../seed/folders.js';
import { canDownload } from './auth.js';
import { originalPath, previewPath } from '../media/paths.js';

/** Width of the rendition `previewUrl` points at; 320 and 1280 are served too (media/paths.js). */
export const PREVIEW_WIDTH = 640;

/** @param {number | null | undefined} width @param {number | null | undefined} height */
function orientation(width, height) {
  if (!width || !height) return null;
  if (width === height) return 'SQUARE';
  return width > height ? 'LANDSCAPE' : 'PORTRAIT';
}

/** @param {import('../seed/assets.js').Asset} asset @param {import('./auth.js').Principal} principal */
export function assetPermittedActions(asset, principal) {
  const actions = ['VIEW_ASSET'];
  if (canDownload(principal)) actions.push('DOWNLOAD_ASSET');
  if (principal.kind === 'user') actions.push('EDIT_ASSET', 'DELETE_ASSET');
  return actions.map((action) => ({ resourceType: 'ASSET', resourceId: asset.id, action }));
}

/**
 * @param {import('../seed/assets.js').Asset} asset
 * @param {string} apiUrl
 * @param {'default' | 'seed'} [profile]
 */
export function assetFileView(asset, apiUrl, profile = 'default') {
  /** @type {Record<string, unknown>} */
  const view = {
    id: asset.fileId,
    assetId: asset.id,
    size: asset.size,
    filename: asset.filename,
    checksum: asset.stored?.md5 ?? null,
    dateAdded: asset.dateAdded,
    fileType: asset.fileType,
    dimensions: asset.width ? { width: asset.width, height: asset.height } : null,
    orientation: orientation(asset.width, asset.height),
    orientationTransformation: 'HORIZONTAL',
    duration: asset.duration,
    usesTransparency: false,
    mediaType: asset.mediaType,
    // The seed names previewUrl without an example; seeded PDFs, audio and some images have none.
    previewUrl: asset.visual != null ? apiUrl + previewPath(asset, PREVIEW_WIDTH) : null,
  };
  // Local extension (not in the seed): the original bytes, for demo links. Real Dash needs a
  // download job for this, so the seed profile leaves it out.
  if (profile !== 'seed') view.originalUrl = apiUrl + originalPath(asset);
  // Shapes the seed allows that a strict client would refuse (seed/assets.js SEED_ODDITIES).
  if (profile === 'seed' && asset.seedOddity === 'mediaType-null') view.mediaType = null;
  if (profile === 'seed' && asset.seedOddity === 'duration-string')
    view.duration = `${Number(asset.duration).toFixed(3)}`;
  return view;
}

/**
 * @param {import('../seed/assets.js').Asset} asset
 * @param {string} apiUrl
 * @param {'default' | 'seed'} [profile]
 */
export function assetView(asset, apiUrl, profile = 'default') {
  return {
    id: asset.id,
    accountId: ACCOUNT_ID,
    lifecycleStatus: {
      state: asset.state,
      dateStaged: asset.dateAdded,
      ...(asset.dateLive ? { dateLive: asset.dateLive } : {}),
    },
    dateLastModified: asset.dateLive ?? asset.dateAdded,
    metadata: {
      version: 1,
      values: {
        [TITLE_FIELD_ID]: [asset.title],
        [KEYWORDS_FIELD_ID]: asset.keywords,
        [FOLDERS_FIELD_ID]: asset.folderIds,
        ...asset.metadata,
      },
    },
    currentAssetFile: asset.stored || asset.content !== 'upload' ? assetFileView(asset, apiUrl, profile) : null,
    stats: { downloadCount: asset.addedOrder % 50 },
    origin: asset.origin,
  };
}

/**
 * @param {import('../seed/assets.js').Asset} asset
 * @param {import('./auth.js').Principal} principal
 * @param {string} apiUrl
 * @param {'default' | 'seed'} [profile]
 */
export const wrappedAsset = (asset, principal, apiUrl, profile = 'default') => ({
  result: assetView(asset, apiUrl, profile),
  permittedActions: assetPermittedActions(asset, principal),
});
