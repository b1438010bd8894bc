/**
 * The main flow of every gallery source against both backend profiles: `default` (the demo's, with
 * our own guesses) and `seed` (only what the seed documents print: CMS media as a relative `path`
 * without sizes, no CMS language list, Dash Social media URL fields under other plausible names,
 * portal folders as sub-folders). Each gallery loads, shows its tiles in the backend's order —
 * worked out here from the raw answer, independently of the adapters — with each tile at its
 * image's aspect ratio (measured where the data had none), then opens the lightbox and steps on.
 */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES, type TestBackend } from '../support/backend.js';
import { getCmsGallery, listCmsGalleries } from '../../src/api/cms.js';
import { getSocialGallery } from '../../src/api/social.js';
import { folderCriterion, searchAssets } from '../../src/api/assets.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import type { DashGallery } from '../../src/gallery.js';
import { cellAspect } from '../../src/elements/gallery/layout.js';
import {
  $,
  cells,
  counterText,
  HOST_TOKEN,
  imagesAskedFor,
  key,
  mount,
  nextEvent,
  openAt,
  pswp,
  until,
} from './helpers.js';

/** Tiles in position order. */
const ordered = (el: Element) =>
  cells(el).sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));

const altsOf = (el: Element) =>
  ordered(el).map(
    (c) => c.querySelector('img')?.getAttribute('alt') ?? c.querySelector('.filename')?.textContent?.trim() ?? '',
  );
const srcsOf = (el: Element) => ordered(el).map((c) => c.querySelector('img')?.getAttribute('src') ?? '');

/**
 * Every tile whose image loaded has that image's aspect ratio (masonry keeps it exactly, after
 * its 1:3…3:1 cell clamp). Waits for the images near the view and for the re-layout they cause.
 */
async function expectAspectRatios(el: DashGallery): Promise<void> {
  const images = () =>
    ordered(el)
      .slice(0, 12)
      .map((c) => c.querySelector('img'))
      .filter((img) => img !== null);
  await until(() => images().length && images().every((img) => img.complete), 'tile images did not load', 15_000);
  await until(
    () =>
      images().every((img) => {
        if (!img.naturalWidth) return true; // a failed file is said to be unavailable elsewhere
        const ratio = cellAspect(img.naturalWidth / img.naturalHeight);
        const box = img.closest('.cell')!.getBoundingClientRect();
        return Math.abs(box.width / box.height / ratio - 1) < 0.03;
      }),
    'a tile does not have its image aspect ratio',
  );
  expect(images().filter((img) => img.naturalWidth).length).to.be.greaterThan(0);
}

/** Opens the lightbox on the first tile, steps to the second slide, closes. */
async function openAndStep(el: DashGallery): Promise<void> {
  // The lightbox steps through the items loaded so far (a portal folder pages in as it scrolls).
  const total = el.items.length;
  await openAt(el, 1);
  expect(counterText(el)).to.equal(`1 of ${total}`);
  key('ArrowRight');
  await until(() => counterText(el) === `2 of ${total}`, 'the lightbox did not step to the next slide');
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'the lightbox stayed open');
}

function hostCtx(backend: TestBackend) {
  return { apiBase: backend.apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };
}

const mountOn = async (backend: TestBackend, attrs: Record<string, string>, token?: string) => {
  const el = await mount({ attrs: { layout: 'masonry', ...attrs, 'api-base': backend.apiBase }, token, width: 900 });
  await imagesAskedFor(el);
  return el;
};

for (const profile of PROFILES) {
  describe(`dash-gallery against the ${profile} profile: every source's main flow`, () => {
    const backend = backendFor(profile);
    before(() => backend.reset());

    it('dash-portal: a whitelisted folder in the search order', async () => {
      const response = await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
      const folder = ((await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } }).result
        .whitelistedFolderFieldOptionIds[0];
      const el = await mountOn(backend, { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder });
      const base = { apiBase: backend.apiBase };
      const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: 'press' }) };
      const { fieldId } = await getFolderSettings(ctx);
      const page = await searchAssets(ctx, { from: 0, pageSize: 60, criterion: folderCriterion(fieldId, folder) });
      const expected = page.results.map((r) => r.result.currentAssetFile?.filename ?? '');
      const shown = altsOf(el);
      expect(shown.length).to.be.greaterThan(0);
      expect(shown).to.deep.equal(expected.slice(0, shown.length));
      await expectAspectRatios(el);
      await openAndStep(el);
    });

    for (const gallery of ['1', '3']) {
      it(`dash-social gallery ${gallery}: pinned in their order, then the gallery's other media (latest_media)`, async () => {
        const raw = await getSocialGallery(hostCtx(backend), 1, gallery);
        const pinned = (raw.custom_content?.pinned ?? [])
          .map((p, i) => ({ p, i }))
          .sort((a, b) => (a.p.order ?? 0) - (b.p.order ?? 0) || a.i - b.i)
          .map(({ p }) => String(p.media.notes));
        const pinnedUrls = new Set(
          (raw.custom_content?.pinned ?? []).flatMap((p) => JSON.stringify(p.media).match(/https?:[^"]+/g) ?? []),
        );
        const latest = (raw.latest_media ?? []).map((m) => String(m.image_url)).filter((url) => !pinnedUrls.has(url));
        expect(latest.length, 'the gallery has media beyond the pinned ones').to.be.greaterThan(0);
        const el = await mountOn(backend, { source: 'dash-social', brand: '1', gallery }, HOST_TOKEN);
        expect(altsOf(el).slice(0, pinned.length)).to.deep.equal(pinned);
        expect(srcsOf(el).slice(pinned.length)).to.deep.equal(latest);
        if (gallery === '3') expect(pinned).to.deep.equal([]);
        await expectAspectRatios(el);
        await openAndStep(el);
      });
    }

    it('cms: gallery_media by `order`, media paths resolved, sizes measured', async () => {
      const summary = (await listCmsGalleries(hostCtx(backend))).find((g) => g.slug === 'summer-2026')!;
      const raw = await getCmsGallery(hostCtx(backend), summary.id);
      if (profile === 'seed') expect(raw.gallery_media.every((m) => m.media.width === undefined)).to.equal(true);
      const expected = raw.gallery_media
        .map((m, i) => ({ m, i }))
        .sort((a, b) => a.m.order - b.m.order || a.i - b.i)
        .map(({ m }) => m.media.alt_text);
      const el = await mountOn(backend, { source: 'cms', gallery: summary.id, lang: 'en' }, HOST_TOKEN);
      expect(altsOf(el)).to.deep.equal(expected);
      expect($(el, '[part=title]')!.textContent).to.equal('Summer 2026');
      await expectAspectRatios(el);
      await openAndStep(el);
    });

    it('cms `lang`: the translation by language-id, or by lang where the CMS can list languages, never an error', async () => {
      const summary = (await listCmsGalleries(hostCtx(backend))).find((g) => g.slug === 'summer-2026')!;
      const raw = await getCmsGallery(hostCtx(backend), summary.id);
      const german = raw.translations!.find((t) => t.title === 'Sommer 2026')!;
      const errors: string[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
      document.addEventListener('dash-error', record);
      const byId = await mountOn(
        backend,
        { source: 'cms', gallery: summary.id, lang: 'de', 'language-id': german.language_id },
        HOST_TOKEN,
      );
      expect($(byId, '[part=title]')!.textContent).to.equal('Sommer 2026');
      const byLang = await mountOn(backend, { source: 'cms', gallery: summary.id, lang: 'de' }, HOST_TOKEN);
      // Without a language list (the seed has none) `lang` cannot name a UUID: the first translation.
      expect($(byLang, '[part=title]')!.textContent).to.equal(profile === 'seed' ? 'Summer 2026' : 'Sommer 2026');
      expect(cells(byLang).length).to.equal(raw.gallery_media.length);
      document.removeEventListener('dash-error', record);
      expect(errors).to.deep.equal([]);
    });

    it('photo-gallery: the GalleryDTO photos in order', async () => {
      const src = `${backend.apiBase}/demo-data/photo-gallery.json`;
      const dto = (await (await fetch(src)).json()) as { Photos: { Url: string }[] };
      const el = await mountOn(backend, { source: 'photo-gallery', src });
      expect(srcsOf(el)).to.deep.equal(dto.Photos.map((p) => p.Url));
      await expectAspectRatios(el);
      await openAndStep(el);
    });

    it('json: items in array order, sized and unsized', async () => {
      for (const name of ['gallery.json', 'unsized.json?count=10&missing=0']) {
        const src = `${backend.apiBase}/demo-data/${name}`;
        const json = (await (await fetch(src)).json()) as { items: { alt: string }[] };
        const el = await mountOn(backend, { source: 'json', src });
        expect(altsOf(el)).to.deep.equal(json.items.map((i) => i.alt));
        await expectAspectRatios(el);
        await openAndStep(el);
      }
    });
  });
}
