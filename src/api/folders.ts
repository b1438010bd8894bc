/** The folder tree: folders are the hierarchical FieldOptions of the Folders field. */
import { dashPaths } from './endpoints.js';
import { request, type ApiContext } from './http.js';
import type { FieldOption, FieldOptionSearchRequest, FolderSettings, SearchResponse } from './models.js';
import { parseFieldOption, parseFolderSettings, parseSearchResponse, parseWrapped } from './validate.js';

type Signal = { signal?: AbortSignal };

/** The account's folder settings; `fieldId` is the id of the Folders field. */
export async function getFolderSettings(ctx: ApiContext, options: Signal = {}): Promise<FolderSettings> {
  const wrapped = await request(ctx, 'GET', dashPaths.folderSettings(), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parseFolderSettings),
  });
  return wrapped.result;
}

export function searchFieldOptions(
  ctx: ApiContext,
  req: FieldOptionSearchRequest,
  options: Signal = {},
): Promise<SearchResponse<FieldOption>> {
  return request(ctx, 'POST', dashPaths.fieldOptionSearches(), {
    body: { from: 0, pageSize: 100, sorts: [{ field: 'POSITION', order: 'ASC' }], ...req },
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseSearchResponse(json, parseFieldOption),
  });
}

/** The top-level folders (no parent), in their position order. */
export async function getTopFolders(ctx: ApiContext, fieldId: string, options: Signal = {}): Promise<FieldOption[]> {
  const page = await searchFieldOptions(
    ctx,
    {
      pageSize: 1000,
      criterion: {
        type: 'AND',
        criteria: [
          { type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId },
          { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' },
        ],
      },
    },
    options,
  );
  return page.results.map((r) => r.result);
}

/** The direct children of a folder, in their position order. */
export async function getChildFolders(
  ctx: ApiContext,
  fieldId: string,
  parentId: string,
  options: Signal = {},
): Promise<FieldOption[]> {
  const page = await searchFieldOptions(
    ctx,
    {
      pageSize: 1000,
      criterion: {
        type: 'AND',
        criteria: [
          { type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId },
          { type: 'FIELD_EQUALS', field: 'PARENT_ID', value: parentId },
        ],
      },
    },
    options,
  );
  return page.results.map((r) => r.result);
}
