/**
 * A CMS gallery given by slug (src/api/adapters/cms.ts): seed 004 reads galleries only by id, so
 * a slug is found in the list of galleries. The list is asked for beside the read by id, not
 * after its 404: two round trips before the first photo instead of three. Through an injected
 * `fetch` that holds every answer until both first requests are out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from '../../src/api/adapters/cms.js';
import { API_BASE, fakeFetch, json, type FakeRequest } from './api-fake-fetch.js';

const ID = '822f63f4-2a90-47ed-a870-9384a72288b6';
const gallery = (id: string) => ({
  id,
  slug: 'summer-2026',
  status: 'published',
  translations: [{ language_id: 'en', title: 'Summer 2026' }],
  gallery_media: [
    {
      media_id: 'm1',
      order: 0,
      caption: 'Opening',
      media: { id: 'm1', filename: 'a.jpg', mime_type: 'image/jpeg', path: 'uploads/media/a.jpg', alt_text: 'A' },
    },
  ],
});

/** The CMS of seed 004 with one gallery, `id`; answers wait for `release()`. */
function cms(id: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const answer = async ({ path }: FakeRequest) => {
    await released;
    if (path === '/api/v1/galleries') return json([{ id, slug: 'summer-2026', status: 'published' }]);
    if (path === `/api/v1/galleries/${id}`) return json(gallery(id));
    return json({ detail: 'Gallery not found' }, 404);
  };
  return { ...fakeFetch(answer), release };
}

const config = (value: string, fetch: typeof globalThis.fetch) =>
  ({ source: 'cms', gallery: value, apiBase: API_BASE, accessToken: 't', fetch }) as const;

describe('cms gallery by slug', () => {
  it('asks for the list beside the read by id, then reads the one found: three requests, two round trips', async () => {
    const { fetch, log, release } = cms(ID);
    const loading = load(config('summer-2026', fetch), {});
    // Both first requests are out before either has an answer.
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(
      log.map((r) => r.path),
      ['/api/v1/galleries/summer-2026', '/api/v1/galleries'],
    );
    release();
    const page = await loading;
    assert.deepEqual(
      log.map((r) => r.path),
      ['/api/v1/galleries/summer-2026', '/api/v1/galleries', `/api/v1/galleries/${ID}`],
    );
    assert.equal(page.title, 'Summer 2026');
    assert.deepEqual(
      page.items.map((i) => i.alt),
      ['A'],
    );
    assert.ok(log.every((r) => r.headers.authorization === 'Bearer t'));
  });

  it('a UUID is read alone', async () => {
    const { fetch, log, release } = cms(ID);
    release();
    const page = await load(config(ID, fetch), {});
    assert.deepEqual(
      log.map((r) => r.path),
      [`/api/v1/galleries/${ID}`],
    );
    assert.equal(page.items.length, 1);
  });

  it('an id of another form is read by id, and the list asked for beside it is cancelled', async () => {
    const { fetch, log, release } = cms('gallery-7');
    release();
    const page = await load(config('gallery-7', fetch), {});
    assert.equal(page.items.length, 1);
    const list = log.find((r) => r.path === '/api/v1/galleries');
    assert.equal(list?.signal?.aborted, true);
  });

  it('a value that cannot be a path segment is invalid-config, with no request', async () => {
    const { fetch, log, release } = cms(ID);
    release();
    await assert.rejects(load(config('..', fetch), {}), { code: 'invalid-config' });
    assert.equal(log.length, 0);
  });

  it('a slug no gallery has is not-found', async () => {
    const { fetch, release } = cms(ID);
    release();
    await assert.rejects(load(config('winter-2027', fetch), {}), { code: 'not-found' });
  });
});
