/**
 * Tolerant reading (issue 14): one item the client cannot read is skipped and counted, never the
 * whole answer; fields the seed prints as optional or never prints may be null, absent or named
 * otherwise; clear values are coerced. Crafted answers are served with the backend's route fault
 * `body`, built from a real answer of the same backend so everything else in them is genuine.
 */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES } from '../support/backend.js';
import { fileTypeCriterion, keywordCriterion, searchAssets } from '../../src/api/assets.js';
import { downloadAssets, getDownloadJob } from '../../src/api/downloads.js';
import { createEmbeddableLinks, getEmbeddableLinkJob } from '../../src/api/embeddable-links.js';
import { getTopFolders, getFolderSettings } from '../../src/api/folders.js';
import { skippedItemsError } from '../../src/api/errors.js';
import { hostTokenSource, portalTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import { expectDashError, HOST_TOKEN, SUBDOMAIN } from './helpers.js';

/**
 * A search page as the backend answers it. The fields the tests tamper with stay loose (`unknown`,
 * or a record of unknowns) so that a crafted answer can put anything there.
 */
interface RawPage<T> {
  results: { result: T; permittedActions: unknown }[];
  totalResults: number;
}
interface RawAsset {
  id: string;
  currentAssetFile: Record<string, unknown>;
}
interface RawFolder {
  id: string;
  parent: unknown;
  value: unknown;
}

const backend = backendFor('default');
const host: ApiContext = { apiBase: backend.apiBase, auth: hostTokenSource({ accessToken: HOST_TOKEN }) };

/** The raw JSON the backend answers, as the host user. */
async function raw<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(backend.apiBase + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${HOST_TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${path}: ${response.status}`).to.equal(true);
  return response.json();
}

/** Serves `json` as the next answer to `method path` (a RegExp source), once. */
const serveOnce = (method: string, path: string, json: unknown) =>
  backend.setFaults({ routes: [{ method, path, body: JSON.stringify(json), count: 1 }] });

const MATCH_ALL = { type: 'MATCH_ALL' } as const;

describe('api: tolerant reading of search pages', () => {
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  it('skips the one malformed asset of a page of 60: 59 results, skipped = 1, and says why', async () => {
    const page = await raw<RawPage<RawAsset>>('/asset-searches', {
      from: 0,
      pageSize: 60,
      criterion: MATCH_ALL,
      sorts: [],
    });
    expect(page.results).to.have.length(60);
    const bad = page.results[17].result;
    bad.currentAssetFile.filename = { toString: 'not a name' };
    await serveOnce('POST', '^/asset-searches$', page);

    const read = await searchAssets(host, { criterion: MATCH_ALL, pageSize: 60 });
    expect(read.results).to.have.length(59);
    expect(read.skipped).to.equal(1);
    expect(read.totalResults).to.equal(page.totalResults);
    expect(read.results.map((r) => r.result.id)).not.to.include(bad.id);
    expect(read.skippedReason).to.contain('results[17].result.currentAssetFile.filename');
    const error = skippedItemsError(read.skipped, 'assets', read.skippedReason);
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.match(/^1 of the assets in the answer could not be read and was skipped\./);
  });

  it('reads assets with null or absent mediaType, duration, dimensions and previewUrl; coerces a numeric string', async () => {
    const page = await raw<RawPage<RawAsset>>('/asset-searches', {
      from: 0,
      pageSize: 6,
      criterion: fileTypeCriterion(['IMAGE']),
      sorts: [],
    });
    const files = page.results.map((r) => r.result.currentAssetFile);
    files[0].mediaType = null;
    delete files[1].mediaType;
    files[2].duration = '12.5';
    files[3].duration = 'PT4S';
    files[4].dimensions = null;
    delete files[5].previewUrl;
    files[5].dimensions = { width: '800', height: '600' };
    page.results[0].permittedActions = 'everything';
    await serveOnce('POST', '^/asset-searches$', page);

    const read = await searchAssets(host, { criterion: fileTypeCriterion(['IMAGE']), pageSize: 6 });
    expect(read.skipped).to.equal(0);
    const [a, b, c, d, e, f] = read.results.map((r) => r.result.currentAssetFile!);
    const extension = a!.filename.split('.').pop();
    expect(a!.mediaType).to.deep.equal({ type: 'image', subType: extension === 'jpg' ? 'jpeg' : extension });
    expect(b!.mediaType.type).to.equal('image');
    expect(c!.duration).to.equal(12.5);
    expect(d!.duration).to.equal(null);
    expect(e!.dimensions).to.equal(null);
    expect(f!.previewUrl).to.equal(null);
    expect(f!.dimensions).to.deep.include({ width: 800, height: 600 });
    // Unreadable permitted actions permit nothing, never more.
    expect(read.results[0]!.permittedActions).to.deep.equal([]);
  });

  it('still refuses a page that is not a page', async () => {
    await serveOnce('POST', '^/asset-searches$', { results: 'none', totalResults: 3 });
    await expectDashError(searchAssets(host, { criterion: MATCH_ALL }), 'invalid-response');
  });

  it('reads folders one by one: a parent of {} is no parent, an unreadable option is skipped', async () => {
    const { fieldId } = await getFolderSettings(host);
    const answer = await raw<RawPage<RawFolder>>('/field-option-searches', {
      from: 0,
      pageSize: 100,
      criterion: {
        type: 'AND',
        criteria: [
          { type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId },
          { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' },
        ],
      },
      sorts: [{ field: 'POSITION', order: 'ASC' }],
    });
    expect(answer.results.length).to.be.at.least(3);
    answer.results[0].result.parent = {};
    answer.results[1].result.value = null;
    await serveOnce('POST', '^/field-option-searches$', answer);
    const top = await getTopFolders(host, fieldId);
    expect(top).to.have.length(answer.results.length - 1);
    expect(top[0]!.id).to.equal(answer.results[0].result.id);
    expect(top[0]!.parent).to.equal(null);
    expect(top.map((o) => o.id)).not.to.include(answer.results[1].result.id);
  });
});

describe('api: tolerant reading of job answers', () => {
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  const job = (result: Record<string, unknown>) => ({
    id: 'job-1',
    type: 'COMPLETED',
    progress: { steps: [{ id: 'step', status: 'COMPLETED', completedItems: '2', totalItems: 2 }, 'not a step'] },
    result,
  });

  it('finds an embeddable link’s URL under another name, and skips (and counts) a link whose URL is unsafe', async () => {
    const link = (extra: Record<string, unknown>) => ({
      result: { id: 'l', assetId: 'a', status: 'ACTIVE', ...extra },
      permittedActions: [],
    });
    await serveOnce(
      'GET',
      '^/embeddable-link-batch-jobs/job-1$',
      job({
        successes: {
          a: link({ embedUrl: 'https://cdn.example/a.jpg' }),
          b: link({ linkUrl: 'https://cdn.example/b.jpg' }),
          c: link({}),
          d: link({ url: 'javascript:alert(1)' }),
          e: { result: { id: 42 } },
        },
      }),
    );
    const read = await getEmbeddableLinkJob(host, 'job-1');
    expect(read.progress!.steps).to.have.length(1);
    expect(read.progress!.steps[0]!.completedItems).to.equal(2);
    const successes = read.result!.successes;
    expect(successes.a!.result!.url).to.equal('https://cdn.example/a.jpg');
    // No known name, but exactly one field named "…Url" with an http(s) URL.
    expect(successes.b!.result!.url).to.equal('https://cdn.example/b.jpg');
    // The seed's own shape: no URL at all. Read, without a URL.
    expect(successes.c!.result!.url).to.equal(undefined);
    // A javascript: URL never comes through.
    expect(successes.d!.result!.url).to.equal(undefined);
    expect(successes.e).to.equal(undefined);
    expect(read.skipped).to.equal(1);
  });

  it('finds a finished download’s URL under another name', async () => {
    await serveOnce(
      'GET',
      '^/asset-download-batch-jobs/job-1$',
      job({
        successes: {
          one: { result: { filename: 'x.jpg', downloadUrl: 'https://files.example/x.jpg' }, permittedActions: [] },
        },
        zipDownloadUrl: 'https://files.example/all.zip',
      }),
    );
    const read = await getDownloadJob(host, 'job-1');
    expect(read.result!.successes.one!.result!.url).to.equal('https://files.example/x.jpg');
    expect(read.result!.url).to.equal('https://files.example/all.zip');
  });
});

for (const profile of PROFILES) {
  describe(`api: guessed URL names, end to end (${profile} profile)`, () => {
    const b = backendFor(profile);
    const portal = (): ApiContext => ({
      apiBase: b.apiBase,
      auth: portalTokenSource({ apiBase: b.apiBase }, { subdomain: SUBDOMAIN, portal: 'press' }),
    });
    before(() => b.reset());

    it('creates embeddable links and downloads whatever the profile calls their URLs', async () => {
      const ctx = portal();
      const images = (await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), pageSize: 2 })).results;
      const links = await createEmbeddableLinks(
        ctx,
        images.map((r) => ({ assetId: r.result.id })),
        { intervalMs: 20 },
      );
      expect(links.map((l) => new URL(l.url).protocol)).to.deep.equal(['http:', 'http:']);
      expect((await fetch(links[0]!.url)).ok).to.equal(true);
      const single = await downloadAssets(ctx, { assetIds: [images[0]!.result.id] }, { intervalMs: 20 });
      expect((await fetch(single.url)).ok).to.equal(true);
      const zip = await downloadAssets(ctx, { assetIds: images.map((r) => r.result.id) }, { intervalMs: 20 });
      const bytes = new Uint8Array(await (await fetch(zip.url)).arrayBuffer());
      expect(String.fromCharCode(bytes[0]!, bytes[1]!)).to.equal('PK');
    });

    it('reads every asset of the seeded odd shapes (mediaType null, a string duration in the seed profile)', async () => {
      const ctx = portal();
      const image = await searchAssets(ctx, { criterion: keywordCriterion('backpack-004') });
      const video = await searchAssets(ctx, { criterion: keywordCriterion('coast-008') });
      expect(image.skipped + video.skipped).to.equal(0);
      const imageFile = image.results.find((r) => r.result.currentAssetFile?.filename === 'backpack-004.jpg')!.result
        .currentAssetFile!;
      const videoFile = video.results.find((r) => r.result.currentAssetFile?.filename === 'coast-008.webm')!.result
        .currentAssetFile!;
      expect(imageFile.mediaType).to.deep.equal({ type: 'image', subType: 'jpeg' });
      expect(videoFile.duration).to.equal(4);
      // What the backend really sent for them.
      const sent = async (id: string) =>
        (
          await (
            await fetch(`${b.apiBase}/assets/${id}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })
          ).json()
        ).result.currentAssetFile;
      const [rawImage, rawVideo] = [await sent(imageFile.assetId!), await sent(videoFile.assetId!)];
      expect(rawImage.mediaType).to.deep.equal(profile === 'seed' ? null : { type: 'image', subType: 'jpeg' });
      expect(rawVideo.duration).to.equal(profile === 'seed' ? '4.000' : 4);
    });
  });
}
