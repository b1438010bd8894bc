/**
 * Folders, in one place: where they come from (`folderSource`: the Folders field id and the
 * tree's loader, from a portal's whitelisted folders or the account's top level), the chain of
 * folders leading to one (`folderLineage`) and the tree element that shows them (`DashFolderTree`,
 * bound to a session by results.ts `renderFolders`).
 */
import { html, css, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DashElement } from '../core/dash-element.js';
import { baseStyles } from '../core/styles.js';
import { DashError, toDashError } from '../api/errors.js';
import { getChildFolders, getFieldOption, getFolderSettings, getTopFolders } from '../api/folders.js';
import type { ApiContext } from '../api/http.js';
import type { FieldOption } from '../api/models.js';
import { dispatchInternal } from './internal-event.js';
import { common, errors } from '../i18n/en.js';
import { logicalKey } from '../core/keys.js';

/** Loads the folders under `parentId` (`null` = the top level). */
export type FolderLoader = (parentId: string | null, signal: AbortSignal) => Promise<FieldOption[]>;

/** Detail of the internal `folder-select` event; `path` runs from the top level to the folder. */
export interface FolderSelectDetail {
  folder: FieldOption | null;
  path: FieldOption[];
}

interface TreeRow {
  id: string;
  name: string;
  level: number;
  setSize: number;
  position: number;
  node?: FolderNode;
}

interface FolderNode {
  option: FieldOption;
  children?: string[];
  expanded: boolean;
  loading: boolean;
}

/** The pseudo-folder standing for "everything", shown first when `rootLabel` is set. */
const ROOT = '';

/**
 * Folders as a WAI-ARIA tree view (single select): one tab stop (roving tabindex), Up/Down move,
 * Right opens or enters, Left closes or goes to the parent, Home/End, Enter/Space select.
 * Children load when a folder first opens. Folder names are rendered as text only.
 *
 * Internal to dash-elements (used by the portal browser and the asset picker).
 *
 * @fires folder-select - (internal, not bubbling) `{folder, path}` when the visitor picks a folder.
 * @fires folder-error - (internal) `DashError` when folders fail to load.
 * @csspart tree - The tree list.
 */
export class DashFolderTree extends DashElement {
  static override englishStrings = { common, errors };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .item {
        /* Indent by aria-level in CSS (no style binding, so nothing extra to bundle). */
        padding-inline-start: 0.4rem;
        display: flex;
        align-items: center;
        gap: 0.25rem;
        padding-block: 0.15rem;
        padding-inline-end: 0.4rem;
        border-radius: var(--_radius);
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      [aria-level='2'] {
        padding-inline-start: 1.4rem;
      }
      [aria-level='3'] {
        padding-inline-start: 2.4rem;
      }
      [aria-level='4'] {
        padding-inline-start: 3.4rem;
      }
      [aria-level='5'],
      [aria-level='6'],
      [aria-level='7'],
      [aria-level='8'] {
        padding-inline-start: 4.4rem;
      }
      .item:focus-visible {
        outline: var(--_focus-ring);
        outline-offset: -2px;
      }
      .item[aria-selected='true'] {
        background: color-mix(in srgb, var(--_accent) 14%, transparent);
        box-shadow: inset 3px 0 var(--_accent);
        font-weight: 600;
      }
      @media (forced-colors: active) {
        .item[aria-selected='true'] {
          forced-color-adjust: none;
          border-inline-start: 4px solid Highlight;
          background: Highlight;
          color: HighlightText;
        }
        .item[aria-selected='true'] .twisty {
          color: HighlightText;
        }
      }
      .twisty {
        flex: none;
        display: grid;
        place-items: center;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        color: var(--_muted);
      }
      /* The closed folder's triangle points along the line: to the left right to left. */
      .twisty:dir(rtl) {
        scale: -1 1;
      }
      .status {
        color: var(--_muted);
        padding: 0.3rem 1.6rem;
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    loader: { attribute: false },
    selectedId: { attribute: false },
    rootLabel: { attribute: false },
    label: { attribute: false },
    nodes: { state: true },
    topIds: { state: true },
    focusedId: { state: true },
    loadError: { state: true },
  };

  /** Loads a folder level; set by the host element once it is authenticated. */
  loader?: FolderLoader;

  /** The selected folder id; `''` = the root ("all"). */
  selectedId = ROOT;

  /** Label of the root pseudo-folder; without it there is no root item. */
  rootLabel?: string;

  /** Accessible name of the tree. */
  label = '';

  private nodes = new Map<string, FolderNode>();
  private topIds?: string[];
  private focusedId?: string;
  private loadError?: DashError;

  #abort = new AbortController();
  #topReady: Promise<void> = Promise.resolve();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abort.signal.aborted) {
      this.#abort = new AbortController();
      if (this.loader) this.#topReady = this.#loadTop();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loader') && this.loader) {
      this.nodes = new Map();
      this.topIds = undefined;
      this.#topReady = this.#loadTop();
    }
  }

  /** The chain of known folders from the top level down to `id` (empty for the root). */
  pathTo(id: string): FieldOption[] {
    const path: FieldOption[] = [];
    for (let node = this.nodes.get(id); node; node = this.nodes.get(node.option.parent ?? '\0')) {
      path.unshift(node.option);
      if (path.length > 64) break; // a cyclic parent chain must not hang the page
    }
    return path;
  }

  /**
   * Opens the branch down to the last folder of `path` (top level first) and selects it, loading
   * each level as needed, without a `folder-select` (URL state restored on load).
   */
  async revealPath(path: FieldOption[]): Promise<void> {
    await this.#topReady;
    for (const folder of path.slice(0, -1)) {
      this.#remember([folder]);
      await this.#expand(folder.id);
    }
    const last = path.at(-1);
    if (last) {
      this.#remember([last]);
      this.reveal(last.id);
    }
  }

  /** Selects a folder programmatically (breadcrumb, URL state) without a `folder-select`. */
  reveal(id: string): void {
    this.selectedId = id;
    this.focusedId = id;
  }

  async #loadTop(): Promise<void> {
    const loader = this.loader;
    if (!loader) return;
    this.loadError = undefined;
    try {
      const options = await loader(null, this.#abort.signal);
      if (loader !== this.loader) return;
      this.topIds = this.#remember(options);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #expand(id: string): Promise<void> {
    const node = this.nodes.get(id);
    if (!node || node.option.leaf) return;
    node.expanded = true;
    if (!node.children && !node.loading && this.loader) {
      node.loading = true;
      this.requestUpdate();
      try {
        node.children = this.#remember(await this.loader(id, this.#abort.signal));
      } catch (error) {
        node.expanded = false;
        this.#fail(error);
      } finally {
        node.loading = false;
      }
    }
    this.requestUpdate();
  }

  #collapse(id: string): void {
    const node = this.nodes.get(id);
    if (node) node.expanded = false;
    this.requestUpdate();
  }

  #remember(options: FieldOption[]): string[] {
    for (const option of options) {
      if (!this.nodes.has(option.id)) {
        this.nodes.set(option.id, { option, expanded: false, loading: false });
      }
    }
    return options.map((option) => option.id);
  }

  #fail(error: unknown): void {
    const dashError = toDashError(error);
    if (!dashError) return;
    this.loadError = dashError;
    dispatchInternal(this, 'folder-error', dashError);
  }

  #select(id: string): void {
    this.selectedId = id;
    this.focusedId = id;
    const folder = id === ROOT ? null : (this.nodes.get(id)?.option ?? null);
    dispatchInternal<FolderSelectDetail>(this, 'folder-select', { folder, path: this.pathTo(id) });
    if (id !== ROOT && !this.nodes.get(id)?.expanded) void this.#expand(id);
  }

  /** Ids in visual order: the ones a keyboard user can reach right now. */
  #visibleIds(): string[] {
    return this.#rows().map((row) => row.id);
  }

  #onKeydown(event: KeyboardEvent): void {
    const ids = this.#visibleIds();
    const current = this.#currentFocus(ids);
    const index = ids.indexOf(current);
    const node = this.nodes.get(current);
    let next: string | undefined;
    switch (logicalKey(event, this)) {
      case 'ArrowDown':
        next = ids[Math.min(index + 1, ids.length - 1)];
        break;
      case 'ArrowUp':
        next = ids[Math.max(index - 1, 0)];
        break;
      case 'Home':
        next = ids[0];
        break;
      case 'End':
        next = ids[ids.length - 1];
        break;
      case 'ArrowRight':
        if (node && !node.option.leaf) {
          if (!node.expanded) void this.#expand(current);
          else next = node.children?.[0];
        }
        break;
      case 'ArrowLeft':
        if (node?.expanded) this.#collapse(current);
        else if (node) next = node.option.parent && this.nodes.has(node.option.parent) ? node.option.parent : undefined;
        break;
      case 'Enter':
      case ' ':
        this.#select(current);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== undefined) void this.#moveFocus(next);
  }

  #currentFocus(ids: string[]): string {
    if (this.focusedId !== undefined && ids.includes(this.focusedId)) return this.focusedId;
    return ids.includes(this.selectedId) ? this.selectedId : (ids[0] ?? ROOT);
  }

  async #moveFocus(id: string): Promise<void> {
    this.focusedId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    const rows = this.#rows();
    const tabStop = this.#currentFocus(rows.map((row) => row.id));
    return html`
      <div role="tree" part="tree" aria-label=${this.label} @keydown=${this.#onKeydown} @click=${this.#onClick}>
        ${rows.map((row) => this.#renderItem(row, tabStop))}
      </div>
      ${
        this.topIds === undefined && !this.loadError
          ? html`<div class="status" role="status">${this.strings.common.loading}</div>`
          : nothing
      }
      ${
        this.loadError
          ? html`<div class="status error" role="alert">
              ${this.strings.errors[this.loadError.code]}
              <button class="button" type="button" @click=${() => this.#loadTop()}>${this.strings.common.retry}</button>
            </div>`
          : nothing
      }
    `;
  }

  /**
   * The visible items, flattened. A flat list with aria-level/setsize/posinset (rather than
   * nested groups) keeps each item's accessible name to its own text.
   */
  #rows(): TreeRow[] {
    const rows: TreeRow[] = [];
    const top = this.topIds ?? [];
    const hasRoot = this.rootLabel !== undefined;
    const topSize = top.length + (hasRoot ? 1 : 0);
    if (hasRoot) rows.push({ id: ROOT, name: this.rootLabel!, level: 1, setSize: topSize, position: 1 });
    const walk = (list: string[], level: number, offset: number, size: number) => {
      list.forEach((id, i) => {
        const node = this.nodes.get(id);
        if (!node) return;
        rows.push({ id, name: node.option.value, level, setSize: size, position: offset + i + 1, node });
        if (node.expanded && node.children) walk(node.children, level + 1, 0, node.children.length);
      });
    };
    walk(top, 1, hasRoot ? 1 : 0, topSize);
    return rows;
  }

  #renderItem(row: TreeRow, tabStop: string): TemplateResult {
    const { id, node } = row;
    const expandable = node && !node.option.leaf;
    return html`<div
      role="treeitem"
      class="item"
      data-id=${id}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.position}
      aria-selected=${this.selectedId === id ? 'true' : 'false'}
      aria-expanded=${expandable ? String(node.expanded) : nothing}
      aria-busy=${node?.loading ? 'true' : nothing}
      aria-label=${row.name}
      tabindex=${tabStop === id ? '0' : '-1'}
      @focus=${() => (this.focusedId = id)}
    >
      <span class="twisty" aria-hidden="true">${expandable ? (node.expanded ? '▾' : '▸') : ''}</span
      ><span class="label own-direction">${row.name}</span>
    </div>`;
  }

  /**
   * Clicks are handled on the tree, beside its keyboard handling: a click on the twisty opens or
   * closes the folder, anywhere else on the item selects it.
   */
  #onClick(event: Event): void {
    const target = event.target as Element;
    const id = target.closest<HTMLElement>('[role=treeitem]')?.dataset.id;
    if (id === undefined) return;
    if (!target.closest('.twisty')) return this.#select(id);
    this.focusedId = id;
    if (this.nodes.get(id)?.expanded) this.#collapse(id);
    else void this.#expand(id);
  }
}

DashFolderTree.define('dash-folder-tree');

declare global {
  interface HTMLElementTagNameMap {
    'dash-folder-tree': DashFolderTree;
  }
}

/** What a signed-in session browses folders with. */
export interface FolderSource {
  /** The Folders field id, for the asset query's folder criterion. */
  fieldId: string;
  loader: FolderLoader;
}

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
export async function folderSource(
  ctx: ApiContext,
  options: { roots?: readonly string[]; signal?: AbortSignal } = {},
): Promise<FolderSource> {
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
