/**
 * `source="dash-portal"`: the assets of a Dash portal's folder or collection, as a portal visitor
 * sees them (portal token, passcode when set), in the search's order, paged as the visitor
 * scrolls. Portals permitting downloads also give the lightbox the account's presets.
 */
import { and, folderCriterion, MAX_PAGED_RESULTS, searchAssets } from '../assets.js';
import { DashError, skippedItemsError } from '../errors.js';
import { getFolderSettings } from '../folders.js';
import type { ApiContext } from '../http.js';
import type { Asset, Criterion, Wrapped } from '../models.js';
import { portalTokenSource } from '../tokens.js';
import { required } from './context.js';
import { positive, safeUrl, text } from './normalize.js';
import type { GalleryDownloads, GalleryItem, GalleryLoader, GalleryPage } from './types.js';

const PAGE_SIZE = 60;

/** One search result as a `GalleryItem`; assets without a file are skipped. */
export function assetItem({ result: asset, permittedActions }: Wrapped<Asset>, order: number): GalleryItem | null {
  const file = asset.currentAssetFile;
  if (!file) return null;
  const mediaType = file.mediaType ? `${file.mediaType.type}/${file.mediaType.subType}` : '';
  // Videos show their preview image: the Dash API has no streaming URL for portal visitors.
  const src = safeUrl(file.previewUrl) ?? '';
  return {
    id: asset.id,
    assetId: asset.id,
    src,
    width: positive(file.dimensions?.width),
    height: positive(file.dimensions?.height),
    // Portals carry no alt text; the file name is the best name a visitor can be given.
    alt: text(file.filename),
    caption: text(file.filename),
    filename: text(file.filename),
    type: src ? 'image' : 'file',
    mediaType: mediaType || undefined,
    order,
    downloadable: permittedActions.some((p) => p.action === 'DOWNLOAD_ASSET'),
  };
}

async function criterionFor(ctx: ApiContext, folder?: string, collection?: string, signal?: AbortSignal): Promise<Criterion> {
  const inCollection: Criterion | undefined = collection
    ? { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'COLLECTIONS' }, value: collection }
    : undefined;
  if (!folder) return and(inCollection);
  const { fieldId } = await getFolderSettings(ctx, { signal });
  return and(folderCriterion(fieldId, folder), inCollection);
}

// Presets and download jobs serve only the lightbox's download menu: each loads when the menu
// needs it (presets when it opens, download jobs on a click), not with the gallery's first page.
// Apart, so a failed presets chunk still lets a visitor download the original.
function downloadsFor(ctx: ApiContext): GalleryDownloads {
  return {
    async options(item, signal) {
      const { searchPresets } = await import('../presets.js');
      // APPLICABLE_FOR_ANY_ASSETS (seed 002): only presets that can transform this asset.
      const presets = await searchPresets(ctx, { assetIds: [item.assetId ?? item.id] }, { signal });
      return presets.map((preset) => ({ id: preset.id, name: preset.name }));
    },
    async download(item, presetId, signal) {
      const { downloadAssets } = await import('../downloads.js');
      const { url } = await downloadAssets(ctx, { assetIds: [item.assetId ?? item.id], presetId, zip: false }, { signal });
      // Checked here, where the backend's answer enters, like every other URL of a gallery.
      const safe = safeUrl(url);
      if (!safe) throw new DashError('invalid-response', 'The download job returned no http(s) URL.');
      return safe;
    },
  };
}

export const load: GalleryLoader = async (config, { signal }) => {
  const { subdomain, portal } = required(config, 'subdomain', 'portal');
  if (!config.folder && !config.collection) required(config, 'folder');
  const base: ApiContext = { apiBase: config.apiBase, fetch: config.fetch };
  const tokens = portalTokenSource(base, { subdomain, portal, passcode: config.passcode });
  const ctx: ApiContext = { ...base, auth: tokens };
  const portalData = await tokens.portalData(signal);
  const criterion = await criterionFor(ctx, config.folder, config.collection, signal);
  const pageSize = config.pageSize ?? PAGE_SIZE;
  const downloads = portalData.assetPermittedActions === 'VIEW_AND_DOWNLOAD' ? downloadsFor(ctx) : undefined;

  /** Results left out so far (unreadable or repeated): the count shown to assistive tech excludes them. */
  let skippedSoFar = 0;
  /** Assets already shown: offset paging repeats one when an asset is added between two pages. */
  const shown = new Set<string>();
  const pageFrom = async (from: number): Promise<GalleryPage> => {
    const response = await searchAssets(ctx, { from, pageSize, criterion }, { signal });
    const read = response.results
      .map((result, i) => assetItem(result, from + i))
      .filter((item): item is GalleryItem => item !== null);
    const items = read.filter((item) => !shown.has(item.id) && shown.add(item.id));
    skippedSoFar += read.length - items.length;
    // Assets the search answer could not read were left out by searchAssets: say how many.
    const skipped = response.skipped ?? 0;
    skippedSoFar += skipped;
    const warning = skipped ? skippedItemsError(skipped, 'assets', response.skippedReason) : undefined;
    // Paged searches stop at 10,000 results, whatever `totalResults` says.
    const reachable = Math.min(response.totalResults, MAX_PAGED_RESULTS);
    const answered = response.results.length + skipped;
    const nextFrom = from + answered;
    return {
      items,
      total: reachable - skippedSoFar,
      title: portalData.name,
      downloads,
      ...(warning ? { warning } : {}),
      next: answered && nextFrom < reachable ? () => pageFrom(nextFrom) : undefined,
    };
  };
  return pageFrom(0);
};
