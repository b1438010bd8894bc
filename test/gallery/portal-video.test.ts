/**
 * Video that plays in the gallery's lightbox (issue 22), `source="dash-portal"`, against the
 * backend of the seed profile: its assets carry no file URL (the Dash API has none), so a video
 * plays only through a download job of its original — the code the portal browser uses
 * (src/api/video.ts). Where the portal permits downloads, the poster has Play; where it does not,
 * the poster says the video cannot be played here.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backendFor } from '../support/backend.js';
import { emulateFocus, emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { folderCriterion, searchAssets } from '../../src/api/assets.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { DashGallery } from '../../src/gallery.js';
import { mount, until } from './helpers.js';

const backend = backendFor('seed');

interface Found {
  folder: string;
  /** The video's position among the folder's first page. */
  index: number;
}

/** A whitelisted folder of `portal` with a video among its first page, and where that video is. */
async function folderWithVideo(portal: string, passcode?: string): Promise<Found> {
  const response = await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/${portal}`);
  const folders = ((await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } }).result
    .whitelistedFolderFieldOptionIds;
  const base = { apiBase: backend.apiBase };
  const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal, passcode }) };
  const { fieldId } = await getFolderSettings(ctx);
  for (const folder of folders) {
    const page = await searchAssets(ctx, { from: 0, pageSize: 60, criterion: folderCriterion(fieldId, folder) });
    const index = page.results.findIndex((r) => r.result.currentAssetFile?.fileType === 'VIDEO');
    if (index >= 0) return { folder, index };
  }
  throw new Error(`no video in the first page of a folder of portal ${portal}`);
}

async function mountPortal(portal: string, found: Found, passcode?: string): Promise<DashGallery> {
  const attrs: Record<string, string> = {
    source: 'dash-portal',
    subdomain: 'demo',
    portal,
    folder: found.folder,
    'api-base': backend.apiBase,
  };
  if (passcode) attrs.passcode = passcode;
  return mount({ attrs, width: 900 });
}

/** Opens the lightbox on item `index` and resolves the slide's poster. */
async function openVideo(el: DashGallery, index: number): Promise<HTMLElement> {
  await el.open(index);
  const current = () =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pswp__item')].find(
      (item) => item.getAttribute('aria-hidden') === 'false',
    );
  return until(() => current()?.querySelector<HTMLElement>('.dash-pswp-poster'), 'no video poster in the slide');
}

const jobRequests = async () =>
  (await backend.requestLog()).filter((r) => r.method === 'POST' && r.path === '/asset-download-batch-jobs').length;

/** The element focus is on, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('dash-gallery (dash-portal): video that plays in the lightbox', function () {
  this.timeout(40_000);
  beforeEach(() => backend.reset());
  after(() => backend.reset());
  afterEach(async () => {
    await resetMediaFeatures();
    await emulateFocus(false);
  });

  it('marks video tiles, and plays a video through a download job when Play is pressed by keyboard', async () => {
    const found = await folderWithVideo('press');
    const el = await mountPortal('press', found);
    const item = el.items[found.index];
    expect(item.type, 'the asset is a video item').to.equal('video');
    expect(item.videoSrc, 'no file URL before Play').to.equal(undefined);
    const tile = await el.tileFor(found.index);
    expect(tile?.querySelector('[part~=video-badge]'), 'the tile shows it is a video').to.not.equal(null);

    const plays: string[] = [];
    el.addEventListener('dash-analytics', (e) => {
      const detail = (e as CustomEvent<{ action: string; itemId: string }>).detail;
      if (detail.action === 'video-play') plays.push(detail.itemId);
    });
    const poster = await openVideo(el, found.index);
    const play = await until(() => poster.querySelector<HTMLButtonElement>('.dash-pswp-play'), 'no Play button');
    expect(play.getAttribute('aria-label')).to.contain('Play video').and.to.contain(item.filename!);
    expect(poster.querySelector('img')?.getAttribute('src'), 'the poster is the preview').to.equal(item.src);
    const box = play.getBoundingClientRect();
    expect(box.width >= 24 && box.height >= 24, 'a 24×24 px target at least').to.equal(true);
    expect(poster.querySelector('video'), 'no player before Play: it would play nothing').to.equal(null);
    expect(await jobRequests(), 'nothing asked for before Play').to.equal(0);
    await expect(el).to.be.accessible();

    // Focused by keyboard: a visible ring, in forced colours too, where the button is a system button.
    await emulateFocus();
    play.focus();
    expect(getComputedStyle(play).outlineStyle, 'a focus ring').to.equal('solid');
    await emulateForcedColors();
    const forced = getComputedStyle(play);
    expect(forced.outlineStyle).to.equal('solid');
    expect(forced.borderTopStyle, 'the button keeps its edge in forced colours').to.equal('solid');
    expect(forced.forcedColorAdjust).to.equal('none');
    await resetMediaFeatures();

    await sendKeys({ press: 'Enter' });
    const video = await until(() => poster.querySelector('video'), 'no player after Play', 20_000);
    expect(new URL(video.src).protocol).to.match(/^https?:$/);
    expect(video.src, 'no token in the URL').to.not.match(/token|passcode/i);
    expect(await jobRequests(), 'one download job for the original').to.equal(1);
    expect(poster.querySelector('.dash-pswp-play'), 'the player replaced the poster').to.equal(null);
    await until(() => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the video file did not load', 20_000);
    expect(video.videoWidth, 'the file is a real video with a picture').to.be.greaterThan(0);
    expect(deepActiveElement() === video, 'focus moved from Play to the player').to.equal(true);
    // The player fills the slide's box, as a video with a file URL does.
    const slide = poster.getBoundingClientRect();
    const player = video.getBoundingClientRect();
    expect(Math.abs(player.width - slide.width) < 2 && Math.abs(player.height - slide.height) < 2).to.equal(true);
    expect(slide.width, 'fitted to the lightbox, not a thumbnail').to.be.greaterThan(400);

    if (video.paused) await video.play();
    await until(() => plays.length, 'no video-play analytics');
    video.pause();
    await video.play();
    expect(plays, 'video-play once for this play, naming the item').to.deep.equal([item.id]);
  });

  it('says so where the portal permits no downloads: no Play, no job', async () => {
    const found = await folderWithVideo('partners', 'letmein');
    const el = await mountPortal('partners', found, 'letmein');
    const poster = await openVideo(el, found.index);
    const note = await until(() => poster.querySelector('.dash-pswp-video-note'), 'no note on the poster');
    expect(note.textContent).to.contain('This video cannot be played here');
    expect(poster.querySelector('.dash-pswp-play')).to.equal(null);
    expect(poster.querySelector('video')).to.equal(null);
    expect(await jobRequests()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a failing job: says so in the slide, reports dash-error, and Play again works', async () => {
    const found = await folderWithVideo('press');
    const el = await mountPortal('press', found);
    const errors: string[] = [];
    el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    await backend.setFaults({
      routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', status: 500, count: 1 }],
    });
    const poster = await openVideo(el, found.index);
    const play = await until(() => poster.querySelector<HTMLButtonElement>('.dash-pswp-play'), 'no Play button');
    play.focus();
    await sendKeys({ press: 'Enter' });
    const alert = await until(
      () => poster.querySelector<HTMLElement>('[role=alert]:not(:empty)'),
      'no failure message',
      20_000,
    );
    expect(alert.textContent).to.contain('could not be loaded');
    expect(errors.length, 'dash-error reported').to.be.greaterThan(0);
    expect(poster.querySelector('video')).to.equal(null);
    expect(play.isConnected && !play.hasAttribute('aria-disabled'), 'Play is offered again').to.equal(true);
    expect(deepActiveElement() === play, 'focus stayed on Play').to.equal(true);

    await sendKeys({ press: 'Enter' });
    const video = await until(() => poster.querySelector('video'), 'Play again did not bring the player', 20_000);
    await until(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 'the video file did not load', 20_000);
    expect(video.videoWidth).to.be.greaterThan(0);
  });

  it('says the video is being fetched while the job runs, keeping focus on the button', async () => {
    const found = await folderWithVideo('press');
    const el = await mountPortal('press', found);
    await backend.setFaults({ routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', delayMs: 1500 }] });
    const poster = await openVideo(el, found.index);
    const play = await until(() => poster.querySelector<HTMLButtonElement>('.dash-pswp-play'), 'no Play button');
    play.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => play.getAttribute('aria-disabled') === 'true', 'the button did not say the video is on the way');
    expect(play.disabled, 'never disabled: focus stays').to.equal(false);
    expect(play.getAttribute('aria-label')).to.contain('Getting the video');
    expect(deepActiveElement() === play).to.equal(true);
    await until(() => poster.querySelector('video'), 'no player after the job', 20_000);
  });
});
