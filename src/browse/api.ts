/**
 * The one place the browsing pieces reach the API client, so the shared browse modules name the
 * client's modules once.
 */
export type { ApiContext } from '../api/http.js';
export type { PortalData, Asset, FieldOption, Preset, PermittedAction, Criterion, Sort } from '../api/models.js';
export { portalTokenSource, hostTokenSource } from '../api/tokens.js';
export { safeUrl } from '../api/safe-url.js';
export { getAsset } from '../api/assets.js';
export {
  searchAssets,
  scrollSearchAssets,
  folderCriterion,
  keywordCriterion,
  dateRangeCriterion,
  and,
  MAX_PAGED_RESULTS,
  DOCUMENTED_SORT_FIELDS,
  searchesDocumentedOnly,
} from '../api/assets.js';
export { getFolderSettings, getTopFolders, getChildFolders, getFieldOption } from '../api/folders.js';
export { searchPresets } from '../api/presets.js';
export { downloadAssets } from '../api/downloads.js';
