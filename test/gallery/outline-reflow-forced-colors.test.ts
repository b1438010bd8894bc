/**
 * What axe cannot see (issue 19 items 6 and 7): the title is a heading at the host's level
 * (`heading-level`), the gallery and its lightbox reflow at 320 CSS px without scrolling on two
 * axes, and in forced colours the lightbox's controls and states are drawn in system colours.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { $, $$, apiBase, cells, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

const titled = { source: 'photo-gallery', src: `${apiBase}/demo-data/photo-gallery.json` };

/** The colour a system colour keyword resolves to on this page now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function close(el: DashGallery): Promise<void> {
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'the lightbox closed');
}

describe('dash-gallery: heading level, reflow at 320 px, forced colours', function () {
  this.timeout(60_000);
  before(() => resetBackend());
  afterEach(async () => {
    await resetMediaFeatures();
    await setViewport({ width: 800, height: 600 });
  });

  it('the title is a heading, level 2 by default, at heading-level 1–6, a paragraph at 0', async () => {
    const el = await mount({ attrs: titled });
    const title = () => $(el, '[part=title]')!;
    expect(title().getAttribute('role')).to.equal('heading');
    expect(title().getAttribute('aria-level')).to.equal('2');
    const look = getComputedStyle(title()).fontSize;
    for (const [value, level] of [
      ['4', '4'],
      ['1', '1'],
      ['9', '6'],
      ['x', '2'],
    ]) {
      el.setAttribute('heading-level', value);
      await el.updateComplete;
      expect(title().getAttribute('role'), `heading-level="${value}"`).to.equal('heading');
      expect(title().getAttribute('aria-level'), `heading-level="${value}"`).to.equal(level);
      expect(getComputedStyle(title()).fontSize, 'same look at every level').to.equal(look);
    }
    el.setAttribute('heading-level', '0');
    await el.updateComplete;
    expect(title().hasAttribute('role')).to.equal(false);
    expect(title().hasAttribute('aria-level')).to.equal(false);
    expect(title().textContent).to.not.equal('');
  });

  it('320 CSS px: the gallery and the open lightbox need no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const layout of ['grid', 'justified', 'masonry']) {
      const el = await mount({ attrs: { ...titled, layout }, width: 320 });
      el.parentElement!.style.width = '';
      // As wide as the page's body lets it be (the test page keeps the body's margin).
      const body = document.body.clientWidth;
      await until(() => Math.abs(el.getBoundingClientRect().width - body) < 1, `the gallery is ${body} px wide`);
      await until(() => cells(el).every((cell) => cell.getBoundingClientRect().right <= 320.5), `${layout}: tiles fit`);
      expect(document.documentElement.scrollWidth, `${layout}: page width`).to.be.at.most(320);
      for (const part of $$(el, '[part=base] > *')) {
        expect(part.scrollWidth, `${layout}: ${part.className} scrolls sideways`).to.be.at.most(part.clientWidth + 1);
      }
    }
    const el = await mount({ attrs: { ...titled, 'lightbox-thumbnails': true }, width: 320 });
    const root = await openAt(el, 2);
    await until(() => $(el, '.pswp__button--close'), 'the lightbox controls');
    for (const control of $$(
      el,
      '.pswp__top-bar > *, .pswp__button--arrow, .dash-pswp-caption:not(.dash-pswp-sizer)',
    )) {
      if (control.hidden) continue;
      const { left, right } = control.getBoundingClientRect();
      expect(left, `${control.className} starts on screen`).to.be.at.least(0);
      expect(right, `${control.className} ends on screen`).to.be.at.most(320.5);
    }
    expect(root.scrollWidth).to.be.at.most(320);
    await close(el);
  });

  it('forced colours: lightbox buttons are ButtonText on ButtonFace, pressed and current states Highlight', async () => {
    await emulateForcedColors('dark');
    const el = await mount({ attrs: { ...titled, 'lightbox-thumbnails': true } });
    await openAt(el, 2);
    const closeButton = await until(() => $(el, '.pswp__button--close'), 'the close button');
    const buttonText = systemColour('ButtonText');
    const highlight = systemColour('Highlight');
    expect(getComputedStyle(closeButton).color, 'close icon').to.equal(buttonText);
    for (const arrow of $$(el, '.pswp__button--arrow')) {
      expect(getComputedStyle(arrow).color, 'arrow icon').to.equal(buttonText);
      expect(getComputedStyle(arrow).borderTopColor, 'arrow edge').to.equal(buttonText);
    }
    const toggle = $(el, '.dash-pswp-thumbs-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(toggle).backgroundColor, 'pressed toggle').to.equal(highlight);
    const current = await until(() => $(el, '.dash-pswp-thumb[aria-current=true]'), 'the current thumbnail');
    expect(getComputedStyle(current).borderTopColor, 'current thumbnail').to.equal(highlight);
    expect(getComputedStyle(current).opacity).to.equal('1');
    await close(el);
  });
});
