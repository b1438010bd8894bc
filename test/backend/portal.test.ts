import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  FolderSettings,
  PortalData,
  Preset,
  ScrollSearchResponse,
  SearchResponse,
  Wrapped,
} from '../../src/api/models.js';
import { call, portalToken, present, startTestBackend, type ErrorBody, type LoggedRequest } from './helpers.js';

/** What these tests read of an asset as the local backend prints it. */
interface PortalAsset {
  id: string;
  lifecycleStatus: { state: string; dateLive: string };
  currentAssetFile: { fileType: string; filename: string; previewUrl?: string; mediaType?: { subType: string } };
}

/** A folder as the backend prints it; a parent the visitor may not see is printed as `{}`. */
interface Folder {
  id: string;
  value: string;
  leaf: boolean;
  numberOfChildren: number;
  parent: Partial<Folder> | null;
}

interface Theme {
  accentColour: string;
  showRecentlyAddedAssets: boolean;
}

/** One level of the folder tree as the visitor holding `token` sees it, in POSITION order. */
const folderLevel = (api: string, token: string, criterion: object) =>
  call<SearchResponse<Folder>>(api, '/field-option-searches', {
    token,
    body: { from: 0, pageSize: 100, criterion, sorts: [{ field: 'POSITION', order: 'ASC' }] },
  });

/** The criterion for the top level of the Folders field `fieldId`. */
const topLevel = (fieldId: string) => ({
  type: 'AND',
  criteria: [
    { type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId },
    { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' },
  ],
});

describe('portals, tokens and browsing', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let press: string;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    press = await portalToken(api, 'press');
  });
  after(() => backend.stop());

  const search = (token: string, body: object) =>
    call<SearchResponse<PortalAsset>>(api, '/asset-searches', {
      token,
      body: { from: 0, pageSize: 50, criterion: { type: 'MATCH_ALL' }, sorts: [], ...body },
    });

  it('resolves portals by subdomain and slug', async () => {
    const portal = await call<Wrapped<PortalData>>(api, '/subdomains/demo/publicly-available-portal-datas/press');
    assert.equal(portal.status, 200);
    assert.equal(portal.json.result.requiresPasscode, false);
    assert.equal(portal.json.result.assetPermittedActions, 'VIEW_AND_DOWNLOAD');
    assert.equal(portal.json.result.showRecentlyAddedAssets, true);
    assert.ok(Array.isArray(portal.json.permittedActions));
    assert.equal('passcode' in portal.json.result, false);
    const missing = await call<ErrorBody>(api, '/subdomains/demo/publicly-available-portal-datas/nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys(missing.json).sort(), ['error', 'message', 'path', 'status', 'timestamp']);
    assert.equal((await call(api, '/subdomains/other/publicly-available-portal-datas/press')).status, 404);
  });

  it('requires the right passcode for a passcode portal', async () => {
    const portal = (await call<Wrapped<PortalData>>(api, '/subdomains/demo/publicly-available-portal-datas/partners'))
      .json.result;
    assert.equal(portal.requiresPasscode, true);
    assert.equal(portal.assetPermittedActions, 'VIEW');
    const path = `/portals/${portal.id}/access-token`;
    assert.equal((await call(api, path)).status, 401);
    assert.equal((await call(api, path, { authorization: 'Passcode wrong' })).status, 401);
    const ok = await call<Wrapped<{ accessToken: string }>>(api, path, { authorization: 'Passcode letmein' });
    assert.equal(ok.status, 200);
    const claims = JSON.parse(Buffer.from(ok.json.result.accessToken.split('.')[1], 'base64url').toString());
    assert.equal(claims.portalId, portal.id);
    assert.ok(claims.exp > Date.now() / 1000);
  });

  it('answers 401 without, with a bad or with an expired token', async () => {
    assert.equal((await call(api, '/folder-settings')).status, 401);
    assert.equal((await call(api, '/folder-settings', { token: 'x.y.z' })).status, 401);
    await call(api, '/__control/faults', { body: { tokenTtlSeconds: 1 } });
    const shortLived = await portalToken(api, 'press');
    assert.equal((await call(api, '/folder-settings', { token: shortLived })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    assert.equal((await call(api, '/folder-settings', { token: shortLived })).status, 401);
    await call(api, '/__control/faults', { body: {} });
  });

  it('pages LIVE assets of the portal folders with aggregations', async () => {
    const first = await search(press, {
      aggregations: { fileTypes: { field: { type: 'FIXED', fieldName: 'FILE_TYPE' } } },
    });
    assert.equal(first.status, 200);
    assert.ok(first.json.totalResults >= 150);
    assert.equal(first.json.results.length, 50);
    assert.ok(first.json.results.every((r) => r.result.lifecycleStatus.state === 'LIVE'));
    assert.ok(first.json.results[0].permittedActions.some((p) => p.action === 'DOWNLOAD_ASSET'));
    assert.ok(first.json.aggregations?.fileTypes.buckets.some((b) => b.key === 'VIDEO'));
    const second = await search(press, { from: 50 });
    assert.notEqual(second.json.results[0].result.id, first.json.results[0].result.id);
    const images = await search(press, {
      criterion: { type: 'FIELD_EQUALS', field: { type: 'FIXED', fieldName: 'FILE_TYPE' }, value: 'IMAGE' },
    });
    assert.ok(images.json.results.every((r) => r.result.currentAssetFile.fileType === 'IMAGE'));
    const text = await search(press, {
      criterion: { type: 'FIELD_MATCHES', field: { type: 'FIXED', fieldName: 'KEYWORDS' }, value: 'mountain' },
    });
    assert.ok(text.json.totalResults > 0);
    assert.ok(text.json.results.every((r) => /mountain/.test(r.result.currentAssetFile.filename)));
    const dates = await search(press, {
      criterion: {
        type: 'FIELD_MATCHES',
        field: { type: 'FIXED', fieldName: 'DATE_LIVE' },
        value: '[2024-01-01 TO 2024-03-01]',
      },
    });
    assert.ok(dates.json.results.every((r) => r.result.lifecycleStatus.dateLive < '2024-03-02'));
    const partners = await portalToken(api, 'partners', 'letmein');
    const view = await search(partners, {});
    assert.ok(view.json.results.every((r) => !r.permittedActions.some((p) => p.action === 'DOWNLOAD_ASSET')));
  });

  it('serves real preview JPEGs', async () => {
    const found = await search(press, { pageSize: 20 });
    const withPreview = present(
      found.json.results.find((r) => r.result.currentAssetFile.previewUrl)?.result.currentAssetFile.previewUrl,
      'an asset with a preview',
    );
    const response = await fetch(withPreview);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/jpeg');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8]);
  });

  it('limits paging to 10,000 and scrolls beyond it', async () => {
    const big = await portalToken(api, 'big');
    const total = (await search(big, { pageSize: 1 })).json.totalResults;
    assert.ok(total > 10_000);
    assert.equal((await search(big, { from: 9_999, pageSize: 1 })).status, 200);
    const over = await search(big, { from: 9_990, pageSize: 20 });
    assert.equal(over.status, 400);
    let seen = 0;
    let page = await call<ScrollSearchResponse<PortalAsset>>(api, '/asset-scroll-searches', {
      token: big,
      body: { pageSize: 1000, criterion: { type: 'MATCH_ALL' }, sorts: [] },
    });
    const ids = new Set<string>();
    while (page.json.results.length > 0) {
      seen += page.json.results.length;
      page.json.results.forEach((r) => ids.add(r.result.id));
      page = await call<ScrollSearchResponse<PortalAsset>>(api, '/asset-scroll-searches', {
        token: big,
        body: { scrollId: page.json.scrollId },
      });
    }
    assert.equal(seen, total);
    assert.equal(ids.size, total);
  });

  it('returns the folder tree level by level, limited to the portal', async () => {
    const settings = await call<Wrapped<FolderSettings>>(api, '/folder-settings', { token: press });
    const fieldId = settings.json.result.fieldId;
    const level = (criterion: object) => folderLevel(api, press, criterion);
    const top = await level(topLevel(fieldId));
    assert.deepEqual(
      top.json.results.map((r) => r.result.value),
      ['Marketing', 'Products', 'Press', 'Events'],
    );
    const marketing = top.json.results[0].result;
    assert.equal(marketing.leaf, false);
    const children = await level({ type: 'FIELD_EQUALS', field: 'PARENT_ID', value: marketing.id });
    assert.equal(children.json.results.length, marketing.numberOfChildren);
    assert.equal(children.json.results[0].result.parent?.id, marketing.id);
    const inFolder = await search(press, {
      criterion: { type: 'FIELD_EQUALS', field: { type: 'FIELD', fieldId }, value: marketing.id },
    });
    assert.ok(inFolder.json.totalResults > 0);
  });

  it('lists the presets applicable to the given assets', async () => {
    const found = (await search(press, { pageSize: 200 })).json.results.map((r) => r.result);
    const image = present(
      found.find((a) => a.currentAssetFile.fileType === 'IMAGE'),
      'an image',
    );
    const pdf = present(
      found.find((a) => a.currentAssetFile.mediaType?.subType === 'pdf'),
      'a PDF',
    );
    const presets = (assetIds: string[], extra?: object) =>
      call<SearchResponse<Preset>>(api, '/preset-transformation-searches', {
        token: press,
        body: {
          from: 0,
          pageSize: 100,
          criterion: {
            type: 'AND',
            criteria: [{ type: 'APPLICABLE_FOR_ANY_ASSETS', assetIds }, ...(extra ? [extra] : [])],
          },
          sorts: [],
        },
      });
    const names = async (ids: string[], extra?: object) =>
      (await presets(ids, extra)).json.results.map((r) => r.result.name);
    assert.ok((await names([image.id])).includes('Medium'));
    assert.deepEqual(await names([pdf.id]), [], 'image presets are not offered for a PDF');
    assert.ok((await names([pdf.id, image.id])).includes('Medium'), 'applicable for ANY of the assets');
    assert.deepEqual(
      await names([image.id], {
        type: 'NOT',
        criterion: { type: 'HAS_TRANSFORMATION_OF_TYPE', transformationType: 'RESIZE' },
      }),
      [],
    );
    assert.equal(
      (await call(api, '/preset-transformation-searches', { token: press, body: { criterion: { type: 'NOPE' } } }))
        .status,
      400,
    );
  });

  it('gives a folder with its branch (GET /field-options/:id) and hides folders outside the portal', async () => {
    const fieldId = (await call<Wrapped<FolderSettings>>(api, '/folder-settings', { token: press })).json.result
      .fieldId;
    const level = (criterion: object) =>
      call<SearchResponse<Folder>>(api, '/field-option-searches', {
        token: press,
        body: { from: 0, pageSize: 100, criterion, sorts: [] },
      });
    const top = (await level(topLevel(fieldId))).json.results;
    const shoes = (
      await level({
        type: 'FIELD_EQUALS',
        field: 'PARENT_ID',
        value: present(
          top.find((r) => r.result.value === 'Products'),
          'Products',
        ).result.id,
      })
    ).json.results[0].result;
    const running = (await level({ type: 'FIELD_EQUALS', field: 'PARENT_ID', value: shoes.id })).json.results[0].result;
    const branch = await call<Wrapped<Folder>>(api, `/field-options/${running.id}`, { token: press });
    assert.equal(branch.status, 200);
    assert.equal(branch.json.result.value, 'Running');
    assert.equal(branch.json.result.parent?.value, 'Shoes');
    assert.equal(branch.json.result.parent?.parent?.value, 'Products');
    assert.equal(branch.json.result.parent?.parent?.parent, null);
    const partners = await portalToken(api, 'partners', 'letmein');
    const partnersFolder = present(
      (
        await call<SearchResponse<Folder>>(api, '/field-option-searches', {
          token: partners,
          body: { criterion: { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' }, sorts: [] },
        })
      ).json.results.find((r) => r.result.value === 'Partners only'),
      'Partners only',
    ).result;
    assert.equal((await call(api, `/field-options/${partnersFolder.id}`, { token: press })).status, 404);
    assert.equal((await call(api, `/field-options/${partnersFolder.id}`, { token: 'demo' })).status, 200);
  });

  it('finds the account theme by subdomain without a bearer token', async () => {
    const body = (value: string) => ({
      from: 0,
      pageSize: 100,
      criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value },
      sorts: [],
    });
    const theme = await call<SearchResponse<Theme>>(api, '/theme-searches', { body: body('demo') });
    assert.equal(theme.status, 200);
    assert.match(theme.json.results[0].result.accentColour, /^#[0-9a-f]{6}$/);
    assert.equal(
      (await call<SearchResponse<Theme>>(api, '/theme-searches', { body: body('other') })).json.totalResults,
      0,
    );
    assert.equal((await call(api, '/theme-searches', { token: press, body: body('demo') })).status, 400);
    assert.equal((await call(api, '/theme-searches', { body: { ...body('demo'), sorts: undefined } })).status, 400);
  });

  it('injects route faults: malformed body, 429 with Retry-After, dropped connections', async () => {
    await call(api, '/__control/faults', {
      body: {
        routes: [
          { path: '^/folder-settings$', status: 200, body: '{"result": ', count: 1 },
          { path: '^/asset-searches$', status: 429, retryAfter: 2, count: 1 },
          { path: '^/preset-transformation-searches$', drop: true, count: 1 },
        ],
      },
    });
    const malformed = await fetch(`${api}/folder-settings`, { headers: { authorization: `Bearer ${press}` } });
    assert.equal(malformed.status, 200);
    await assert.rejects(malformed.json());
    const limited = await search(press, {});
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '2');
    assert.equal((await search(press, {})).status, 200);
    await assert.rejects(call(api, '/preset-transformation-searches', { token: press, body: {} }));
    const log = (await call<LoggedRequest[]>(api, '/__control/requests')).json;
    assert.ok(log.some((r) => r.path === '/asset-searches' && r.status === 429));
    await call(api, '/__control/reset', { method: 'POST' });
    assert.equal((await call<LoggedRequest[]>(api, '/__control/requests')).json.length, 0);
  });

  it('answers CORS preflight with Authorization allowed', async () => {
    const response = await fetch(`${api}/asset-searches`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://site.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    assert.ok(response.status < 300);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://site.test');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /authorization/i);
  });
});

describe('seed profile: portals whitelist sub-folders at different depths', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  before(async () => {
    backend = await startTestBackend('seed');
    api = backend.apiUrl;
  });
  after(() => backend.stop());

  it("prints no accentColor on portal data; the theme search gives the seed's accentColour", async () => {
    const portal = (await call<Wrapped<PortalData>>(api, '/subdomains/demo/publicly-available-portal-datas/press')).json
      .result;
    assert.equal('accentColor' in portal, false);
    const theme = await call<SearchResponse<Theme>>(api, '/theme-searches', {
      body: {
        from: 0,
        pageSize: 100,
        criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value: 'demo' },
        sorts: [],
      },
    });
    assert.deepEqual(theme.json.results[0].result, { accentColour: '#333666', showRecentlyAddedAssets: true });
  });

  it('fetches whitelisted folders by id at any depth, with `parent: {}` for what the visitor may not see', async () => {
    const portal = (await call<Wrapped<PortalData>>(api, '/subdomains/demo/publicly-available-portal-datas/press')).json
      .result;
    const press = await portalToken(api, 'press');
    const roots = await Promise.all(
      portal.whitelistedFolderFieldOptionIds.map(
        async (id) => (await call<Wrapped<Folder>>(api, `/field-options/${id}`, { token: press })).json.result,
      ),
    );
    assert.deepEqual(
      roots.map((r) => r.value),
      ['Marketing', 'Shoes', 'Logos', '2026'],
    );
    assert.equal(roots[0].parent, null);
    assert.deepEqual(roots[1].parent, {}, 'the hidden parent (Products) is not described');
    const fieldId = (await call<Wrapped<FolderSettings>>(api, '/folder-settings', { token: press })).json.result
      .fieldId;
    const level = (criterion: object) => folderLevel(api, press, criterion);
    // "Top level" for the visitor holds only the whitelisted folders that really are top-level.
    const top = await level(topLevel(fieldId));
    assert.deepEqual(
      top.json.results.map((r) => r.result.value),
      ['Marketing'],
    );
    const children = await level({ type: 'FIELD_EQUALS', field: 'PARENT_ID', value: roots[1].id });
    assert.deepEqual(
      children.json.results.map((r) => r.result.value),
      ['Running', 'Trail', 'Kids'],
    );
    assert.deepEqual(children.json.results[0].result.parent, {}, 'list answers print parent: {}');
    const branch = (
      await call<Wrapped<Folder>>(api, `/field-options/${children.json.results[0].result.id}`, { token: press })
    ).json.result;
    assert.equal(branch.parent?.value, 'Shoes');
    assert.deepEqual(branch.parent?.parent, {});
    // The parent outside the whitelist, and an undocumented search field, are refused.
    const hidden = await call<SearchResponse<Folder>>(api, '/field-option-searches', {
      token: 'demo',
      body: { criterion: { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' }, sorts: [] },
    });
    const products = present(
      hidden.json.results.find((r) => r.result.value === 'Products'),
      'Products',
    ).result;
    assert.equal((await call(api, `/field-options/${products.id}`, { token: press })).status, 404);
    const underProducts = await level({ type: 'FIELD_EQUALS', field: 'PARENT_ID', value: products.id });
    assert.deepEqual(
      underProducts.json.results.map((r) => r.result.value),
      ['Shoes'],
      'only the visible children',
    );
    assert.equal((await level({ type: 'FIELD_EQUALS', field: 'ID', value: products.id })).status, 400);
  });
});
