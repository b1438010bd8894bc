/**
 * Issue 16 class 1 for <dash-gallery>: the lightbox looped when an image's size was unknown and
 * its file failed to load (827 requests in 5 s for one missing file, 674 for a CMS gallery, a
 * frozen page with several). Failures are recorded as final now (src/elements/gallery/slide-sizes.ts).
 *
 * Every row steps the lightbox through items without sizes and checks: at most two requests per
 * file (tile and lightbox), none once the visitor stops, frames within budget on the way, and a
 * missing file's slide says "Image unavailable". One row per attack: one line in ATTACKS.
 */
import { expect } from '@open-wc/testing';
import { apiBase, requestLog, resetBackend } from '../../support/backend.js';
import { listCmsGalleries } from '../../../src/api/cms.js';
import type { DashGallery } from '../../../src/gallery.js';
import { $$, counterText, HOST_TOKEN, key, mount, nextEvent, openAt, pswp, until } from '../../gallery/helpers.js';

interface Attack {
  name: string;
  /** The gallery's attributes (the CMS row looks its gallery up first). */
  attrs: () => Promise<Record<string, string>>;
  token?: string;
  /** Slides stepped through with the arrow key, and the item count. */
  steps: number;
  total: number;
  /** Paths of the image files, as the backend logs them. */
  files: RegExp;
}

const feed = (query: string) => async () => ({ source: 'json', src: `${apiBase}/demo-data/unsized.json?${query}` });
const FEED_FILES = /^\/(demo-data\/missing|files\/visuals)\//;

const ATTACKS: Attack[] = [
  {
    name: '200 items, every third file gone (windowed)',
    attrs: feed('count=200&missing=3'),
    steps: 15,
    total: 200,
    files: FEED_FILES,
  },
  { name: '40 items, every file gone', attrs: feed('count=40&missing=1'), steps: 12, total: 40, files: FEED_FILES },
  {
    name: '40 items, every second file gone, justified',
    attrs: async () => ({ ...(await feed('count=40&missing=2')()), layout: 'justified' }),
    steps: 12,
    total: 40,
    files: FEED_FILES,
  },
  {
    name: '30 items, every file gone, masonry, no tile loads first',
    attrs: async () => ({ ...(await feed('count=30&missing=1')()), layout: 'masonry', 'row-height': '40' }),
    steps: 10,
    total: 30,
    files: FEED_FILES,
  },
  {
    name: 'a CMS gallery as seed 004 prints it (no sizes), files missing',
    attrs: async () => {
      const ctx = { apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };
      const gallery = (await listCmsGalleries(ctx)).find((g) => g.slug === 'missing-files')!;
      return { source: 'cms', gallery: gallery.id };
    },
    token: HOST_TOKEN,
    steps: 5,
    total: 6,
    files: /\/uploads\/media\//,
  },
];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frameTime = () =>
  new Promise<number>((resolve) => {
    const start = performance.now();
    requestAnimationFrame(() => resolve(performance.now() - start));
  });

async function fileRequests(pattern: RegExp): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const entry of await requestLog())
    if (pattern.test(entry.path)) counts.set(entry.path, (counts.get(entry.path) ?? 0) + 1);
  return counts;
}
const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

describe('attacks on <dash-gallery> items without sizes (issue 16 class 1)', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());

  for (const attack of ATTACKS) {
    it(`${attack.name}: bounded requests, a responsive page, "Image unavailable"`, async () => {
      const el: DashGallery = await mount({ attrs: await attack.attrs(), token: attack.token });
      await openAt(el, 1);
      let slowest = 0;
      for (let step = 0; step < attack.steps; step++) {
        const before = counterText(el);
        key('ArrowRight');
        await until(() => counterText(el) !== before, `step ${step + 1} moved`, 5000);
        slowest = Math.max(slowest, await frameTime());
      }
      expect(counterText(el)).to.equal(`${attack.steps + 1} of ${attack.total}`);
      expect(slowest, 'slowest frame (ms)').to.be.below(1000);
      await wait(1000); // the last neighbours may still be arriving
      const counts = await fileRequests(attack.files);
      expect(Math.max(0, ...counts.values()), `requests per file: ${JSON.stringify([...counts])}`).to.be.at.most(2);
      const settled = sum(counts);
      await wait(1500);
      expect(sum(await fileRequests(attack.files)), 'requests after the visitor stopped').to.equal(settled);
      expect(await frameTime()).to.be.below(500);
      await until(
        () => $$(el, '.dash-pswp-unavailable').some((slide) => slide.textContent?.includes('Image unavailable')),
        'an "Image unavailable" slide',
      );
      const closed = nextEvent(el, 'dash-lightbox-close');
      key('Escape');
      await closed;
      await until(() => !pswp(el), 'closed');
    });
  }
});
