import { getChildFolders, getFolderSettings, getTopFolders, type ApiContext } from './api.js';
import type { FolderLoader } from './folder-tree.js';

/**
 * What a host needs to browse folders with a context: the Folders field id (for the asset
 * query's folder criterion) and the folder tree's loader. The field id is looked up once.
 */
export async function folderLoaderFor(
  ctx: ApiContext,
  signal?: AbortSignal,
): Promise<{ fieldId: string; loader: FolderLoader }> {
  const { fieldId } = await getFolderSettings(ctx, { signal });
  const loader: FolderLoader = (parentId, loadSignal) =>
    parentId
      ? getChildFolders(ctx, fieldId, parentId, { signal: loadSignal })
      : getTopFolders(ctx, fieldId, { signal: loadSignal });
  return { fieldId, loader };
}

/**
 * `folderLoaderFor` plus the tree's code: the tree shows nothing before the Folders field is
 * known, so its module loads alongside that request instead of in the initial bundle.
 */
export async function loadFolderTree(ctx: ApiContext): Promise<{ fieldId: string; loader: FolderLoader }> {
  const [folders] = await Promise.all([folderLoaderFor(ctx), import('./folder-tree.js')]);
  return folders;
}
