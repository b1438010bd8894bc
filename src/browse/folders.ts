import { html, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { Strings } from '../i18n/index.js';
import type { ApiContext } from './api.js';
import type { FolderLoader, FolderSelectDetail } from './folder-tree.js';

/**
 * How the browsing elements host the folder tree: `loadFolderTree` once signed in, then
 * `renderFolderTree` in their layout.
 */

/**
 * The Folders field id (for the asset query) and the tree's loader, with the tree's code; `roots`
 * are a portal's whitelisted folders, the tree's roots at any depth (see `folderLoaderFor`). Nothing
 * of the tree is needed before the Folders field is known, so the folder client and the tree load
 * here, alongside that request, instead of in the initial bundle.
 */
export async function loadFolderTree(
  ctx: ApiContext,
  roots?: readonly string[],
): Promise<{ fieldId: string; loader: FolderLoader }> {
  const [{ folderLoaderFor }] = await Promise.all([import('./folder-loader.js'), import('./folder-tree.js')]);
  return folderLoaderFor(ctx, { roots });
}

export interface FolderTreeOptions {
  locale: string;
  /** Set once `loadFolderTree` resolved (which also loads the tree's module). */
  loader?: FolderLoader;
  selectedId?: string;
  onSelect: (detail: FolderSelectDetail) => void;
  onError: (error: DashError) => void;
}

/**
 * The folder tree as the browsing elements bind it. The element is rendered from the first
 * paint, before its module has loaded (see `loadFolderTree`): its properties are all declared
 * reactive properties, which Lit saves from the plain element and applies when it upgrades, and
 * the element itself stays the same node, so the layout and any reference to it hold.
 */
export function renderFolderTree(strings: Strings, options: FolderTreeOptions): TemplateResult {
  return html`<dash-folder-tree
    part="folders"
    .locale=${options.locale}
    .loader=${options.loader}
    .label=${strings.portal.folders}
    .rootLabel=${strings.portal.allAssets}
    .selectedId=${options.selectedId ?? ''}
    @folder-select=${(event: CustomEvent<FolderSelectDetail>) => options.onSelect(event.detail)}
    @folder-error=${(event: CustomEvent<DashError>) => options.onError(event.detail)}
  ></dash-folder-tree>`;
}
