/** Batch jobs: downloads and embeddable links polled to completion, abort, timeout and failure. */
import { expect } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import { fileTypeCriterion, searchAssets } from '../../src/api/assets.js';
import { createDownloadJob, downloadAssets, getDownloadJob, ORIGINAL } from '../../src/api/downloads.js';
import { createEmbeddableLinks } from '../../src/api/embeddable-links.js';
import { pollJob, type JobProgress } from '../../src/api/jobs.js';
import { searchPresets } from '../../src/api/presets.js';
import { DashError, isAbortError } from '../../src/api/errors.js';
import type { ApiContext } from '../../src/api/http.js';
import type { Asset } from '../../src/api/models.js';
import { expectDashError, loggedRequests, portalCtx } from './helpers.js';

const JOB_PATH = '^/asset-download-batch-jobs/';

async function someImages(ctx: ApiContext, count: number): Promise<Asset[]> {
  const page = await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), pageSize: count });
  return page.results.map((r) => r.result);
}

describe('api/jobs', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('downloads one original, reporting progress until the job completes', async () => {
    const { ctx } = portalCtx('press');
    const [asset] = await someImages(ctx, 1);
    const progress: JobProgress[] = [];
    const { url, job } = await downloadAssets(
      ctx,
      { assetIds: [asset!.id] },
      { intervalMs: 20, onProgress: (p) => progress.push(p) },
    );
    expect(job.type).to.equal('COMPLETED');
    expect(progress.length).to.be.at.least(2);
    expect(progress[0]!.fraction).to.be.below(1);
    expect(progress.at(-1)).to.deep.equal({ completedItems: 2, totalItems: 2, fraction: 1 });
    const response = await fetch(url);
    expect(response.ok).to.equal(true);
    const file = await response.blob();
    expect(file.size).to.be.greaterThan(0);
    expect(file.type).to.contain(asset!.currentAssetFile!.mediaType.subType);
  });

  it('downloads several assets as one real zip in a preset rendition', async () => {
    const { ctx } = portalCtx('press');
    const assets = await someImages(ctx, 3);
    const medium = (await searchPresets(ctx)).find((p) => p.name === 'Medium')!;
    const { url } = await downloadAssets(
      ctx,
      { assetIds: assets.map((a) => a.id), presetId: medium.id },
      { intervalMs: 20 },
    );
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).to.equal('PK');
  });

  it('reports a download on a view-only portal as forbidden', async () => {
    const { ctx } = portalCtx('partners', 'letmein');
    const [asset] = await someImages(ctx, 1);
    await expectDashError(downloadAssets(ctx, { assetIds: [asset!.id] }), 'forbidden');
  });

  it('stops polling with an AbortError when the caller aborts', async () => {
    const { ctx } = portalCtx('press');
    const [asset] = await someImages(ctx, 1);
    const controller = new AbortController();
    const error = await downloadAssets(
      ctx,
      { assetIds: [asset!.id] },
      {
        signal: controller.signal,
        intervalMs: 200,
        onProgress: () => controller.abort(),
      },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(DashError);
  });

  it('times out a job that does not finish in time', async () => {
    const { ctx } = portalCtx('press');
    const [asset] = await someImages(ctx, 1);
    await setFaults({ routes: [{ method: 'GET', path: JOB_PATH, delayMs: 3000 }] });
    const error = await expectDashError(
      downloadAssets(ctx, { assetIds: [asset!.id] }, { intervalMs: 10, timeoutMs: 400 }),
      'timeout',
    );
    expect(error.message).to.contain('400 ms');
  });

  it('reports a FAILED job as job-failed', async () => {
    const { ctx } = portalCtx('press');
    const [asset] = await someImages(ctx, 1);
    const created = await createDownloadJob(ctx, {
      items: [{ batchItemId: '1', assetId: asset!.id }],
      transformationDescription: ORIGINAL,
      zip: false,
    });
    const failed = { id: created.id, type: 'FAILED', status: 'FAILED', progress: { steps: [] } };
    await setFaults({ routes: [{ method: 'GET', path: JOB_PATH, status: 200, body: JSON.stringify(failed) }] });
    await expectDashError(
      pollJob((signal) => getDownloadJob(ctx, created.id, { signal }), { intervalMs: 10 }),
      'job-failed',
    );
  });

  it("creates embeddable links in the items' order, original and preset", async () => {
    const { ctx } = portalCtx('press');
    const [a, b] = await someImages(ctx, 2);
    const medium = (await searchPresets(ctx)).find((p) => p.name === 'Medium')!;
    const links = await createEmbeddableLinks(
      ctx,
      [{ assetId: a!.id }, { assetId: b!.id, presetId: medium.id }, { assetId: b!.id }],
      {
        intervalMs: 20,
      },
    );
    expect(links.map((l) => l.assetId)).to.deep.equal([a!.id, b!.id, b!.id]);
    expect(new Set(links.map((l) => l.url)).size).to.equal(3);
    const response = await fetch(links[1]!.url);
    expect(response.ok).to.equal(true);
    expect(response.headers.get('content-type')).to.match(/^image\//);
  });

  it('splits more than 500 embeddable links into several jobs', async () => {
    const { ctx } = portalCtx('press');
    const [asset] = await someImages(ctx, 1);
    const links = await createEmbeddableLinks(
      ctx,
      Array.from({ length: 501 }, () => ({ assetId: asset!.id })),
      { intervalMs: 20 },
    );
    expect(links).to.have.length(501);
    expect(new Set(links.map((l) => l.url)).size).to.equal(501);
    expect(await loggedRequests('/embeddable-link-batch-jobs')).to.satisfy(
      (log: { method: string }[]) => log.filter((e) => e.method === 'POST').length === 2,
    );
  });
});
