/**
 * Fields of the gallery sources that the seeds print without a name or a shape, read tolerantly:
 * each accepted alternative is fed to the adapter here, so a guess that is wrong one way still
 * works the other. (The full flows against both backend profiles are in real-api.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { cmsItem, cmsMediaUrl, load as loadCms } from '../../src/api/adapters/cms.js';
import { load as loadSocial, renditionsOf, socialItem } from '../../src/api/adapters/social.js';
import type { CmsGalleryMedia, CmsMedia } from '../../src/api/models-cms.js';
import type { SocialBrandMedia } from '../../src/api/models-social.js';

const API = 'https://cms.example.com';
const media = (fields: Partial<CmsMedia>): CmsMedia => ({
  id: 'm1',
  filename: '550e8400.jpg',
  mime_type: 'image/jpeg',
  path: 'uploads/media/550e8400.jpg',
  ...fields,
});

/** A fetch that answers every GET with `routes[path]` as JSON (404 otherwise), and records paths. */
function answering(routes: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname;
    asked.push(path);
    const body = routes[path];
    return body === undefined
      ? new Response(JSON.stringify({ detail: 'Not Found' }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof window.fetch;
  return { fetch, asked };
}

describe('gallery sources: guessed fields', () => {
  it('cms media URL: the relative path against media-base or the API base; an absolute url wins; never a non-http URL', () => {
    expect(cmsMediaUrl(media({}), API)).to.equal(`${API}/uploads/media/550e8400.jpg`);
    expect(cmsMediaUrl(media({}), `${API}/cms/`)).to.equal(`${API}/cms/uploads/media/550e8400.jpg`);
    expect(cmsMediaUrl(media({}), API, 'https://cdn.example.com/site')).to.equal(
      'https://cdn.example.com/site/uploads/media/550e8400.jpg',
    );
    expect(cmsMediaUrl(media({ path: '/static/x.jpg' }), `${API}/cms`)).to.equal(`${API}/static/x.jpg`);
    expect(cmsMediaUrl(media({ url: 'https://img.example.com/x.jpg' }), API)).to.equal('https://img.example.com/x.jpg');
    expect(cmsMediaUrl(media({ url: 'javascript:alert(1)' }), API)).to.equal(`${API}/uploads/media/550e8400.jpg`);
    expect(cmsMediaUrl(media({ path: 'javascript:alert(1)' }), API)).to.equal(undefined);
    const entry: CmsGalleryMedia = {
      media_id: 'm1',
      order: 0,
      caption: 'Opening',
      media: media({ alt_text: 'Crowd' }),
    };
    const item = cmsItem(entry, API);
    expect([item.src, item.width, item.height, item.alt, item.type]).to.deep.equal([
      `${API}/uploads/media/550e8400.jpg`,
      undefined,
      undefined,
      'Crowd',
      'image',
    ]);
    expect(cmsItem({ ...entry, media: media({ width: 1280, height: 853 }) }, API).width).to.equal(1280);
  });

  it('cms translations: language-id, a language_id that is a code, a guessed code field, the language list, else the first', async () => {
    const gallery = (translations: unknown[]) => ({
      id: 'g1',
      slug: 's',
      status: 'published',
      translations,
      gallery_media: [],
    });
    const en = { language_id: '11111111-1111-4111-8111-111111111111', title: 'Summer' };
    const de = { language_id: '22222222-2222-4222-8222-222222222222', title: 'Sommer' };
    const run = async (
      translations: unknown[],
      config: { lang?: string; languageId?: string },
      languages?: unknown,
    ) => {
      const { fetch, asked } = answering({
        '/api/v1/galleries/g1': gallery(translations),
        ...(languages ? { '/api/v1/languages': languages } : {}),
      });
      const page = await loadCms(
        { source: 'cms', apiBase: API, gallery: 'g1', accessToken: 't', fetch, ...config },
        {},
      );
      return { title: page.title, asked };
    };
    expect((await run([en, de], { lang: 'de', languageId: de.language_id })).title).to.equal('Sommer');
    expect(
      (
        await run(
          [
            { ...en, language_id: 'en' },
            { ...de, language_id: 'de' },
          ],
          { lang: 'de-AT' },
        )
      ).title,
    ).to.equal('Sommer');
    expect(
      (
        await run(
          [
            { ...en, language: { code: 'en' } },
            { ...de, language: { code: 'de' } },
          ],
          { lang: 'de' },
        )
      ).title,
    ).to.equal('Sommer');
    expect((await run([en, de], { lang: 'de' }, [{ id: de.language_id, code: 'de' }])).title).to.equal('Sommer');
    // No language list (404, as on a CMS that prints only seed 004): the first translation, no error.
    const fallback = await run([en, de], { lang: 'de' });
    expect(fallback.title).to.equal('Summer');
    expect(fallback.asked).to.include('/api/v1/languages');
    // One translation, or no lang: the language list is not asked for. (A `gallery` that is not a
    // UUID also has the gallery list asked for beside it, in case it is a slug.)
    const single = await run([de], { lang: 'en' });
    expect(single.asked).to.include('/api/v1/galleries/g1');
    expect(single.asked).to.not.include('/api/v1/languages');
  });

  it('social image_sizes / urls / video_sizes: a map of {url|src, width|w, height|h}, a map of URLs, an array, a string', () => {
    const first = {
      small: { url: 'https://x.test/s.jpg', width: 320, height: 213 },
      medium: { url: 'https://x.test/m.jpg', width: 640, height: 427 },
    };
    const second = {
      thumbnail: { src: 'https://x.test/t.jpg', w: 320, h: 213 },
      display: { src: 'https://x.test/d.jpg', w: 640, h: 427 },
    };
    const array = [
      { url: 'https://x.test/a.jpg', width: 320 },
      { src: 'https://x.test/b.jpg', width: 1280 },
    ];
    expect(renditionsOf(first).map((r) => [r.name, r.url, r.width])).to.deep.equal([
      ['small', 'https://x.test/s.jpg', 320],
      ['medium', 'https://x.test/m.jpg', 640],
    ]);
    expect(renditionsOf(second).map((r) => [r.name, r.url, r.width, r.height])).to.deep.equal([
      ['thumbnail', 'https://x.test/t.jpg', 320, 213],
      ['display', 'https://x.test/d.jpg', 640, 427],
    ]);
    expect(renditionsOf(array).map((r) => r.url)).to.deep.equal(['https://x.test/a.jpg', 'https://x.test/b.jpg']);
    expect(renditionsOf({ large: 'https://x.test/l.jpg', bad: 'javascript:1' }).map((r) => r.url)).to.deep.equal([
      'https://x.test/l.jpg',
    ]);
    expect(renditionsOf('https://x.test/o.jpg')[0].name).to.equal('original');
    expect(renditionsOf(null)).to.deep.equal([]);

    const entry = (m: Record<string, unknown>): SocialBrandMedia => ({
      id: 7,
      order: 1,
      media: { id: 70, type: 'IMAGE', original_width: 1280, original_height: 853, notes: 'n', ...m },
    });
    for (const sizes of [first, second, array]) {
      const item = socialItem(entry({ image_sizes: sizes }), 0)!;
      expect(item.src, JSON.stringify(sizes)).to.match(/^https:\/\/x\.test\//);
      expect(item.srcset!.length).to.equal(2);
      expect([item.width, item.height]).to.deep.equal([1280, 853]);
    }
    // Only `urls`, with other names: the tile still gets a picture.
    expect(socialItem(entry({ urls: { full: 'https://x.test/f.jpg' } }), 0)!.src).to.equal('https://x.test/f.jpg');
    // A video: its file from video_sizes (either shape) or the full-size `urls` entry; never its own poster.
    const video = (m: Record<string, unknown>) => socialItem(entry({ type: 'VIDEO', image_sizes: second, ...m }), 0)!;
    expect(
      video({ video_sizes: { original: { url: 'https://x.test/v.webm', width: 640, height: 360 } } }).videoSrc,
    ).to.equal('https://x.test/v.webm');
    expect(video({ video_sizes: { full: { src: 'https://x.test/v.webm', w: 640, h: 360 } } }).width).to.equal(640);
    const fromUrls = video({ urls: { full: 'https://x.test/v.webm', display: 'https://x.test/d.jpg' } });
    expect([fromUrls.videoSrc, fromUrls.type]).to.deep.equal(['https://x.test/v.webm', 'video']);
    expect(fromUrls.src).to.not.equal(fromUrls.videoSrc);
  });

  it('social gallery: pinned in order, then latest_media ({image_url}, guessed {url} or a full brand media), each image once', async () => {
    const pinned = [
      { id: 2, order: 5, media: { id: 20, type: 'IMAGE', notes: 'second', urls: { medium: 'https://x.test/2.jpg' } } },
      { id: 1, order: 1, media: { id: 10, type: 'IMAGE', notes: 'first', urls: { medium: 'https://x.test/1.jpg' } } },
    ];
    const latest = [
      { image_url: 'https://x.test/3.jpg' },
      { image_url: 'https://x.test/1.jpg' }, // pinned already
      { url: 'https://x.test/4.jpg' },
      { id: 9, media: { id: 90, type: 'IMAGE', notes: 'full', urls: { medium: 'https://x.test/5.jpg' } } },
      { image_url: 'https://x.test/3.jpg' }, // listed twice
      { image_url: 'javascript:alert(1)' },
    ];
    const run = async (content: unknown) => {
      const { fetch } = answering({
        '/brands/1/galleries/1': { id: 1, name: 'G', custom_content: content, latest_media: latest },
      });
      return loadSocial(
        {
          source: 'dash-social',
          apiBase: 'https://social.example.com',
          brand: '1',
          gallery: '1',
          accessToken: 't',
          fetch,
        },
        {},
      );
    };
    const page = await run({ banner: null, pinned });
    expect(page.items.map((i) => i.src)).to.deep.equal(['1', '2', '3', '4', '5'].map((n) => `https://x.test/${n}.jpg`));
    expect(page.items[0].alt).to.equal('first');
    expect(new Set(page.items.map((i) => i.id)).size).to.equal(5);
    // Nothing pinned, or no custom_content at all: the gallery is not empty.
    for (const content of [{ pinned: [] }, null]) expect((await run(content)).items.length).to.equal(4);
  });
});
