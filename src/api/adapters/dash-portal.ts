/**
 * `source="dash-portal"`: the assets of a Dash portal's folder or collection, as a portal visitor
 * sees them (portal token, passcode when set), in the search's order, paged as the visitor
 * scrolls — a small first page, then larger ones, past Dash's 10,000-result paging limit too
 * (AssetCursor). Portals permitting downloads also give the lightbox's download menu the
 * visitor's API context.
 *
 * Videos (media type `video/*`) are video items with their preview as poster and no `videoSrc`:
 * the Dash API has no streaming URL. In the lightbox their poster has a Play button where the
 * portal permits downloading the asset; Play asks for a download job of the original, as the
 * portal browser does (src/api/video.ts), and the player gets the job's file. Where downloading is
 * not permitted the poster says the video cannot be played here.
 */
import { and, folderCriterion } from '../assets.js';
import { AssetCursor } from '../asset-cursor.js';
import { skippedItemsError } from '../errors.js';
import { getFolderSettings } from '../folders.js';
import { required, type ApiContext } from '../http.js';
import type { Asset, Criterion, Wrapped } from '../models.js';
import { portalTokenSource } from '../tokens.js';
import { positive, safeUrl, text } from './normalize.js';
import type { GalleryItem, GalleryLoader, GalleryPage } from './types.js';

/** Results per search after the first (unless the configuration sets `pageSize`). */
const PAGE_SIZE = 60;
/**
 * Results the first search asks for when the configuration sets no `pageSize`: what fills the
 * first screens, so the first photo does not wait for a 60-asset answer (≈0.3 s more on the
 * first-image bench's slow phone network). A 1280 px desktop's grid has 6 columns of ≈210 px,
 * 4 rows of which fill its first screen; a phone's 2 columns get 12 rows, more than the phone's
 * window of tiles (one screen beyond the visible one), so its first photos do not share the
 * network with a second search. 24 also fills whole rows of 2, 3, 4, 6 or 8 columns. A screen
 * that shows the end of the first page asks for the next one at once.
 */
const FIRST_PAGE_SIZE = 24;

/** One search result as a `GalleryItem`; assets without a file are skipped. */
export function assetItem({ result: asset, permittedActions }: Wrapped<Asset>, order: number): GalleryItem | null {
  const file = asset.currentAssetFile;
  if (!file) return null;
  const mediaType = file.mediaType ? `${file.mediaType.type}/${file.mediaType.subType}` : '';
  const src = safeUrl(file.previewUrl) ?? '';
  // A video is its preview image until Play: the Dash API has no streaming URL, so the lightbox
  // asks for a download job of the original then (src/api/video.ts), where downloads are allowed.
  const video = file.fileType === 'VIDEO' || mediaType.startsWith('video/');
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
    type: video ? 'video' : src ? 'image' : 'file',
    ...(video && src ? { poster: src } : {}),
    mediaType: mediaType || undefined,
    order,
    downloadable: permittedActions.some((p) => p.action === 'DOWNLOAD_ASSET'),
  };
}

async function criterionFor(
  ctx: ApiContext,
  folder?: string,
  collection?: string,
  signal?: AbortSignal,
): Promise<Criterion> {
  const inCollection: Criterion | undefined = collection
    ? { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'COLLECTIONS' }, value: collection }
    : undefined;
  if (!folder) return and(inCollection);
  // One round trip after the token, which it needs: seed 002 prints /folder-settings with a Bearer
  // (≈L344) and no other place that names the Folders field's id (not the portal's public data,
  // ≈L4455), and the folder search it prints (≈L1857) is a FIELD criterion with that id.
  const { fieldId } = await getFolderSettings(ctx, { signal });
  return and(folderCriterion(fieldId, folder), inCollection);
}

export const load: GalleryLoader = async (config, { signal, fetch }) => {
  const { subdomain, portal } = required(config, 'subdomain', 'portal');
  if (!config.folder && !config.collection) required(config, 'folder');
  const base: ApiContext = { apiBase: config.apiBase, fetch: fetch ?? config.fetch };
  const tokens = portalTokenSource(base, { subdomain, portal, passcode: config.passcode });
  const ctx: ApiContext = { ...base, auth: tokens };
  const portalData = await tokens.portalData(signal);
  const criterion = await criterionFor(ctx, config.folder, config.collection, signal);
  const downloads = portalData.assetPermittedActions === 'VIEW_AND_DOWNLOAD' ? { ctx } : undefined;
  // A configured `pageSize` is every search's size, the first's too; by default the first is small.
  const cursor = new AssetCursor(ctx, { criterion, pageSize: config.pageSize ?? PAGE_SIZE });
  const firstPageSize = config.pageSize ?? FIRST_PAGE_SIZE;

  /** Results left out so far (unreadable or repeated): the count shown to assistive tech excludes them. */
  let skippedSoFar = 0;
  /** Assets already shown: offset paging repeats one when an asset is added between two pages. */
  const shown = new Set<string>();
  const nextPage = async (pageSize?: number): Promise<GalleryPage> => {
    const response = await cursor.next({ signal, pageSize });
    const results = response?.results ?? [];
    const read = results
      .map((result, i) => assetItem(result, (response?.from ?? 0) + i))
      .filter((item): item is GalleryItem => item !== null);
    const items = read.filter((item) => !shown.has(item.id) && shown.add(item.id));
    skippedSoFar += read.length - items.length;
    // Assets the search answer could not read were left out by the search: say how many.
    const skipped = response?.skipped ?? 0;
    skippedSoFar += skipped;
    const warning = skipped ? skippedItemsError(skipped, 'assets', response?.skippedReason) : undefined;
    return {
      items,
      total: (cursor.total ?? 0) - skippedSoFar,
      title: portalData.name,
      downloads,
      ...(warning ? { warning } : {}),
      next: cursor.done ? undefined : () => nextPage(),
    };
  };
  return nextPage(firstPageSize);
};
