import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { getCmsGallery, listCmsGalleries } from '../../src/api/cms.js';
import { $, $$, apiBase, cells, HOST_TOKEN, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

const ctx = { apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };

/** Every URL-bearing attribute in the gallery's shadow root (tiles, banner, lightbox). */
function urls(el: Element): string[] {
  return $$(el, '[href], [src], [srcset], [poster]').flatMap((node) =>
    ['href', 'src', 'poster', 'srcset']
      .map((name) => node.getAttribute(name))
      .filter((value): value is string => value !== null),
  );
}

function expectInert(el: Element): void {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  for (const url of urls(el)) {
    for (const candidate of url.split(',')) {
      expect(candidate.trim(), 'URL scheme').to.match(/^(https?:|$)/);
    }
  }
  // Payloads never became elements: the only elements are the ones the gallery renders.
  expect($$(el, 'script, iframe, object, embed, svg[onload], img[onerror]')).to.have.length(0);
}

async function browseLightbox(el: DashGallery, slides: number): Promise<void> {
  await openAt(el, 1);
  for (let i = 1; i < slides; i++) {
    key('ArrowRight');
    await until(() => $(el, '.pswp__counter')!.textContent!.startsWith(`${i + 1} of`), 'did not advance');
  }
  expectInert(el);
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'lightbox stayed');
}

describe('dash-gallery: hostile data stays inert text', () => {
  before(() => resetBackend());
  beforeEach(() => delete window.__xss);

  it('CMS "hostile": captions, alt text, file names and titles are text', async () => {
    const id = (await listCmsGalleries(ctx)).find((g) => g.slug === 'hostile')!.id;
    const raw = await getCmsGallery(ctx, id);
    const el = await mount({ attrs: { source: 'cms', gallery: id }, token: HOST_TOKEN });
    expect($(el, '[part=title]')!.textContent).to.equal(raw.translations![0].title);
    const first = [...raw.gallery_media].sort((a, b) => a.order - b.order)[0];
    const img = $<HTMLImageElement>(el, '.cell[aria-posinset="1"] img')!;
    expect(img.alt).to.equal(first.media.alt_text);
    expectInert(el);
    await browseLightbox(el, 3);
    await openAt(el, 1);
    expect($(el, '.dash-pswp-caption')!.textContent).to.equal(first.caption);
    key('Escape');
    await until(() => !pswp(el), 'lightbox stayed');
  });

  it('Dash Social gallery 2: product titles are text and javascript: links are dropped', async () => {
    const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '2' }, token: HOST_TOKEN });
    expect(cells(el).length).to.be.greaterThan(0);
    expectInert(el);
    await openAt(el, 1);
    await until(() => $$(el, '.dash-pswp-hotspot').length || $(el, '.pswp__img'), 'slide not shown');
    // Each hotspot's card: the title as text, a link only to http(s).
    for (const hotspot of $$<HTMLButtonElement>(el, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot')) {
      hotspot.click();
      const card = await until(() => $(el, '.dash-pswp-product:not([hidden])'), 'no product card');
      expect(card.querySelector('.dash-pswp-product-name')!.children.length, 'markup in the title').to.equal(0);
      for (const link of card.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
      expectInert(el);
    }
    expectInert(el);
    key('Escape');
    await until(() => !pswp(el), 'lightbox stayed');
  });

  it('/demo-data/hostile.json: payloads in alt, caption and type are text; unsafe src dropped', async () => {
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/hostile.json` } });
    const hostile = (await (await fetch(`${apiBase}/demo-data/hostile.json`)).json()) as {
      items: { src: string; alt: string }[];
    };
    const safe = hostile.items.filter((item) => item.src.startsWith('http'));
    expect(Number(cells(el)[0].getAttribute('aria-setsize'))).to.equal(safe.length);
    expect($<HTMLImageElement>(el, '.cell[aria-posinset="1"] img')!.alt).to.equal(safe[0].alt);
    expectInert(el);
    await browseLightbox(el, 4);
  });
});
