/** Token sources: portals with and without passcodes, guest uploads, host tokens, caching. */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';
import { getPortalAccessToken, getPortalData } from '../../src/api/portals.js';
import { searchAssets } from '../../src/api/assets.js';
import { guestTokenSource, hostTokenSource } from '../../src/api/tokens.js';
import { expectDashError, HOST_TOKEN, loggedRequests, portalCtx, publicCtx, SUBDOMAIN } from './helpers.js';

const MATCH_ALL = { criterion: { type: 'MATCH_ALL' as const }, pageSize: 5 };
const tokenRequests = () => loggedRequests('/access-token');

describe('api/tokens', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('resolves an open portal and browses with its token', async () => {
    const { ctx, auth } = portalCtx('press');
    const portal = await auth.portalData();
    expect(portal.assetPermittedActions).to.equal('VIEW_AND_DOWNLOAD');
    expect(portal.whitelistedFolderFieldOptionIds.length).to.be.greaterThan(0);
    const page = await searchAssets(ctx, MATCH_ALL);
    expect(page.results.length).to.be.greaterThan(0);
    expect(page.results[0]!.result.id).to.be.a('string');
  });

  it('asks for the passcode of a passcode portal before calling the server', async () => {
    const { ctx } = portalCtx('partners');
    await expectDashError(searchAssets(ctx, MATCH_ALL), 'passcode-required');
    expect(await tokenRequests()).to.have.length(0);
  });

  it('reports a wrong passcode, then works with the right one', async () => {
    const wrong = portalCtx('partners', 'guess');
    const error = await expectDashError(searchAssets(wrong.ctx, MATCH_ALL), 'wrong-passcode');
    expect(error.status).to.equal(401);
    const right = portalCtx('partners', 'letmein');
    const portal = await right.auth.portalData();
    expect(portal.requiresPasscode).to.equal(true);
    expect(portal.assetPermittedActions).to.equal('VIEW');
    const page = await searchAssets(right.ctx, MATCH_ALL);
    expect(page.totalResults).to.be.greaterThan(0);
  });

  it('sends the passcode as an Authorization: Passcode header', async () => {
    const portal = await getPortalData(publicCtx(), SUBDOMAIN, 'partners');
    const token = await getPortalAccessToken(publicCtx(), portal.id, 'letmein');
    expect(token.split('.')).to.have.length(3);
    await expectDashError(getPortalAccessToken(publicCtx(), portal.id), 'unauthorized');
  });

  it('shares one in-flight token request between concurrent callers and caches the token', async () => {
    const { auth } = portalCtx('press');
    const tokens = await Promise.all([auth.getToken(), auth.getToken(), auth.getToken(), auth.refresh()]);
    expect(new Set(tokens).size).to.equal(1);
    expect(await auth.getToken()).to.equal(tokens[0]);
    expect(await tokenRequests()).to.have.length(1);
  });

  it('refreshes a token shortly before it expires', async () => {
    await setFaults({ tokenTtlSeconds: 2 });
    const { auth } = portalCtx('press');
    const first = await auth.getToken();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await auth.getToken();
    expect(second).not.to.equal(first);
    expect(await tokenRequests()).to.have.length(2);
  });

  it('gets a guest token for an email and exposes the guest upload data', async () => {
    const auth = guestTokenSource(
      { apiBase },
      { subdomain: SUBDOMAIN, guestUpload: 'submit-photos', email: 'ann@example.com' },
    );
    const data = await auth.guestUploadData();
    expect(data.name).to.be.a('string');
    const token = await auth.getToken();
    expect(token.split('.')).to.have.length(3);
  });

  it('rejects a guest token without a valid email as bad-request', async () => {
    const auth = guestTokenSource({ apiBase }, { subdomain: SUBDOMAIN, guestUpload: 'submit-photos', email: 'nope' });
    await expectDashError(auth.getToken(), 'bad-request');
  });

  it('reports an unknown portal or guest upload as not-found', async () => {
    await expectDashError(portalCtx('nope').auth.getToken(), 'not-found');
    const guest = guestTokenSource({ apiBase }, { subdomain: SUBDOMAIN, guestUpload: 'nope', email: 'a@b.co' });
    await expectDashError(guest.guestUploadData(), 'not-found');
  });

  it('uses a host token as given and calls getAccessToken lazily', async () => {
    expect(await hostTokenSource({ accessToken: HOST_TOKEN }).getToken()).to.equal(HOST_TOKEN);
    let calls = 0;
    const auth = hostTokenSource({ getAccessToken: async () => (calls++, HOST_TOKEN) });
    expect(calls).to.equal(0);
    await auth.getToken();
    await auth.getToken();
    expect(calls).to.equal(1);
    await expectDashError(hostTokenSource({}).getToken(), 'unauthorized');
  });

  it('stops waiting for a token when the caller aborts, without failing other callers', async () => {
    await setFaults({ routes: [{ path: '/access-token$', delayMs: 500, count: 1 }] });
    const { auth } = portalCtx('press');
    const controller = new AbortController();
    const aborted = auth.getToken(controller.signal).then(
      () => 'resolved',
      (e: Error) => e.name,
    );
    const other = auth.getToken();
    controller.abort();
    expect(await aborted).to.equal('AbortError');
    expect((await other).split('.')).to.have.length(3);
  });
});
