/**
 * Issue 16 class 13: `.` and `..` ids escaped their URL segment (`gallery=".."` → `GET /api/v1/`,
 * Social `brand=".."` sent the bearer token to another path). Every endpoint table — Dash, Social,
 * CMS — builds its segments with the one `pathSegment()` (src/api/path-segment.ts): an id that is
 * empty, `.` or `..`, or holds `/`, is `invalid-config` before any request.
 *
 * One row per attack: adding one is one line (every path function of every table is tried with
 * every bad id, in every argument position).
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend } from '../../support/backend.js';
import { DashError } from '../../../src/api/errors.js';
import { cmsPaths, dashPaths, socialPaths } from '../../../src/api/endpoints.js';
import { pathSegment } from '../../../src/api/path-segment.js';
import { hostTokenSource } from '../../../src/api/tokens.js';
import type { ApiContext } from '../../../src/api/http.js';
import { getAsset } from '../../../src/api/assets.js';
import { getPortalAccessToken, getPortalData } from '../../../src/api/portals.js';
import { getFieldOption } from '../../../src/api/folders.js';
import { getDownloadJob } from '../../../src/api/downloads.js';
import { getEmbeddableLinkJob } from '../../../src/api/embeddable-links.js';
import { getGuestUploadData } from '../../../src/api/guest-uploads.js';
import { getCmsGallery } from '../../../src/api/cms.js';
import { getSocialGallery } from '../../../src/api/social.js';
import { mountGallery, mountPicker, mountPortal, until } from '../../support/flows.js';
import {
  collectErrors,
  elementRoot,
  errorText,
  firstError,
  HOST_TOKEN,
  origins,
  rejection,
  requestsTo,
  watchPage,
} from './support.js';

const BAD_IDS = ['', '.', '..', 'a/b', '../assets', '/'];
const FINE_IDS: [string | number, string][] = [
  ['...', '...'],
  ['a.b', 'a.b'],
  ['%2e%2e', '%252e%252e'],
  ['a?b#c', 'a%3Fb%23c'],
  ['ä', '%C3%A4'],
  [42, '42'],
];

const host: ApiContext = { apiBase, auth: hostTokenSource({ accessToken: HOST_TOKEN }) };
const pub: ApiContext = { apiBase };

const TABLES = { dashPaths, socialPaths, cmsPaths } as Record<string, Record<string, (...ids: string[]) => string>>;

describe('attacks, class 13: ids never leave their path segment (tables)', () => {
  for (const [table, paths] of Object.entries(TABLES)) {
    for (const [name, build] of Object.entries(paths)) {
      // The argument positions that land in the path (a query value such as ?batchItemId= cannot
      // leave it, and is encoded as a value).
      const positions = Array.from({ length: build.length }, (_, p) => p).filter((position) => {
        const marked = Array.from({ length: build.length }, (_, i) => (i === position ? 'MARK' : 'ok'));
        return build(...marked)
          .split('?')[0]
          .includes('MARK');
      });
      if (positions.length === 0) continue;
      it(`${table}.${name} refuses ${BAD_IDS.map((id) => JSON.stringify(id)).join(', ')} in each id in its path`, () => {
        for (const position of positions) {
          for (const bad of BAD_IDS) {
            const ids = Array.from({ length: build.length }, () => 'ok');
            ids[position] = bad;
            let thrown: unknown;
            try {
              build(...ids);
            } catch (error) {
              thrown = error;
            }
            expect(thrown, `${name}(${JSON.stringify(ids)})`).to.be.instanceOf(DashError);
            expect((thrown as DashError).code).to.equal('invalid-config');
          }
        }
      });
    }
  }

  for (const [id, encoded] of FINE_IDS) {
    it(`keeps ${JSON.stringify(id)} as one segment: ${encoded}`, () => {
      expect(pathSegment(id)).to.equal(encoded);
    });
  }
});

/** Calls with a bad id: each is invalid-config, and nothing at all reaches the server. */
const CALLS: [string, () => Promise<unknown>][] = [
  ['getAsset(..)', () => getAsset(host, '..')],
  ['getAsset(.)', () => getAsset(host, '.')],
  ['getAsset("")', () => getAsset(host, '')],
  ['getAsset(a/b)', () => getAsset(host, '../portals')],
  ['getPortalData(subdomain ..)', () => getPortalData(pub, '..', 'press')],
  ['getPortalData(portal ..)', () => getPortalData(pub, 'demo', '..')],
  ['getPortalAccessToken(..)', () => getPortalAccessToken(pub, '..')],
  ['getFieldOption(..)', () => getFieldOption(host, '..')],
  ['getDownloadJob(..)', () => getDownloadJob(host, '..')],
  ['getEmbeddableLinkJob(.)', () => getEmbeddableLinkJob(host, '.')],
  ['getGuestUploadData(..)', () => getGuestUploadData(pub, 'demo', '..')],
  ['getCmsGallery(..)', async () => getCmsGallery(host, '..')],
  ['getSocialGallery(brand ..)', async () => getSocialGallery(host, '..', '1')],
  ['getSocialGallery(gallery "")', async () => getSocialGallery(host, '1', '')],
];

describe('attacks, class 13: a bad id is invalid-config before any request (api)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  for (const [name, call] of CALLS) {
    it(name, async () => {
      const error = await rejection(call(), 'invalid-config');
      expect(error.message).to.contain('not a usable id');
      expect(await requestsTo()).to.deep.equal([]);
    });
  }
});

interface ElementAttack {
  name: string;
  mount: (root: HTMLElement) => Promise<HTMLElement> | HTMLElement;
  /** No request may go to a path containing this. */
  never: string;
}

const ELEMENT_ATTACKS: ElementAttack[] = [
  { name: 'portal portal=".."', mount: (root) => mountPortal(root, origins, '..'), never: '/subdomains/' },
  { name: 'picker portal="."', mount: (root) => mountPicker(root, origins, { portal: '.' }), never: '/subdomains/' },
  {
    name: 'gallery (cms) gallery=".."',
    mount: (root) => mountGallery(root, origins, { source: 'cms', gallery: '..', token: HOST_TOKEN }),
    never: '/api/v1/',
  },
  {
    name: 'gallery (dash-social) brand=".."',
    mount: (root) =>
      mountGallery(root, origins, { source: 'dash-social', brand: '..', gallery: '1', token: HOST_TOKEN }),
    never: '/brands',
  },
];

describe('attacks, class 13: elements say "not set up correctly" and send nothing (elements)', () => {
  const root = elementRoot();

  for (const attack of ELEMENT_ATTACKS) {
    it(attack.name, async () => {
      const page = watchPage();
      const errors = collectErrors(root());
      const el = await attack.mount(root());
      const detail = await firstError(errors);
      expect(detail.code, detail.message).to.equal('invalid-config');
      expect(await until(() => errorText(el), 'an error shown')).to.match(/not set up correctly/);
      expect(await requestsTo(attack.never)).to.deep.equal([]);
      page.check();
    });
  }
});
