/**
 * `dash-analytics` from the asset picker and the portal browser (issue 22): searches with their
 * result count (a search that found nothing included), impressions of the assets seen in the
 * grid, once per result list, and the picker's pick.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import {
  $,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  tilesOf,
  typeInto,
  until,
  untilResults,
} from '../asset-picker/helpers.js';
import {
  mountPortal,
  tileNames as portalTileNames,
  tilesOf as portalTilesOf,
  untilResults as untilPortalResults,
} from '../portal-browser/helpers.js';
import { analyticsLog, type AnalyticsLog } from './helpers.js';

/** The share of `el`'s box a visitor sees: clipped by the viewport and every scrolling ancestor. */
function visibleShare(el: Element): number {
  const box = el.getBoundingClientRect();
  let [left, top, right, bottom] = [0, 0, innerWidth, innerHeight];
  for (let node: Element | null = el; node;) {
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    if (parent && getComputedStyle(parent).overflow !== 'visible') {
      const clip = parent.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.max(left, clip.left),
        Math.max(top, clip.top),
        Math.min(right, clip.right),
        Math.min(bottom, clip.bottom),
      ];
    }
    node = parent;
  }
  const w = Math.max(0, Math.min(right, box.right) - Math.max(left, box.left));
  const h = Math.max(0, Math.min(bottom, box.bottom) - Math.max(top, box.top));
  return box.width && box.height ? (w * h) / (box.width * box.height) : 0;
}

describe('dash-analytics: asset picker and portal browser', () => {
  let log: AnalyticsLog;
  before(() => resetBackend());
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    log = analyticsLog();
  });
  afterEach(() => log.stop());

  it('picker: a search with its result count, zero for one that found nothing, then a pick', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    await until(() => log.of('search').length === 1, 'the first results were not reported');
    expect(log.of('search')[0]).to.deep.include({
      element: 'dash-asset-picker',
      action: 'search',
      query: '',
      resultCount: gridOf(el).total,
      fileTypes: [],
    });
    expect(log.of('search')[0]!.resultCount).to.be.greaterThan(0);

    typeInto($<HTMLInputElement>(el, '#search')!, 'no-such-asset-zzz');
    await until(() => log.of('search').length === 2, 'the search that found nothing was not reported');
    expect(log.of('search')[1]).to.deep.include({ query: 'no-such-asset-zzz', resultCount: 0 });

    typeInto($<HTMLInputElement>(el, '#search')!, 'harbour');
    await until(() => log.of('search').length === 3, 'the third search was not reported');
    await untilResults(el);
    expect(log.of('search')[2]).to.deep.include({ query: 'harbour', resultCount: gridOf(el).total });

    const picked = gridOf(el).items[0]!;
    tilesOf(el)[0]!.click();
    const selected = nextSelect(el);
    insertButton(el).click();
    await selected;
    await until(() => log.of('pick').length === 1, 'no pick');
    expect(log.of('pick')[0]).to.deep.equal({ element: 'dash-asset-picker', action: 'pick', itemIds: [picked.id] });
    // Nothing searched again by picking.
    expect(log.of('search')).to.have.length(3);
  });

  it('picker: assets seen in the scrolling results are reported once per result list, unseen ones never', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const grid = gridOf(el);
    const seen = () => tilesOf(el).filter((tile) => visibleShare(tile) >= 0.5);
    const unseen = () => tilesOf(el).filter((tile) => visibleShare(tile) === 0);
    await until(() => seen().length > 0, 'no tile in view');
    const ids = (tiles: HTMLElement[]) => tiles.map((tile) => grid.items[Number(tile.dataset.index)]!.id);
    const inView = ids(seen());
    const impressions = () => log.of('impression').map((event) => event.itemId);
    await until(() => inView.every((id) => impressions().includes(id)), 'not every asset in view reported');
    expect(unseen().length, 'tiles scrolled out of the results box').to.be.greaterThan(0);
    for (const id of ids(unseen())) expect(impressions()).not.to.include(id);
    const first = log.of('impression')[0]!;
    expect(first.element).to.equal('dash-asset-picker');
    expect(first.itemId).to.equal(grid.items[first.index]!.id);
    expect(new Set(impressions()).size).to.equal(impressions().length);

    // A new result list: its assets count afresh, the ones seen before included.
    const before = log.of('impression').length;
    typeInto($<HTMLInputElement>(el, '#search')!, 'harbour');
    await until(() => log.of('search').some((event) => event.query === 'harbour'), 'search not reported');
    await untilResults(el);
    const again = ids(seen());
    await until(
      () =>
        again.every((id) =>
          log
            .of('impression')
            .slice(before)
            .some((event) => event.itemId === id),
        ),
      'the new results in view were not reported',
    );
  });

  it('portal browser: the search stream names the portal browser', async () => {
    const el = await mountPortal('press');
    await untilPortalResults(el);
    await until(() => log.of('search').length === 1, 'the first results were not reported');
    expect(log.of('search')[0]).to.deep.include({ element: 'dash-portal-browser', query: '' });
    await until(() => log.of('impression').length > 0, 'no impression in the portal');
    expect(log.of('impression')[0]!.element).to.equal('dash-portal-browser');
  });

  it("portal browser: an asset's video playing is reported once, not again on resuming", async () => {
    const el = await mountPortal('press');
    await untilPortalResults(el);
    const name = 'coast-008.webm';
    await until(() => portalTileNames(el).includes(name), `no ${name} on the first page`);
    const index = portalTileNames(el).indexOf(name);
    portalTilesOf(el)[index]!.click();
    const videoOf = () => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('video');
    await until(videoOf, 'no video in the asset view');
    const video = videoOf()!;
    video.muted = true; // a muted video may play without a user gesture
    await video.play();
    await until(() => log.of('video-play').length === 1, 'no video-play');
    const [played] = log.of('video-play');
    expect(played).to.include({ element: 'dash-portal-browser', index });
    expect(played!.itemId).to.be.a('string').and.not.equal('');
    video.pause();
    // play() resolves after its `play` event was dispatched: a second report would be here now.
    await video.play();
    video.pause();
    expect(log.of('video-play')).to.have.length(1);
  });
});
