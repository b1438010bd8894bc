import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { getCmsGallery, listCmsGalleries } from '../../src/api/cms.js';
import { getSocialGallery } from '../../src/api/social.js';
import { folderCriterion, searchAssets } from '../../src/api/assets.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import { $, alts, apiBase, cells, HOST_TOKEN, mount, until } from './helpers.js';

const cms = { apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };

describe('dash-gallery: sources and order', () => {
  before(() => resetBackend());

  it('json: items in array order, with srcset, sizes and dimensions', async () => {
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` } });
    const json = (await (await fetch(`${apiBase}/demo-data/gallery.json`)).json()) as { items: { alt: string }[] };
    expect(alts(el)).to.deep.equal(json.items.map((i) => i.alt).slice(0, alts(el).length));
    const img = $<HTMLImageElement>(el, '.cell[aria-posinset="1"] img')!;
    expect(img.srcset).to.contain('320w');
    expect(img.sizes).to.match(/^\d+px$/);
    expect(img.getAttribute('width')).to.match(/^\d+$/);
    expect(img.getAttribute('height')).to.match(/^\d+$/);
    expect(el.shadowRoot!.querySelector('[part~="video-badge"]')).to.exist;
  });

  it('photo-gallery: the GalleryDTO photos in order, fetched without credentials', async () => {
    // Record what the element asks fetch() for (the request still goes to the real backend).
    const calls: { url: string; credentials?: RequestCredentials }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      calls.push({ url: String(input), credentials: init?.credentials });
      return realFetch(input, init);
    };
    const el = await mount({ attrs: { source: 'photo-gallery', src: `${apiBase}/demo-data/photo-gallery.json` } });
    window.fetch = realFetch;
    const dtoCall = calls.find((c) => c.url.endsWith('/demo-data/photo-gallery.json'));
    expect(dtoCall?.credentials).to.equal('omit');
    const dto = (await (await fetch(`${apiBase}/demo-data/photo-gallery.json`)).json()) as {
      Name: string;
      Photos: { Url: string }[];
    };
    const srcs = cells(el).map((c) => c.querySelector('img')!.getAttribute('src'));
    expect(srcs).to.deep.equal(dto.Photos.map((p) => p.Url).slice(0, srcs.length));
    expect($(el, '[part=title]')!.textContent).to.equal(dto.Name);
  });

  it('dash-social: pinned order exactly (tie keeps backend order, gaps ignored), banner, video', async () => {
    const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, token: HOST_TOKEN });
    const raw = await getSocialGallery(cms, 1, 1);
    const pinned = raw.custom_content!.pinned!;
    // Expected: stable sort by order — computed independently of the adapter.
    const expected = pinned
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.order! - b.p.order! || a.i - b.i)
      .map(({ p }) => String(p.media.notes));
    // The pinned first; the gallery's other media (latest_media, no caption) follow them.
    expect(alts(el).slice(0, pinned.length)).to.deep.equal(expected);
    expect(
      alts(el)
        .slice(pinned.length)
        .every((alt) => alt === ''),
    ).to.equal(true);
    expect(expected[0]).to.equal('Portrait: Chelsea the cat'); // order 1
    expect(expected.indexOf('Astronaut Eileen Collins, suited up')).to.be.lessThan(
      expected.indexOf('Square: Falcon 9 on its launch pad'),
    );
    expect($<HTMLImageElement>(el, '[part=banner]')!.alt).to.equal('Banner: espresso, close up');
    expect(cells(el).filter((c) => c.querySelector('[part=video-badge]'))).to.have.length(1);
  });

  it('dash-social: without a token it shows an error and dispatches dash-error', async () => {
    const errors: string[] = [];
    document.addEventListener('dash-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code), {
      once: true,
    });
    const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, wait: 'error' });
    expect(errors).to.deep.equal(['unauthorized']);
    expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
  });

  it('cms: `order` with ties and gaps, captions, alt text, and the `lang` translation', async () => {
    const galleries = await listCmsGalleries(cms);
    const summer = galleries.find((g) => g.slug === 'summer-2026')!;
    const raw = await getCmsGallery(cms, summer.id);
    const expected = raw.gallery_media
      .map((m, i) => ({ m, i }))
      .sort((a, b) => a.m.order - b.m.order || a.i - b.i)
      .map(({ m }) => m.media.alt_text);
    const el = await mount({ attrs: { source: 'cms', gallery: summer.id, lang: 'de' }, token: HOST_TOKEN });
    expect(alts(el)).to.deep.equal(expected);
    expect(alts(el).slice(0, 3)).to.deep.equal([
      'Astronaut Eileen Collins smiling, a shuttle model behind her',
      'A Falcon 9 rocket between its towers at dusk',
      'Chelsea the cat, her green eyes close up',
    ]);
    expect($(el, '[part=title]')!.textContent).to.equal('Sommer 2026');
    expect($(el, '[part=description]')!.textContent).to.equal('Fotos von unserem Sommerfest.');
    // `lang` is the content's language: the host keeps it, the title, description and items are in it.
    expect(el.getAttribute('lang')).to.equal('de');
    for (const part of ['title', 'description', 'list'])
      expect($(el, `[part=${part}]`)!.matches(':lang(de)'), part).to.equal(true);

    const english = await mount({ attrs: { source: 'cms', gallery: 'summer-2026', lang: 'en' }, token: HOST_TOKEN });
    expect($(english, '[part=title]')!.textContent).to.equal('Summer 2026');
  });

  it('dash-portal: the folder search in its order, paging as the visitor scrolls', async () => {
    const folder = await pressFolder();
    const el = await mount({ attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder } });
    // The same search made directly with the client, as a portal visitor.
    const base = { apiBase };
    const tokens = portalTokenSource(base, { subdomain: 'demo', portal: 'press' });
    const ctx = { ...base, auth: tokens };
    const { fieldId } = await getFolderSettings(ctx);
    const page = await searchAssets(ctx, { from: 0, pageSize: 200, criterion: folderCriterion(fieldId, folder) });
    const expected = page.results.map((r) => r.result.currentAssetFile?.filename ?? '');
    const shown = cells(el)
      .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
      .map((c) => c.querySelector('img')?.alt ?? c.querySelector('.filename')?.textContent?.trim());
    expect(shown).to.deep.equal(expected.slice(0, shown.length));
    expect(Number(cells(el)[0].getAttribute('aria-setsize'))).to.equal(page.totalResults);
    expect(page.totalResults, 'a folder larger than one page').to.be.greaterThan(60);
    {
      // Only the first page (60) is loaded until the visitor scrolls to its end.
      window.scrollTo(0, document.body.scrollHeight);
      await until(() => cells(el).some((c) => Number(c.getAttribute('aria-posinset')) > 60), 'no second page');
      window.scrollTo(0, 0);
    }
  });

  it('invalid-config for an unknown source and for missing fields', async () => {
    const unknown = await mount({ attrs: { source: 'flickr' }, wait: 'error' });
    expect($(unknown, '[part=error]')!.textContent).to.contain('not set up correctly');
    const missing = await mount({ attrs: { source: 'dash-social' }, token: HOST_TOKEN, wait: 'error' });
    expect($(missing, '[part=error]')!.textContent).to.contain('not set up correctly');
    // Ids that would leave their URL segment are refused before any request (issue 16, class 13).
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (requests.push(String(input)), realFetch(input, init));
    try {
      const cases: Record<string, string>[] = [
        { source: 'cms', gallery: '..' },
        { source: 'dash-social', brand: '..', gallery: '1' },
        { source: 'dash-social', brand: '1', gallery: '.' },
      ];
      for (const attrs of cases) {
        const dots = await mount({ attrs, token: HOST_TOKEN, wait: 'error' });
        expect($(dots, '[part=error]')!.textContent, JSON.stringify(attrs)).to.contain('not set up correctly');
      }
    } finally {
      window.fetch = realFetch;
    }
    expect(requests).to.deep.equal([]);
  });
});

/** A folder of the press portal that holds images (the first whitelisted one). */
async function pressFolder(): Promise<string> {
  const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
  const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
  return result.whitelistedFolderFieldOptionIds[0];
}
