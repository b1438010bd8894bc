import { getFieldOption } from '../api/folders.js';
import type { ApiContext, FieldOption } from './api.js';

/** Folders are at most a few levels deep; a longer chain means a cycle in the data. */
const MAX_DEPTH = 16;

/**
 * The chain of folders from the tree's root down to `folderId`, for a folder restored from a URL
 * or given to an element: its breadcrumb and the branch of the tree leading to it.
 *
 * One `GET /field-options/{id}` gives "the complete branch of the tree" in nested `parent`s (seed
 * 002 ≈L3504–3508). A server that names a parent only by its id costs one more GET per level;
 * a parent printed as `{}` (unknown) ends the chain.
 *
 * With `roots` (a portal's whitelisted folders) the chain starts at the first root met on the
 * way up — nothing above it is shown — and a folder under none of them has no path (`[]`): it is
 * not the visitor's to see.
 */
export async function folderLineage(
  ctx: ApiContext,
  folderId: string,
  options: { roots?: readonly string[]; signal?: AbortSignal } = {},
): Promise<FieldOption[]> {
  const { roots, signal } = options;
  const path: FieldOption[] = [];
  let option: FieldOption | null = await getFieldOption(ctx, folderId, { signal });
  while (option && path.length < MAX_DEPTH) {
    if (roots?.includes(option.id)) {
      path.unshift({ ...option, parent: null, parentOption: null });
      return path;
    }
    path.unshift(option);
    if (option.parentOption) option = option.parentOption;
    else if (option.parent) option = await getFieldOption(ctx, option.parent, { signal });
    else option = null;
  }
  return roots ? [] : path;
}
