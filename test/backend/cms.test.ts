import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CmsGallery, CmsGallerySummary, CmsLanguage, CmsMedia } from '../../src/api/models-cms.js';
import { call, present, startTestBackend, type CallOptions } from './helpers.js';

describe('CMS galleries', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  let summerId: string;
  const cms = <T = CmsGallery>(path: string, options: CallOptions = {}) =>
    call<T>(api, `/api/v1${path}`, { token: 'demo', ...options });
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
    const list = await cms<CmsGallerySummary[]>('/galleries');
    summerId = present(
      list.json.find((g) => g.slug === 'summer-2026'),
      'summer-2026',
    ).id;
  });
  after(() => backend.stop());

  it('needs the demo bearer token', async () => {
    assert.equal((await call(api, '/api/v1/galleries')).status, 401);
  });

  it('lists and reads galleries with translations and real images', async () => {
    const list = await cms<CmsGallerySummary[]>('/galleries?status=published');
    assert.deepEqual(list.json.map((g) => g.slug).sort(), ['hostile', 'missing-files', 'summer-2026']);
    const languages = (await cms<CmsLanguage[]>('/languages')).json;
    assert.deepEqual(
      languages.map((l) => l.code),
      ['en', 'de'],
    );
    const g = (await cms(`/galleries/${summerId}`)).json;
    assert.equal(g.translations?.length, 2);
    const orders = g.gallery_media.map((m) => m.order);
    assert.ok(new Set(orders).size < orders.length, 'has a tie');
    const image = await fetch(present(g.gallery_media[0].media.url, 'media url'));
    assert.equal(image.status, 200);
    assert.equal(g.gallery_media[0].media.url, `${api}/cms/${g.gallery_media[0].media.path}`);
    // Where seed 004's relative path points, too: the CMS's root.
    assert.equal((await fetch(`${api}/${g.gallery_media[0].media.path}`)).status, 200);
    assert.equal((await cms('/galleries/nope')).status, 404);
  });

  it('applies media edits with the 400/404 rules', async () => {
    const library = (await cms<CmsMedia[]>('/media')).json;
    const g = (await cms(`/galleries/${summerId}`)).json;
    const inGallery = new Set(g.gallery_media.map((m) => m.media_id));
    const spare = present(
      library.find((m) => !inGallery.has(m.id)),
      'a medium outside the gallery',
    );
    const added = await cms(`/galleries/${summerId}/media`, { body: { media_id: spare.id, caption: 'New' } });
    assert.equal(added.status, 201);
    const maxBefore = Math.max(...g.gallery_media.map((m) => m.order));
    assert.equal(
      present(
        added.json.gallery_media.find((m) => m.media_id === spare.id),
        'the added medium',
      ).order,
      maxBefore + 1,
    );
    assert.equal((await cms(`/galleries/${summerId}/media`, { body: { media_id: spare.id } })).status, 400);
    assert.equal((await cms(`/galleries/${summerId}/media`, { body: { media_id: 'unknown' } })).status, 404);
    assert.equal(
      (
        await cms(`/galleries/${summerId}/media`, {
          body: {
            media_id: present(
              library.find((m) => !inGallery.has(m.id) && m.id !== spare.id),
              'a second medium outside the gallery',
            ).id,
            caption: 'x'.repeat(501),
          },
        })
      ).status,
      422,
    );
    const patched = await cms(`/galleries/${summerId}/media/${spare.id}`, {
      method: 'PATCH',
      body: { caption: 'Edited', order: 0 },
    });
    assert.equal(patched.status, 200);
    assert.equal(
      present(
        patched.json.gallery_media.find((m) => m.media_id === spare.id),
        'the patched medium',
      ).caption,
      'Edited',
    );
    assert.equal(
      (await cms(`/galleries/${summerId}/media/unknown`, { method: 'PATCH', body: { caption: 'x' } })).status,
      404,
    );
    const ids = patched.json.gallery_media.map((m) => m.media_id).reverse();
    assert.equal(
      (await cms(`/galleries/${summerId}/media/reorder`, { body: { media_ids: ids.slice(1) } })).status,
      400,
    );
    assert.equal(
      (await cms(`/galleries/${summerId}/media/reorder`, { body: { media_ids: [...ids.slice(1), 'unknown'] } })).status,
      404,
    );
    const reordered = await cms(`/galleries/${summerId}/media/reorder`, { body: { media_ids: ids } });
    assert.equal(reordered.status, 200);
    assert.deepEqual(
      reordered.json.gallery_media.map((m) => m.media_id),
      ids,
    );
    const removed = await cms(`/galleries/${summerId}/media/${spare.id}`, { method: 'DELETE' });
    assert.equal(removed.status, 200);
    assert.equal(
      removed.json.gallery_media.some((m) => m.media_id === spare.id),
      false,
    );
    assert.equal((await cms(`/galleries/${summerId}/media/${spare.id}`, { method: 'DELETE' })).status, 404);
  });

  it('creates, patches, translates and deletes galleries (slug 409)', async () => {
    const [en, de] = (await cms<CmsLanguage[]>('/languages')).json;
    assert.equal((await cms('/galleries', { body: { slug: 'summer-2026' } })).status, 409);
    const created = await cms('/galleries', {
      body: { slug: 'autumn', translations: [{ language_id: en.id, title: 'Autumn' }] },
    });
    assert.equal(created.status, 201);
    assert.equal(created.json.status, 'draft');
    const id = created.json.id;
    assert.equal((await cms(`/galleries/${id}`, { method: 'PATCH', body: { slug: 'summer-2026' } })).status, 409);
    assert.equal((await cms(`/galleries/${id}`, { method: 'PATCH', body: { cover_image_id: 'nope' } })).status, 404);
    const translated = await cms(`/galleries/${id}/translations`, {
      method: 'PUT',
      body: { language_id: de.id, title: 'Herbst' },
    });
    assert.equal(translated.json.translations?.length, 2);
    assert.equal(
      (await cms(`/galleries/${id}/translations`, { method: 'PUT', body: { language_id: 'xx', title: 'x' } })).status,
      404,
    );
    assert.equal(
      (await cms(`/galleries/${id}/translations/${de.id}`, { method: 'DELETE' })).json.translations?.length,
      1,
    );
    assert.equal((await cms(`/galleries/${id}/translations/${de.id}`, { method: 'DELETE' })).status, 404);
    assert.equal((await cms(`/galleries/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await cms(`/galleries/${id}`)).status, 404);
  });

  it('restores the seed on reset', async () => {
    await call(api, '/__control/reset', { method: 'POST' });
    const list = (await cms<CmsGallerySummary[]>('/galleries')).json;
    assert.equal(
      list.some((g) => g.slug === 'autumn'),
      false,
    );
  });
});

describe('CMS galleries (seed profile: exactly what seed 004 prints)', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  const cms = <T = CmsGallery>(path: string) => call<T>(api, `/api/v1${path}`, { token: 'demo' });
  before(async () => {
    backend = await startTestBackend('seed');
    api = backend.apiUrl;
  });
  after(() => backend.stop());

  it('media are {id, filename, original_filename, mime_type, size, path, alt_text}: no url, no size; files at <api>/<path>', async () => {
    const list = (await cms<CmsGallerySummary[]>('/galleries')).json;
    const summer = (
      await cms(
        `/galleries/${
          present(
            list.find((g) => g.slug === 'summer-2026'),
            'summer-2026',
          ).id
        }`,
      )
    ).json;
    for (const { media } of summer.gallery_media) {
      assert.deepEqual(Object.keys(media).sort(), [
        'alt_text',
        'filename',
        'id',
        'mime_type',
        'original_filename',
        'path',
        'size',
      ]);
      assert.match(media.path, /^uploads\/media\/[^/]+\.jpg$/);
      const file = await fetch(`${api}/${media.path}`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'image/jpeg');
    }
    assert.equal(Object.hasOwn(present(summer.cover_image, 'cover_image'), 'url'), false);
    assert.equal((await fetch(`${api}/cms/${summer.gallery_media[0].media.path}`)).status, 404);
  });

  it('has no language list (404) and a gallery whose files are partly gone', async () => {
    assert.equal((await cms<CmsLanguage[]>('/languages')).status, 404);
    const list = (await cms<CmsGallerySummary[]>('/galleries')).json;
    const patchy = (
      await cms(
        `/galleries/${
          present(
            list.find((g) => g.slug === 'missing-files'),
            'missing-files',
          ).id
        }`,
      )
    ).json;
    const statuses = await Promise.all(
      patchy.gallery_media.map(async (m) => (await fetch(`${api}/${m.media.path}`)).status),
    );
    assert.deepEqual(statuses, [200, 404, 200, 404, 200, 404]);
  });
});
