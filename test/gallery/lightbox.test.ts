import { expect } from '@open-wc/testing';
import { requestLog, resetBackend, setFaults } from '../support/backend.js';
import { photoswipeStyles } from '../../src/elements/gallery/photoswipe.styles.js';
import { $, $$, apiBase, counterText, HOST_TOKEN, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';

const JSON_SRC = `${apiBase}/demo-data/gallery.json`;

/** A Dash portal gallery whose portal permits downloads, its lightbox open on an image. */
async function openDownloadablePortal() {
  const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
  const folder = portal.result.whitelistedFolderFieldOptionIds[0];
  const el = await mount({ attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder } });
  const image = await until(() => $(el, '.cell img')?.closest('.cell'), 'no image tile');
  await openAt(el, Number(image.getAttribute('aria-posinset')));
  return el;
}

async function closeWithEscape(el: HTMLElement): Promise<CustomEvent<{ index: number }>> {
  const closed = nextEvent<{ index: number }>(el, 'dash-lightbox-close');
  key('Escape');
  const event = await closed;
  await until(() => !pswp(el), 'PhotoSwipe stayed in the DOM');
  return event;
}

describe('dash-gallery: lightbox', () => {
  before(() => resetBackend());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens on click with caption as text, navigates by keyboard, closes on Escape and returns focus', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    const root = await openAt(el, 2);
    // A modal <dialog> (in the top layer) holds PhotoSwipe, named after the gallery.
    const dialog = root.closest('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Gallery');
    expect(counterText(el)).to.equal('2 of 11');
    expect($(el, '.dash-pswp-caption')!.textContent).to.equal('Astronaut in an orange flight suit');
    // Focus is inside the dialog.
    expect(el.shadowRoot!.activeElement && root.contains(el.shadowRoot!.activeElement)).to.equal(true);

    key('ArrowRight');
    await until(() => counterText(el) === '3 of 11', 'next did not move');
    expect($(el, '.dash-pswp-caption')!.textContent).to.equal('A tabby cat, close up');
    key('ArrowLeft');
    await until(() => counterText(el) === '2 of 11', 'previous did not move');

    const closed = await closeWithEscape(el);
    expect(closed.detail.index).to.equal(1);
    const tile = $(el, '.cell[aria-posinset="2"] .tile');
    expect(el.shadowRoot!.activeElement).to.equal(tile);
  });

  it('emits dash-lightbox-open with the index and item', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    const opened = nextEvent<{ index: number; item: { alt: string } }>(el, 'dash-lightbox-open');
    $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] .tile')!.click();
    const { detail } = await opened;
    expect(detail.index).to.equal(0);
    expect(detail.item.alt).to.equal('Espresso in a red cup (photo)');
    await closeWithEscape(el);
  });

  it('traps focus while open', async function () {
    // Browsers dispatch focus events only in a focused window; in a full parallel run the test
    // page may not have system focus, and then no trap can be observed.
    if (!document.hasFocus()) this.skip();
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    const root = await openAt(el, 1);
    outside.focus();
    await until(() => el.shadowRoot!.activeElement && root.contains(el.shadowRoot!.activeElement), 'focus escaped');
    await closeWithEscape(el);
    outside.remove();
  });

  it('is accessible (axe) while open, and the UI is built without HTML strings', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 1);
    expect($$(el, '.pswp__button--close')).to.have.length(1);
    expect($(el, '.pswp__button--close')!.getAttribute('aria-label')).to.equal('Close (Esc)');
    await expect(el).to.be.accessible();
    await closeWithEscape(el);
  });

  it('plays a video slide', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 4);
    const video = await until(() => $<HTMLVideoElement>(el, '.pswp video'), 'no video element');
    expect(video.controls).to.equal(true);
    expect(video.src).to.match(/^http:.*\.webm$/);
    video.muted = true;
    await video.play();
    expect(video.paused).to.equal(false);
    key('ArrowRight');
    await until(() => video.paused, 'video kept playing on another slide');
    await closeWithEscape(el);
  });

  it('deep link: opens the named item on load, follows navigation with replaceState, clears on close', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#dash-gallery=summer:3`);
    const el = await mount({ attrs: { id: 'summer', 'deep-link': true, source: 'json', src: JSON_SRC }, wait: 'none' });
    await nextEvent(el, 'dash-lightbox-open');
    expect(counterText(el)).to.equal('3 of 11');
    // Opening added the one entry Back closes; browsing adds none.
    const historyLength = history.length;
    key('ArrowRight');
    await until(() => location.hash === '#dash-gallery=summer:4', 'hash did not follow');
    expect(history.length).to.equal(historyLength);
    await closeWithEscape(el);
    expect(location.hash).to.equal('');
  });

  it('deep link: a later hash change naming an item opens it (a link within the page)', async () => {
    const el = await mount({ attrs: { id: 'summer', 'deep-link': true, source: 'json', src: JSON_SRC } });
    expect(pswp(el)).to.equal(null);
    const opened = nextEvent<{ index: number }>(el, 'dash-lightbox-open');
    location.hash = '#dash-gallery=summer:5';
    expect((await opened).detail.index).to.equal(4);
    expect(counterText(el)).to.equal('5 of 11');
    // Another gallery's link changes nothing here.
    location.hash = '#dash-gallery=winter:2';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counterText(el)).to.equal('5 of 11');
    await closeWithEscape(el);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('does not open with no-lightbox', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC, 'no-lightbox': true } });
    expect($(el, 'button.tile')).to.equal(null);
    expect($(el, '.cell .tile')).to.exist;
  });

  it('Dash Social products are accessible hotspots on the slide, each opening a card with an http(s) link', async () => {
    const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, token: HOST_TOKEN });
    await openAt(el, 1);
    const hotspots = await until(() => {
      // Neighbouring slides are preloaded with their own hotspots: look at the current one.
      const found = $$<HTMLButtonElement>(el, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot');
      return found.length ? found : null;
    }, 'no hotspots');
    expect(hotspots.map((b) => b.textContent)).to.deep.equal(['Trail runner 3, 92.00 EUR']);
    hotspots[0].click();
    const link = await until(() => $<HTMLAnchorElement>(el, '.dash-pswp-product:not([hidden]) a'), 'no card');
    expect(link.href).to.equal('https://shop.example.com/products/trail-3');
    expect(link.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
    // The first Escape closes the card, the second the lightbox.
    key('Escape');
    await until(() => !$(el, '.dash-pswp-product:not([hidden])'), 'the card stayed open');
    await closeWithEscape(el);
  });

  it('Dash portals with downloads: a download button offering the presets runs a download job', async () => {
    const el = await openDownloadablePortal();
    const toggle = $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!;
    expect($(el, '.dash-pswp-download')!.hidden).to.equal(false);
    toggle.click();
    const options = await until(() => {
      const found = $$<HTMLButtonElement>(el, '.dash-pswp-option');
      return found.length > 1 ? found : null;
    }, 'no presets listed');
    expect(options[0].textContent).to.equal('Original file');
    options[1].click();
    // A script click is no user activation: the file is offered as a link to a new context.
    await until(() => $(el, '.dash-pswp-status')!.textContent === 'Your download is ready.', 'no download');
    expect($<HTMLAnchorElement>(el, '.dash-pswp-save')!.target).to.equal('_blank');
    const log = await requestLog();
    expect(log.some((r) => r.method === 'POST' && r.path === '/asset-download-batch-jobs' && r.status < 300)).to.equal(
      true,
    );
    await closeWithEscape(el);
  });

  it('Dash portals with downloads: each slide lists the presets applicable to its own asset (APPLICABLE_FOR_ANY_ASSETS)', async () => {
    const criteria: { type: string; assetIds?: string[] }[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/preset-transformation-searches') && typeof init?.body === 'string')
        criteria.push(JSON.parse(init.body).criterion);
      return original(input, init);
    };
    try {
      const el = await openDownloadablePortal();
      const toggle = $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!;
      const listed = () => $$(el, '.dash-pswp-option').length > 1;
      toggle.click();
      await until(listed, 'no presets listed');
      const first = (el as unknown as { items: { id: string; assetId?: string }[] }).items;
      const slide = Number(/^(\d+)/.exec(counterText(el))![1]) - 1;
      expect(criteria).to.deep.equal([
        { type: 'APPLICABLE_FOR_ANY_ASSETS', assetIds: [first[slide].assetId ?? first[slide].id] },
      ]);
      // Another slide: the menu asks for that asset's presets when it opens again.
      toggle.click();
      key('ArrowRight');
      await until(() => counterText(el).startsWith(String(slide + 2)), 'next slide');
      toggle.click();
      await until(() => criteria.length === 2, 'presets not asked for the next slide');
      const next = first[slide + 1];
      expect(criteria[1]).to.deep.equal({ type: 'APPLICABLE_FOR_ANY_ASSETS', assetIds: [next.assetId ?? next.id] });
      // Escape closes the open menu first (issue 19), then the lightbox.
      key('Escape');
      expect($(el, '.dash-pswp-menu')!.hidden).to.equal(true);
      await closeWithEscape(el);
    } finally {
      window.fetch = original;
    }
  });

  it('Dash portals with downloads: presets that fail to load are said in the status line, and the next open retries', async () => {
    const el = await openDownloadablePortal();
    const errors: { code: string }[] = [];
    el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail));
    const toggle = $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!;
    const status = $(el, '.dash-pswp-status')!;
    const optionTexts = () => $$(el, '.dash-pswp-option').map((o) => o.textContent);
    try {
      await setFaults({ routes: [{ method: 'POST', path: '^/preset-transformation-searches$', status: 500 }] });
      toggle.click();
      await until(() => status.textContent, 'no message in the status line');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('The server had a problem. Try again in a moment.');
      expect(errors.map((e) => e.code)).to.deep.equal(['server']);
      // The original does not need the presets: it is still offered, and focused.
      expect(optionTexts()).to.deep.equal(['Original file']);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.dash-pswp-option'));
      await expect(el).to.be.accessible();
      // Closing the menu hands focus back to its toggle rather than losing it.
      toggle.click();
      expect($(el, '.dash-pswp-menu')!.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    } finally {
      await setFaults({});
    }
    toggle.click();
    await until(() => optionTexts().length > 1, 'the presets were not asked for again');
    expect(optionTexts().filter((t) => t === 'Original file')).to.have.length(1);
    expect(optionTexts()[0]).to.equal('Original file');
    expect(status.textContent).to.equal('');
    expect(errors).to.have.length(1);
    key('Escape');
    expect($(el, '.dash-pswp-menu')!.hidden).to.equal(true);
    await closeWithEscape(el);
  });

  it('PhotoSwipe CSS: the adopted copy matches the installed package rule for rule', async () => {
    const response = await fetch('/node_modules/photoswipe/dist/photoswipe.css');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    const rules = (s: CSSStyleSheet) => [...s.cssRules].map((r) => r.cssText);
    expect(rules(photoswipeStyles.styleSheet!)).to.deep.equal(rules(sheet));
  });
});
