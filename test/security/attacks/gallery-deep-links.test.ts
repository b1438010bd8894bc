/**
 * Issue 16 class 8 for <dash-gallery>: deep links rewrote the host page's own hash (a hash
 * router's `#/products/42?tab=photos` was left encoded), a link to item 70 of a paged gallery did
 * not reopen after reload, and two galleries without ids both opened from one link. Now the
 * gallery owns one parameter, `dash-gallery=<id>:<n>`, restores the host's hash exactly, pages
 * until the linked item is loaded, and needs an id unique in its document for deep links.
 *
 * One row per attack: adding one is one line in HASHES (a host hash and what the link reads
 * while the lightbox is open) or in LINKS (a link the page is loaded with).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/gallery.js';
import type { DashGallery } from '../../../src/gallery.js';
import { apiBase } from '../../support/backend.js';
import { $, cells, counterText, key, nextEvent, openAt, pswp, until } from '../../gallery/helpers.js';

const JSON_SRC = `${apiBase}/demo-data/gallery.json`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

interface HashAttack {
  name: string;
  /** The host page's hash before the lightbox opens (as `location.hash` gives it). */
  host: string;
  id?: string;
  /** `location.hash` while item 3 is open. */
  open: string;
}

const HASHES: HashAttack[] = [
  {
    name: 'a hash router path with a query',
    host: '#/products/42?tab=photos',
    open: '#/products/42?tab=photos&dash-gallery=summer:3',
  },
  { name: 'a plain anchor', host: '#section-2', open: '#section-2?dash-gallery=summer:3' },
  { name: 'a router path without a query', host: '#/products/42', open: '#/products/42?dash-gallery=summer:3' },
  { name: 'hash parameters with an encoded slash', host: '#a=1&b=%2F', open: '#a=1&b=%2F&dash-gallery=summer:3' },
  {
    name: 'an encoded search query',
    host: '#/suche?q=gr%C3%BCn%20tee',
    open: '#/suche?q=gr%C3%BCn%20tee&dash-gallery=summer:3',
  },
  { name: 'a router path with a trailing ?', host: '#/p?', open: '#/p?dash-gallery=summer:3' },
  { name: 'a hashbang route', host: '#!/shop/shoes', open: '#!/shop/shoes?dash-gallery=summer:3' },
  { name: 'no hash at all', host: '', open: '#dash-gallery=summer:3' },
  { name: 'an id that needs encoding', host: '#/x', id: 'my gallery:1', open: '#/x?dash-gallery=my%20gallery%3A1:3' },
];

interface LinkAttack {
  name: string;
  /** The hash the page is loaded with. */
  link: string;
  id?: string;
  /** The counter the lightbox opens with, or null: the link must not open it. */
  opens: string | null;
  /** `location.hash` after the lightbox closed (the host's own part). */
  after: string;
}

const LINKS: LinkAttack[] = [
  {
    name: 'reload inside a hash router',
    link: '#/products/42?tab=photos&dash-gallery=summer:3',
    opens: '3 of 11',
    after: '#/products/42?tab=photos',
  },
  {
    name: 'our parameter before the host parameters',
    link: '#dash-gallery=summer:2&tab=photos',
    opens: '2 of 11',
    after: '#tab=photos',
  },
  {
    name: 'the earlier form #dash-gallery=<id>&item=<n>',
    link: '#dash-gallery=summer&item=4',
    opens: '4 of 11',
    after: '',
  },
  {
    name: 'another gallery’s link',
    link: '#/p?dash-gallery=winter:3',
    opens: null,
    after: '#/p?dash-gallery=winter:3',
  },
  {
    name: 'an item beyond the gallery',
    link: '#dash-gallery=summer:99',
    opens: null,
    after: '#dash-gallery=summer:99',
  },
  { name: 'item 0', link: '#dash-gallery=summer:0', opens: null, after: '#dash-gallery=summer:0' },
  {
    name: 'a malformed escape in the id',
    link: '#dash-gallery=%E0%A4%A:3',
    opens: null,
    after: '#dash-gallery=%E0%A4%A:3',
  },
  {
    name: 'a look-alike parameter name',
    link: '#x-dash-gallery=summer:3',
    opens: null,
    after: '#x-dash-gallery=summer:3',
  },
];

async function mountLinked(attrs: Record<string, string | boolean>, parent?: HTMLElement): Promise<DashGallery> {
  const wrapper = parent ?? (await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`));
  const el = document.createElement('dash-gallery') as DashGallery;
  for (const [name, value] of Object.entries({ source: 'json', src: JSON_SRC, 'deep-link': true, ...attrs })) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  wrapper.append(el);
  return el;
}

async function closeLightbox(el: DashGallery): Promise<void> {
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'PhotoSwipe left');
}

describe('attacks on <dash-gallery> deep links (issue 16 class 8)', function () {
  this.timeout(30_000);
  let hashChanges = 0;
  const onHashChange = () => hashChanges++;
  before(() => window.addEventListener('hashchange', onHashChange));
  after(() => window.removeEventListener('hashchange', onHashChange));
  beforeEach(() => (hashChanges = 0));
  afterEach(() => setHash(''));

  for (const attack of HASHES) {
    it(`host hash: ${attack.name} — kept byte for byte while open, restored exactly on close`, async () => {
      setHash(attack.host);
      const historyLength = history.length;
      const el = await mountLinked({ id: attack.id ?? 'summer' });
      await until(() => cells(el).length, 'tiles');
      await openAt(el, 3);
      await until(() => location.hash === attack.open, `hash ${attack.open}, is ${location.hash}`);
      key('ArrowRight');
      const four = attack.open.replace(/:3$/, ':4');
      await until(() => location.hash === four, `hash ${four}, is ${location.hash}`);
      await closeLightbox(el);
      expect(location.hash).to.equal(attack.host);
      expect(location.href.endsWith('#'), 'no dangling #').to.equal(false);
      // Opening adds the one entry Back closes (issue 18); closing went back over it.
      expect(history.length, 'no history entries but that one').to.be.at.most(historyLength + 1);
      expect((history.state as { dashLightbox?: string } | null)?.dashLightbox, 'back on the page’s entry').to.equal(
        undefined,
      );
      expect(hashChanges, 'no hashchange reached the page’s router').to.equal(0);
    });
  }

  for (const attack of LINKS) {
    it(`link: ${attack.name} — ${attack.opens ? `opens at ${attack.opens}` : 'does not open'}`, async () => {
      setHash(attack.link);
      const errors: string[] = [];
      const el = await mountLinked({ id: attack.id ?? 'summer' });
      el.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
      if (attack.opens) {
        await nextEvent(el, 'dash-lightbox-open');
        expect(counterText(el)).to.equal(attack.opens);
        await closeLightbox(el);
      } else {
        await until(() => cells(el).length, 'tiles');
        await sleep(500);
        expect(pswp(el), 'no lightbox').to.equal(null);
      }
      expect(location.hash).to.equal(attack.after);
      expect(errors).to.deep.equal([]);
    });
  }

  it('two galleries without ids: neither opens from a link, each says invalid-config once', async () => {
    setHash('#dash-gallery=gallery:2');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const errors: string[] = [];
    wrapper.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    const a = await mountLinked({}, wrapper);
    const b = await mountLinked({}, wrapper);
    await until(() => cells(a).length && cells(b).length, 'tiles');
    await sleep(600);
    expect(pswp(a)).to.equal(null);
    expect(pswp(b)).to.equal(null);
    expect(errors).to.deep.equal(['invalid-config', 'invalid-config']);
    // The lightbox still works, and leaves the URL alone.
    await openAt(a, 2);
    expect(location.hash).to.equal('#dash-gallery=gallery:2');
    await closeLightbox(a);
  });

  it('two galleries sharing one id: neither opens from a link that names it', async () => {
    setHash('#dash-gallery=twin:2');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const errors: string[] = [];
    wrapper.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    const a = await mountLinked({ id: 'twin' }, wrapper);
    const b = await mountLinked({ id: 'twin' }, wrapper);
    await until(() => cells(a).length && cells(b).length, 'tiles');
    await sleep(600);
    expect(pswp(a)).to.equal(null);
    expect(pswp(b)).to.equal(null);
    expect(errors).to.deep.equal(['invalid-config', 'invalid-config']);
  });

  it('two galleries with their own ids: the link opens only the one it names', async () => {
    setHash('#dash-gallery=second:5');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const a = await mountLinked({ id: 'first' }, wrapper);
    const b = await mountLinked({ id: 'second' }, wrapper);
    await nextEvent(b, 'dash-lightbox-open');
    expect(counterText(b)).to.equal('5 of 11');
    expect(pswp(a)).to.equal(null);
    await closeLightbox(b);
    expect(location.hash).to.equal('');
  });

  it('a link to item 70 of a paged Dash portal folder (60 a page) reopens after reload', async () => {
    const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
    const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
    setHash('#/press?lang=de&dash-gallery=press:70');
    const el = await mountLinked({
      id: 'press',
      source: 'dash-portal',
      src: false,
      subdomain: 'demo',
      portal: 'press',
      folder: result.whitelistedFolderFieldOptionIds[0],
      'api-base': apiBase,
    });
    await nextEvent(el, 'dash-lightbox-open');
    expect(counterText(el)).to.match(/^70 of \d+$/);
    expect(Number(counterText(el).split(' of ')[1])).to.be.greaterThan(60);
    await closeLightbox(el);
    expect(location.hash).to.equal('#/press?lang=de');
    // Focus returned to tile 70, rendered although the first page had only 60.
    expect($(el, '.cell[aria-posinset="70"]')).to.not.equal(null);
  });
});
