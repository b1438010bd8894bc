// Issue 21: `src-template` builds width-descriptor srcsets for every item from its full-size URL
// (any image CDN), `sizes` is the cell's laid-out width, and a template that cannot give an http(s)
// URL is ignored with `invalid-config`.
import { expect } from '@open-wc/testing';
import { ladderFor, srcTemplateProblem, templateRenditions } from '../../src/elements/gallery/src-template.js';
import type { GalleryItem } from '../../src/api/adapters/types.js';
import { $$, apiBase, cells, imagesAskedFor, mount, openAt, until, serveJson } from './helpers.js';

const FEED = `${apiBase}/demo-data/src-template-test.json`;
const photo = (seed: number, [w, h]: number[]) => `${apiBase}/files/visuals/${seed}/${w}x${h}/1280.jpg`;

const FEED_BODY = {
  items: [
    { src: photo(1, [1280, 853]), width: 1280, height: 853, alt: 'wide' },
    { src: photo(2, [1000, 1000]), width: 1000, height: 1000, alt: 'thousand' },
    { src: photo(3, [1280, 853]), alt: 'unsized' },
    {
      src: photo(4, [1280, 853]),
      width: 1280,
      height: 853,
      alt: 'with renditions',
      srcset: [{ url: photo(4, [640, 427]), width: 640 }],
    },
  ],
};

/** The `w` descriptors of an img's srcset. */
const widths = (img: HTMLImageElement) =>
  img.srcset.split(', ').map((entry) => Number(entry.split(' ')[1].slice(0, -1)));
const images = (el: Element) => Object.fromEntries($$<HTMLImageElement>(el, '.cell img').map((img) => [img.alt, img]));

describe('dash-gallery: src-template (issue 21)', function () {
  this.timeout(30_000);
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('builds every image srcset from the template over the width ladder, capped at the image width', async () => {
    restore = serveJson(FEED, FEED_BODY);
    const el = await mount({ attrs: { source: 'json', src: FEED, columns: 4, 'src-template': '{url}?w={width}' } });
    await imagesAskedFor(el);
    const img = images(el);
    expect(img.wide.srcset.split(', ')[0]).to.equal(`${photo(1, [1280, 853])}?w=320 320w`);
    expect(widths(img.wide)).to.deep.equal([320, 480, 640, 960, 1280]);
    expect(widths(img.thousand), 'the image is 1000 px wide').to.deep.equal([320, 480, 640, 960, 1000]);
    expect(widths(img.unsized), 'unknown width: the whole ladder').to.deep.equal([
      320, 480, 640, 960, 1280, 1920, 2560,
    ]);
    expect(widths(img['with renditions']), "the template replaces the source's renditions").to.deep.equal([
      320, 480, 640, 960, 1280,
    ]);
    // The template's URLs are the ones loaded.
    await until(() => img.wide.complete && img.wide.currentSrc, 'image never loaded');
    expect(img.wide.currentSrc).to.match(/\?w=\d+$/);
  });

  it('no tile ever shows without the template srcset (the placeholders stay while its code loads)', async () => {
    restore = serveJson(FEED, FEED_BODY);
    const el = document.createElement('dash-gallery');
    for (const [name, value] of Object.entries({
      'api-base': apiBase,
      source: 'json',
      src: FEED,
      'src-template': '{url}?w={width}',
    })) {
      el.setAttribute(name, value);
    }
    const withoutTemplate: string[] = [];
    const check = () => {
      for (const img of el.shadowRoot?.querySelectorAll<HTMLImageElement>('.cell img') ?? []) {
        // An image held back while the first one arrives (no `src`) shows nothing yet.
        if (img.hasAttribute('src') && !img.srcset.includes('?w=')) withoutTemplate.push(img.alt);
      }
    };
    const observer = new MutationObserver(check);
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      await until(() => cells(el).length === 4, 'tiles never came');
      check();
      expect(withoutTemplate).to.deep.equal([]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('the lightbox slide takes the same renditions', async () => {
    restore = serveJson(FEED, FEED_BODY);
    const el = await mount({ attrs: { source: 'json', src: FEED, columns: 4, 'src-template': '{url}?w={width}' } });
    const root = await openAt(el, 1);
    const slide = await until(
      () => root.querySelector<HTMLImageElement>('.pswp__item[aria-hidden="false"] img.pswp__img[srcset]'),
      'no slide image with a srcset',
    );
    expect(widths(slide)).to.deep.equal([320, 480, 640, 960, 1280]);
    expect(slide.srcset.split(', ')[0]).to.equal(`${photo(1, [1280, 853])}?w=320 320w`);
    el.close();
  });

  it('sizes is the cell’s laid-out width, and follows the layout when it changes', async () => {
    restore = serveJson(FEED, FEED_BODY);
    const el = await mount({ attrs: { source: 'json', src: FEED, columns: 4, 'src-template': '{url}?w={width}' } });
    const sizesMatchCells = () =>
      cells(el).every((cell) => {
        const img = cell.querySelector('img');
        return !img || img.sizes === `${Math.ceil(cell.getBoundingClientRect().width)}px`;
      });
    const first = cells(el)[0];
    expect(first.querySelector('img')!.sizes).to.equal(`${Math.ceil((800 - 3 * 8) / 4)}px`);
    expect(sizesMatchCells()).to.equal(true);
    el.columns = 2;
    await until(() => first.querySelector('img')!.sizes === `${Math.ceil((800 - 8) / 2)}px`, 'sizes kept 4 columns');
    expect(sizesMatchCells()).to.equal(true);
    // The element's own width, not the window's.
    el.parentElement!.style.width = '500px';
    await until(() => first.querySelector('img')!.sizes === `${Math.ceil((500 - 8) / 2)}px`, 'sizes kept 800 px');
    expect(sizesMatchCells()).to.equal(true);
  });

  for (const [why, template] of [
    ['not http(s)', 'javascript:alert({url}){width}'],
    ['a data: URL', 'data:text/html,{encodedUrl}?{width}'],
    ['no {width}', 'https://cdn.example.com/{url}'],
  ]) {
    it(`a template giving ${why} is ignored with invalid-config`, async () => {
      restore = serveJson(FEED, FEED_BODY);
      const errors: { code: string; message: string }[] = [];
      const listen = (event: Event) => errors.push((event as CustomEvent).detail);
      document.addEventListener('dash-error', listen);
      try {
        const el = await mount({ attrs: { source: 'json', src: FEED, columns: 4, 'src-template': template } });
        await until(() => errors.length, 'no dash-error');
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-config']);
        expect(errors[0].message).to.contain('src-template');
        const img = images(el);
        expect(img.wide.hasAttribute('srcset'), 'no srcset from the template').to.equal(false);
        expect(widths(img['with renditions']), "the source's renditions stay").to.deep.equal([640]);
        expect($$<HTMLImageElement>(el, 'img').every((i) => !i.srcset.includes('javascript:'))).to.equal(true);
      } finally {
        document.removeEventListener('dash-error', listen);
      }
    });
  }

  it('presets and placeholders: {encodedUrl}, relative results, only http(s) URLs per item', () => {
    const item = {
      id: '1',
      src: 'https://example.com/a%20b.jpg',
      width: 700,
      alt: '',
      caption: '',
      type: 'image',
      order: 0,
    };
    const cloudinary = 'https://res.cloudinary.com/demo/image/fetch/w_{width},c_limit,f_auto,q_auto/{encodedUrl}';
    expect(srcTemplateProblem(cloudinary)).to.equal(undefined);
    expect(templateRenditions(cloudinary, item as GalleryItem).map((r) => r.url)[0]).to.equal(
      'https://res.cloudinary.com/demo/image/fetch/w_320,c_limit,f_auto,q_auto/https%3A%2F%2Fexample.com%2Fa%2520b.jpg',
    );
    const cloudflare = '/cdn-cgi/image/width={width},fit=scale-down,format=auto/{url}';
    expect(srcTemplateProblem(cloudflare), 'relative to the page').to.equal(undefined);
    expect(templateRenditions(cloudflare, item as GalleryItem)[0].url).to.equal(
      `${location.origin}/cdn-cgi/image/width=320,fit=scale-down,format=auto/https://example.com/a%20b.jpg`,
    );
    expect(ladderFor(700)).to.deep.equal([320, 480, 640, 700]);
    expect(ladderFor(200)).to.deep.equal([200]);
    expect(templateRenditions('{url}?w={width}', { ...item, type: 'video' } as GalleryItem)).to.deep.equal([]);
    // A `{width}` inside the image's own URL is not filled in again.
    const odd = { ...item, src: 'https://example.com/{width}.jpg', width: 320 } as GalleryItem;
    expect(templateRenditions('{url}?w={width}', odd)[0].url).to.equal('https://example.com/%7Bwidth%7D.jpg?w=320');
  });
});
