/**
 * `dash-analytics` from the gallery (issue 22): impressions of tiles seen for a second, once each;
 * slide changes, zoom and video play in the lightbox; the stream heard on `document`, also from a
 * gallery inside another component's shadow root.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DashAnalyticsDetail } from '../../src/index.js';
import type { DashGallery } from '../../src/gallery.js';
import { $, $$, apiBase, key, mount, nextEvent, openAt, until } from '../gallery/helpers.js';
import { resetBackend } from '../support/backend.js';
import { analyticsLog, type AnalyticsLog } from './helpers.js';

const LARGE = `${apiBase}/demo-data/large.json?count=80`;
const JSON_SRC = `${apiBase}/demo-data/gallery.json`;

/** The share of `el`'s box inside the viewport. */
function visibleShare(el: Element): number {
  const { top, bottom, left, right, width, height } = el.getBoundingClientRect();
  const w = Math.max(0, Math.min(right, innerWidth) - Math.max(left, 0));
  const h = Math.max(0, Math.min(bottom, innerHeight) - Math.max(top, 0));
  return width && height ? (w * h) / (width * height) : 0;
}

/** The indices of the tiles rendered at least `min` (and at most `max`) in view. */
function tilesInView(el: DashGallery, min: number, max = 1): number[] {
  return $$(el, '.cell')
    .filter((cell) => {
      const share = visibleShare(cell);
      return share >= min && share <= max;
    })
    .map((cell) => Number(cell.dataset.index))
    .sort((a, b) => a - b);
}

const impressions = (log: AnalyticsLog) => log.of('impression').map((event) => event.index);

describe('dash-analytics: gallery', () => {
  let log: AnalyticsLog;
  beforeEach(() => (log = analyticsLog()));
  afterEach(() => log.stop());

  it('reports each tile seen for a second once, none for tiles never in view, none twice', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount({ attrs: { source: 'json', src: LARGE, id: 'photos' } });
    const shown = performance.now();
    const visible = await until(() => {
      const indices = tilesInView(el, 0.5);
      return indices.length ? indices : undefined;
    }, 'no tile in view');
    await until(() => visible.every((index) => impressions(log).includes(index)), 'not every tile in view reported');
    // Never before its second in view (a loaded machine only makes it later).
    expect(performance.now() - shown).to.be.at.least(1000);
    const first = log.of('impression')[0]!;
    expect(first).to.include({ element: 'dash-gallery', elementId: 'photos' });
    expect(first.itemId).to.be.a('string').and.not.equal('');
    const items = el.items;
    for (const event of log.of('impression')) expect(event.itemId).to.equal(items[event.index]!.id);
    // Rendered (the gallery renders a viewport ahead) but never on screen: not seen.
    const below = tilesInView(el, 0, 0);
    expect(below.length, 'tiles rendered below the fold').to.be.greaterThan(0);
    for (const index of below) expect(impressions(log)).not.to.include(index);

    // Scrolled to the end: the last tiles are seen; back to the top: nothing twice. A tile never
    // seen before, in view together with seen ones, proves a second has passed for all of them.
    const last = await until(() => {
      scrollTo(0, document.documentElement.scrollHeight);
      return $(el, `.cell[data-index="${items.length - 1}"]`);
    }, 'no last tile');
    last.scrollIntoView({ block: 'end' });
    await until(() => impressions(log).includes(items.length - 1), 'the last tile was not reported');
    const fresh = Math.max(...visible) + 1;
    const freshCell = await until(() => {
      scrollTo(0, 0);
      return $(el, `.cell[data-index="${fresh}"]`);
    }, 'no tile after the first screen');
    const y = freshCell.getBoundingClientRect().bottom + scrollY - innerHeight + 4;
    scrollTo(0, y);
    await until(() => impressions(log).includes(fresh), 'a newly scrolled-in tile was not reported');
    expect(
      tilesInView(el, 0.5).some((index) => visible.includes(index)),
      'seen tiles back in view',
    ).to.equal(true);
    const reported = impressions(log);
    expect(new Set(reported).size, `an item reported twice: ${reported.join(' ')}`).to.equal(reported.length);
    scrollTo(0, 0);
  });

  it('counts no tile as seen while the lightbox covers it, and counts it once uncovered', async () => {
    await setViewport({ width: 1280, height: 800 });
    // Two galleries side by side: the second one's impressions prove a second has passed.
    const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px"></div>`);
    const [covered, other] = ['covered', 'other'].map((id) => {
      const el = document.createElement('dash-gallery');
      Object.assign(el, { id, apiBase, source: 'json', src: LARGE, columns: 3 });
      el.style.flex = '1';
      row.append(el);
      return el;
    });
    await until(() => covered!.items.length && other!.items.length, 'the galleries did not load');
    await openAt(covered!, 1);
    const y = 3 * innerHeight;
    const inViewAt = (el: DashGallery) =>
      until(() => {
        scrollTo(0, y);
        const indices = tilesInView(el, 0.5);
        return indices.length ? indices : undefined;
      }, `no tile of ${el.id} in view`);
    const reportedOf = (id: string) => log.events.filter((e) => e.action === 'impression' && e.elementId === id);
    const shownOther = await inViewAt(other!);
    const shownCovered = await inViewAt(covered!);
    await until(
      () => shownOther.every((index) => reportedOf('other').some((e) => 'index' in e && e.index === index)),
      'the uncovered gallery did not report its tiles',
    );
    for (const index of shownCovered) {
      expect(reportedOf('covered').some((e) => 'index' in e && e.index === index)).to.equal(false);
    }
    const closed = nextEvent(covered!, 'dash-lightbox-close');
    key('Escape');
    await closed;
    await inViewAt(covered!); // closing returned focus (and the page) to the first tile
    await until(
      () => shownCovered.every((index) => reportedOf('covered').some((e) => 'index' in e && e.index === index)),
      'tiles uncovered again were not reported',
    );
    scrollTo(0, 0);
  });

  it('reports slide changes (not the opening), zoom in and the first play of a video in the lightbox', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    const items = el.items;
    await openAt(el, 1);
    expect(log.of('slide-change')).to.have.length(0);

    key('ArrowRight');
    await until(() => log.of('slide-change').length === 1, 'no slide-change');
    expect(log.of('slide-change')[0]).to.deep.include({
      element: 'dash-gallery',
      action: 'slide-change',
      index: 1,
      previousIndex: 0,
      itemId: items[1]!.id,
    });

    const zoom = await until(() => {
      const button = $(el, '.pswp__button--zoom');
      return button && !button.hidden && getComputedStyle(button).display !== 'none' ? button : null;
    }, 'no zoom button');
    zoom.click();
    await until(() => log.of('zoom').length === 1, 'no zoom event');
    expect(log.of('zoom')[0]).to.deep.include({ index: 1, itemId: items[1]!.id });
    // Zooming out is not a zoom; zooming in again is.
    zoom.click();
    await until(() => zoom.getAttribute('aria-label') === 'Zoom in', 'did not zoom out');
    zoom.click();
    await until(() => log.of('zoom').length === 2, 'a second zoom in was not reported');

    const videoIndex = items.findIndex((item) => item.type === 'video');
    expect(videoIndex, 'the demo gallery has a video').to.be.at.least(0);
    el.open(videoIndex);
    const video = await until(
      () => $<HTMLVideoElement>(el, '.pswp__item[aria-hidden="false"] video'),
      'no video on the current slide',
    );
    video.muted = true; // a muted video may play without a user gesture
    await video.play();
    await until(() => log.of('video-play').length === 1, 'no video-play');
    expect(log.of('video-play')[0]).to.deep.include({ index: videoIndex, itemId: items[videoIndex]!.id });
    video.pause();
    await video.play();
    video.pause();
    // The slide change to the video was reported as one; resuming is no new play.
    const changes = log.of('slide-change').length;
    key('ArrowLeft');
    await until(() => log.of('slide-change').length === changes + 1, 'no slide-change after the video');
    expect(log.of('video-play')).to.have.length(1);
    const closed = nextEvent(el, 'dash-lightbox-close');
    key('Escape');
    await closed;
  });

  it("reports the lightbox download menu's download start and finish, with the preset and without the file's URL", async () => {
    await resetBackend();
    await setViewport({ width: 1280, height: 800 });
    const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
    const folder = portal.result.whitelistedFolderFieldOptionIds[0];
    const el = await mount({ attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder } });
    const image = await until(() => $(el, '.cell img')?.closest('.cell'), 'no image tile');
    const index = Number(image.getAttribute('data-index'));
    await openAt(el, index + 1);
    $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!.click();
    const options = await until(() => {
      const found = $$<HTMLButtonElement>(el, '.dash-pswp-option');
      return found.length > 1 ? found : null;
    }, 'no presets listed');
    expect(log.of('download-start')).to.have.length(0);
    options[1]!.click();
    await until(() => log.of('download-finish').length === 1, 'no download-finish');
    const [start] = log.of('download-start');
    const [finish] = log.of('download-finish');
    expect(log.events.indexOf(start!)).to.be.below(log.events.indexOf(finish!));
    expect(start!.itemIds).to.deep.equal([el.items[index]!.id]);
    expect(start!.presetId).to.be.a('string').and.not.equal('');
    expect(finish).to.deep.equal({ ...start, action: 'download-finish' });
    expect(JSON.stringify(finish)).not.to.match(/https?:/);
    const closed = nextEvent(el, 'dash-lightbox-close');
    key('Escape');
    await closed;
  });

  it('events bubble out of shadow roots: a page hears a gallery inside another component', async () => {
    await setViewport({ width: 1280, height: 800 });
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('dash-gallery');
    el.setAttribute('api-base', apiBase);
    el.setAttribute('source', 'json');
    el.setAttribute('src', JSON_SRC);
    root.append(el);
    // The path and target as the page's listener sees them (both are only set during dispatch).
    const heard = new Promise<{ event: CustomEvent<DashAnalyticsDetail>; target: unknown; path: EventTarget[] }>(
      (resolve) =>
        document.addEventListener(
          'dash-analytics',
          (event) => resolve({ event, target: event.target, path: event.composedPath() }),
          { once: true },
        ),
    );
    const { event, target, path } = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
    // Retargeted to the component the page knows; the detail names the gallery.
    expect(target).to.equal(outer);
    expect(path).to.include(el);
    expect(event.detail).to.include({ element: 'dash-gallery', action: 'impression' });
  });
});
