/**
 * Video that plays (issue 22), against the backend of the seed profile: its assets carry no file
 * URL (the Dash API has none), so a video plays only through a download job of its original.
 * Where the visitor may download, Play asks for one and the player gets its URL; where they may
 * not, the poster says the video cannot be played here instead of a player that plays nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { backendFor } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { DashAssetView } from '../../src/browse/asset-view.js';
import type { Asset } from '../../src/api/models.js';
import { $, deepActiveElement, found, gridOf, mountPortal, tilesOf, until, untilResults } from './helpers.js';

const backend = backendFor('seed');

const isVideo = (asset: Asset) => asset.currentAssetFile?.fileType === 'VIDEO';

async function openFirstVideo(el: DashPortalBrowser): Promise<DashAssetView> {
  await untilResults(el);
  const index = gridOf(el).items.findIndex(isVideo);
  expect(index, 'a video among the first results').to.be.at.least(0);
  tilesOf(el)[index].click();
  return found(() => $<DashAssetView>(el, 'dash-asset-view'), 'no asset view');
}

const jobRequests = async () =>
  (await backend.requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-download-batch-jobs').length;

describe('dash-portal-browser: video that plays', function () {
  this.timeout(30_000);
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  it('plays a video through a download job of its original when Play is pressed, focus on the player', async () => {
    const el = await mountPortal('press', { apiBase: backend.apiBase });
    const view = await openFirstVideo(el);
    const play = await found(() => $<HTMLButtonElement>(view, '[part~=play-button]'), 'no Play button');
    expect($(view, 'video'), 'no player before Play: it would play nothing').to.equal(null);
    expect(await jobRequests(), 'nothing asked for before Play').to.equal(0);

    play.focus();
    play.click();
    const video = await found(() => $<HTMLVideoElement>(view, 'video'), 'no player after Play');
    expect(new URL(video.src).protocol).to.match(/^https?:$/);
    expect(await jobRequests(), 'one download job for the original').to.equal(1);
    await until(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 'the video file did not load');
    expect(video.videoWidth, 'the file is a real video').to.be.greaterThan(0);
    expect(deepActiveElement() === video, 'focus moved from the Play button to the player').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says why a video cannot play where downloads are not allowed, and when its file fails to load', async () => {
    // Failing job: the button stays to try again, and the page hears dash-error.
    await backend.setFaults({ routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', status: 500 }] });
    const el = await mountPortal('press', { apiBase: backend.apiBase });
    const errors: string[] = [];
    el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    const view = await openFirstVideo(el);
    $<HTMLButtonElement>(view, '[part~=play-button]')!.click();
    await until(() => $(view, '[role=alert]'), 'no failure message');
    expect($(view, '[role=alert]')!.textContent).to.contain('could not be loaded');
    expect($(view, '[part~=play-button]'), 'Play is offered again').to.not.equal(null);
    expect($(view, 'video')).to.equal(null);
    expect(errors.length, 'dash-error reported').to.be.greaterThan(0);

    // No download permitted: no Play button, a note on the poster.
    const asset = gridOf(el).items.find(isVideo)!;
    const lone = await fixture<DashAssetView>(html`<dash-asset-view .asset=${asset}></dash-asset-view>`);
    const note = await found(() => $(lone, '[part~=video-note]'), 'no note on the poster');
    expect(note.textContent).to.contain('cannot be played here');
    expect($(lone, '[part~=play-button]')).to.equal(null);
    expect($(lone, 'video')).to.equal(null);
  });
});
