/** `GET /folder-settings` and `POST /field-option-searches` over the Folders field. */
import { badRequest } from '../http/errors.js';
import { wrap } from '../http/respond.js';
import { ACCOUNT_ID } from '../seed/portals.js';
import { FOLDERS_FIELD_ID } from '../seed/folders.js';
import { requireViewer } from './auth.js';

/**
 * The folder tree as the principal sees it: for a portal only the whitelisted folders and their
 * descendants, with whitelisted folders promoted to the top level (their parents are hidden).
 */
function visibleTree(state, principal) {
  const visible = principal.kind === 'portal' ? state.visibleFolderIds(principal.portal) : null;
  const folders = visible ? state.folders.filter((f) => visible.has(f.id)) : state.folders;
  const parentOf = (f) => (f.parentId && (!visible || visible.has(f.parentId)) ? f.parentId : null);
  return { folders, parentOf };
}

function optionView(state, tree, folder) {
  const children = tree.folders.filter((f) => tree.parentOf(f) === folder.id).length;
  const parentId = tree.parentOf(folder);
  return {
    id: folder.id,
    fieldId: FOLDERS_FIELD_ID,
    value: folder.value,
    position: folder.position,
    leaf: children === 0,
    numberOfChildren: children,
    // Seed: parent is the parent FieldOption itself, so a branch can be rebuilt from a leaf.
    parent: parentId ? optionView(state, tree, state.folderById.get(parentId)) : null,
  };
}

function optionMatches(folder, c, tree) {
  const field = typeof c.field === 'string' ? c.field : c.field?.fieldName;
  const value = (name) => {
    if (name === 'FIELD_ID') return FOLDERS_FIELD_ID;
    if (name === 'PARENT_ID') return tree.parentOf(folder);
    if (name === 'ID') return folder.id;
    if (name === 'VALUE') return folder.value;
    throw badRequest(`Unsupported field option field ${name}`);
  };
  switch (c?.type) {
    case 'MATCH_ALL':
      return true;
    case 'AND':
      return (c.criteria ?? []).every((x) => optionMatches(folder, x, tree));
    case 'OR':
      return (c.criteria ?? []).some((x) => optionMatches(folder, x, tree));
    case 'NOT':
      return !optionMatches(folder, c.criterion, tree);
    case 'FIELD_EQUALS':
      return value(field) === c.value;
    case 'FIELD_IN':
      return (c.values ?? []).includes(value(field));
    case 'FIELD_IS_EMPTY':
      return value(field) == null;
    case 'FIELD_MATCHES':
      return String(value(field) ?? '').toLowerCase().includes(String(c.value ?? '').toLowerCase());
    default:
      throw badRequest(`Unsupported criterion type ${c?.type}`);
  }
}

export function registerFolderRoutes(router) {
  router.add('GET', '/folder-settings', (ctx) => {
    requireViewer(ctx);
    return wrap({ accountId: ACCOUNT_ID, fieldId: FOLDERS_FIELD_ID });
  });

  router.add('POST', '/field-option-searches', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const tree = visibleTree(ctx.state, principal);
    const found = tree.folders.filter((f) => optionMatches(f, body.criterion ?? { type: 'MATCH_ALL' }, tree));
    const sort = body.sorts?.[0];
    const sortField = typeof sort?.field === 'string' ? sort.field : sort?.field?.fieldName ?? 'POSITION';
    const dir = String(sort?.order ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
    const key = sortField === 'VALUE' ? (f) => f.value.toLowerCase() : (f) => f.position;
    found.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
    const from = body.from ?? 0;
    const pageSize = body.pageSize ?? 100;
    return {
      results: found.slice(from, from + pageSize).map((f) => wrap(optionView(ctx.state, tree, f))),
      totalResults: found.length,
    };
  });
}
