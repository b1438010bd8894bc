/**
 * Tolerant reading in the gallery: an answer with one item the client cannot read renders the
 * others and says so once — a `dash-error` `invalid-response` naming how many were skipped — never
 * a blank gallery. The odd answers are the backend's real ones with one item broken, served in
 * their place by a route fault.
 */
import { expect } from '@open-wc/testing';
import { backendFor } from '../support/backend.js';
import { listCmsGalleries } from '../../src/api/cms.js';
import { getSocialGallery } from '../../src/api/social.js';
import { cells, HOST_TOKEN, mount } from './helpers.js';

const backend = backendFor('seed');
const ctx = { apiBase: backend.apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };

/** Mounts a gallery and collects the `dash-error`s it dispatches while loading. */
async function mountCollecting(attrs: Record<string, string>, token?: string) {
  const errors: { code: string; message: string }[] = [];
  const record = (e: Event) => errors.push((e as CustomEvent<{ code: string; message: string }>).detail);
  document.addEventListener('dash-error', record);
  try {
    const el = await mount({ attrs: { ...attrs, 'api-base': backend.apiBase }, token });
    return { el, errors };
  } finally {
    document.removeEventListener('dash-error', record);
  }
}

describe('dash-gallery: an unreadable item is skipped and counted, not the gallery', () => {
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  it('cms: one broken gallery_media entry of seven → six tiles and one invalid-response saying 1 was skipped', async () => {
    const summary = (await listCmsGalleries(ctx)).find((g) => g.slug === 'summer-2026')!;
    const raw = (await (
      await fetch(`${backend.apiBase}/api/v1/galleries/${summary.id}`, {
        headers: { authorization: `Bearer ${HOST_TOKEN}` },
      })
    ).json()) as {
      gallery_media: Record<string, unknown>[];
    };
    raw.gallery_media[2] = { ...raw.gallery_media[2], media: 'not an object' };
    await backend.setFaults({
      routes: [{ method: 'GET', path: `^/api/v1/galleries/${summary.id}$`, status: 200, body: JSON.stringify(raw) }],
    });
    const { el, errors } = await mountCollecting({ source: 'cms', gallery: summary.id }, HOST_TOKEN);
    expect(cells(el)).to.have.length(raw.gallery_media.length - 1);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
    expect(errors[0].message).to.match(/^1 of the gallery media .* skipped/);
  });

  it('dash-social: one unreadable pinned entry → the rest render and one invalid-response', async () => {
    const raw = (await (
      await fetch(`${backend.apiBase}/brands/1/galleries/1`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })
    ).json()) as {
      custom_content: { pinned: unknown[] };
      latest_media: unknown[];
    };
    const expected = await getSocialGallery(ctx, 1, 1);
    raw.custom_content.pinned[1] = { id: 'not a number', media: null };
    await backend.setFaults({
      routes: [{ method: 'GET', path: '^/brands/1/galleries/1$', status: 200, body: JSON.stringify(raw) }],
    });
    const { el, errors } = await mountCollecting({ source: 'dash-social', brand: '1', gallery: '1' }, HOST_TOKEN);
    const pinned = expected.custom_content!.pinned!.length;
    expect(cells(el).length).to.be.at.least(pinned - 1);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
    expect(errors[0].message).to.match(/^1 of the gallery media .* skipped/);
  });

  it('dash-portal: one malformed asset in a search page → the others render and one invalid-response', async () => {
    const portal = (await (
      await fetch(`${backend.apiBase}/subdomains/demo/publicly-available-portal-datas/press`)
    ).json()) as {
      result: { id: string; whitelistedFolderFieldOptionIds: string[] };
    };
    const folder = portal.result.whitelistedFolderFieldOptionIds[0];
    // The real answer of the first page, as the gallery will ask for it, with one asset broken.
    const seen: { body: string; url: string }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (String(input).endsWith('/asset-searches'))
        seen.push({ url: String(input), body: await response.clone().text() });
      return response;
    };
    let first: HTMLElement | undefined;
    try {
      first = await mount({
        attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder, 'api-base': backend.apiBase },
      });
    } finally {
      window.fetch = realFetch;
    }
    // Gone before the fault is set: a gallery that shows the end of its first page asks for the next.
    first?.remove();
    const page = JSON.parse(seen[0].body) as { results: { result: Record<string, unknown> }[] };
    page.results[0] = { ...page.results[0], result: { ...page.results[0].result, id: 42 } };
    await backend.setFaults({
      routes: [{ method: 'POST', path: '^/asset-searches$', status: 200, body: JSON.stringify(page), count: 1 }],
    });
    const { el, errors } = await mountCollecting({ source: 'dash-portal', subdomain: 'demo', portal: 'press', folder });
    // A paged folder is windowed: count the items, not the tiles in the DOM.
    expect(el.items.length).to.equal(page.results.length - 1);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
    expect(errors[0].message).to.match(/^1 of the assets .* skipped/);
    expect(Number(cells(el)[0].getAttribute('aria-setsize'))).to.be.at.least(page.results.length - 1);
  });
});
