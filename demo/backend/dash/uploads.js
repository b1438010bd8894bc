/**
 * Guest / app uploads: asset-and-upload batch jobs, `POST /asset-uploads`, completions, plus three
 * local extensions the seed has no equivalent for (404 in the seed profile):
 *   GET    /asset-uploads/{uploadId}/parts  → {result: {uploadId, parts: [{partNumber, size, eTag}]}}
 *   DELETE /asset-uploads/{uploadId}        → 204, AbortMultipartUpload on S3
 *   GET    /asset-and-upload-batch-jobs?batchItemId=… → {results: [job]}: the caller's jobs that
 *          hold that item, so a client whose create answer was lost finds the job it made
 * An AssetUpload's `id` is the S3 multipart UploadId.
 *
 * The seed prints no name for a part's URL in `uploadParts[]` (seed 002 ≈L1471 shows only
 * partNumber, startByte, endByte): the default profile calls it `url`, the seed profile
 * `uploadUrl`, so clients must cope with either. The fault `uploadPartsWithoutUrls: true` answers
 * finished jobs exactly as the seed prints them, without any URL; clients then ask for URLs with a
 * `partUrlsRequest`, the documented way.
 *
 * Completions are checked like S3 checks them (parts stored, ETags matching, ascending order):
 * otherwise 400 with S3's code (`InvalidPart`, `InvalidPartOrder`) in the message.
 */
import { createHash } from 'node:crypto';
import { badRequest, forbidden, notFound } from '../http/errors.js';
import { wrap } from '../http/respond.js';
import { stableId, newId } from '../seed/ids.js';
import { mediaTypeOf } from '../media/mime.js';
import { abortUpload, checkCompletion, listParts } from '../s3/open-uploads.js';
import { sha256 } from '../s3/s3.js';
import { requireUploader } from './auth.js';
import { createJob, getJob, jobView, ownerOf } from './jobs.js';
import { layoutParts, md5ToBase64 } from './parts.js';

/**
 * The name of a part's URL field: guessed (see the top), different per profile.
 * @param {import('../http/context.js').Context} ctx
 */
export const partUrlField = (ctx) => (ctx.state.profile === 'seed' ? 'uploadUrl' : 'url');

/**
 * Part URLs for the given parts of an upload (all of them when `requests` is omitted).
 * @param {import('../http/context.js').Context} ctx
 * @param {any} upload
 * @param {any[]} [requests]
 */
async function partUrls(ctx, upload, requests) {
  const field = partUrlField(ctx);
  const layout = layoutParts(upload.size, upload.partSize);
  const wanted = requests ?? layout.map((p) => ({ partNumber: p.partNumber }));
  return Promise.all(
    wanted.map(async (r) => {
      const part = layout.find((p) => p.partNumber === Number(r.partNumber));
      if (!part) throw badRequest(`Upload ${upload.id} has no part ${r.partNumber}`);
      const contentMd5 = r.contentMd5 ? md5ToBase64(r.contentMd5) : undefined;
      const url = await ctx.s3.presignPart({
        key: upload.key,
        uploadId: upload.id,
        partNumber: part.partNumber,
        contentMd5,
        ttlSeconds: ctx.state.partUrlTtlSeconds,
      });
      if (contentMd5) ctx.s3front.expectMd5(url, contentMd5);
      return { ...part, [field]: url };
    }),
  );
}

/**
 * A job as `jobView` shows it; with the `uploadPartsWithoutUrls` fault, as the seed prints it.
 * @param {import('../http/context.js').Context} ctx
 * @param {any} job
 * @param {{ poll?: boolean }} [options]
 */
function uploadJobView(ctx, job, options) {
  const view = jobView(job, options);
  if (!ctx.state.faults.uploadPartsWithoutUrls || !view.result) return view;
  const field = partUrlField(ctx);
  const successes = Object.fromEntries(
    Object.entries(view.result.successes).map(([id, success]) => [
      id,
      {
        ...success,
        result: {
          ...success.result,
          uploadParts: success.result.uploadParts.map(({ [field]: _url, ...part }) => part),
        },
      },
    ]),
  );
  return { ...view, result: { ...view.result, successes } };
}

function uploadView(upload, uploadParts) {
  return { id: upload.id, assetId: upload.assetId, assetFileId: upload.assetFileId, uploadParts };
}

/**
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 * @param {string} uploadId
 */
function ownUpload(ctx, principal, uploadId) {
  const upload = ctx.state.uploads.get(uploadId);
  if (!upload) throw notFound(`No upload ${uploadId}`);
  if (principal.kind === 'guest' && upload.guestUploadId !== principal.guestUpload.id) throw forbidden();
  return upload;
}

/**
 * Fresh part URLs for an existing upload (`partUrlsRequest`).
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
async function refreshUrls(ctx, principal, request) {
  const upload = ownUpload(ctx, principal, request?.uploadId);
  if (upload.completed) throw badRequest('The upload is already complete');
  const requests = Array.isArray(request.urlRequests) ? request.urlRequests : undefined;
  return uploadView(upload, await partUrls(ctx, upload, requests));
}

/**
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
async function startUpload(ctx, principal, asset, path, size, partSize) {
  layoutParts(size, partSize); // 400 for a bad size or partSize before S3 is touched
  const filename = String(path).split('/').filter(Boolean).pop() ?? 'file';
  const key = `uploads/${asset.id}/${newId()}/${filename}`;
  const uploadId = await ctx.s3.createMultipartUpload(key, mediaTypeOf(filename).contentType);
  const upload = {
    id: uploadId,
    assetId: asset.id,
    assetFileId: stableId('file', asset.id, uploadId),
    key,
    filename,
    size,
    partSize: partSize ?? undefined,
    guestUploadId: principal.kind === 'guest' ? principal.guestUpload.id : null,
    completed: false,
    completing: null,
  };
  ctx.state.uploads.set(uploadId, upload);
  return uploadView(upload, await partUrls(ctx, upload));
}

function validatePathAndSize(item) {
  if (typeof item?.path !== 'string' || !item.path.split('/').filter(Boolean).length) {
    throw badRequest('path (including the filename) is required');
  }
  layoutParts(item.size, item.partSize); // 400 for a bad size or partSize before any work starts
}

/**
 * A new STAGED asset for an upload; a guest's lands in the guest upload's folder.
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
function createStagedAsset(ctx, principal, path) {
  // Callers have checked that `path` has at least one segment.
  const filename = /** @type {string} */ (String(path).split('/').filter(Boolean).pop());
  const { mediaType, fileType } = mediaTypeOf(filename);
  const id = newId();
  const now = new Date().toISOString();
  /** @type {import('../seed/assets.js').Asset} */
  const asset = {
    id,
    fileId: stableId('file', id),
    filename,
    fileType,
    mediaType,
    width: null,
    height: null,
    size: 0,
    state: 'STAGED',
    dateAdded: now,
    dateLive: null,
    addedOrder: ctx.state.nextAddedOrder++,
    folderIds: principal.kind === 'guest' ? [principal.guestUpload.folderId] : [],
    keywords: [],
    title: filename,
    collectionIds: [],
    visual: null,
    content: 'upload',
    duration: null,
    origin:
      principal.kind === 'guest'
        ? { type: 'GUEST_UPLOAD', guestUploadId: principal.guestUpload.id, email: principal.email }
        : { type: 'UPLOAD' },
    stored: null,
  };
  ctx.state.assets.set(id, asset);
  return asset;
}

/**
 * @param {import('../http/context.js').Context} ctx
 * @param {import('./auth.js').Principal} principal
 */
async function complete(ctx, principal, body) {
  const upload = ownUpload(ctx, principal, body.uploadId);
  if (body.assetId && body.assetId !== upload.assetId) throw badRequest('assetId does not match the upload');
  // Completing twice (a retried request) is a success and never duplicates anything.
  if (upload.completed) return;
  if (upload.completing) return upload.completing;
  if (!Array.isArray(body.parts) || body.parts.length === 0) throw badRequest('parts are required');
  for (const p of body.parts) {
    if (!Number.isInteger(Number(p?.partNumber)) || typeof p?.eTag !== 'string' || !p.eTag) {
      throw badRequest('Each part needs a partNumber and an eTag');
    }
  }
  // As S3 would answer: s3rver itself accepts wrong ETags and dies on parts never stored.
  const refused = checkCompletion(ctx.s3dir, upload.id, body.parts);
  if (refused) throw badRequest(`S3 refused the completion: ${refused.code}: ${refused.message}`);
  upload.completing = (async () => {
    try {
      await ctx.s3.completeMultipartUpload(upload.key, upload.id, body.parts);
    } catch (error) {
      throw badRequest(`S3 refused the completion: ${error?.name ?? ''} ${error?.message ?? error}`.trim());
    }
    // null (no object) differs from the declared size, which throws below.
    const size = /** @type {number} */ (await ctx.s3.objectSize(upload.key));
    if (size !== upload.size) {
      upload.completed = true; // S3 has consumed the upload; the file is not accepted
      throw badRequest(`Uploaded ${size} bytes but the upload declared ${upload.size}`);
    }
    const bytes = await ctx.s3.getObject(upload.key);
    const asset = ctx.state.assets.get(upload.assetId);
    if (asset) {
      asset.stored = {
        key: upload.key,
        size,
        sha256: sha256(bytes),
        md5: createHash('md5').update(bytes).digest('hex').toUpperCase(),
      };
      asset.size = size;
      asset.filename = upload.filename;
      asset.fileId = upload.assetFileId;
      Object.assign(asset, mediaTypeOf(upload.filename));
    }
    upload.completed = true;
  })();
  try {
    await upload.completing;
  } finally {
    upload.completing = null;
  }
}

/** @param {import('../http/router.js').Router} router */
export function registerUploadRoutes(router) {
  router.add('POST', '/asset-and-upload-batch-jobs', async (ctx) => {
    const principal = requireUploader(ctx);
    const body = await ctx.json();
    if (!Array.isArray(body.items) || body.items.length === 0) throw badRequest('items are required');
    if (body.items.length > 500) throw badRequest('At most 500 items per batch');
    const ids = new Set();
    for (const item of body.items) {
      if (typeof item?.batchItemId !== 'string' && typeof item?.batchItemId !== 'number')
        throw badRequest('batchItemId is required');
      if (ids.has(item.batchItemId)) throw badRequest(`Duplicate batchItemId ${item.batchItemId}`);
      ids.add(item.batchItemId);
      if (!item.partUrlsRequest) validatePathAndSize(item);
    }
    const work = (async () => {
      const successes = {};
      const failures = {};
      for (const item of body.items) {
        try {
          const result = item.partUrlsRequest
            ? await refreshUrls(ctx, principal, item.partUrlsRequest)
            : await startUpload(
                ctx,
                principal,
                createStagedAsset(ctx, principal, item.path),
                item.path,
                item.size,
                item.partSize,
              );
          successes[item.batchItemId] = { result, permittedActions: [] };
        } catch (error) {
          failures[item.batchItemId] = String(error?.message ?? error);
        }
      }
      return { successes, failures };
    })();
    const job = createJob(ctx.state, {
      kind: 'asset-and-upload',
      stepPrefix: 'assetAndUpload',
      totalItems: body.items.length,
      polls: 1,
      owner: ownerOf(principal),
      work,
    });
    job.batchItemIds = body.items.map((item) => String(item.batchItemId));
    await work.catch(() => {});
    return uploadJobView(ctx, job);
  });

  router.add('GET', '/asset-and-upload-batch-jobs/:id', (ctx) => {
    requireUploader(ctx);
    return uploadJobView(ctx, getJob(ctx.state, 'asset-and-upload', ctx.params.id), { poll: true });
  });

  router.addExtension('GET', '/asset-and-upload-batch-jobs', (ctx) => {
    const principal = requireUploader(ctx);
    const itemId = ctx.query.get('batchItemId');
    if (!itemId) throw badRequest('batchItemId is required');
    const owner = ownerOf(principal);
    const results = [...ctx.state.jobs.values()]
      .filter((job) => job.kind === 'asset-and-upload' && job.owner === owner && job.batchItemIds?.includes(itemId))
      .map((job) => uploadJobView(ctx, job));
    return { results };
  });

  router.add('POST', '/asset-uploads', async (ctx) => {
    const principal = requireUploader(ctx);
    const body = await ctx.json();
    if (body.partUrlsRequest) return wrap(await refreshUrls(ctx, principal, body.partUrlsRequest));
    const asset = ctx.state.assets.get(body.assetId);
    if (!asset) throw notFound(`No asset ${body.assetId}`);
    if (principal.kind === 'guest' && asset.origin?.guestUploadId !== principal.guestUpload.id) throw forbidden();
    validatePathAndSize(body);
    return wrap(await startUpload(ctx, principal, asset, body.path, body.size, body.partSize));
  });

  router.add('POST', '/asset-upload-completions', async (ctx) => {
    const principal = requireUploader(ctx);
    await complete(ctx, principal, await ctx.json());
    return wrap({ type: 'SUCCESS' });
  });

  router.addExtension('GET', '/asset-uploads/:uploadId/parts', (ctx) => {
    const principal = requireUploader(ctx);
    const upload = ownUpload(ctx, principal, ctx.params.uploadId);
    const parts = listParts(ctx.s3dir, upload.id);
    if (!parts) throw notFound('The upload is no longer open');
    return wrap({
      uploadId: upload.id,
      parts: parts.map(({ partNumber, size, eTag }) => ({ partNumber, size, eTag })),
    });
  });

  router.addExtension('DELETE', '/asset-uploads/:uploadId', (ctx) => {
    const principal = requireUploader(ctx);
    const upload = ownUpload(ctx, principal, ctx.params.uploadId);
    if (upload.completed) throw badRequest('The upload is already complete');
    // Deleting parts while s3rver assembles them would kill it (ENOENT), as in issue 16 class 16.
    if (upload.completing) throw badRequest('The upload is being completed');
    abortUpload(ctx.s3dir, upload.id);
    ctx.state.uploads.delete(upload.id);
    // The never-filled STAGED asset goes too, so a cancelled upload leaves nothing behind.
    const asset = ctx.state.assets.get(upload.assetId);
    if (asset && !asset.stored && asset.content === 'upload') ctx.state.assets.delete(asset.id);
    ctx.status = 204;
    return undefined;
  });
}
