/** Download presets (renditions the account defines, e.g. "Medium" = 1200×1200 jpeg). */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import type { Preset, SearchResponse } from './models.js';
import { expectShape, type Parser } from './validate.js';
import { parseSearchResponse } from './validate-dash.js';

// Here rather than in validate.ts: its only caller is searchPresets, so it loads with this module
// and stays off a Dash gallery's first page (which loads presets only when its download menu opens).
const parsePreset: Parser<Preset> = (value, path = 'preset') =>
  expectShape(value, path, { id: 'string', name: 'string', position: 'number?' });

/**
 * The presets applicable to any of `assetIds` (all of the account's presets when omitted),
 * in their position order.
 */
export async function searchPresets(
  ctx: ApiContext,
  params: { assetIds?: string[] } = {},
  options: { signal?: AbortSignal } = {},
): Promise<Preset[]> {
  const criterion = params.assetIds
    ? { type: 'APPLICABLE_FOR_ANY_ASSETS', assetIds: params.assetIds }
    : { type: 'MATCH_ALL' };
  const page: SearchResponse<Preset> = await request(ctx, 'POST', dashPaths.presetSearches(), {
    body: { from: 0, pageSize: 100, criterion, sorts: [] },
    idempotent: true,
    signal: options.signal,
    validate: (json) => parseSearchResponse(json, parsePreset),
  });
  return page.results.map((r) => r.result);
}
