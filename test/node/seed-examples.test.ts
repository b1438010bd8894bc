/**
 * Every response example the seed documents print, fed to the client (issue 14): the client
 * functions themselves, with a `fetch` that answers the printed example (trailing commas
 * removed), so the parse each call really uses is the one tested — and the call's method and
 * path are checked against the one the seed prints it for. Where the client has no call for an
 * endpoint but reads its resource elsewhere, the parser is fed directly. Where a printed example
 * is not a valid answer, the case says why and what the client does.
 *
 * Completeness: every example of seed 002 that holds a resource the client reads (by its marker
 * fields) must be listed below, as read or as not read with a reason — a new or moved example
 * fails the test instead of going unread.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { examples, readSeed, SEEDS_DIR, type Example } from './seed-text.js';
import type { ApiContext } from '../../src/api/http.js';
import { getAsset, scrollSearchAssets, searchAssets } from '../../src/api/assets.js';
import { createDownloadJob, getDownloadJob, ORIGINAL } from '../../src/api/downloads.js';
import { createEmbeddableLinkJob, getEmbeddableLinkJob, parseEmbeddableLink } from '../../src/api/embeddable-links.js';
import { getFieldOption, getFolderSettings, searchFieldOptions } from '../../src/api/folders.js';
import {
  completeUpload,
  createAssetAndUploadJob,
  getAssetAndUploadJob,
  getGuestAccessToken,
  getGuestUploadData,
  requestPartUrls,
} from '../../src/api/guest-uploads.js';
import { getPortalAccessToken, getPortalData } from '../../src/api/portals.js';
import { searchPresets } from '../../src/api/presets.js';
import { getThemeBySubdomain } from '../../src/api/theme.js';
import { getSocialGallery } from '../../src/api/social.js';
import { getCmsGallery, listCmsGalleries } from '../../src/api/cms.js';
import { photoItem } from '../../src/api/adapters/photo-gallery.js';
import { parseFieldOption, parseSearchResponse, parseWrapped } from '../../src/api/validate-dash.js';
import type { Asset, FieldOption } from '../../src/api/models.js';

/** A context whose server answers `json` to every call, recording `METHOD /path` of each. */
function answering(json: unknown, apiBase = 'https://api-v2.dash.app') {
  const calls: string[] = [];
  const ctx: ApiContext = {
    apiBase,
    fetch: async (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
  return { ctx, calls };
}

/** How the client reads one example, and what the test checks in what it read. */
interface Reading<R> {
  /** The call the client makes for it (`METHOD /path`), when it has one. */
  call?: string;
  read(ctx: ApiContext, json: unknown): Promise<R> | R;
  // Method syntax on purpose: a Reading<R> then also counts as a Reading<unknown>, so cases that
  // read different types share one list. Sound here because `check` only ever gets `read`'s result.
  check?(result: R): void;
}

interface Case<R = unknown> extends Reading<R> {
  /** Line of the example's first line in the seed. */
  line: number;
  /** Text the example contains (checks that `line` points at the intended example). */
  has: string;
  /** What it is, for the test's name. */
  what: string;
}

/** A case whose `check` is typed by what its `read` returns. */
const readCase = <R>(c: Case<R>): Case => c;

const job = { id: 'be161977-d44e-4888-af3c-66522e223963' };
const asset = { id: '7af90a8b-7ccd-430f-a85d-e8614015bc47' };
const noSkips = (page: { skipped: number; results: unknown[] }) => {
  assert.equal(page.skipped, 0);
  assert.ok(page.results.length > 0);
};

/** Seed 002 (Dash API v2): every example the client reads. */
const DASH_CASES: Case[] = [
  readCase({
    line: 345,
    has: '"fieldId"',
    what: 'folder settings',
    call: 'GET /folder-settings',
    read: (ctx) => getFolderSettings(ctx),
    check: (settings) => assert.equal(typeof settings.fieldId, 'string'),
  }),
  readCase({
    line: 488,
    has: 'candidatePresetTransformations',
    what: 'preset search page',
    call: 'POST /preset-transformation-searches',
    read: (ctx) => searchPresets(ctx),
    check: (presets) =>
      assert.deepEqual(
        presets.map((p: { name: string }) => p.name),
        ['Medium', 'Large'],
      ),
  }),
  readCase({
    line: 1118,
    has: 'accentColour',
    what: 'theme search page (the portal accent colour)',
    call: 'POST /theme-searches',
    read: (ctx) => getThemeBySubdomain(ctx, 'planto'),
    check: (theme) => assert.ok(theme && 'accentColour' in theme),
  }),
  readCase({
    line: 1306,
    has: '"currentAssetFile"',
    what: 'an asset (GET /assets/{id})',
    call: `GET /assets/${asset.id}`,
    read: (ctx) => getAsset(ctx, asset.id),
    check: (wrapped) => {
      assert.equal(wrapped.result.currentAssetFile?.filename, 'a_file.jpg');
      assert.deepEqual(
        wrapped.permittedActions.map((a: { action: string }) => a.action),
        ['VIEW_ASSET'],
      );
    },
  }),
  readCase({
    line: 1428,
    has: '"IN_PROGRESS"',
    what: 'asset-and-upload job, as created',
    call: 'POST /asset-and-upload-batch-jobs',
    read: (ctx) => createAssetAndUploadJob(ctx, [{ batchItemId: 'my-item-1', path: '/a_file.jpg', size: 15318362 }]),
    check: (created) => assert.equal(created.type, 'IN_PROGRESS'),
  }),
  readCase({
    line: 1446,
    has: '"uploadParts"',
    what: 'asset-and-upload job, finished: parts printed without any URL, one partNumber as "2,"',
    call: `GET /asset-and-upload-batch-jobs/${job.id}`,
    read: (ctx) => getAssetAndUploadJob(ctx, job.id),
    check: (finished) => {
      // Both uploads read: the parts' byte ranges are what the uploader needs; their URLs, which
      // the seed never prints, are then asked for with a partUrlsRequest.
      assert.ok(finished.result, 'a finished job has a result');
      const uploads = finished.result.successes;
      assert.deepEqual(Object.keys(uploads), ['file-1', 'file-2']);
      const parts = uploads['file-1'].result?.uploadParts;
      assert.ok(parts, 'file-1 has its parts');
      assert.deepEqual(
        parts.map((p: { partNumber: number }) => p.partNumber),
        [1, 2, 3],
      );
      assert.ok(parts.every((p: { url?: string }) => p.url === undefined));
    },
  }),
  readCase({
    line: 1527,
    has: '"uploadParts"',
    what: 'an asset upload (POST /asset-uploads), asked for no part URLs',
    call: 'POST /asset-uploads',
    read: (ctx) =>
      requestPartUrls(ctx, {
        assetId: asset.id,
        uploadId: '5a2481e0-819f-4b46-a7e6-143f943345f2',
        path: '/a_file.jpg',
        size: 15318362,
        parts: [],
      }),
    check: (parts) => assert.deepEqual(parts, []),
  }),
  readCase({
    line: 1668,
    has: '"SUCCESS"',
    what: 'an upload completion',
    call: 'POST /asset-upload-completions',
    read: (ctx) => completeUpload(ctx, { assetId: asset.id, uploadId: 'u', parts: [{ partNumber: 1, eTag: '"e"' }] }),
  }),
  readCase({
    line: 1790,
    has: 'assetDownloadGetJobItemsStep',
    what: 'download job, as created',
    call: 'POST /asset-download-batch-jobs',
    read: (ctx) =>
      createDownloadJob(ctx, {
        items: [{ batchItemId: 'download-1', assetId: asset.id }],
        transformationDescription: ORIGINAL,
        zip: true,
      }),
    check: (created) => assert.equal(created.progress?.steps.length, 2),
  }),
  readCase({
    line: 1814,
    has: '"download-3"',
    what: 'download job, finished: successes printed as {permittedActions: []} only',
    call: `GET /asset-download-batch-jobs/${job.id}`,
    read: (ctx) => getDownloadJob(ctx, job.id),
    check: (finished) => {
      // Read as printed: three successes, none with a URL (the seed prints no URL field at all).
      // downloadAssets() then ends with `job-failed` ("finished without a URL") rather than a
      // broken link; a real answer names its URL under one of DOWNLOAD_URL_FIELDS.
      assert.ok(finished.result, 'a finished job has a result');
      assert.deepEqual(Object.keys(finished.result.successes), ['download-1', 'download-2', 'download-3']);
      assert.equal(finished.result.url, undefined);
      assert.equal(finished.skipped, 0);
    },
  }),
  readCase({
    line: 1866,
    has: '"aggregations"',
    what: 'asset search page',
    call: 'POST /asset-searches',
    read: (ctx) => searchAssets(ctx, { criterion: { type: 'MATCH_ALL' } }),
    check: noSkips,
  }),
  readCase({
    line: 1975,
    has: '"scrollId"',
    what: 'asset scroll search, first page',
    call: 'POST /asset-scroll-searches',
    read: (ctx) => scrollSearchAssets(ctx, { criterion: { type: 'MATCH_ALL' } }),
    check: (page) => {
      noSkips(page);
      assert.equal(typeof page.scrollId, 'string');
    },
  }),
  readCase({
    line: 2051,
    has: '"scrollId"',
    what: 'asset scroll search, next page',
    call: 'POST /asset-scroll-searches',
    read: (ctx) => scrollSearchAssets(ctx, { scrollId: '58b0d88b-d0c9-47fc-9038-7195b234cc0b' }),
    check: noSkips,
  }),
  readCase({
    line: 2424,
    has: '"determinedTransformation"',
    what: 'an embeddable link (the PATCH answer: the only printed link), with no URL field',
    read: (_ctx, json) => parseWrapped(json, parseEmbeddableLink),
    check: (wrapped) => {
      // Read, with no `url`: createEmbeddableLinks() then reports `invalid-response` for it
      // (a link we cannot use), never a link without an address.
      assert.equal(wrapped.result.id, '02e3b733-57c0-43f1-bee4-687569cf1bfa');
      assert.equal(wrapped.result.url, undefined);
    },
  }),
  readCase({
    line: 2521,
    has: 'embeddableLinkGetJobItemsStep',
    what: 'embeddable-link job, as created',
    call: 'POST /embeddable-link-batch-jobs',
    read: (ctx) =>
      createEmbeddableLinkJob(ctx, {
        items: [{ batchItemId: 'my-item-1', assetId: asset.id }],
        transformationDescription: ORIGINAL,
      }),
    check: (created) => assert.equal(created.type, 'IN_PROGRESS'),
  }),
  readCase({
    line: 2545,
    has: '"STEP_NAME"',
    what: 'embeddable-link job, polled (the seed prints only an IN_PROGRESS one)',
    call: `GET /embeddable-link-batch-jobs/${job.id}`,
    read: (ctx) => getEmbeddableLinkJob(ctx, job.id),
    check: (polled) => assert.equal(polled.progress?.steps[0].totalItems, 2),
  }),
  readCase({
    line: 2593,
    has: '"determinedTransformation"',
    what: 'embeddable-link search page',
    read: (_ctx, json) => parseSearchResponse(json, parseEmbeddableLink),
    check: noSkips,
  }),
  readCase({
    line: 3535,
    has: '"My Top Level Folder"',
    what: 'a created field option',
    read: (_ctx, json) => parseWrapped(json, parseFieldOption),
    check: (wrapped) => assert.equal(wrapped.result.parent, null),
  }),
  readCase({
    line: 3550,
    has: '"My Top Level Folder"',
    what: 'a field option (GET /field-options/{id})',
    call: '/field-options/1fc6d6c3-c42d-48e2-b0db-5d680a58ca52',
    read: (ctx) => getFieldOption(ctx, '1fc6d6c3-c42d-48e2-b0db-5d680a58ca52'),
    check: (option: FieldOption) => assert.equal(option.value, 'My Top Level Folder'),
  }),
  readCase({
    line: 3586,
    has: '"parent": { }',
    what: 'field-option batch answer, parent printed as {}',
    read: (_ctx, json) =>
      Object.values((json as { successes: Record<string, unknown> }).successes).map((s) =>
        parseWrapped(s, parseFieldOption),
      ),
    check: (options) => {
      assert.equal(options.length, 2);
      // `{}`, an option without an id, is no parent known: the request made it with parentId null.
      for (const { result } of options) assert.equal(result.parent, null);
    },
  }),
  readCase({
    line: 3659,
    has: '"Another Top Level Folder"',
    what: 'field option search page',
    call: 'POST /field-option-searches',
    read: (ctx) => searchFieldOptions(ctx, { criterion: { type: 'MATCH_ALL' } }),
    check: noSkips,
  }),
  readCase({
    line: 3899,
    has: '"accessToken"',
    what: 'guest-upload access token',
    call: 'POST /guest-upload-access-tokens',
    read: (ctx) => getGuestAccessToken(ctx, { guestUploadId: 'g', email: 'john.smith@gmail.com' }),
    check: (token) => assert.match(token, /^eyJ/),
  }),
  readCase({
    line: 3926,
    has: '"messageHeading"',
    what: 'publicly available guest-upload data',
    call: '/subdomains/planto/publicly-available-guest-upload-data/puaon-social-media-content',
    read: (ctx) => getGuestUploadData(ctx, 'planto', 'puaon-social-media-content'),
    check: (data) => assert.equal(data.name, 'Social media Content'),
  }),
  readCase({
    line: 4431,
    has: '"accessToken"',
    what: 'portal access token',
    call: 'GET /portals/p/access-token',
    read: (ctx) => getPortalAccessToken(ctx, 'p'),
    check: (token) => assert.match(token, /^eyJ/),
  }),
  readCase({
    line: 4456,
    has: '"whitelistedFolderFieldOptionIds"',
    what: 'publicly available portal data',
    call: 'GET /subdomains/planto/publicly-available-portal-datas/reseller-portal',
    read: (ctx) => getPortalData(ctx, 'planto', 'reseller-portal'),
    check: (portal) => assert.equal(portal.requiresPasscode, true),
  }),
];

/** Seed 002 examples that hold a marker below but that the client does not read, and why. */
const DASH_NOT_READ: Record<number, string> = {
  408: 'GET /grouped-preset-transformations: the elements list presets with a preset search',
  1589: 'asset-upload batch job (GET /asset-upload-batch-jobs/{id}): the elements create assets with their uploads in one job',
  1571: 'asset-upload batch job, as created: see 1589',
  2705: 'saved crop areas: not used by the elements',
  2743: 'saved crop area search: not used by the elements',
  2784: 'saved crop area: not used by the elements',
  2806: 'saved crop area: not used by the elements',
  2836: 'saved crop area: not used by the elements',
  3771: 'admin GuestUpload resource (POST /guest-uploads): the elements read the publicly available data',
  3793: 'admin GuestUpload resource (GET /guest-uploads/{id})',
  3823: 'admin GuestUpload resource (PATCH /guest-uploads/{id})',
  3868: 'admin GuestUpload search',
  4269: 'admin Portal resource (POST /portals): the elements read the publicly available portal data',
  4297: 'admin Portal resource (GET /portals/{id})',
  4344: 'admin Portal resource (PATCH /portals/{id})',
  4395: 'admin Portal search',
  1086: 'theme PATCH answer: the elements read the theme through the unauthenticated theme search',
  1067: 'GET /theme (bearer): the elements read the theme through the unauthenticated theme search',
  256: 'PubliclyAvailableAccountData search (also has accentColour): the elements read it from the theme search (1118)',
  4923: 'accounts of the signed-in platform user: not used by the elements',
};

/** Fields that mark a resource the client reads; every example holding one must be accounted for. */
const MARKERS = [
  '"currentAssetFile"',
  '"uploadParts"',
  '"accessToken"',
  '"whitelistedFolderFieldOptionIds"',
  '"determinedTransformation"',
  '"candidatePresetTransformations"',
  '"messageHeading"',
  '"accentColour"',
  '"leaf"',
  'assetAndUpload',
  'assetDownload',
  'embeddableLink',
];

function seedExamples(prefix: string): Example[] {
  const found = examples(readSeed(prefix));
  assert.ok(found.length > 0, `no JSON examples found in seed ${prefix}* (${SEEDS_DIR})`);
  return found;
}

function at(found: Example[], line: number, has: string): Example {
  const example = found.find((e) => e.line === line);
  assert.ok(example, `no example starts at line ${line}`);
  assert.ok(example.text.includes(has), `the example at line ${line} does not contain ${has}`);
  return example;
}

async function run<R>(example: Example, c: Reading<R>, apiBase?: string) {
  const { ctx, calls } = answering(example.json, apiBase);
  const result = await c.read(ctx, example.json);
  if (c.call) {
    assert.equal(calls.length, 1, `one call expected, got ${calls.join(', ')}`);
    assert.ok(calls[0]!.endsWith(c.call), `the client called ${calls[0]}, the seed prints this answer for ${c.call}`);
  }
  c.check?.(result);
}

describe('seed 002 (Dash API v2): every printed answer the client reads parses', () => {
  const found = seedExamples('002_');

  it('finds the seed and all its examples as JSON (bullets and trailing commas removed)', () => {
    // 246 blocks of JSON, requests and answers; every one parses as JSON.
    assert.equal(found.length, 246);
  });

  it('accounts for every example that holds a resource the client reads', () => {
    const listed = new Set([...DASH_CASES.map((c) => c.line), ...Object.keys(DASH_NOT_READ).map(Number)]);
    const marked = found.filter((e) => MARKERS.some((m) => e.text.includes(m)) && !isRequest(e));
    const missing = marked.filter((e) => !listed.has(e.line)).map((e) => `${e.line}: ${e.text.split('\n')[1]}`);
    assert.deepEqual(missing, [], 'examples with a resource the client reads that no case covers');
  });

  for (const c of DASH_CASES) {
    it(`line ${c.line}: ${c.what}`, async () => {
      const example = at(found, c.line, c.has);
      assert.equal(isRequest(example), false, `line ${c.line} reads as a request body`);
      await run(example, c);
    });
  }
});

/**
 * A request body rather than an answer: seed 002 prints a request right after the call's
 * parameter table (rows end in `|`), and its answer after the request or the curl line.
 */
function isRequest(example: Example): boolean {
  return /\|\s*$/.test(example.before);
}

describe('seeds 000, 004, 003 (Social, CMS, photo gallery): the printed answers the gallery sources read', () => {
  it('000: a Dash Social gallery (printed for PATCH; the same resource the gallery GETs)', async () => {
    const found = seedExamples('000_');
    const gallery = at(found, 27, '"custom_content"');
    await run(
      gallery,
      {
        call: 'GET /brands/123/galleries/456',
        read: (ctx) => getSocialGallery(ctx, 123, 456),
        check: (read) => assert.equal(read.name, '<string>'),
      },
      'https://library-backend.dashsocial.com',
    );
  });

  it('004: the CMS gallery list and one gallery', async () => {
    const found = seedExamples('004_');
    await run(at(found, 25, '"summer-2026"'), {
      call: 'GET /api/v1/galleries',
      read: (ctx) => listCmsGalleries(ctx),
      check: (list) => assert.equal(list[0].slug, 'summer-2026'),
    });
    await run(at(found, 77, '"gallery_media"'), {
      call: 'GET /api/v1/galleries/uuid',
      read: (ctx) => getCmsGallery(ctx, 'uuid'),
      check: (gallery) => assert.ok(gallery.gallery_media.length > 0),
    });
  });

  it('003: the photos of a GalleryDTO (the response sample) become gallery items', () => {
    const found = seedExamples('003_');
    const dto = at(found, 1120, '"Photos"').json as { Photos: Record<string, unknown>[] };
    assert.ok(dto.Photos.length > 0);
    const items = dto.Photos.map((photo, i) => photoItem(photo, i, 'https://photos.example/'));
    // The sample's Url/OriginalUrl are "sample string N": relative URLs, resolved against the
    // document's base, so each photo still becomes an item.
    assert.ok(items.every((item) => item !== null && item.src.startsWith('https://photos.example/')));
  });
});

// The asset in the search examples is the same as GET /assets/{id}'s: read identically.
describe('seed 002: one asset, read the same wherever it is printed', () => {
  it('search, scroll and GET give the same asset', async () => {
    const found = seedExamples('002_');
    const read = async (line: number, call: (ctx: ApiContext) => Promise<Asset>) =>
      call(answering(found.find((e) => e.line === line)!.json).ctx);
    const viaGet = await read(1306, async (ctx) => (await getAsset(ctx, asset.id)).result);
    const viaSearch = await read(
      1866,
      async (ctx) => (await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' } })).results[0]!.result,
    );
    assert.deepEqual(viaSearch.currentAssetFile, viaGet.currentAssetFile);
  });
});
