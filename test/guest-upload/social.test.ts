/**
 * `target="dash-social"`: the seed-001 flow through the same uploader — upload URL → one PUT
 * (query string stripped) → create the library media.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/guest-upload.js';
import type { DashGuestUpload, UploadCompleteDetail } from '../../src/guest-upload.js';
import { listSocialMedia } from '../../src/api/social.js';
import { hostTokenSource } from '../../src/api/tokens.js';
import { apiBase, requestLog, resetBackend, s3Base, sha256Hex } from '../support/backend.js';
import { $, randomFile, selectFiles, waitForStatus } from './helpers.js';

describe('dash-guest-upload: Dash Social target', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('uploads into the brand library; the stored object is the file', async () => {
    const el = await fixture<DashGuestUpload>(
      html`<dash-guest-upload
        api-base=${apiBase}
        target="dash-social"
        brand="1"
        .accessToken=${'demo'}
      ></dash-guest-upload>`,
    );
    await waitUntil(() => $(el, '#file-input'), 'the drop zone appears without an email step');
    expect(el.hasAttribute('access-token'), 'the token is never an attribute').to.equal(false);
    await expect(el).to.be.accessible();

    const file = randomFile('social.png', 700 * 1024, 'image/png');
    const completed = oneEvent(el, 'dash-upload-complete') as Promise<CustomEvent<UploadCompleteDetail>>;
    selectFiles(el, [file]);
    const { detail } = await completed;
    await waitForStatus(el, ['done'], 1);
    expect(detail.assets).to.have.length(1);
    expect(detail.assets[0]).to.include({ filename: 'social.png', size: file.size });

    // The PUT went to the issued URL without its query string, and that URL became the media's.
    const put = (await requestLog()).find((r) => r.method === 'PUT' && r.status === 200)!;
    expect(put, 'one PUT to the S3 server').to.not.equal(undefined);
    const objectUrl = `${s3Base}${put.path}`;
    const stored = await (await fetch(objectUrl)).blob();
    expect(await sha256Hex(stored)).to.equal(await sha256Hex(file));

    const library = await listSocialMedia({ apiBase, auth: hostTokenSource({ accessToken: 'demo' }) }, 1);
    const media = library.data.find((item) => String(item.id) === detail.assets[0].assetId) as
      { media: { urls: { original: string } } } | undefined;
    expect(media, 'the media exists in the library').to.not.equal(undefined);
    expect(media!.media.urls.original).to.equal(objectUrl);
    await expect(el).to.be.accessible();
  });

  it('fails with a clear state when the host token is refused', async () => {
    const el = await fixture<DashGuestUpload>(
      html`<dash-guest-upload
        api-base=${apiBase}
        target="dash-social"
        brand="1"
        .accessToken=${'wrong'}
      ></dash-guest-upload>`,
    );
    await waitUntil(() => $(el, '#file-input'), 'the drop zone appears');
    selectFiles(el, [randomFile('refused.png', 10_000, 'image/png')]);
    await waitForStatus(el, ['failed'], 1);
    expect(el.files[0].error?.code).to.equal('unauthorized');
    expect($(el, '[part=file-error]')!.textContent).to.match(/access/i);
    await expect(el).to.be.accessible();
  });
});
