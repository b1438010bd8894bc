import { defaultQuery, sortKeys, type AssetQuery, type SortKey } from '../../browse/asset-query.js';

/**
 * The browsing state in the page URL, for sites that opt in with `sync-url`. Parameters carry a
 * `dash-` prefix so they never clash with the site's own. Only what the visitor chose goes in:
 * never the passcode or a token (URLs end up in history, logs and Referer headers).
 */
export interface UrlState {
  query: AssetQuery;
  assetId?: string;
}

/** The state `href` (by default the page's URL) holds; what it lacks, or holds wrongly, is the default. */
export function readUrlState(href = location.href): UrlState {
  const params = new URL(href).searchParams;
  const get = (name: string) => params.get(`dash-${name}`) || undefined;
  const sort = get('sort') as SortKey | undefined;
  return {
    query: {
      ...defaultQuery,
      keywords: get('q') ?? '',
      folderId: get('folder'),
      fileTypes: get('type')?.split(',').filter(Boolean) ?? [],
      sort: sort && sortKeys.includes(sort) ? sort : defaultQuery.sort,
      recent: get('recent') === '1',
    },
    assetId: get('asset'),
  };
}

/** Rewrites the current history entry (never pushes: browsing must not flood the back button). */
export function writeUrlState({ query, assetId }: UrlState): void {
  const url = new URL(location.href);
  // Defaults stay out of the URL.
  const values: Record<string, string | undefined> = {
    q: query.keywords.trim(),
    folder: query.folderId,
    type: query.fileTypes.join(','),
    sort: query.sort === defaultQuery.sort ? undefined : query.sort,
    recent: query.recent ? '1' : undefined,
    asset: assetId,
  };
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(`dash-${name}`, value);
    else url.searchParams.delete(`dash-${name}`);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
