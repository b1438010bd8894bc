import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, startTestBackend } from './helpers.js';
import { xssPayloads } from '../../demo/backend/xss-payloads.js';

/** The parts of the demo documents these tests read. */
interface PhotoGallery {
  Photos: { Url: string }[];
}
interface JsonGallery {
  items: { type?: string; src?: string; width?: number; height?: number; alt?: string; caption?: string }[];
}

describe('demo gallery documents', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let api: string;
  before(async () => {
    backend = await startTestBackend();
    api = backend.apiUrl;
  });
  after(() => backend.stop());

  it('serves a GalleryDTO whose photo URLs are real images', async () => {
    const { status, json, headers } = await call<PhotoGallery>(api, '/demo-data/photo-gallery.json');
    assert.equal(status, 200);
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.ok(json.Photos.length >= 10);
    for (const key of [
      'Id',
      'Url',
      'OriginalUrl',
      'Width',
      'Height',
      'Orientation',
      'TimeTaken',
      'FileName',
      'Sorts',
    ]) {
      assert.ok(key in json.Photos[0], key);
    }
    assert.equal((await fetch(json.Photos[0].Url)).status, 200);
  });

  it('serves JSON galleries including a video, hostile and large ones', async () => {
    const gallery = (await call<JsonGallery>(api, '/demo-data/gallery.json')).json;
    assert.ok(gallery.items.some((i) => i.type === 'video'));
    assert.ok(gallery.items.every((i) => i.src && i.width && i.height && 'alt' in i && 'caption' in i));
    const hostile = (await call<JsonGallery>(api, '/demo-data/hostile.json')).json;
    assert.ok(hostile.items.length >= 50);
    assert.equal((await call<JsonGallery>(api, '/demo-data/large.json?count=1234')).json.items.length, 1234);
    assert.equal((await call(api, '/demo-data/large.json?count=-1')).status, 400);
  });

  it('has at least 50 XSS payloads, each setting window.__xss', () => {
    assert.ok(xssPayloads.length >= 50);
    for (const p of xssPayloads) assert.match(p, /__xss=true|\\u0077indow\.__xss/);
  });
});
