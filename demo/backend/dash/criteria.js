/**
 * Asset search criteria and sorts, as far as the seed and public client code use them.
 * Unknown criterion types are a 400 so that a client typo fails loudly instead of matching all.
 */
import { badRequest } from '../http/errors.js';
import { FOLDERS_FIELD_ID, KEYWORDS_FIELD_ID, TITLE_FIELD_ID } from '../seed/folders.js';

/** @typedef {import('../seed/assets.js').Asset} Asset */

/**
 * The values an asset holds for a criterion's field, as strings (lower-cased for text).
 * @param {import('../state.js').State} state
 */
function fieldValues(asset, field, state, includeDescendants = true) {
  if (!field || typeof field !== 'object') throw badRequest('criterion.field is required');
  if (field.type === 'FIELD') {
    if (field.fieldId === FOLDERS_FIELD_ID) {
      // Seed: an asset in a child folder "implicitly has the values of any parent".
      return includeDescendants === false
        ? asset.folderIds
        : asset.folderIds.flatMap((id) => state.folderLineage.get(id) ?? [id]);
    }
    if (field.fieldId === KEYWORDS_FIELD_ID) return asset.keywords;
    if (field.fieldId === TITLE_FIELD_ID) return [asset.title];
    return [];
  }
  switch (field.fieldName) {
    case 'KEYWORDS':
      return [asset.filename, asset.title, ...asset.keywords];
    case 'FILENAME':
      return [asset.filename];
    case 'FILE_TYPE':
      return [asset.fileType];
    case 'LIFECYCLE_STATE':
      return [asset.state];
    case 'DATE_LIVE':
      return asset.dateLive ? [asset.dateLive] : [];
    case 'DATE_STAGED':
    case 'DATE_LAST_ASSET_FILE_ADDED':
      return [asset.dateAdded];
    case 'DATE_LAST_MODIFIED':
      return [asset.dateLive ?? asset.dateAdded];
    case 'DATE_PENDING_APPROVAL':
      return [];
    case 'FILE_EXTENSION':
      return [/\.([^.]+)$/.exec(asset.filename)?.[1]?.toLowerCase() ?? ''];
    case 'COLLECTIONS':
      return asset.collectionIds;
    case 'ADDED_ORDER':
      return [String(asset.addedOrder)];
    case 'STAGED_BY':
      return asset.origin?.email ? [asset.origin.email] : [];
    default:
      throw badRequest(`Unknown fixed field ${field.fieldName}`);
  }
}

/**
 * Folder criteria also match a FieldOption's name (seed: "either the FieldOption.id or name").
 * @param {import('../state.js').State} state
 */
function expandValue(value, field, state) {
  if (field?.type !== 'FIELD' || field.fieldId !== FOLDERS_FIELD_ID) return [value];
  const byName = state.folders.filter((f) => f.value === value).map((f) => f.id);
  return [value, ...byName];
}

const RANGE = /^\s*([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])\s*$/i;

function matchesPattern(values, pattern) {
  const range = RANGE.exec(pattern);
  if (range) {
    const [, open, low, high, close] = range;
    return values.some(
      (v) =>
        (low === '*' || (open === '[' ? v >= low : v > low)) &&
        (high === '*' || (close === ']' ? v <= high : v < high)),
    );
  }
  // Keyword match: every word of the query occurs in some value (case-insensitive, prefix-ish).
  const words = String(pattern).toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = values.map((v) => String(v).toLowerCase());
  return words.every((w) => haystack.some((h) => h.includes(w.replace(/\*/g, ''))));
}

/**
 * @param {Asset} asset
 * @param {any} c criterion
 * @returns {boolean}
 * @param {import('../state.js').State} state
 */
export function matches(asset, c, state) {
  if (!c || typeof c !== 'object') throw badRequest('criterion is required');
  switch (c.type) {
    case 'MATCH_ALL':
      return true;
    case 'AND':
      return (c.criteria ?? []).every((x) => matches(asset, x, state));
    case 'OR':
      return (c.criteria ?? []).some((x) => matches(asset, x, state));
    case 'NOT':
      return !matches(asset, c.criterion, state);
    case 'FIELD_EQUALS': {
      const values = fieldValues(asset, c.field, state, c.includeDescendants);
      return expandValue(c.value, c.field, state).some((v) => values.includes(String(v)));
    }
    case 'FIELD_IN':
    case 'FIELD_HAS_ANY_EQUAL': {
      const values = fieldValues(asset, c.field, state, c.includeDescendants);
      const wanted = (c.values ?? []).flatMap((v) => expandValue(v, c.field, state));
      return wanted.some((v) => values.includes(String(v)));
    }
    case 'FIELD_MATCHES':
      return matchesPattern(fieldValues(asset, c.field, state), String(c.value ?? ''));
    case 'FIELD_IS_EMPTY':
      return fieldValues(asset, c.field, state).length === 0;
    default:
      throw badRequest(`Unsupported criterion type ${c.type}`);
  }
}

/** True when the criterion mentions LIFECYCLE_STATE anywhere (then LIVE-only is not implied). */
export function mentionsLifecycle(c) {
  if (!c || typeof c !== 'object') return false;
  if (c.field?.fieldName === 'LIFECYCLE_STATE') return true;
  return [c.criterion, ...(c.criteria ?? [])].some(mentionsLifecycle);
}

const SORT_KEYS = {
  DATE_LIVE: (a) => a.dateLive ?? '',
  DATE_STAGED: (a) => a.dateAdded,
  DATE_LAST_ASSET_FILE_ADDED: (a) => a.dateAdded,
  DATE_LAST_MODIFIED: (a) => a.dateLive ?? a.dateAdded,
  ADDED_ORDER: (a) => a.addedOrder,
  FILENAME: (a) => a.filename.toLowerCase(),
  FILE_SIZE: (a) => a.size,
  SIZE: (a) => a.size,
  TITLE: (a) => a.title.toLowerCase(),
};

/** Sorts `[{field: {type:'FIXED', fieldName} | 'NAME', order}]`; default newest first by ADDED_ORDER. */
export function sortAssets(assets, sorts) {
  const list = (
    Array.isArray(sorts) && sorts.length ? sorts : [{ field: { fieldName: 'ADDED_ORDER' }, order: 'DESC' }]
  ).map((s) => {
    const name = typeof s.field === 'string' ? s.field : s.field?.fieldName;
    const key = SORT_KEYS[name];
    if (!key) throw badRequest(`Unsupported sort field ${name}`);
    return { key, dir: String(s.order).toUpperCase() === 'DESC' ? -1 : 1 };
  });
  return assets.sort((a, b) => {
    for (const { key, dir } of list) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -dir;
      if (x > y) return dir;
    }
    return a.addedOrder - b.addedOrder;
  });
}
