/**
 * Embeddable-link batch jobs (max 500 items): permanent public URLs of a (transformed) file,
 * served at `/embeds/{id}/{filename}` and rendered on first request. Allowed for the host token
 * and for portal tokens of VIEW_AND_DOWNLOAD portals; VIEW-only portals get 403.
 */
import { randomUUID } from 'node:crypto';
import { notFound } from '../http/errors.js';
import { sendBytes } from '../http/respond.js';
import { requireViewer } from './auth.js';
import { downloadableAssets } from './downloads.js';
import { createJob, getJob, jobView, ownerOf } from './jobs.js';
import { resolveCandidates, transformAsset } from './transform.js';

export const MAX_EMBEDDABLE_LINKS = 500;

/**
 * The name of a link's URL field. Guessed: the seed prints an AssetEmbeddableLink (≈L2424) with
 * no URL at all, so the default profile calls it `url` and the seed profile `embedUrl`, and
 * clients must cope with either.
 * @param {import('../http/context.js').Context} ctx
 */
export const embedUrlField = (ctx) => (ctx.state.profile === 'seed' ? 'embedUrl' : 'url');

/** @param {import('../http/router.js').Router} router */
export function registerEmbeddableLinkRoutes(router) {
  router.add('POST', '/embeddable-link-batch-jobs', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const entries = downloadableAssets(ctx, principal, body.items, MAX_EMBEDDABLE_LINKS);
    const candidates = resolveCandidates(body.transformationDescription);
    const successes = {};
    for (const { item, asset } of entries) {
      const id = randomUUID();
      ctx.state.embeds.set(id, { assetId: asset.id, candidates, file: null });
      successes[item.batchItemId] = {
        result: {
          id,
          assetId: asset.id,
          assetFileId: asset.fileId,
          status: 'ACTIVE',
          dateCreated: new Date().toISOString(),
          [embedUrlField(ctx)]: `${ctx.apiUrl}/embeds/${id}/${encodeURIComponent(asset.filename)}`,
        },
        permittedActions: [],
      };
    }
    const job = createJob(ctx.state, {
      kind: 'embeddable-link',
      stepPrefix: 'embeddableLink',
      totalItems: entries.length,
      polls: 1,
      owner: ownerOf(principal),
      work: Promise.resolve({ successes, failures: {} }),
    });
    return jobView(job);
  });

  router.add('GET', '/embeddable-link-batch-jobs/:id', (ctx) => {
    requireViewer(ctx);
    return jobView(getJob(ctx.state, 'embeddable-link', ctx.params.id), { poll: true });
  });

  router.add('GET', '/embeds/:id/:filename', async (ctx) => {
    const link = ctx.state.embeds.get(ctx.params.id);
    const asset = link && ctx.state.assets.get(link.assetId);
    if (!asset) throw notFound('No such embeddable link');
    link.file ??= await transformAsset(asset, link.candidates, ctx.s3);
    return () =>
      sendBytes(ctx.res, link.file.bytes, { contentType: link.file.contentType, filename: link.file.filename });
  });
}
