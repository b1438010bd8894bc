import { findFolders } from '../api/folders.js';
import type { ApiContext, FieldOption } from './api.js';

/** Folders are at most a few levels deep; a longer chain means a cycle in the data. */
const MAX_DEPTH = 16;

/**
 * The chain of folders from the top level down to `folderId`, fetched parent by parent. Used to
 * restore a folder from a URL: its breadcrumb and the tree branch leading to it.
 */
export async function folderLineage(
  ctx: ApiContext,
  fieldId: string,
  folderId: string,
  signal?: AbortSignal,
): Promise<FieldOption[]> {
  const path: FieldOption[] = [];
  let id: string | null = folderId;
  while (id && path.length < MAX_DEPTH) {
    const [folder]: FieldOption[] = await findFolders(
      ctx,
      fieldId,
      { type: 'FIELD_EQUALS', field: 'ID', value: id },
      { signal, pageSize: 1 },
    );
    if (!folder) break;
    path.unshift(folder);
    id = folder.parent;
  }
  return path;
}
