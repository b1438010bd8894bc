/**
 * The README's theming example, `dash-gallery::part(caption) { … }`, styles a real part: the
 * caption below the lightbox's image. A host rule that makes it larger still leaves it below the
 * image (the room kept for the caption is measured with the host's styles).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, apiBase, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';

const HOST_CSS = `dash-gallery::part(caption) { font-style: italic; font-size: 28px; color: rgb(255, 214, 10); }`;

describe('dash-gallery: ::part(caption)', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = Object.assign(document.createElement('style'), { textContent: HOST_CSS });
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const width of [390, 1280]) {
    it(`a stylesheet in the page styles the lightbox caption, which stays below the image (${width} px)`, async () => {
      await setViewport({ width, height: 844 });
      const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` } });
      await openAt(el, 2);
      const caption = await until(() => {
        const shown = $(el, '.dash-pswp-caption:not(.dash-pswp-sizer)');
        return shown?.textContent ? shown : undefined;
      }, 'no caption');
      expect(caption.part.contains('caption')).to.equal(true);
      const styles = getComputedStyle(caption);
      expect(styles.fontStyle).to.equal('italic');
      expect(styles.fontSize).to.equal('28px');
      expect(styles.color).to.equal('rgb(255, 214, 10)');
      // The measuring copy takes the host's styles but stays invisible.
      const sizer = $(el, '.dash-pswp-sizer')!;
      expect(getComputedStyle(sizer).fontSize).to.equal('28px');
      expect(getComputedStyle(sizer).visibility).to.equal('hidden');
      // The larger caption does not cover the image.
      const image = await until(
        () => $(el, '.pswp__item[aria-hidden="false"] .pswp__img:not(.pswp__img--placeholder)'),
        'no image',
      );
      let last = '';
      await until(() => {
        const now = JSON.stringify(image.getBoundingClientRect());
        const same = now === last;
        last = now;
        return same;
      }, 'the slide kept moving');
      expect(image.getBoundingClientRect().bottom).to.be.at.most(caption.getBoundingClientRect().top + 0.5);
      const closed = nextEvent(el, 'dash-lightbox-close');
      key('Escape');
      await closed;
      await until(() => !pswp(el), 'the lightbox stayed open');
    });
  }
});
