// Issue 21: on a slow connection the images in view share the bandwidth, so the gallery asks for
// its first image alone and for the others once it has arrived (src/elements/gallery/first-image-gate.ts).
// The page's own markup is never held: its images are requested by the HTML already.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { DashGallery } from '../../src/gallery.js';
import { $$, apiBase, cells, imagesAskedFor, mount, until } from './helpers.js';

/** Every image request (`src` set) and arrival (load or error) in `el`'s tiles, in order. */
function recordImages(el: DashGallery): { log: string[]; stop: () => void } {
  const log: string[] = [];
  const asked = new Set<HTMLImageElement>();
  const note = () => {
    for (const img of $$<HTMLImageElement>(el, '.cell img')) {
      if (img.hasAttribute('src') && !asked.has(img)) {
        asked.add(img);
        log.push(`ask ${img.alt}`);
      }
    }
  };
  const arrived = (event: Event) => {
    const target = event.target as Element;
    if (target instanceof HTMLImageElement && target.closest('.cell')) log.push(`got ${target.alt}`);
  };
  const observer = new MutationObserver(note);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
  el.shadowRoot!.addEventListener('load', arrived, true);
  el.shadowRoot!.addEventListener('error', arrived, true);
  return {
    log,
    stop: () => {
      observer.disconnect();
      el.shadowRoot!.removeEventListener('load', arrived, true);
      el.shadowRoot!.removeEventListener('error', arrived, true);
    },
  };
}

describe('dash-gallery: the first photo goes alone (issue 21)', function () {
  this.timeout(30_000);

  it('asks for the first tile’s image first and for the others only once it has arrived', async () => {
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` }, wait: 'none' });
    const { log, stop } = recordImages(el);
    try {
      await until(() => cells(el).length > 2, 'no tiles rendered');
      await imagesAskedFor(el);
      await until(() => log.some((entry) => entry.startsWith('got ')), 'no image arrived');
    } finally {
      stop();
    }
    const first = $$<HTMLImageElement>(el, '.cell img').find(
      (img) => img.closest('.cell')?.getAttribute('aria-posinset') === '1',
    )!;
    expect(log[0], 'the first request').to.equal(`ask ${first.alt}`);
    const arrivedFirst = log.indexOf(`got ${first.alt}`);
    const secondAsk = log.findIndex((entry, i) => i > 0 && entry.startsWith('ask '));
    expect(arrivedFirst, 'the first image arrived').to.be.greaterThan(0);
    expect(secondAsk, 'the others are asked for after it arrived').to.be.greaterThan(arrivedFirst);
    expect(log.filter((entry) => entry.startsWith('ask ')).length, 'then every tile in view').to.equal(
      cells(el).length,
    );
  });

  it('never holds back the page’s own markup', async () => {
    const photo = (seed: number) => `${apiBase}/files/visuals/${seed}/1280x853/640.jpg`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px">
        <dash-gallery>
          ${[11, 12, 13, 14, 15].map((seed) => html`<a href=${photo(seed)}><img src=${photo(seed)} alt=${`photo ${seed}`} /></a>`)}
        </dash-gallery>
      </div>`,
    );
    const el = wrapper.querySelector('dash-gallery')!;
    await until(() => cells(el).length === 5, 'no tiles rendered');
    const images = $$<HTMLImageElement>(el, '.cell img');
    expect(images.map((img) => img.hasAttribute('src'))).to.deep.equal([true, true, true, true, true]);
  });
});
