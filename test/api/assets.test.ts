/** Asset searches (paged, scrolling, past 10,000), criteria, folders and presets. */
import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import {
  and,
  dateRangeCriterion,
  fileTypeCriterion,
  folderCriterion,
  keywordCriterion,
  MAX_PAGED_RESULTS,
  or,
  scrollSearchAssets,
  searchAssets,
} from '../../src/api/assets.js';
import { searchAllAssets } from '../../src/api/asset-cursor.js';
import { getChildFolders, getFolderSettings, getTopFolders } from '../../src/api/folders.js';
import { searchPresets } from '../../src/api/presets.js';
import type { Asset } from '../../src/api/models.js';
import { expectDashError, hostCtx, loggedRequests, portalCtx } from './helpers.js';

const fileTypes = (assets: { result: Asset }[]) => new Set(assets.map((a) => a.result.currentAssetFile?.fileType));

describe('api/assets', () => {
  before(() => resetBackend());

  it('pages through a portal search with typed, permitted results', async () => {
    const { ctx } = portalCtx('press');
    const first = await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, from: 0, pageSize: 10 });
    const second = await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, from: 10, pageSize: 10 });
    expect(first.results).to.have.length(10);
    expect(first.totalResults).to.be.greaterThan(20);
    const ids = [...first.results, ...second.results].map((r) => r.result.id);
    expect(new Set(ids).size).to.equal(20);
    const file = first.results[0]!.result.currentAssetFile!;
    expect(file.filename).to.be.a('string');
    expect(file.mediaType.type).to.be.a('string');
    const actions = first.results[0]!.permittedActions.map((p) => p.action);
    expect(actions).to.include('DOWNLOAD_ASSET');
  });

  it('filters by file type, keyword and date range and combines criteria', async () => {
    const { ctx } = portalCtx('press');
    const images = await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), pageSize: 100 });
    expect([...fileTypes(images.results)]).to.deep.equal(['IMAGE']);
    const all = await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, pageSize: 1 });
    const notImages = await searchAssets(ctx, {
      criterion: or(fileTypeCriterion(['VIDEO']), fileTypeCriterion(['DOCUMENT'])),
      pageSize: 1,
    });
    expect(images.totalResults + notImages.totalResults).to.be.at.most(all.totalResults);
    expect(notImages.totalResults).to.be.greaterThan(0);

    const name = images.results[0]!.result.currentAssetFile!.filename.replace(/\.[^.]+$/, '');
    const byKeyword = await searchAssets(ctx, { criterion: and(keywordCriterion(name), fileTypeCriterion(['IMAGE'])) });
    expect(byKeyword.results.map((r) => r.result.currentAssetFile!.filename)).to.include(
      images.results[0]!.result.currentAssetFile!.filename,
    );

    const future = await searchAssets(ctx, { criterion: dateRangeCriterion('2999-01-01T00:00:00.000Z') });
    expect(future.totalResults).to.equal(0);
    const ever = await searchAssets(ctx, {
      criterion: dateRangeCriterion(undefined, new Date('2999-01-01')),
      pageSize: 1,
    });
    expect(ever.totalResults).to.equal(all.totalResults);
  });

  it('builds criteria the API understands', () => {
    expect(and()).to.deep.equal({ type: 'MATCH_ALL' });
    expect(and(undefined, keywordCriterion('x'))).to.deep.equal(keywordCriterion('x'));
    expect(folderCriterion('f', 'o')).to.deep.equal({
      type: 'FIELD_EQUALS',
      field: { type: 'FIELD', fieldId: 'f' },
      value: 'o',
      includeDescendants: true,
    });
    expect(dateRangeCriterion('2021-01-01', '2021-02-01')).to.deep.include({ value: '[2021-01-01 TO 2021-02-01]' });
  });

  it('walks the folder tree and searches a folder with or without its subfolders', async () => {
    const { ctx, auth } = portalCtx('press');
    const { fieldId } = await getFolderSettings(ctx);
    const top = await getTopFolders(ctx, fieldId);
    expect(top.length).to.be.greaterThan(0);
    const positions = top.map((f) => f.position);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    const portal = await auth.portalData();
    const parent = top.find((f) => !f.leaf) ?? (await getTopFolders(hostCtx(), fieldId)).find((f) => !f.leaf)!;
    const children = await getChildFolders(hostCtx(), fieldId, parent.id);
    expect(children.length).to.be.greaterThan(0);
    expect(children.every((c) => c.parent === parent.id)).to.equal(true);

    const folderId = portal.whitelistedFolderFieldOptionIds[0]!;
    const withSubfolders = await searchAssets(ctx, { criterion: folderCriterion(fieldId, folderId), pageSize: 1 });
    const direct = await searchAssets(ctx, { criterion: folderCriterion(fieldId, folderId, false), pageSize: 1 });
    expect(withSubfolders.totalResults).to.be.greaterThan(0);
    expect(direct.totalResults).to.be.at.most(withSubfolders.totalResults);
  });

  it('lists the presets in position order', async () => {
    const { ctx } = portalCtx('press');
    const presets = await searchPresets(ctx);
    expect(presets.length).to.be.greaterThan(0);
    expect(presets.map((p) => p.name)).to.include('Medium');
    const some = await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), pageSize: 1 });
    const applicable = await searchPresets(ctx, { assetIds: [some.results[0]!.result.id] });
    expect(applicable.length).to.be.greaterThan(0);
  });

  it('reports a paged search past 10,000 as bad-request', async () => {
    const { ctx } = portalCtx('big');
    await expectDashError(
      searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, from: MAX_PAGED_RESULTS, pageSize: 10 }),
      'bad-request',
    );
  });

  it('scrolls through more than 10,000 assets, each exactly once', async () => {
    await resetBackend();
    const { ctx } = portalCtx('big');
    const seen = new Set<string>();
    let total = 0;
    for await (const page of searchAllAssets(ctx, { criterion: { type: 'MATCH_ALL' }, pageSize: 1000 })) {
      total = page.totalResults;
      for (const { result } of page.results) seen.add(result.id);
    }
    expect(total).to.be.greaterThan(MAX_PAGED_RESULTS);
    expect(seen.size).to.equal(total);
    expect(await loggedRequests('/asset-scroll-searches')).not.to.have.length(0);
  });

  it('pages with a plain search when the results fit in 10,000', async () => {
    await resetBackend();
    const { ctx } = portalCtx('press');
    const ids: string[] = [];
    let total = 0;
    for await (const page of searchAllAssets(ctx, { criterion: { type: 'MATCH_ALL' }, pageSize: 50 })) {
      total = page.totalResults;
      ids.push(...page.results.map((r) => r.result.id));
    }
    expect(ids.length).to.equal(total);
    expect(new Set(ids).size).to.equal(total);
    expect(await loggedRequests('/asset-scroll-searches')).to.have.length(0);
  });

  it('continues a scroll search with the newest scrollId', async () => {
    const { ctx } = portalCtx('press');
    const first = await scrollSearchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, pageSize: 5 });
    expect(first.scrollId).to.be.a('string');
    const second = await scrollSearchAssets(ctx, { scrollId: first.scrollId! });
    expect(second.results).to.have.length(5);
    expect(second.results[0]!.result.id).not.to.equal(first.results[0]!.result.id);
  });
});
