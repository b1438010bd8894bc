/** The account's download presets: Small / Medium / Large as JPEG, Small / Medium as PNG. */
import { stableId } from '../seed/ids.js';
import { ACCOUNT_ID } from '../seed/portals.js';
import { requireViewer } from './auth.js';

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

export function registerPresetRoutes(router) {
  router.add('POST', '/preset-transformation-searches', async (ctx) => {
    requireViewer(ctx);
    const body = await ctx.json();
    const from = body.from ?? 0;
    const pageSize = body.pageSize ?? 100;
    return {
      results: PRESETS.slice(from, from + pageSize).map((p) => ({ result: p, permittedActions: [] })),
      totalResults: PRESETS.length,
    };
  });
}
