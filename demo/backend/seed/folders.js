/**
 * The Folders field: a nested tree (up to four levels) of FieldOptions. Ids are stable so tests
 * and demo pages can refer to them.
 */
import { stableId } from './ids.js';
import { xss } from '../xss-payloads.js';

export const FOLDERS_FIELD_ID = stableId('field', 'folders');
export const KEYWORDS_FIELD_ID = stableId('field', 'keywords');
export const TITLE_FIELD_ID = stableId('field', 'title');

/**
 * A folder that never holds an asset, for the "empty folder" state of the browsing elements (the
 * Storybook stories open it). The assets are spread over the other folders only.
 */
export const EMPTY_FOLDER_PATH = ['Events', '2027'];

/** [name, children] pairs; a string is a leaf. */
const TREE = [
  [
    'Marketing',
    [
      ['Campaigns', ['Summer 2026', 'Winter 2025', ['Spring 2026', ['Teasers', 'Hero shots']]]],
      'Social media',
      'Brand guidelines',
    ],
  ],
  ['Products', [['Shoes', ['Running', 'Trail', 'Kids']], 'Bags', 'Accessories']],
  ['Press', ['Press releases', 'Logos', 'Executive portraits']],
  ['Events', ['2025', '2026', '2027']],
  ['Partners only', ['Price lists', 'Sales decks']],
  [xss(0), [xss(9), [xss(13), [xss(42)]], xss(24)]],
  ['Archive', []],
];

/**
 * @typedef {object} Folder
 * @property {string} id
 * @property {string} value
 * @property {number} position
 * @property {string | null} parentId
 * @property {string[]} path   names from the root, used as a stable key
 */

/** @returns {Folder[]} every folder, parents before children */
export function buildFolders() {
  /** @type {Folder[]} */
  const folders = [];
  const walk = (nodes, parentId, path) => {
    nodes.forEach((node, position) => {
      const [value, children] = typeof node === 'string' ? [node, []] : node;
      const id = stableId('folder', ...path, value);
      folders.push({ id, value, position, parentId, path: [...path, value] });
      walk(children, id, [...path, value]);
    });
  };
  walk(TREE, null, []);
  return folders;
}

/** Finds a folder by its path of names, e.g. `folderByPath(folders, 'Products', 'Shoes')`. */
export function folderByPath(folders, ...path) {
  const found = folders.find((f) => f.path.join('/') === path.join('/'));
  if (!found) throw new Error(`No seeded folder ${path.join('/')}`);
  return found;
}
