/**
 * The lightbox's must-fixes of issue 18, each seen on screen before: it covers the viewport
 * whatever the host's CSS, both arrows point their way, controls are legible, zoom says its
 * state, the caption never covers the image, videos fill their slide, a file slide's icon is on
 * screen, a thumbnail strip, and Back closes the lightbox instead of leaving the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { DashGallery } from '../../src/gallery.js';
import { $, $$, apiBase, counterText, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';

const JSON_SRC = `${apiBase}/demo-data/gallery.json`;
const WIDTHS = [390, 1280];
const heightOf = (width: number) => (width < 600 ? 844 : 800);

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
const rect = (el: Element): Rect => el.getBoundingClientRect();

async function closeWithEscape(el: HTMLElement): Promise<void> {
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'PhotoSwipe stayed in the DOM');
}

/** The current slide's image (not its placeholder), video or file panel. */
const shown = (el: HTMLElement, selector: string) =>
  until(() => $(el, `.pswp__item[aria-hidden="false"] ${selector}`), `no ${selector} on the current slide`);

/** Waits until the current slide stopped moving (the opening zoom animation ended). */
async function settled(el: HTMLElement, selector: string): Promise<Element> {
  const target = await shown(el, selector);
  let last = '';
  await until(() => {
    const now = JSON.stringify(rect(target));
    const same = now === last;
    last = now;
    return same;
  }, 'the slide kept moving');
  return target;
}

/** A JSON gallery whose `src` answers `items` (the demo's items with extra ones spliced in). */
async function mountWith(
  edit: (items: Record<string, unknown>[]) => void,
  attrs: Record<string, string | boolean> = {},
) {
  const body = (await (await fetch(JSON_SRC)).json()) as { items: Record<string, unknown>[] };
  edit(body.items);
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === JSON_SRC
      ? Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }))
      : original(input, init);
  try {
    return await mount({ attrs: { source: 'json', src: JSON_SRC, ...attrs } });
  } finally {
    window.fetch = original;
  }
}

// --- colours -------------------------------------------------------------------------------

type RGBA = [number, number, number, number];

function parseColor(value: string): RGBA {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (!/^rgba?\(/.test(value) || numbers.length < 3) throw new Error(`not an rgb() colour: ${value}`);
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}

/** `top` painted over the opaque `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: RGBA = [255, 255, 255, 1];
const BLACK: RGBA = [0, 0, 0, 1];

/** The lightbox's own background as painted over the page (worst case: white or black). */
function lightboxBackground(el: HTMLElement, page: RGBA): RGBA {
  const bg = $(el, '.pswp__bg')!;
  const style = getComputedStyle(bg);
  const color = parseColor(style.backgroundColor);
  return over([color[0], color[1], color[2], color[3] * Number(style.opacity)], page);
}

describe('dash-gallery: lightbox design (issue 18)', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const transform of ['translateZ(0)', 'scale(1)']) {
    for (const width of WIDTHS) {
      it(`covers the viewport from the top layer inside a transform: ${transform} ancestor with overflow hidden, at ${width} px`, async () => {
        await setViewport({ width, height: heightOf(width) });
        const box = await fixture<HTMLDivElement>(
          html`<div style="transform: ${transform}; overflow: hidden; height: 320px; margin: 40px"></div>`,
        );
        // Host CSS that used to win: a fixed overlay with the largest z-index.
        const overlay = await fixture<HTMLDivElement>(
          html`<div
            style="position: fixed; inset: 0 0 auto; height: 60px; z-index: 2147483647; background: red"
          ></div>`,
        );
        const el = await mount({ attrs: { source: 'json', src: JSON_SRC }, wait: 'none' });
        box.append(el.parentElement!);
        await until(() => $(el, '.cell .tile'), 'no tiles');
        const root = await openAt(el, 2);
        const r = rect(root);
        expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
        const dialog = root.closest('dialog')!;
        expect(dialog.matches(':modal'), 'a modal dialog, in the top layer').to.equal(true);
        // Nothing of the page paints over it: the top-left corner (under the overlay) is the lightbox's.
        expect(document.elementFromPoint(5, 5)).to.equal(el);
        expect(el.shadowRoot!.elementFromPoint(5, 5)!.closest('dialog')).to.equal(dialog);
        await closeWithEscape(el);
        overlay.remove();
      });
    }
  }

  it('arrows: previous points left and next points right (no mirrored icon)', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 2);
    /** Screen x of the chevron's tip minus its ends': negative = points left. */
    const direction = (selector: string) => {
      const svg = $<SVGSVGElement>(el, `${selector} svg`)!;
      expect(getComputedStyle(svg).transform, `${selector}: icon transform`).to.equal('none');
      const path = svg.querySelector('path')!;
      const matrix = path.getScreenCTM()!;
      const at = (length: number) => new DOMPoint(path.getPointAtLength(length).x, 0).matrixTransform(matrix).x;
      const total = path.getTotalLength();
      return at(total / 2) - at(0);
    };
    expect(direction('.pswp__button--arrow--prev')).to.be.below(-4);
    expect(direction('.pswp__button--arrow--next')).to.be.above(4);
    // And each sits on its own side, vertically centred.
    const prev = rect($(el, '.pswp__button--arrow--prev')!);
    const next = rect($(el, '.pswp__button--arrow--next')!);
    expect(prev.right).to.be.below(innerWidth / 2);
    expect(next.left).to.be.above(innerWidth / 2);
    expect(Math.abs(prev.top + prev.height / 2 - innerHeight / 2)).to.be.below(2);
    await closeWithEscape(el);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`icons ≥ 3:1 and counter and caption ≥ 4.5:1 against what is behind them (${scheme} OS)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
      await openAt(el, 2);
      await settled(el, '.pswp__img:not(.pswp__img--placeholder)');
      for (const page of [WHITE, BLACK]) {
        const background = lightboxBackground(el, page);
        for (const button of $$(el, '.pswp__top-bar .pswp__button:not([hidden])')) {
          const name = button.getAttribute('aria-label');
          const barBg = over(parseColor(getComputedStyle($(el, '.pswp__top-bar')!).backgroundColor), background);
          const stroke = parseColor(getComputedStyle(button.querySelector('path')!).stroke);
          expect(contrast(stroke, barBg), `${name}`).to.be.at.least(3);
        }
        const counter = $(el, '.pswp__counter')!;
        expect(contrast(parseColor(getComputedStyle(counter).color), background), 'counter').to.be.at.least(4.5);
        const caption = $(el, '.dash-pswp-caption')!;
        expect(contrast(parseColor(getComputedStyle(caption).color), background), 'caption').to.be.at.least(4.5);
      }
      // The arrows sit over the image: their backdrop keeps 3:1 over a white or a black image.
      for (const arrow of $$(el, '.pswp__button--arrow')) {
        const stroke = parseColor(getComputedStyle(arrow.querySelector('path')!).stroke);
        for (const image of [WHITE, BLACK]) {
          const behind = over(parseColor(getComputedStyle(arrow).backgroundColor), image);
          expect(contrast(stroke, behind), `${arrow.getAttribute('aria-label')} over the image`).to.be.at.least(3);
        }
      }
      await closeWithEscape(el);
    });
  }

  it('a click on the image zooms in and out (the zoom-in cursor keeps its promise inside the shadow root)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 1);
    const image = await settled(el, '.pswp__img:not(.pswp__img--placeholder)');
    const zoom = $(el, '.pswp__button--zoom')!;
    const { left, top, width, height } = rect(image);
    const centre: [number, number] = [Math.round(left + width / 2), Math.round(top + height / 2)];
    await sendMouse({ type: 'click', position: centre });
    await until(() => zoom.getAttribute('aria-label') === 'Zoom out', 'a click on the image did not zoom in');
    await sendMouse({ type: 'click', position: centre });
    await until(() => zoom.getAttribute('aria-label') === 'Zoom in', 'a second click did not zoom out');
    await sendMouse({ type: 'move', position: [0, 0] });
    await closeWithEscape(el);
  });

  it('zoom: the button says and shows "zoom out" once zoomed in, and "zoom in" again after', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 1);
    await settled(el, '.pswp__img:not(.pswp__img--placeholder)');
    const zoom = await until(() => {
      const button = $(el, '.pswp__button--zoom');
      return button && getComputedStyle(button).display !== 'none' ? button : null;
    }, 'no zoom button');
    const state = () => [
      zoom.getAttribute('aria-label'),
      zoom.querySelector('path')!.getAttribute('d')!.includes('v6'),
    ];
    expect(state()).to.deep.equal(['Zoom in', true]);
    zoom.click();
    await until(() => zoom.getAttribute('aria-label') === 'Zoom out', 'still "Zoom in" after zooming in');
    expect(state()).to.deep.equal(['Zoom out', false]);
    expect(zoom.title).to.equal('Zoom out');
    key('z');
    await until(() => zoom.getAttribute('aria-label') === 'Zoom in', 'still "Zoom out" after zooming out');
    expect(state()).to.deep.equal(['Zoom in', true]);
    await closeWithEscape(el);
  });

  for (const width of WIDTHS) {
    it(`the image leaves room for the top bar and the caption, with and without thumbnails, at ${width} px`, async () => {
      await setViewport({ width, height: heightOf(width) });
      const long = 'A caption long enough to wrap onto a second line on a phone, as real captions often are.';
      const el = await mountWith((items) => (items[1].caption = long));
      await openAt(el, 2);
      const check = async (what: string) => {
        const image = rect(await settled(el, '.pswp__img:not(.pswp__img--placeholder)'));
        const caption = rect($(el, '.dash-pswp-caption')!);
        const bar = rect($(el, '.pswp__top-bar')!);
        expect(caption.height, `${what}: caption shown`).to.be.above(20);
        expect(image.bottom, `${what}: image above the caption`).to.be.at.most(caption.top + 0.5);
        expect(image.top, `${what}: image below the bar`).to.be.at.least(bar.bottom - 0.5);
        return caption;
      };
      await check('no thumbnails');
      $(el, '.dash-pswp-thumbs-toggle')!.click();
      const caption = await check('thumbnails');
      expect(caption.bottom).to.be.at.most(rect($(el, '.dash-pswp-thumbs')!).top + 0.5);
      await closeWithEscape(el);
    });
  }

  for (const width of WIDTHS) {
    it(`a video fills its slide's fitted box on an opaque background, at ${width} px`, async () => {
      await setViewport({ width, height: heightOf(width) });
      const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
      await openAt(el, 4);
      const video = rect(await settled(el, 'video'));
      const bar = rect($(el, '.pswp__top-bar')!);
      const caption = rect($(el, '.dash-pswp-caption')!);
      const side = width >= 700 ? 72 : 0;
      const area = { x: innerWidth - 2 * side, y: caption.top - bar.bottom };
      // Fitted: as wide as the area, or as high; never the native 640×360 in a large viewport.
      const fills = Math.abs(video.width - area.x) <= 1 || Math.abs(video.height - Math.max(area.y, 0)) <= 1;
      expect(fills, `video ${video.width}×${video.height} in ${area.x}×${area.y}`).to.equal(true);
      expect(Math.abs(video.width / video.height - 640 / 360)).to.be.below(0.02);
      if (width >= 700) expect(video.width).to.be.above(640);
      expect(Math.abs(video.left + video.width / 2 - innerWidth / 2)).to.be.below(1);
      expect(lightboxBackground(el, WHITE)).to.deep.equal(lightboxBackground(el, BLACK));
      await closeWithEscape(el);
    });
  }

  for (const width of WIDTHS) {
    it(`a file slide shows its icon and name on screen, centred, at ${width} px`, async () => {
      await setViewport({ width, height: heightOf(width) });
      const el = await mountWith((items) =>
        items.splice(1, 0, { type: 'file', src: '', filename: 'Spring catalogue.pdf', caption: 'The catalogue' }),
      );
      await openAt(el, 2);
      const panel = await settled(el, '.dash-pswp-file');
      const icon = rect(panel.querySelector('svg')!);
      const name = panel.querySelector('p')!;
      expect(name.textContent).to.equal('Spring catalogue.pdf');
      for (const r of [icon, rect(name)]) {
        expect(r.left).to.be.at.least(0);
        expect(r.top).to.be.at.least(0);
        expect(r.right).to.be.at.most(innerWidth);
        expect(r.bottom).to.be.at.most(innerHeight);
      }
      expect(icon.width).to.be.at.least(48);
      expect(Math.abs(icon.left + icon.width / 2 - innerWidth / 2)).to.be.below(2);
      await closeWithEscape(el);
    });
  }

  it('thumbnails: off by default, a toggle shows them, the current one is marked and focus follows the arrow keys', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    await openAt(el, 3);
    const strip = $(el, '.dash-pswp-thumbs')!;
    const toggle = $(el, '.dash-pswp-thumbs-toggle')!;
    expect(strip.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-label')).to.equal('Thumbnails');
    toggle.click();
    expect(strip.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(strip.getAttribute('aria-label')).to.equal('Thumbnails');
    const marked = strip.querySelectorAll('[aria-current="true"]');
    expect(marked).to.have.length(1);
    expect(marked[0]).to.equal(strip.children[2]);
    // One Tab stop: the current thumbnail.
    expect([...strip.querySelectorAll('button')].filter((b) => b.tabIndex === 0)).to.deep.equal([marked[0]]);
    (marked[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => counterText(el) === '4 of 11', 'the arrow key did not browse');
    const now = strip.querySelector<HTMLElement>('[aria-current="true"]')!;
    expect(now).to.equal(strip.children[3]);
    expect(el.shadowRoot!.activeElement, 'focus follows the current thumbnail').to.equal(now);
    await sendKeys({ press: 'End' });
    await until(() => counterText(el) === '11 of 11', 'End did not go to the last item');
    // A click on a thumbnail shows its item.
    (strip.children[0] as HTMLElement).click();
    await until(() => /^\d+ of 11$/.test(counterText(el)) && counterText(el) !== '11 of 11', 'the click did nothing');
    toggle.click();
    expect(strip.hidden).to.equal(true);
    await closeWithEscape(el);
  });

  it('thumbnails: lightbox-thumbnails opens with the strip shown; thumbnail names are the items’ alt texts', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC, 'lightbox-thumbnails': true } });
    expect((el as DashGallery).lightboxThumbnails).to.equal(true);
    await openAt(el, 1);
    const strip = $(el, '.dash-pswp-thumbs')!;
    expect(strip.hidden).to.equal(false);
    expect($(el, '.dash-pswp-thumbs-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    const first = strip.querySelector('button')!;
    expect(first.getAttribute('aria-label')).to.equal('Espresso in a red cup (photo)');
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(first.querySelector('img')!.src).to.match(/^http:/);
    await closeWithEscape(el);
  });

  describe('Back closes the lightbox', () => {
    /** An entry of the test's own, so the entry the page is on can be told. */
    const mark = () => history.pushState({ page: 'gallery' }, '', location.href);
    const onPageEntry = () => (history.state as { page?: string } | null)?.page === 'gallery';

    it('opening adds one entry; Back closes the lightbox and stays on the page', async () => {
      const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
      mark();
      const length = history.length;
      const href = location.href;
      await openAt(el, 2);
      // One entry more, unless the session history is at Chromium's cap of 50 entries (the suite's
      // earlier tests share this page), where the oldest entry makes room instead.
      expect(history.length).to.equal(Math.min(length + 1, 50));
      expect((history.state as { dashLightbox?: string }).dashLightbox).to.be.a('string');
      // The page's own state is kept in the entry (routers read theirs on popstate).
      expect((history.state as { page?: string }).page).to.equal('gallery');
      const closed = nextEvent(el, 'dash-lightbox-close');
      history.back();
      await closed;
      await until(() => !pswp(el), 'PhotoSwipe stayed in the DOM');
      expect(onPageEntry()).to.equal(true);
      expect(location.href).to.equal(href);
      expect(el.isConnected).to.equal(true);
    });

    it('closing by the button, Escape or close() leaves no extra entry', async () => {
      const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
      mark();
      for (const close of [
        () => $(el, '.pswp__button--close')!.click(),
        () => key('Escape'),
        () => (el as DashGallery).close(),
      ]) {
        await openAt(el, 2);
        expect(onPageEntry()).to.equal(true);
        expect((history.state as { dashLightbox?: string }).dashLightbox).to.be.a('string');
        const closed = nextEvent(el, 'dash-lightbox-close');
        close();
        await closed;
        await until(() => !(history.state as { dashLightbox?: string } | null)?.dashLightbox, 'the entry stayed');
        expect(onPageEntry()).to.equal(true);
      }
    });

    it('with a deep link, Back lands on the page without the link and nothing reopens', async () => {
      history.replaceState(
        { page: 'gallery' },
        '',
        `${location.pathname}${location.search}#/photos?tab=1&dash-gallery=summer:3`,
      );
      const el = await mount({
        attrs: { id: 'summer', 'deep-link': true, source: 'json', src: JSON_SRC },
        wait: 'none',
      });
      await nextEvent(el, 'dash-lightbox-open');
      expect(counterText(el)).to.equal('3 of 11');
      key('ArrowRight');
      await until(() => location.hash === '#/photos?tab=1&dash-gallery=summer:4', 'hash did not follow');
      const closed = nextEvent(el, 'dash-lightbox-close');
      history.back();
      await closed;
      await until(() => !pswp(el), 'PhotoSwipe stayed in the DOM');
      expect(location.hash).to.equal('#/photos?tab=1');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pswp(el), 'reopened').to.equal(null);
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    });
  });
});
