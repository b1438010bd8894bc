/**
 * Configuration that arrives after the upgrade (issue 15): a server-rendered `<dash-gallery>`
 * upgrades with no attributes and gets `source`/`src` from hydration or a page script a moment
 * later. The gallery shows its loading state meanwhile, the newer configuration always wins over
 * an older async step (the light-DOM enhancement, an older load), and `invalid-config` is
 * reported once, after settling, only when no configuration ever comes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/gallery.js';
import type { DashGallery } from '../../src/gallery.js';
import { backendFor, PROFILES } from '../support/backend.js';
import { collectErrors, sleep } from '../support/late-properties.js';
import { $, alts, cells } from './helpers.js';

/** A connected `<dash-gallery>` as a server-rendered page upgrades it: no attributes, maybe children. */
async function bareGallery(children = ''): Promise<DashGallery> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('dash-gallery');
  el.innerHTML = children;
  container.append(el);
  return el;
}

/** The alt texts `src` (a JSON gallery) lists, in order. */
async function jsonAlts(src: string): Promise<string[]> {
  const { items } = (await (await fetch(src)).json()) as { items: { alt: string }[] };
  return items.map((item) => item.alt);
}

/** Records every set of alt texts the gallery ever shows. */
function watchTiles(el: DashGallery): { seen: string[][]; stop: () => void } {
  const seen: string[][] = [];
  const record = () => {
    const now = alts(el).filter(Boolean);
    if (now.length && seen.at(-1)?.join('\n') !== now.join('\n')) seen.push(now);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
  return { seen, stop: () => (record(), observer.disconnect()) };
}

for (const profile of PROFILES) {
  describe(`dash-gallery: properties set after the upgrade (${profile} profile)`, function () {
    this.timeout(30_000);
    const backend = backendFor(profile);
    const gallery = () => `${backend.apiBase}/demo-data/gallery.json`;
    const unsized = (count: number) => `${backend.apiBase}/demo-data/unsized.json?count=${count}&missing=0`;
    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('loads a json gallery whose properties are set 10 ms after whenDefined, with no dash-error', async () => {
      let el!: DashGallery;
      const errors = await collectErrors(async () => {
        el = await bareGallery();
        await customElements.whenDefined('dash-gallery');
        await sleep(10);
        expect($(el, '[part=loading]'), 'the loading state shows meanwhile').to.not.equal(null);
        el.source = 'json';
        el.src = gallery();
        await waitUntil(() => cells(el).length, 'tiles appear', { timeout: 10_000 });
        await sleep(300); // anything late (the stale enhancement's verdict) would have arrived
      });
      expect(errors, 'no dash-error at all').to.deep.equal([]);
      expect($(el, '[part=error]')).to.equal(null);
      const expected = await jsonAlts(gallery());
      expect(alts(el)).to.deep.equal(expected.slice(0, alts(el).length));
    });

    it('lets source/src set after the children were enhanced win over the children', async () => {
      const children =
        '<a href="https://example.test/a.jpg"><img src="https://example.test/a.jpg" alt="Child one"></a>';
      let el!: DashGallery;
      const errors = await collectErrors(async () => {
        el = await bareGallery(children);
        await waitUntil(() => el.items[0]?.alt === 'Child one' && cells(el).length, 'the children are enhanced', {
          timeout: 10_000,
        });
        el.source = 'json';
        el.src = gallery();
        const expected = await jsonAlts(gallery());
        await waitUntil(() => alts(el)[0] === expected[0], 'the json items replace the children', { timeout: 10_000 });
        await sleep(300);
      });
      expect(errors).to.deep.equal([]);
      expect(alts(el)).to.not.include('Child one');
    });

    it('lets source/src set while the children are still being enhanced win', async () => {
      const children =
        '<a href="https://example.test/a.jpg"><img src="https://example.test/a.jpg" alt="Child one"></a>';
      let el!: DashGallery;
      const errors = await collectErrors(async () => {
        el = await bareGallery(children);
        el.source = 'json'; // before the enhancement's module has loaded
        el.src = gallery();
        const expected = await jsonAlts(gallery());
        await waitUntil(() => alts(el)[0] === expected[0], 'the json items show', { timeout: 10_000 });
        await sleep(300);
      });
      expect(errors).to.deep.equal([]);
      expect(alts(el)).to.not.include('Child one');
    });

    it('shows only the newer of two quick configurations, even when the older answers last', async () => {
      // The first configuration's answer is held back; the second is set before it arrives.
      await backend.setFaults({ routes: [{ method: 'GET', path: '^/demo-data/gallery\\.json$', delayMs: 800 }] });
      let el!: DashGallery;
      let watch!: ReturnType<typeof watchTiles>;
      const errors = await collectErrors(async () => {
        el = await bareGallery();
        watch = watchTiles(el);
        el.source = 'json';
        el.src = gallery();
        await sleep(20);
        el.src = unsized(5);
        await waitUntil(() => alts(el).length === 5, 'the newer gallery shows', { timeout: 10_000 });
        await sleep(1200); // past the older answer's arrival
        watch.stop();
      });
      expect(errors).to.deep.equal([]);
      const newer = await jsonAlts(unsized(5));
      expect(watch.seen, 'the older gallery never showed').to.deep.equal([newer]);
    });

    it('reports one invalid-config, after settling, when no configuration and no children ever come', async () => {
      let el!: DashGallery;
      const start = performance.now();
      let loadingShown = false;
      const errors = await collectErrors(async () => {
        el = await bareGallery();
        await el.updateComplete;
        loadingShown = Boolean($(el, '[part=loading]'));
        await waitUntil(() => $(el, '[part=error]'), 'the error state shows', { timeout: 10_000 });
        await sleep(300);
      });
      expect(loadingShown, 'the loading state first').to.equal(true);
      expect(errors).to.deep.equal(['invalid-config']);
      expect(performance.now() - start, 'not before the grace period').to.be.greaterThan(90);
    });
  });
}
