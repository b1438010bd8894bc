/** The account's Theme, found by subdomain: where a portal's accent colour comes from. */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import { expectShape, type Parser } from './validate.js';
import { keepText, parseSearchResponse } from './validate-dash.js';

/** What the elements read of a Theme (seed 002 `GET /theme` and ThemeSearch print both fields). */
export interface Theme {
  accentColour?: string | null;
  showRecentlyAddedAssets?: boolean | null;
}

// Only the colour is read, and it is checked again as a literal colour where it is applied; a
// theme with anything else in that field is still a theme (the colour is then not used).
const parseTheme: Parser<Theme> = (value, path = 'theme') =>
  keepText(expectShape<Theme>(value, path, {}), ['accentColour']);

/**
 * The theme of the account with this subdomain, or `undefined` when there is none. A
 * ThemeSearch (seed 002 ≈L1101–1132) is unauthenticated — "Do not send a Bearer Token" — and
 * must carry an empty `sorts` list.
 *
 * Guessed: the seed prints the criterion's `type` only as `"string"`; `FIELD_EQUALS` is what the
 * API's other searches call a comparison of a field with a value.
 */
export async function getThemeBySubdomain(
  ctx: ApiContext,
  subdomain: string,
  options: { signal?: AbortSignal } = {},
): Promise<Theme | undefined> {
  const page = await request(ctx, 'POST', dashPaths.themeSearches(), {
    auth: 'none',
    body: {
      from: 0,
      pageSize: 1,
      criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value: subdomain },
      sorts: [],
    },
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseSearchResponse(json, parseTheme),
  });
  return page.results[0]?.result;
}
