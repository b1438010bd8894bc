/** The DashClient facade: one object per identity (portal visitor, guest uploader, host app). */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, sha256Hex, storedSha256 } from '../support/backend.js';
import { DashClient } from '../../src/api/client.js';
import { DashError } from '../../src/api/errors.js';
import { fileTypeCriterion } from '../../src/api/assets.js';
import { expectDashError, HOST_TOKEN, randomBytes, SUBDOMAIN } from './helpers.js';

describe('api/DashClient', () => {
  before(() => resetBackend());
  after(() => resetBackend());

  it('browses and downloads as a portal visitor', async () => {
    const dash = new DashClient({ apiBase, subdomain: SUBDOMAIN, portal: 'press' });
    const portal = await dash.portalData();
    expect(portal.currentSlug).to.equal('press');
    const { fieldId } = await dash.getFolderSettings();
    expect(await dash.getTopFolders(fieldId)).not.to.have.length(0);
    const page = await dash.searchAssets({ criterion: fileTypeCriterion(['IMAGE']), pageSize: 2 });
    expect(page.results).to.have.length(2);
    const { url } = await dash.downloadAssets({ assetIds: [page.results[0]!.result.id] }, { intervalMs: 20 });
    expect((await fetch(url)).ok).to.equal(true);
  });

  it('uploads as a guest', async () => {
    const dash = new DashClient({
      apiBase,
      subdomain: SUBDOMAIN,
      guestUpload: 'submit-photos',
      email: 'guest@example.com',
    });
    expect((await dash.guestUploadData()).name).to.be.a('string');
    const file = new Blob([randomBytes(1000)]);
    const { one } = await dash.createAssetUploads([{ batchItemId: 'one', path: '/one.bin', size: file.size }]);
    const [part] = one!.uploadParts;
    const put = await fetch(part!.url, { method: 'PUT', body: file });
    await dash.completeUpload({
      assetId: one!.assetId,
      uploadId: one!.id,
      parts: [{ partNumber: 1, eTag: put.headers.get('etag')! }],
    });
    expect(await storedSha256(one!.assetId)).to.equal(await sha256Hex(file));
  });

  it('calls the host app for a token', async () => {
    let calls = 0;
    const dash = new DashClient({ apiBase, subdomain: SUBDOMAIN, getAccessToken: async () => (calls++, HOST_TOKEN) });
    expect((await dash.searchPresets()).length).to.be.greaterThan(0);
    expect(calls).to.equal(1);
  });

  it('refuses a configuration it cannot work with as invalid-config', async () => {
    const attempt = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return (error as DashError).code;
      }
      return 'no error';
    };
    expect(attempt(() => new DashClient({ apiBase, subdomain: '' }))).to.equal('invalid-config');
    expect(attempt(() => new DashClient({ apiBase, subdomain: SUBDOMAIN, guestUpload: 'submit-photos' }))).to.equal(
      'invalid-config',
    );
    const host = new DashClient({ apiBase, subdomain: SUBDOMAIN, accessToken: HOST_TOKEN });
    await expectDashError(host.portalData(), 'invalid-config');
  });
});
