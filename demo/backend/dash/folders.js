/**
 * `GET /folder-settings`, `POST /field-option-searches` and `GET /field-options/:id` over the
 * Folders field.
 *
 * A portal visitor sees only the whitelisted folders and their descendants. Folders keep their
 * real parents (a whitelisted sub-folder is not promoted to the top level), so a client that asks
 * for "the top level" of a portal whose whitelist holds sub-folders finds only the whitelisted
 * top-level folders: it must fetch the whitelisted folders by id, as the real API needs.
 */
import { badRequest, notFound } from '../http/errors.js';
import { wrap } from '../http/respond.js';
import { ACCOUNT_ID } from '../seed/portals.js';
import { FOLDERS_FIELD_ID } from '../seed/folders.js';
import { requireViewer } from './auth.js';

/**
 * The folders the principal may see (every folder for the host user).
 * @param {import('../state.js').State} state
 * @param {import('./auth.js').Principal} principal
 */
function visibleTree(state, principal) {
  const visible = principal.kind === 'portal' ? state.visibleFolderIds(principal.portal) : null;
  const folders = visible ? state.folders.filter((f) => visible.has(f.id)) : state.folders;
  return { folders, visible: (id) => !visible || visible.has(id) };
}

/**
 * A FieldOption as the API prints it. `parent` is
 * - `null` at the top level;
 * - in `GET /field-options/{id}` ("the complete branch of the tree"), the parent FieldOption
 *   itself, recursively — up to the first parent the principal may not see;
 * - in search answers: the default profile nests the parent too; the seed profile prints
 *   `parent: {}` as the seed's list answers do (002 ≈L3595), so a client cannot lean on it.
 * A parent the principal may not see is never described: `{}` in the seed profile, its bare id
 * in the default one (the two shapes a client has to cope with).
 * @param {import('../state.js').State} state
 */
function optionView(state, tree, folder, { branch }) {
  const children = tree.folders.filter((f) => f.parentId === folder.id).length;
  let parent = null;
  if (folder.parentId) {
    const seed = state.profile === 'seed';
    if (!tree.visible(folder.parentId)) parent = seed ? {} : folder.parentId;
    else if (seed && !branch) parent = {};
    else parent = optionView(state, tree, state.folderById.get(folder.parentId), { branch });
  }
  return {
    id: folder.id,
    fieldId: FOLDERS_FIELD_ID,
    value: folder.value,
    position: folder.position,
    leaf: children === 0,
    numberOfChildren: children,
    parent,
  };
}

/**
 * Field names a FieldOptionSearch may compare: the seed documents FIELD_ID and PARENT_ID only.
 * @param {import('../state.js').State} state
 */
function optionField(state, folder, name) {
  if (name === 'FIELD_ID') return FOLDERS_FIELD_ID;
  if (name === 'PARENT_ID') return folder.parentId;
  // Local extensions (the seed prints neither): refused in the seed profile like any unknown field.
  if (state.profile !== 'seed' && name === 'ID') return folder.id;
  if (state.profile !== 'seed' && name === 'VALUE') return folder.value;
  throw badRequest(`Unsupported field option field ${name}`);
}

/** @param {import('../state.js').State} state */
function optionMatches(state, folder, c) {
  const field = typeof c?.field === 'string' ? c.field : c?.field?.fieldName;
  const value = (name) => optionField(state, folder, name);
  switch (c?.type) {
    case 'MATCH_ALL':
      return true;
    case 'AND':
      return (c.criteria ?? []).every((x) => optionMatches(state, folder, x));
    case 'OR':
      return (c.criteria ?? []).some((x) => optionMatches(state, folder, x));
    case 'NOT':
      return !optionMatches(state, folder, c.criterion);
    case 'FIELD_EQUALS':
      return value(field) === c.value;
    case 'FIELD_IN':
      return (c.values ?? []).includes(value(field));
    case 'FIELD_IS_EMPTY':
      return value(field) == null;
    case 'FIELD_MATCHES':
      return String(value(field) ?? '')
        .toLowerCase()
        .includes(String(c.value ?? '').toLowerCase());
    default:
      throw badRequest(`Unsupported criterion type ${c?.type}`);
  }
}

/** @param {import('../http/router.js').Router} router */
export function registerFolderRoutes(router) {
  router.add('GET', '/folder-settings', (ctx) => {
    requireViewer(ctx);
    return wrap({ accountId: ACCOUNT_ID, fieldId: FOLDERS_FIELD_ID });
  });

  router.add('POST', '/field-option-searches', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const tree = visibleTree(ctx.state, principal);
    const criterion = body.criterion ?? { type: 'MATCH_ALL' };
    const found = tree.folders.filter((f) => optionMatches(ctx.state, f, criterion));
    const sort = body.sorts?.[0];
    const sortField = typeof sort?.field === 'string' ? sort.field : (sort?.field?.fieldName ?? 'POSITION');
    const dir = String(sort?.order ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
    const key = sortField === 'VALUE' ? (f) => f.value.toLowerCase() : (f) => f.position;
    found.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
    const from = body.from ?? 0;
    const pageSize = body.pageSize ?? 100;
    return {
      results: found.slice(from, from + pageSize).map((f) => wrap(optionView(ctx.state, tree, f, { branch: false }))),
      totalResults: found.length,
    };
  });

  // Seed 002 "Get an FieldOption": the option with "the complete branch of the tree" above it.
  // A folder a portal visitor may not see answers 404, as if it did not exist.
  router.add('GET', '/field-options/:id', (ctx) => {
    const principal = requireViewer(ctx);
    const tree = visibleTree(ctx.state, principal);
    const folder = ctx.state.folderById.get(ctx.params.id);
    if (!folder || !tree.visible(folder.id)) throw notFound(`No field option ${ctx.params.id}`);
    return wrap(optionView(ctx.state, tree, folder, { branch: true }));
  });
}
