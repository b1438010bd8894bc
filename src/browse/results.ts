import { html, nothing, type TemplateResult } from 'lit';
import type { DashError } from '../api/errors.js';
import type { Asset } from '../api/models.js';
import { renderError } from '../core/error-state.js';
import { renderEmpty } from '../core/states.js';
import { formatNumber, type Strings } from '../i18n/index.js';
import type { AssetActivateDetail, SelectablePredicate, SelectionChangeDetail, SelectionMode } from './asset-grid.js';
import './asset-grid.js';
import './folders.js';
import type { FolderSelectDetail } from './folders.js';
import { renderPasscodeForm } from './passcode-form.js';
import type { AssetQuery } from './asset-query.js';
import type { BrowseSession } from './session.js';

/** The strings and locale of the element a session renders into. */
export interface ResultsHost {
  readonly strings: Strings;
  readonly locale: string;
}

/** Whose frame the loading state takes the shape of: the portal's (with its header) or the picker's. */
export type SignInFrame = 'portal' | 'picker';

/**
 * What shows until the session is signed in — the passcode form, the sign-in's error with a
 * retry, or the loading state in the shape of `frame` — and `undefined` once it is. After a typed
 * passcode, a wrong one puts focus back in the field, selected, so the visitor can simply type
 * again; a right one calls `afterSignIn` (default: focus on the search field, the first control
 * that appeared). The loading state can hold focus, so a Retry's focus waits there (session.ts
 * `FocusKeeper`).
 */
export function renderSignIn(
  host: ResultsHost,
  session: BrowseSession,
  afterSignIn = () => session.host.renderRoot.querySelector<HTMLElement>('#search')?.focus(),
  frame: SignInFrame = 'picker',
): TemplateResult | undefined {
  const { status, error } = session;
  if (status === 'passcode' || (status === 'loading' && session.submitting)) {
    return renderPasscodeForm(host.strings, {
      title: session.portal?.name,
      error,
      submitting: session.submitting,
      onSubmit: async (passcode) => {
        await session.submitPasscode(passcode);
        await session.host.updateComplete;
        if (session.status !== 'passcode') return afterSignIn();
        const field = session.host.renderRoot.querySelector<HTMLInputElement>('#passcode');
        field?.focus();
        field?.select();
      },
    });
  }
  if (status === 'error' && error) return renderError(host.strings, error, () => session.retry());
  return status === 'ready' ? undefined : renderSigningIn(host, frame);
}

/**
 * The loading state while signing in: placeholders in the shape of the frame that follows — the
 * portal's header, the search bar, the folder column (a Folders button when narrow) and two rows
 * of placeholder tiles in the grid's own columns (an empty grid that is loading draws them, as it
 * does while any query loads) — so the page below does not jump when the frame comes. They are
 * hidden from assistive technology and inert; "Loading…" is said by the holder, a polite status,
 * in visually hidden words. The holder takes focus while a Retry signs in again.
 */
function renderSigningIn(host: ResultsHost, frame: SignInFrame): TemplateResult {
  const portal = frame === 'portal';
  const field = html`<div class="field wide"><span class="bone"></span><span class="bone control"></span></div>`;
  return html`<div class="signing-in for-${frame}" part="loading" role="status" aria-live="polite" tabindex="-1">
    <span class="visually-hidden">${host.strings.common.loading}</span>
    <div class="skeleton-frame pulse ${portal ? 'portal' : 'picker-frame'}" aria-hidden="true" inert>
      ${
        portal
          ? html`<div class="welcome">
              <div class="brand">
                <span class="monogram bone"></span>
                <h2><span class="bone short"></span></h2>
              </div>
              <div class="message">
                <h3><span class="bone short"></span></h3>
                <p><span class="bone medium"></span><span class="bone short narrow"></span></p>
              </div>
            </div>`
          : nothing
      }
      <div class="toolbar">
        <div class="field search"><span class="bone short"></span><span class="bone control"></span></div>
        ${field} ${field} ${portal ? html`<span class="bone control action wide"></span>` : html`${field} ${field}`}
        <span class="bone control action narrow"></span>
      </div>
      <div class=${portal ? 'layout' : 'body'}>
        <div>
          <div class="wide">${[0, 1, 2, 3, 4].map(() => html`<span class="bone folder"></span>`)}</div>
          <span class="bone control narrow"></span>
        </div>
        <div>
          ${
            portal
              ? html`<nav class="top">
                  <ol>
                    <li><span class="bone"></span></li>
                  </ol>
                </nav>`
              : nothing
          }
          <div class="skeleton-status"><span class="bone short"></span></div>
          <dash-asset-grid .locale=${host.locale} .loading=${true}></dash-asset-grid>
        </div>
      </div>
    </div>
  </div>`;
}

export interface ResultsOptions {
  /** What the grid lists; default: every asset loaded. */
  items?: Asset[];
  /** The grid announces "n of total"; off when `items` leaves some out. */
  showTotal?: boolean;
  selectionMode: SelectionMode;
  selection: ReadonlyMap<string, Asset>;
  isSelectable: SelectablePredicate;
  /** Marks an asset's tile "Licence expired". */
  isExpired?: (asset: Asset) => boolean;
  max?: number;
  clickSelects?: boolean;
  /** Shown between the status and the grid (the portal's selection bar). */
  beforeGrid?: TemplateResult | typeof nothing;
  onActivate: (detail: AssetActivateDetail) => void;
  onSelectionChange: (detail: SelectionChangeDetail) => void;
}

/**
 * The results of a session's query, as both browsing elements show them: a polite status line
 * (loading, the count, unreadable assets left out; quiet while keywords are typed, so the count is
 * announced once the search settles), the error with a retry, the empty state
 * (no results for a filter, or an empty folder) and the grid that pages on scroll.
 */
export function renderResults(host: ResultsHost, session: BrowseSession, options: ResultsOptions): TemplateResult {
  const p = host.strings.portal;
  const { loading, loaded, error, total, skipped, hasMore, typing, query: q } = session.query;
  const items = options.items ?? session.query.items;
  let message = '';
  // Quiet while keywords are typed: the count of the search that settles is the one announced.
  if (typing) message = '';
  else if (loading && !loaded) message = p.loadingAssets;
  else if (loaded) message = p.resultCount(formatNumber(total, host.locale));
  // Unreadable assets are left out; the visitor is told quietly, beside the count.
  if (message && loaded && skipped > 0) message += ` ${p.skipped(skipped)}`;
  const filtered = q.keywords.trim() !== '' || q.fileTypes.length > 0 || q.dateRange !== undefined;
  const empty = items.length === 0 && !hasMore;
  return html`
    <div class="status status-line" role="status" aria-live="polite" tabindex="-1">${message}</div>
    ${error ? renderError(host.strings, error, () => session.query.reload()) : nothing}
    ${loaded && empty && !error ? renderEmpty(host.strings, filtered ? p.noResults : p.emptyFolder) : nothing}
    ${options.beforeGrid ?? nothing}
    <dash-asset-grid
      part="grid"
      ?hidden=${empty && !loading}
      .locale=${host.locale}
      .items=${items}
      .total=${options.showTotal === false ? undefined : total}
      .label=${p.assets}
      .selectionMode=${options.selectionMode}
      .max=${options.max}
      .isSelectable=${options.isSelectable}
      .isExpired=${options.isExpired}
      .clickSelects=${options.clickSelects ?? false}
      .selection=${options.selection}
      .hasMore=${hasMore}
      .loading=${loading}
      @asset-activate=${(event: CustomEvent<AssetActivateDetail>) => options.onActivate(event.detail)}
      @selection-change=${(event: CustomEvent<SelectionChangeDetail>) => options.onSelectionChange(event.detail)}
      @load-more=${() => session.query.loadMore()}
    ></dash-asset-grid>
  `;
}

/**
 * The session's folder tree (its loader is unset until signed in); `onSelect` runs before the
 * session searches the picked folder. The tree sits in a dialog that wide layouts show in place
 * (browseStyles); narrow ones show a "Folders: current" button instead that opens it as a modal
 * drawer with a heading and a Close button (focus moves in, Escape or Close closes, focus returns
 * to the button), closed again by a choice.
 */
export function renderFolders(
  host: ResultsHost,
  session: BrowseSession,
  onSelect?: (detail: FolderSelectDetail) => Partial<AssetQuery> | void,
): TemplateResult {
  const p = host.strings.portal;
  const onFolder = (event: CustomEvent<FolderSelectDetail>) => {
    (event.currentTarget as HTMLElement).closest('dialog')?.close();
    session.selectFolder(event.detail, onSelect?.(event.detail) ?? {});
  };
  return html`<button
      class="button drawer-button"
      part="folders-button"
      type="button"
      aria-haspopup="dialog"
      @click=${(event: Event) => ((event.currentTarget as Element).nextElementSibling as HTMLDialogElement).showModal()}
    >
      ${p.folders}: ${session.folderPath.at(-1)?.value ?? p.allAssets}
    </button>
    <dialog class="drawer" part="folders-drawer" aria-labelledby="folders-heading">
      <div class="drawer-head">
        <h2 id="folders-heading">${p.folders}</h2>
        <button
          class="button"
          type="button"
          @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')?.close()}
        >
          ${host.strings.common.close}
        </button>
      </div>
      <dash-folder-tree
        part="folders"
        .locale=${host.locale}
        .loader=${session.folderSource?.loader}
        .label=${p.folders}
        .rootLabel=${p.allAssets}
        .selectedId=${session.query.query.folderId ?? ''}
        @folder-select=${onFolder}
        @folder-error=${({ detail }: CustomEvent<DashError>) => session.reportError(detail)}
      ></dash-folder-tree>
    </dialog>`;
}
