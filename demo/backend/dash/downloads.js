/**
 * Download batch jobs. The seed's COMPLETED example omits the URL fields (each success is only
 * `{permittedActions: []}`, ≈L1834), so the names are guessed and differ per profile, and clients
 * must cope with either: each success is `{result: {assetId, filename, <url>}}`; with `zip: true`
 * or several items the files come as one zip whose URL is also on the job's `result`. Default
 * profile: `url` (and `zipUrl` for the zip); seed profile: `downloadUrl` for both.
 * Files are served from memory at `/downloads/{id}/{filename}` as attachments, with CORS.
 */
import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import { badRequest, forbidden, notFound } from '../http/errors.js';
import { sendBytes } from '../http/respond.js';
import { canDownload, requireViewer } from './auth.js';
import { createJob, getJob, jobView, ownerOf } from './jobs.js';
import { canSeeAsset } from './search.js';
import { resolveCandidates, transformAsset } from './transform.js';

/**
 * Validates batch items and returns their assets; 403 when the principal may not download.
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
export function downloadableAssets(ctx, principal, items, max) {
  if (!Array.isArray(items) || items.length === 0) throw badRequest('items are required');
  if (items.length > max) throw badRequest(`At most ${max} items per batch`);
  if (!canDownload(principal)) throw forbidden('Downloads are not permitted for this token');
  return items.map((item) => {
    if (item?.batchItemId === undefined) throw badRequest('batchItemId is required');
    const asset = ctx.state.assets.get(item.assetId);
    if (!asset || !canSeeAsset(ctx.state, principal, asset)) throw notFound(`No asset ${item.assetId}`);
    return { item, asset };
  });
}

function uniqueName(name, taken) {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, ` (${n})$1`);
  taken.add(candidate);
  return candidate;
}

/** @param {import('../http/context.js').Context} ctx */
function publish(ctx, file) {
  const id = randomUUID();
  ctx.state.downloads.set(id, file);
  return `${ctx.apiUrl}/downloads/${id}/${encodeURIComponent(file.filename)}`;
}

/**
 * The guessed URL field names of a profile (see the top of this file).
 * @param {import('../http/context.js').Context} ctx
 */
function urlFields(ctx) {
  return ctx.state.profile === 'seed'
    ? { item: 'downloadUrl', zip: ['downloadUrl'] }
    : { item: 'url', zip: ['url', 'zipUrl'] };
}

/** @param {import('../http/context.js').Context} ctx */
async function runDownload(ctx, entries, candidates, zip) {
  const fields = urlFields(ctx);
  const files = [];
  for (const { item, asset } of entries)
    files.push({ item, asset, file: await transformAsset(asset, candidates, ctx.s3) });
  for (const { asset } of files) asset.downloads = (asset.downloads ?? 0) + 1;
  if (!zip) {
    const successes = {};
    for (const { item, asset, file } of files) {
      successes[item.batchItemId] = {
        result: { assetId: asset.id, filename: file.filename, [fields.item]: publish(ctx, file) },
        permittedActions: [],
      };
    }
    return { successes, failures: {} };
  }
  const taken = new Set();
  const entriesForZip = Object.fromEntries(
    files.map(({ file }) => [uniqueName(file.filename, taken), [file.bytes, { level: 0 }]]),
  );
  const bytes = Buffer.from(zipSync(entriesForZip));
  const url = publish(ctx, {
    bytes,
    filename: `dash-download-${files.length}-files.zip`,
    contentType: 'application/zip',
  });
  const successes = {};
  for (const { item, asset, file } of files) {
    successes[item.batchItemId] = {
      result: { assetId: asset.id, filename: file.filename, [fields.item]: url },
      permittedActions: [],
    };
  }
  return { successes, failures: {}, ...Object.fromEntries(fields.zip.map((name) => [name, url])) };
}

/** @param {import('../http/router.js').Router} router */
export function registerDownloadRoutes(router) {
  router.add('POST', '/asset-download-batch-jobs', async (ctx) => {
    const principal = requireViewer(ctx);
    const body = await ctx.json();
    const entries = downloadableAssets(ctx, principal, body.items, 1000);
    const candidates = resolveCandidates(body.transformationDescription);
    const zip = body.zip === true || entries.length > 1;
    const job = createJob(ctx.state, {
      kind: 'download',
      stepPrefix: 'assetDownload',
      totalItems: entries.length,
      polls: 2,
      owner: ownerOf(principal),
      work: runDownload(ctx, entries, candidates, zip),
    });
    return jobView(job);
  });

  router.add('GET', '/asset-download-batch-jobs/:id', (ctx) => {
    requireViewer(ctx);
    return jobView(getJob(ctx.state, 'download', ctx.params.id), { poll: true });
  });

  router.add('GET', '/downloads/:id/:filename', (ctx) => {
    const file = ctx.state.downloads.get(ctx.params.id);
    if (!file) throw notFound('This download has expired');
    return () => sendBytes(ctx.res, file.bytes, { ...file, download: true, cache: false });
  });
}
