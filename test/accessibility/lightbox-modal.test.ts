/**
 * The lightbox is really modal (issue 19, item 2): Tab never leaves the current slide's UI,
 * neighbouring (`aria-hidden`) slides cannot be focused, the page behind is inert, Escape in the
 * download menu closes the menu and not the lightbox, and a slide change says which image it is.
 * Real key presses (`sendKeys`), so the browser's own dialog handling takes part.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import { $, $$, counterOf, mountGallery, nextEvent, openLightbox, pswpOf, until } from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function page(): Promise<{ root: HTMLDivElement; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <div></div>
    </div>`,
  );
  return { root: wrapper.querySelector('div')!, before: wrapper.querySelector('button')! };
}

describe('lightbox: really modal (issue 19)', function () {
  this.timeout(60_000);
  before(() => resetBackend());

  it('Tab reaches only the current slide and the lightbox controls, never a neighbour or the page', async () => {
    const { root, before } = await page();
    const el = await mountGallery(root, origins, { source: 'dash-social', brand: '1', gallery: '1', token: 'demo' });
    await openLightbox(el, 2);
    const start = counterOf(el);
    // Every slide of this gallery has a product hotspot: the neighbours' are in the DOM too.
    await until(() => $$(el, '.pswp__item[aria-hidden="true"] .dash-pswp-hotspot').length, 'no neighbour hotspots');
    await until(() => $(el, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot'), 'no current hotspot');
    for (const holder of $$(el, '.pswp__item')) {
      expect(holder.inert, 'a slide is inert exactly when hidden').to.equal(
        holder.getAttribute('aria-hidden') !== 'false',
      );
    }
    const reached = new Set<Element>();
    for (let i = 0; i < 16; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      // Past the last control focus may go to the browser's own UI (shown as <body>), as with
      // any modal dialog; never to the page.
      if (active === document.body) continue;
      const where = `Tab ${i + 1}: ${active?.outerHTML.slice(0, 100)}`;
      expect(pswpOf(el)!.contains(active), where).to.equal(true);
      expect(active!.closest('.pswp__item[aria-hidden="true"]'), where).to.equal(null);
      reached.add(active!);
    }
    expect(counterOf(el), 'Tab never moved the lightbox to another slide').to.equal(start);
    expect(
      [...reached].some((e) => e.matches('.dash-pswp-hotspot')),
      'the current hotspot is reachable',
    ).to.equal(true);
    // The page behind is inert.
    before.focus();
    expect(deepActive()).to.not.equal(before);
    const closed = nextEvent(el, 'dash-lightbox-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });

  it('Escape in the download menu closes the menu, and only the next Escape the lightbox', async () => {
    const { root } = await page();
    const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
    const folder = portal.result.whitelistedFolderFieldOptionIds[0] as string;
    const el = await mountGallery(root, origins, { source: 'dash-portal', portal: 'press', folder });
    const image = await until(() => $(el, '.cell img')?.closest('.cell'), 'no image tile');
    await openLightbox(el, Number(image.getAttribute('aria-posinset')));
    const toggle = $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const menu = $(el, '.dash-pswp-menu')!;
    await until(() => !menu.hidden && menu.contains(deepActive()), 'the menu did not open with focus in it');
    await sendKeys({ press: 'Escape' });
    await until(() => menu.hidden, 'Escape left the menu open');
    expect(pswpOf(el), 'the lightbox is still open').to.not.equal(null);
    expect(pswpOf(el)!.closest('dialog')!.open).to.equal(true);
    expect(deepActive(), 'focus back on the menu button').to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const closed = nextEvent(el, 'dash-lightbox-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });

  it('a slide change announces the position, the alt text and the caption', async () => {
    const { root } = await page();
    const el = await mountGallery(root, origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` });
    await openLightbox(el, 2);
    const status = $(el, '.pswp [role="status"].visually-hidden')!;
    expect(status.textContent).to.equal(
      '2 of 11. Astronaut in an orange flight suit (photo). Astronaut in an orange flight suit',
    );
    // The visible counter is not a second live region saying less.
    expect($(el, '.pswp__counter')!.getAttribute('aria-live')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => counterOf(el).startsWith('3'), 'slide 3');
    expect(status.textContent).to.equal('3 of 11. A tabby cat, close up (photo). A tabby cat, close up');
    const closed = nextEvent(el, 'dash-lightbox-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });
});
