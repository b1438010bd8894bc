import type { AssetQuery, SortKey } from '../../browse/asset-query.js';

/**
 * The browsing state in the page URL, for sites that opt in with `sync-url`. Parameters carry a
 * `dash-` prefix so they never clash with the site's own. Only what the visitor chose goes in:
 * never the passcode or a token (URLs end up in history, logs and Referer headers).
 */
export interface UrlState {
  query: AssetQuery;
  assetId?: string;
}

/**
 * What a URL may hold: the query's defaults and the sort keys. Handed in rather than imported, so
 * this module (loaded only with `sync-url`) shares no code with the initial bundle, which would
 * otherwise be split into an extra chunk.
 */
export interface QueryShape {
  defaults: AssetQuery;
  sortKeys: readonly SortKey[];
}

const KEYS = {
  keywords: 'dash-q',
  folder: 'dash-folder',
  types: 'dash-type',
  sort: 'dash-sort',
  recent: 'dash-recent',
  asset: 'dash-asset',
} as const;

export function readUrlState({ defaults, sortKeys }: QueryShape, href = location.href): UrlState {
  const params = new URL(href).searchParams;
  const sort = params.get(KEYS.sort) as SortKey | null;
  const types = params.get(KEYS.types);
  return {
    query: {
      ...defaults,
      keywords: params.get(KEYS.keywords) ?? '',
      folderId: params.get(KEYS.folder) || undefined,
      fileTypes: types ? types.split(',').filter(Boolean) : [],
      sort: sort && sortKeys.includes(sort) ? sort : defaults.sort,
      recent: params.get(KEYS.recent) === '1',
    },
    assetId: params.get(KEYS.asset) || undefined,
  };
}

/** Rewrites the current history entry (never pushes: browsing must not flood the back button). */
export function writeUrlState(state: UrlState, { defaults }: QueryShape): void {
  const url = new URL(location.href);
  const params = url.searchParams;
  const { query } = state;
  const entries: [string, string | undefined][] = [
    [KEYS.keywords, query.keywords.trim() || undefined],
    [KEYS.folder, query.folderId],
    [KEYS.types, query.fileTypes.join(',') || undefined],
    [KEYS.sort, query.sort === defaults.sort ? undefined : query.sort],
    [KEYS.recent, query.recent ? '1' : undefined],
    [KEYS.asset, state.assetId],
  ];
  for (const [key, value] of entries) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
