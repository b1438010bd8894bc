/** The account's download presets: Small / Medium / Large as JPEG, Small / Medium as PNG. */
import { stableId } from '../seed/ids.js';
import { ACCOUNT_ID } from '../seed/portals.js';
import { badRequest } from '../http/errors.js';
import { requireViewer } from './auth.js';
import { canSeeAsset } from './search.js';

const DEFS = [
  ['Small', 400, 'jpeg'],
  ['Medium', 1200, 'jpeg'],
  ['Large', 2400, 'jpeg'],
  ['Small PNG', 400, 'png'],
  ['Medium PNG', 1200, 'png'],
];

export const PRESETS = DEFS.map(([name, size, subType], position) => ({
  id: stableId('preset', name),
  accountId: ACCOUNT_ID,
  name,
  position,
  candidatePresetTransformations: [
    {
      criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: 'image', subType: '*' }] }],
      transformationTemplate: [
        { type: 'RESIZE', width: size, height: size },
        { type: 'CONVERT', mediaType: { type: 'image', subType } },
      ],
    },
  ],
}));

/** Whether a `{type, subType}` pattern (`*` = any) covers a media type. */
const coversType = (pattern, mediaType) =>
  (pattern.type === '*' || pattern.type === mediaType.type) &&
  (pattern.subType === '*' || pattern.subType === mediaType.subType);

/** The asset's media type; one the seed profile leaves null is taken from its file type. */
function mediaTypeOf(asset) {
  if (asset.mediaType?.type) return asset.mediaType;
  const byFileType = { IMAGE: 'image', VIDEO: 'video', AUDIO: 'audio' }[asset.fileType];
  return { type: byFileType ?? 'application', subType: '*' };
}

/** A preset applies to an asset when one of its candidate transformations matches its media type. */
function appliesTo(preset, asset) {
  const mediaType = mediaTypeOf(asset);
  return preset.candidatePresetTransformations.some((candidate) =>
    candidate.criteria.every(
      (c) => c.type !== 'MATCHES_MEDIA_TYPES' || c.mediaTypes.some((pattern) => coversType(pattern, mediaType)),
    ),
  );
}

/**
 * PresetTransformationSearch criteria as the seed prints them (002 ≈L461–487):
 * `APPLICABLE_FOR_ANY_ASSETS {assetIds}`, `HAS_TRANSFORMATION_OF_TYPE {transformationType}`,
 * `AND`/`OR`/`NOT`; `MATCH_ALL` too. Assets the caller may not see count as absent.
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
function presetMatches(ctx, principal, preset, c) {
  switch (c?.type) {
    case undefined:
    case 'MATCH_ALL':
      return true;
    case 'AND':
      return (c.criteria ?? []).every((x) => presetMatches(ctx, principal, preset, x));
    case 'OR':
      return (c.criteria ?? []).some((x) => presetMatches(ctx, principal, preset, x));
    case 'NOT':
      return !presetMatches(ctx, principal, preset, c.criterion);
    case 'APPLICABLE_FOR_ANY_ASSETS': {
      if (!Array.isArray(c.assetIds)) throw badRequest('assetIds must be a list');
      return c.assetIds.some((id) => {
        const asset = ctx.state.assets.get(id);
        return asset && canSeeAsset(ctx.state, principal, asset) && appliesTo(preset, asset);
      });
    }
    case 'HAS_TRANSFORMATION_OF_TYPE':
      return preset.candidatePresetTransformations.some((candidate) =>
        candidate.transformationTemplate.some((t) => t.type === c.transformationType),
      );
    default:
      throw badRequest(`Unsupported preset criterion type ${c.type}`);
  }
}

/** @param {import('../http/router.js').Router} router */
export function registerPresetRoutes(router) {
  router.add('POST', '/preset-transformation-searches', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const from = body.from ?? 0;
    const pageSize = body.pageSize ?? 100;
    const found = PRESETS.filter((p) => presetMatches(ctx, principal, p, body.criterion));
    return {
      results: found.slice(from, from + pageSize).map((p) => ({ result: p, permittedActions: [] })),
      totalResults: found.length,
    };
  });
}
