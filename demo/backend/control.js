/** Test-only routes under `/__control` (enabled with `testControls`), as test/support/backend.ts documents. */
import { compileFaults } from './faults.js';
import { notFound } from './http/errors.js';
import { abortAllUploads, listOpenUploads } from './s3/open-uploads.js';

/** @param {import('./http/router.js').Router} router */
export function registerControlRoutes(router) {
  router.add('POST', '/__control/reset', (ctx) => {
    abortAllUploads(ctx.s3dir);
    ctx.state.reset();
    ctx.s3front.resetFaults();
    ctx.status = 204;
  });

  router.add('POST', '/__control/faults', async (ctx) => {
    ctx.state.faults = compileFaults(await ctx.json());
    ctx.s3front.resetFaults();
    ctx.status = 204;
  });

  router.add('GET', '/__control/uploads', (ctx) => listOpenUploads(ctx.s3dir));

  router.add('GET', '/__control/assets', (ctx) =>
    [...ctx.state.assets.values()]
      .filter((a) => a.content === 'upload' || !a.filename.startsWith('archive-')) // not the 10,050 `big` ones
      .map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.size,
        state: a.state,
        ...(a.stored ? { sha256: a.stored.sha256 } : {}),
      })),
  );

  router.add('GET', '/__control/assets/:id/sha256', (ctx) => {
    const asset = ctx.state.assets.get(ctx.params.id);
    if (!asset) throw notFound('No such asset');
    return { sha256: asset.stored?.sha256 ?? null };
  });

  router.add('GET', '/__control/requests', (ctx) =>
    ctx.state.requests.map(({ method, path, status, service }) => ({ method, path, status, service })),
  );
}
