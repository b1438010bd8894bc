import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SocialProduct } from '../../src/api/models-social.js';
import { call, present, sha256, startTestBackend, testBytes } from './helpers.js';

/** A rendition as either profile prints it: the default one with `url`, the seed one with `src` and `width`. */
interface Rendition {
  url?: string;
  src?: string;
  width?: number;
}
/** What these tests read of a Social gallery's media; the app's models leave the size maps loose. */
interface GalleryMedia {
  type: string;
  urls: Record<string, string>;
  image_sizes: Record<string, Rendition | undefined>;
  video_sizes: Record<string, { url: string }>;
}
interface PinnedMedia {
  order: number;
  media: GalleryMedia;
  products: SocialProduct[];
}
interface Gallery {
  name: string;
  tags: { name: string }[];
  custom_content: { banner: { media: GalleryMedia } | null; pinned: PinnedMedia[] };
  latest_media: { image_url: string }[];
}

describe('Dash Social routes', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
  });
  after(() => backend.stop());

  it('needs the demo bearer token', async () => {
    assert.equal((await call(api, '/brands/1/galleries/1')).status, 401);
    assert.equal((await call(api, '/brands/1/galleries/1', { token: 'nope' })).status, 401);
    assert.equal((await call(api, '/brands/1/galleries/99', { token: 'demo' })).status, 404);
  });

  it('serves gallery 1 with banner, ordered pinned media, products and a video', async () => {
    const { status, json } = await call<Gallery>(api, '/brands/1/galleries/1', { token: 'demo' });
    assert.equal(status, 200);
    assert.ok(json.custom_content.banner?.media.urls.large);
    const orders = json.custom_content.pinned.map((p) => p.order);
    assert.notDeepEqual(
      orders,
      [...orders].sort((a: number, b: number) => a - b),
    );
    assert.equal(new Set(orders).size < orders.length, true, 'has a tie');
    const withProducts = present(
      json.custom_content.pinned.find((p) => p.products.length > 0),
      'a pinned medium with products',
    );
    const product = withProducts.products[0];
    assert.equal(typeof product.x, 'number');
    assert.ok(product.title && product.url && product.image_url);
    const video = present(
      json.custom_content.pinned.find((p) => p.media.type === 'VIDEO'),
      'a pinned video',
    );
    const bytes = await fetch(video.media.video_sizes.original.url);
    assert.equal(bytes.headers.get('content-type'), 'video/webm');
    const ranged = await fetch(video.media.video_sizes.original.url, { headers: { range: 'bytes=0-99' } });
    assert.equal(ranged.status, 206);
    assert.equal((await ranged.arrayBuffer()).byteLength, 100);
    const image = await fetch(present(json.custom_content.pinned[0].media.image_sizes.small?.url, 'small image URL'));
    assert.equal(image.status, 200);
  });

  it('patches a gallery and validates the body', async () => {
    const ok = await call<Gallery>(api, '/brands/1/galleries/1', {
      method: 'PATCH',
      token: 'demo',
      body: { name: 'Renamed', tags: ['a', 'b'] },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.name, 'Renamed');
    assert.deepEqual(
      ok.json.tags.map((t) => t.name),
      ['a', 'b'],
    );
    assert.equal(
      (await call(api, '/brands/1/galleries/1', { method: 'PATCH', token: 'demo', body: { name: 5 } })).status,
      400,
    );
    assert.equal(
      (await call(api, '/brands/1/galleries/1', { method: 'PATCH', token: 'demo', body: '{oops' })).status,
      400,
    );
  });

  it('uploads through media_upload_url with the query string stripped, then creates media', async () => {
    const bytes = testBytes(3000, 9);
    const created = await call<{ url: string }>(api, '/media_upload_url', {
      token: 'demo',
      body: { filename: 'clip.jpg', content_type: 'image/jpeg' },
    });
    assert.equal(created.status, 200);
    const bare = created.json.url.split('?')[0];
    const put = await fetch(bare, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } });
    assert.equal(put.status, 200, await put.clone().text());
    const stored = await fetch(bare);
    assert.equal(sha256(new Uint8Array(await stored.arrayBuffer())), sha256(bytes));
    // An unsigned PUT to a key nobody issued is refused.
    const rogue = await fetch(bare.replace('clip.jpg', 'other.jpg'), { method: 'PUT', body: bytes });
    assert.equal(rogue.status, 403);
    const media = await call<{ id: number; size: number }>(api, '/brands/1/media', {
      token: 'demo',
      body: {
        source: 'UPLOAD',
        source_id: 'abc',
        type: 'UPLOADED',
        url: bare,
        meta: '{filename: clip.jpg}',
        source_created_at: '2026-05-02T10:00:00Z',
      },
    });
    assert.equal(media.status, 201);
    assert.equal(media.json.size, 3000);
    const missing = await call(api, '/brands/1/media', {
      token: 'demo',
      body: { source: 'UPLOAD', url: bare.replace('clip.jpg', 'nothing.jpg') },
    });
    assert.equal(missing.status, 400);
    const listed = await call<{ data: { id: number }[] }>(api, '/brands/1/media/v2', {
      method: 'PUT',
      token: 'demo',
      body: {
        limit: 5,
        offset: 0,
        filters: { brand_media_types: ['UPLOADED'], source_created_at: { start: '2026-05-02', end: '2026-05-03' } },
      },
    });
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.json.data.map((m) => m.id),
      [media.json.id],
    );
  });
});

describe('Dash Social galleries: media beyond the pinned ones, in both profiles', () => {
  for (const profile of ['default', 'seed'] as const) {
    describe(`${profile} profile`, () => {
      let backend: Awaited<ReturnType<typeof startTestBackend>>;
      let api: string;
      before(async () => {
        backend = await startTestBackend(profile);
        api = backend.apiUrl;
      });
      after(() => backend.stop());

      it('gallery 1 lists unpinned media in latest_media as {image_url}; gallery 3 has nothing pinned', async () => {
        const one = (await call<Gallery>(api, '/brands/1/galleries/1', { token: 'demo' })).json;
        assert.ok(one.latest_media.length > 1);
        for (const entry of one.latest_media) {
          assert.deepEqual(Object.keys(entry), ['image_url']);
          assert.equal((await fetch(entry.image_url)).status, 200);
        }
        const three = (await call<Gallery>(api, '/brands/1/galleries/3', { token: 'demo' })).json;
        assert.deepEqual(three.custom_content.pinned, []);
        assert.equal(three.custom_content.banner, null);
        assert.equal(three.latest_media.length, 4);
      });

      it('media URL fields: the default profile names sizes small/medium/…, the seed profile thumbnail/display/full with src', async () => {
        const one = (await call<Gallery>(api, '/brands/1/galleries/1', { token: 'demo' })).json;
        const media = one.custom_content.pinned[0].media;
        if (profile === 'default') {
          assert.ok(media.image_sizes.medium?.url && media.urls.medium);
        } else {
          assert.equal(media.image_sizes.medium, undefined);
          assert.ok(media.image_sizes.display?.src && media.image_sizes.display.width && media.urls.display);
        }
      });
    });
  }
});
