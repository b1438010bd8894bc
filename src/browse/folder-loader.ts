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

