/**
 * Conservative writing (issue 14): searches send guessed values (ADDED_ORDER, FILENAME,
 * FIELD_HAS_ANY_EQUAL — public client code, not the seed) only until a server refuses one with
 * 400; then the same search goes again in documented values, and stays so for that context.
 * The refusal is the backend's route fault switch (demo/backend/faults.js).
 */
import { expect } from '@open-wc/testing';
import { backendFor } from '../support/backend.js';
import {
  dateRangeCriterion,
  documentedSearch,
  fileTypeCriterion,
  scrollSearchAssets,
  searchAssets,
} from '../../src/api/assets.js';
import { hostTokenSource } from '../../src/api/tokens.js';
import type { ApiContext } from '../../src/api/http.js';
import type { Sort } from '../../src/api/models.js';
import { expectDashError, HOST_TOKEN } from './helpers.js';

const backend = backendFor('default');
const fixed = (fieldName: string, order: 'ASC' | 'DESC'): Sort => ({ field: { type: 'FIXED', fieldName }, order });

/** What the tests read of a search body the client sent. */
interface SentSearch {
  sorts: Sort[];
  criterion: { type: string; value?: unknown };
}

/** A host context that records the JSON body of every search it sends. */
function recordingCtx() {
  const bodies: SentSearch[] = [];
  const ctx: ApiContext = {
    apiBase: backend.apiBase,
    auth: hostTokenSource({ accessToken: HOST_TOKEN }),
    fetch: (input, init) => {
      if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
      return fetch(input, init);
    },
  };
  return { ctx, bodies };
}

const refuseNext = (path: string, count = 1) =>
  backend.setFaults({ routes: [{ method: 'POST', path, status: 400, count }] });

describe('api: conservative writing of searches', () => {
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  it('rewrites guessed sorts and criteria in documented values', () => {
    const rewritten = documentedSearch({
      criterion: { type: 'AND', criteria: [fileTypeCriterion(['IMAGE', 'VIDEO']), { type: 'MATCH_ALL' }] },
      sorts: [fixed('DATE_LIVE', 'ASC'), fixed('ADDED_ORDER', 'ASC')],
    });
    expect(rewritten).to.deep.equal({
      criterion: {
        type: 'AND',
        criteria: [
          {
            type: 'OR',
            criteria: ['IMAGE', 'VIDEO'].map((value) => ({
              type: 'FIELD_EQUALS',
              field: { type: 'FIXED', fieldName: 'FILE_TYPE' },
              value,
            })),
          },
          { type: 'MATCH_ALL' },
        ],
      },
      sorts: [fixed('DATE_LIVE', 'ASC')],
    });
    // No documented filename sort: the documented default order instead.
    expect(documentedSearch({ sorts: [fixed('FILENAME', 'ASC')] })!.sorts).to.deep.equal([fixed('DATE_LIVE', 'DESC')]);
    // An open end of a date range: a far date.
    expect(documentedSearch({ criterion: dateRangeCriterion('2021-01-01') })!.criterion).to.deep.equal({
      type: 'FIELD_MATCHES',
      field: { type: 'FIXED', fieldName: 'DATE_LIVE' },
      value: '[2021-01-01 TO 9999-12-31T23:59:59.999Z]',
    });
    expect(documentedSearch({ criterion: dateRangeCriterion('2021-01-01', '2021-02-01') })).to.equal(undefined);
    // Already documented: nothing to fall back to.
    expect(documentedSearch({ criterion: { type: 'MATCH_ALL' }, sorts: [fixed('DATE_LIVE', 'DESC')] })).to.equal(
      undefined,
    );
  });

  it('falls back to documented values when a guessed sort is refused, and keeps them for the next pages', async () => {
    const { ctx, bodies } = recordingCtx();
    const sorts = [fixed('FILENAME', 'ASC'), fixed('ADDED_ORDER', 'ASC')];
    await refuseNext('^/asset-searches$');
    const first = await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), sorts, from: 0, pageSize: 5 });
    expect(first.results).to.have.length(5);
    expect(bodies).to.have.length(2);
    expect(bodies[0].sorts).to.deep.equal(sorts);
    expect(bodies[0].criterion.type).to.equal('FIELD_HAS_ANY_EQUAL');
    expect(bodies[1].sorts).to.deep.equal([fixed('DATE_LIVE', 'DESC')]);
    expect(bodies[1].criterion).to.deep.equal({
      type: 'FIELD_EQUALS',
      field: { type: 'FIXED', fieldName: 'FILE_TYPE' },
      value: 'IMAGE',
    });

    // The next page goes straight out in documented values: the same order on every page.
    const second = await searchAssets(ctx, { criterion: fileTypeCriterion(['IMAGE']), sorts, from: 5, pageSize: 5 });
    expect(bodies).to.have.length(3);
    expect(bodies[2].sorts).to.deep.equal([fixed('DATE_LIVE', 'DESC')]);
    const ids = [...first.results, ...second.results].map((r) => r.result.id);
    expect(new Set(ids).size).to.equal(10);
    expect(second.results.every((r) => r.result.currentAssetFile?.fileType === 'IMAGE')).to.equal(true);
  });

  it('sends an open date range with far dates once `*` is refused', async () => {
    const { ctx, bodies } = recordingCtx();
    await refuseNext('^/asset-searches$');
    const page = await searchAssets(ctx, { criterion: dateRangeCriterion(undefined, '2999-01-01'), pageSize: 1 });
    expect(page.totalResults).to.be.greaterThan(0);
    expect(bodies.map((b) => b.criterion.value)).to.deep.equal([
      '[* TO 2999-01-01]',
      '[1970-01-01T00:00:00.000Z TO 2999-01-01]',
    ]);
  });

  it('does the same for a scroll search', async () => {
    const { ctx, bodies } = recordingCtx();
    await refuseNext('^/asset-scroll-searches$');
    const page = await scrollSearchAssets(ctx, {
      criterion: { type: 'MATCH_ALL' },
      sorts: [fixed('ADDED_ORDER', 'DESC')],
      pageSize: 3,
    });
    expect(page.results).to.have.length(3);
    expect(bodies.map((b) => b.sorts)).to.deep.equal([[fixed('ADDED_ORDER', 'DESC')], [fixed('DATE_LIVE', 'DESC')]]);
  });

  it('sends a documented search once, and reports its 400 as it is', async () => {
    const { ctx, bodies } = recordingCtx();
    await refuseNext('^/asset-searches$');
    await expectDashError(
      searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, sorts: [fixed('DATE_LIVE', 'DESC')] }),
      'bad-request',
    );
    expect(bodies).to.have.length(1);
  });

  it('reports the first 400 when the documented search is refused too, and keeps guessing next time', async () => {
    const { ctx, bodies } = recordingCtx();
    await refuseNext('^/asset-searches$', 2);
    const sorts = [fixed('ADDED_ORDER', 'DESC')];
    await expectDashError(searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, sorts }), 'bad-request');
    expect(bodies).to.have.length(2);
    await searchAssets(ctx, { criterion: { type: 'MATCH_ALL' }, sorts, pageSize: 1 });
    expect(bodies[2].sorts).to.deep.equal(sorts);
  });
});
