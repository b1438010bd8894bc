import { DashError } from '../api/errors.js';
import { getChildFolders, getFieldOption, getFolderSettings, getTopFolders, type ApiContext, type FieldOption } from './api.js';
import type { FolderLoader } from './folder-tree.js';

/**
 * What a host needs to browse folders with a context: the Folders field id (for the asset
 * query's folder criterion) and the folder tree's loader. The field id is looked up once.
 *
 * `roots` are the folders the tree starts from: a portal's `whitelistedFolderFieldOptionIds`,
 * which may sit at any depth of the account's tree. They are fetched by id, never as "the top
 * level": the account's top level is not what a portal shows (it would hide whitelisted
 * sub-folders, and must never show folders outside the whitelist). Without `roots` (a signed-in
 * app user) the tree starts at the account's top level.
 */
export async function folderLoaderFor(
  ctx: ApiContext,
  options: { roots?: readonly string[]; signal?: AbortSignal } = {},
): Promise<{ fieldId: string; loader: FolderLoader }> {
  const { fieldId } = await getFolderSettings(ctx, { signal: options.signal });
  const { roots } = options;
  const loader: FolderLoader = (parentId, signal) => {
    if (parentId) return getChildFolders(ctx, fieldId, parentId, { signal });
    return roots ? rootFolders(ctx, roots, signal) : getTopFolders(ctx, fieldId, { signal });
  };
  return { fieldId, loader };
}

/**
 * The whitelisted folders, in the portal's order. One that no longer exists (404) is left out
 * rather than failing the tree; any other failure fails the level, so the tree offers a retry.
 * They are the tree's roots, so their parents (which the visitor may not see) are dropped.
 */
async function rootFolders(ctx: ApiContext, ids: readonly string[], signal: AbortSignal): Promise<FieldOption[]> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(
    unique.map((id) =>
      getFieldOption(ctx, id, { signal }).catch((error: unknown) => {
        if (error instanceof DashError && error.code === 'not-found') return undefined;
        throw error;
      }),
    ),
  );
  return found
    .filter((option): option is FieldOption => option !== undefined)
    .map((option) => ({ ...option, parent: null, parentOption: null }));
}
