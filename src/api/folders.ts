/** The folder tree: folders are the hierarchical FieldOptions of the Folders field. */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import type {
  FieldOption,
  FieldOptionCriterion,
  FieldOptionSearchRequest,
  FolderSettings,
  SearchResponse,
} from './models.js';
import { parseFieldOption, parseFolderSettings, parseSearchResponse, parseWrapped } from './validate-dash.js';

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

/**
 * The folders of the Folders field `fieldId` matching one more criterion, in position order.
 * Folder lookups differ only in that criterion: no parent (top level), a parent, or an id.
 */
export async function findFolders(
  ctx: ApiContext,
  fieldId: string,
  criterion: FieldOptionCriterion,
  options: Signal & { pageSize?: number } = {},
): Promise<FieldOption[]> {
  const page = await searchFieldOptions(
    ctx,
    {
      pageSize: options.pageSize ?? 1000,
      criterion: { type: 'AND', criteria: [{ type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId }, criterion] },
    },
    options,
  );
  return page.results.map((r) => r.result);
}

/**
 * One folder (`GET /field-options/{id}`). Its `parentOption` holds "the complete branch of the
 * tree" above it (seed 002 ≈L3504–3508), as far as the caller may see it.
 */
export async function getFieldOption(ctx: ApiContext, id: string, options: Signal = {}): Promise<FieldOption> {
  const wrapped = await request(ctx, 'GET', dashPaths.fieldOption(id), {
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseWrapped(json, parseFieldOption),
  });
  return wrapped.result;
}

/** The top-level folders (no parent), in their position order. */
export function getTopFolders(ctx: ApiContext, fieldId: string, options: Signal = {}): Promise<FieldOption[]> {
  return findFolders(ctx, fieldId, { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' }, options);
}

/** The direct children of a folder, in their position order. */
export function getChildFolders(
  ctx: ApiContext,
  fieldId: string,
  parentId: string,
  options: Signal = {},
): Promise<FieldOption[]> {
  return findFolders(ctx, fieldId, { type: 'FIELD_EQUALS', field: 'PARENT_ID', value: parentId }, options);
}
