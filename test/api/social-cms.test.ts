/** The Dash Social Library and CMS galleries calls against the local backend. */
import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { createMediaUploadUrl, createSocialMedia, getSocialGallery, listSocialMedia } from '../../src/api/social.js';
import {
  addCmsGalleryMedia,
  getCmsGallery,
  listCmsGalleries,
  listCmsLanguages,
  listCmsMedia,
  removeCmsGalleryMedia,
  reorderCmsGalleryMedia,
  updateCmsGalleryMedia,
} from '../../src/api/cms.js';
import type { CmsGallery } from '../../src/api/models-cms.js';
import { expectDashError, hostCtx, publicCtx, randomBytes } from './helpers.js';

const orderedIds = (gallery: CmsGallery) =>
  [...gallery.gallery_media].sort((a, b) => a.order - b.order).map((m) => m.media_id);

describe('api/social', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('reads a gallery with its banner, pinned media and product hotspots', async () => {
    const gallery = await getSocialGallery(hostCtx(), 1, 1);
    expect(gallery.name).to.be.a('string');
    const pinned = gallery.custom_content?.pinned ?? [];
    expect(pinned.length).to.be.greaterThan(0);
    expect(pinned[0]!.media.id).to.be.a('number');
    const products = pinned.flatMap((item) => item.products ?? []);
    expect(products.some((p) => typeof p.x === 'number' && typeof p.y === 'number')).to.equal(true);
  });

  it('answers unauthorized without a token and not-found for an unknown gallery', async () => {
    await expectDashError(getSocialGallery(publicCtx(), 1, 1), 'unauthorized');
    await expectDashError(getSocialGallery(hostCtx(), 1, 999), 'not-found');
  });

  it('uploads into the library: upload URL → PUT → create media → listed', async () => {
    const ctx = hostCtx();
    const file = new Blob([randomBytes(2048)], { type: 'image/png' });
    const signed = await createMediaUploadUrl(ctx, { filename: 'upload.png', content_type: file.type });
    // Seed 001: PUT to the URL without its query string, then name that same URL.
    const url = signed.split('?')[0]!;
    const put = await fetch(url, { method: 'PUT', body: file, headers: { 'content-type': file.type } });
    expect(put.ok, `PUT ${put.status}`).to.equal(true);
    const media = await createSocialMedia(ctx, 1, {
      source: 'UPLOAD',
      source_id: crypto.randomUUID(),
      type: 'UPLOADED',
      url,
      meta: { filename: 'upload.png' },
      source_created_at: new Date().toISOString(),
    });
    const listed = await listSocialMedia(ctx, 1, { limit: 10, filters: { brand_media_types: ['UPLOADED'] } });
    expect(listed.data.map((m) => m.id)).to.include(media.id);
  });
});

describe('api/cms', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  async function firstGallery(): Promise<CmsGallery> {
    const [summary] = await listCmsGalleries(hostCtx());
    return getCmsGallery(hostCtx(), summary!.id);
  }

  it('lists galleries (with a status filter) and reads one with translations', async () => {
    const all = await listCmsGalleries(hostCtx());
    expect(all.length).to.be.greaterThan(0);
    const published = await listCmsGalleries(hostCtx(), { status: 'published' });
    expect(published.every((g) => g.status === 'published')).to.equal(true);
    const gallery = await getCmsGallery(hostCtx(), all[0]!.id);
    expect(gallery.gallery_media.length).to.be.greaterThan(1);
    expect(gallery.translations!.length).to.be.at.least(2);
    const languages = await listCmsLanguages(hostCtx());
    expect(languages.map((l) => l.id)).to.include(gallery.translations![0]!.language_id);
  });

  it('reorders all items, and refuses a partial reorder as bad-request', async () => {
    const gallery = await firstGallery();
    const reversed = orderedIds(gallery).reverse();
    const updated = await reorderCmsGalleryMedia(hostCtx(), gallery.id, reversed);
    expect(orderedIds(updated)).to.deep.equal(reversed);
    await expectDashError(reorderCmsGalleryMedia(hostCtx(), gallery.id, reversed.slice(1)), 'bad-request');
  });

  it('updates a caption and refuses one over 500 characters', async () => {
    const gallery = await firstGallery();
    const mediaId = gallery.gallery_media[0]!.media_id;
    const updated = await updateCmsGalleryMedia(hostCtx(), gallery.id, mediaId, { caption: 'New caption' });
    expect(updated.gallery_media.find((m) => m.media_id === mediaId)!.caption).to.equal('New caption');
    await expectDashError(
      updateCmsGalleryMedia(hostCtx(), gallery.id, mediaId, { caption: 'x'.repeat(501) }),
      'bad-request',
    );
  });

  it('removes an item, adds it back at the end, and refuses adding it twice', async () => {
    const gallery = await firstGallery();
    const mediaId = orderedIds(gallery)[0]!;
    const removed = await removeCmsGalleryMedia(hostCtx(), gallery.id, mediaId);
    expect(orderedIds(removed)).not.to.include(mediaId);
    await expectDashError(updateCmsGalleryMedia(hostCtx(), gallery.id, mediaId, { caption: 'gone' }), 'not-found');
    const added = await addCmsGalleryMedia(hostCtx(), gallery.id, { media_id: mediaId, caption: 'Back' });
    expect(orderedIds(added).at(-1)).to.equal(mediaId);
    await expectDashError(addCmsGalleryMedia(hostCtx(), gallery.id, { media_id: mediaId }), 'bad-request');
  });

  it('adds media from the library', async () => {
    const gallery = await firstGallery();
    const present = new Set(orderedIds(gallery));
    const candidate = (await listCmsMedia(hostCtx())).find((m) => !present.has(m.id));
    expect(candidate, 'the library has media outside the gallery').to.not.equal(undefined);
    const added = await addCmsGalleryMedia(hostCtx(), gallery.id, { media_id: candidate!.id });
    expect(orderedIds(added)).to.include(candidate!.id);
  });

  it('answers not-found for an unknown gallery and unauthorized without a token', async () => {
    await expectDashError(getCmsGallery(hostCtx(), 'no-such-gallery'), 'not-found');
    await expectDashError(listCmsGalleries(publicCtx()), 'unauthorized');
  });
});
