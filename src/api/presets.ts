/** Download presets (renditions the account defines, e.g. "Medium" = 1200×1200 jpeg). */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';
import type { Asset, MediaType, Preset, SearchResponse } from './models.js';
import { isRecord } from '../core/is-record.js';
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

/**
 * The presets that apply to every one of `assets` by its media type. A preset search with
 * `APPLICABLE_FOR_ANY_ASSETS` lists a preset when it applies to *one* of them, and a server may
 * not filter at all: an image preset would then be offered for a PDF. A preset applies to an asset
 * when one of its candidate transformations' `MATCHES_MEDIA_TYPES` criteria covers the asset's
 * media type (seed 002 ≈L495–600, which prints the patterns as `{type, subType}`, `{type,
 * subtype}` and `"image/*"`; `*` is any). Other criteria (transparency) are the server's to
 * judge, and a preset whose candidates we cannot read is kept: the server offered it.
 */
export function presetsForAssets(presets: Preset[], assets: readonly Asset[]): Preset[] {
  return presets.filter((preset) => assets.every((asset) => presetApplies(preset, asset)));
}

function presetApplies(preset: Preset, asset: Asset): boolean {
  const candidates = preset.candidatePresetTransformations;
  const mediaType = asset.currentAssetFile?.mediaType;
  if (!Array.isArray(candidates) || candidates.length === 0 || !mediaType) return true;
  return candidates.some((candidate) => {
    const criteria = Array.isArray(candidate?.criteria) ? candidate.criteria : [];
    return criteria.every(
      (criterion) =>
        criterion?.type !== 'MATCHES_MEDIA_TYPES' ||
        !Array.isArray(criterion.mediaTypes) ||
        criterion.mediaTypes.some((pattern) => covers(mediaTypePattern(pattern), mediaType)),
    );
  });
}

/** A printed media type pattern in any of the seed's three spellings, as `[type, subType]`. */
function mediaTypePattern(pattern: unknown): [string, string] | undefined {
  if (typeof pattern === 'string') {
    const [type, subType = '*'] = pattern.split('/');
    return [type, subType];
  }
  if (!isRecord(pattern) || typeof pattern.type !== 'string') return undefined;
  const subType = pattern.subType ?? pattern.subtype;
  return [pattern.type, typeof subType === 'string' ? subType : '*'];
}

function covers(pattern: [string, string] | undefined, { type, subType }: MediaType): boolean {
  if (!pattern) return false;
  const [patternType, patternSubType] = pattern.map((part) => part.trim().toLowerCase());
  return (
    (patternType === '*' || patternType === type.toLowerCase()) &&
    (patternSubType === '*' || patternSubType === subType.toLowerCase())
  );
}
