/**
 * A visitor who clicks fast: the product card and the download menu opened while the lightbox is
 * still opening — the zoom animation running, the slide's full-size image not loaded (held back by
 * the backend) — stay open once it has settled, the card beside its hotspot.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { DashGallery } from '../../src/gallery.js';
import { resetBackend, setFaults } from '../support/backend.js';
import { $, apiBase, HOST_TOKEN, key, mount, nextEvent, pswp, until } from './helpers.js';

/** Every image file answers this late: the slide's full-size image arrives after the animation. */
const SLOW_FILES = { routes: [{ method: 'GET', path: '^/files/', delayMs: 3000 }] };

/** Clicks tile `position` and returns as soon as the lightbox is there (not once it has settled). */
async function openFast(el: DashGallery, position: number): Promise<HTMLElement> {
  const tile = await until(() => $(el, `.cell[aria-posinset="${position}"] .tile`), `no tile ${position}`);
  const opened = nextEvent(el, 'dash-lightbox-open');
  tile.click();
  await opened;
  return pswp(el)!;
}

/** Resolves once the current slide shows its full-size image and has stopped moving. */
async function loadedAndStill(el: DashGallery): Promise<void> {
  const current = '.pswp__item[aria-hidden="false"]';
  const image = await until(() => {
    const img = $<HTMLImageElement>(el, `${current} .pswp__img:not(.pswp__img--placeholder)`);
    const placeholder = $(el, `${current} .pswp__img--placeholder`);
    return img?.complete && img.naturalWidth && (!placeholder || placeholder.style.display === 'none')
      ? img
      : undefined;
  }, 'the slide image did not load');
  let last = '';
  await until(() => {
    const now = JSON.stringify(image.getBoundingClientRect());
    const same = now === last;
    last = now;
    return same;
  }, 'the slide kept moving');
  // Two more frames: whatever follows the load has run.
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Escape closes the open card or menu first, then the lightbox. */
async function closeLightbox(el: DashGallery, popup: HTMLElement): Promise<void> {
  key('Escape');
  await until(() => popup.hidden, 'Escape did not close the card or menu');
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'the lightbox stayed open');
}

describe('dash-gallery: lightbox controls used before it has settled', () => {
  before(() => resetBackend());
  afterEach(async () => {
    await setFaults({});
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  // Reduced motion opens without the zoom: the card is then opened before the slide is positioned.
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`a product card opened during the opening stays open, beside its hotspot, once the image has loaded (motion: ${reducedMotion})`, async () => {
      await setViewport({ width: 1280, height: 844 });
      await emulateMedia({ reducedMotion });
      const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, token: HOST_TOKEN });
      await setFaults(SLOW_FILES);
      await openFast(el, 1);
      const hotspot = await until(
        () => $<HTMLButtonElement>(el, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot'),
        'no hotspot',
      );
      hotspot.click();
      const card = $(el, '.dash-pswp-product')!;
      expect(card.hidden, 'the card did not open').to.equal(false);
      await loadedAndStill(el);
      expect(card.hidden, 'the card closed while the lightbox settled').to.equal(false);
      expect(hotspot.isConnected && hotspot.getAttribute('aria-expanded')).to.equal('true');
      // Anchored: centred under (or over) the hotspot's centre, 22 px from it (product-card.ts OFFSET).
      const spot = hotspot.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      const x = spot.left + spot.width / 2;
      const y = spot.top + spot.height / 2;
      expect(Math.abs(box.left + box.width / 2 - x), 'the card is not centred on its hotspot').to.be.below(3);
      const gap = box.top >= y ? box.top - y : y - box.bottom;
      expect(Math.abs(gap - 22), `the card is ${gap} px from its hotspot`).to.be.below(3);
      // Focus stayed in the card (the end of the opening did not take it back to the lightbox).
      expect(card.contains(el.shadowRoot!.activeElement)).to.equal(true);
      await closeLightbox(el, card);
    });
  }

  it('the download menu opened during the opening stays open once the image has loaded', async () => {
    // Wide: the slide takes a larger file than the tile did, so it is not in the cache.
    await setViewport({ width: 1280, height: 844 });
    const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
    const folder = portal.result.whitelistedFolderFieldOptionIds[0];
    // Slow from the start: the tiles ask for the same files, and a cached file loads at once.
    await setFaults(SLOW_FILES);
    const el = await mount({ attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder } });
    const image = await until(() => $(el, '.cell img')?.closest('.cell'), 'no image tile');
    await openFast(el, Number(image.getAttribute('aria-posinset')));
    const toggle = await until(() => $<HTMLButtonElement>(el, '.dash-pswp-download-toggle'), 'no download button');
    toggle.click();
    const menu = $(el, '.dash-pswp-menu')!;
    await until(() => menu.querySelectorAll('.dash-pswp-option').length > 1, 'the presets were not listed');
    await loadedAndStill(el);
    expect(menu.hidden, 'the menu closed while the lightbox settled').to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.querySelectorAll('.dash-pswp-option').length).to.be.above(1);
    expect(menu.contains(el.shadowRoot!.activeElement), 'focus left the menu').to.equal(true);
    await closeLightbox(el, menu);
  });
});
