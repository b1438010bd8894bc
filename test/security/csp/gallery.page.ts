// <dash-gallery> under the strict policy: load, open the PhotoSwipe lightbox, next, close —
// then the same with a video slide and Dash Social product hotspots (custom slide content).
import { cspConfig, runCspFlow } from './page-harness.js';
import { closeLightbox, counterOf, galleryFlow, keydown, openLightbox, until } from '../../support/flows.js';

void runCspFlow(async (log) => {
  const root = document.getElementById('root')!;
  await galleryFlow(root, cspConfig, log);
  // gallery.json holds a video item: walk every slide so custom content is built too.
  const el = root.querySelector('dash-gallery')!;
  const pswp = await openLightbox(el, 1);
  // PhotoSwipe's own UI would have thrown on `innerHTML`: the gallery builds these with DOM APIs.
  for (const part of ['close', 'arrow--next', 'arrow--prev']) {
    if (pswp.querySelector(`.pswp__button--${part}`)) log(`ui-${part}`);
  }
  const total = Number(/of (\d+)/.exec(counterOf(el))?.[1] ?? 1);
  for (let i = 2; i <= total; i++) {
    keydown('ArrowRight');
    await until(() => counterOf(el).startsWith(`${i} `), `slide ${i}`);
    if (pswp.querySelector('video')) log('video-slide');
  }
  log(`walked-${total}-slides`);
  await closeLightbox(el);
  await galleryFlow(root, cspConfig, (step) => log(`social:${step}`), {
    source: 'dash-social',
    brand: '1',
    gallery: '1',
    token: 'demo',
  });
  // Hostile captions and broken (javascript:) sources: PhotoSwipe's error slide must not use HTML.
  await galleryFlow(root, cspConfig, (step) => log(`hostile:${step}`), {
    source: 'json',
    src: `${cspConfig.api}/demo-data/hostile.json`,
  });
  if ((window as { __xss?: boolean }).__xss) throw new Error('a payload ran');
});
