/** The account's Theme, found by subdomain: where a portal's accent colour comes from. */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import { expectShape, type Parser } from './validate.js';
import { isRecord } from '../core/is-record.js';
import { keepText, parseSearchResponse } from './validate-dash.js';

/** What the elements read of a Theme (seed 002 `GET /theme` and ThemeSearch print the first two fields). */
export interface Theme {
  accentColour?: string | null;
  showRecentlyAddedAssets?: boolean | null;
  /**
   * The account's logo, when the answer carries one. Guessed: the seed has a LOGO theme image
   * (ThemeImageType, 002 ≈L1098, with upload and delete) but prints no field with its URL, so
   * `logoUrl`, `logo` as text or `logo.url` are read; absent on a server that sends none.
   */
  logoUrl?: string;
}

// The colour is checked again as a literal colour where it is applied, the logo through safeUrl;
// a theme with anything else in those fields is still a theme (the field is then not used).
const parseTheme: Parser<Theme> = (value, path = 'theme') => {
  const theme = keepText(expectShape<Theme & { logo?: unknown }>(value, path, {}), ['accentColour', 'logoUrl']);
  const { logo } = theme;
  const logoUrl = theme.logoUrl ?? (typeof logo === 'string' ? logo : textField(logo, 'url'));
  const read = { accentColour: theme.accentColour, showRecentlyAddedAssets: theme.showRecentlyAddedAssets, logoUrl };
  // A field that was left out (absent, or not text) is not there at all, not there as undefined.
  return Object.fromEntries(Object.entries(read).filter(([, field]) => field !== undefined)) as Theme;
};

function textField(value: unknown, name: string): string | undefined {
  const field = isRecord(value) ? value[name] : undefined;
  return typeof field === 'string' ? field : undefined;
}

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
