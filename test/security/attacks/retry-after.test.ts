/**
 * Issue 16 class 14 (API part): a 429 with `Retry-After: 86400` left "Loading…" on screen for
 * 90 s (three retries of a 30 s cap). The wait a Retry-After may impose is capped
 * (`MAX_RETRY_AFTER_MS`, a few seconds, src/api/http.ts); a server asking for more fails the call
 * at once — `rate-limited` for a 429, saying the server is busy and to try later — and the elements
 * show that with their retry control. Waits within the cap are still honoured.
 *
 * One row per attack: adding one is one line.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../../support/backend.js';
import type { DashErrorCode } from '../../../src/api/errors.js';
import { MAX_RETRY_AFTER_MS } from '../../../src/api/http.js';
import { getPortalData } from '../../../src/api/portals.js';
import {
  $,
  mountGallery,
  mountPicker,
  mountPortal,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../../support/flows.js';
import {
  cmsGalleryIdOf,
  elementRoot,
  errorText,
  HOST_TOKEN,
  origins,
  rejection,
  requestsTo,
  retryButton,
  watchPage,
} from './support.js';

const PORTAL_DATA = '/publicly-available-portal-datas/';
const DAY = 86_400;
const httpDate = (secondsAhead: number) => new Date(Date.now() + secondsAhead * 1000).toUTCString();

interface Attack {
  name: string;
  status: number;
  retryAfter: number | string;
  /** Only the next N answers are faulty. */
  count?: number;
  /** The call fails with this code, or (undefined) succeeds after honouring the wait. */
  code?: DashErrorCode;
  /** At most this long, in ms. */
  withinMs: number;
  /** At least this long (a wait within the cap is honoured). */
  atLeastMs?: number;
  requests: number;
}

const ATTACKS: Attack[] = [
  { name: '429, Retry-After: 86400', status: 429, retryAfter: DAY, code: 'rate-limited', withinMs: 1_500, requests: 1 },
  {
    name: '429, Retry-After as an HTTP date a day ahead',
    status: 429,
    retryAfter: httpDate(DAY),
    code: 'rate-limited',
    withinMs: 1_500,
    requests: 1,
  },
  {
    name: '429, Retry-After just over the cap',
    status: 429,
    retryAfter: MAX_RETRY_AFTER_MS / 1000 + 1,
    code: 'rate-limited',
    withinMs: 1_500,
    requests: 1,
  },
  { name: '503, Retry-After: 86400', status: 503, retryAfter: DAY, code: 'server', withinMs: 1_500, requests: 1 },
  {
    name: '429 once, Retry-After: 1 (within the cap: honoured)',
    status: 429,
    retryAfter: 1,
    count: 1,
    withinMs: 3_000,
    atLeastMs: 950,
    requests: 2,
  },
];

describe('attacks, class 14: Retry-After is capped (api)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('the cap is a few seconds', () => {
    expect(MAX_RETRY_AFTER_MS).to.be.within(1_000, 10_000);
  });

  for (const attack of ATTACKS) {
    it(`${attack.name} → ${attack.code ?? 'success'} within ${attack.withinMs} ms`, async () => {
      await setFaults({
        routes: [
          { path: PORTAL_DATA, status: attack.status, retryAfter: attack.retryAfter as number, count: attack.count },
        ],
      });
      const started = performance.now();
      const call = getPortalData({ apiBase }, 'demo', 'press');
      if (attack.code) {
        const error = await rejection(call, attack.code);
        expect(error.message).to.match(/busy.*try again later/);
      } else {
        expect((await call).currentSlug).to.equal('press');
      }
      const elapsed = performance.now() - started;
      expect(elapsed).to.be.below(attack.withinMs);
      if (attack.atLeastMs) expect(elapsed).to.be.at.least(attack.atLeastMs);
      expect(await requestsTo(PORTAL_DATA)).to.have.length(attack.requests);
    });
  }
});

interface ElementAttack {
  name: string;
  /** The endpoint that answers 429 with a day's Retry-After (RegExp source). */
  path: string;
  mount: (root: HTMLElement) => Promise<HTMLElement> | HTMLElement;
  recovered: (el: HTMLElement) => Promise<unknown>;
}

let cmsGalleryId = '';

const ELEMENT_ATTACKS: ElementAttack[] = [
  {
    name: 'portal: its asset search',
    path: '^/asset-searches$',
    mount: (root) => mountPortal(root, origins, 'press'),
    recovered: async (el) => {
      await untilPortalResults(el as never);
      await until(() => tilesOf(el).length > 0, 'portal tiles');
    },
  },
  {
    name: 'picker: its portal data',
    path: PORTAL_DATA,
    mount: (root) => mountPicker(root, origins, { portal: 'press' }),
    recovered: (el) => untilPickerResults(el as never),
  },
  {
    name: 'gallery (cms): its gallery',
    path: '^/api/v1/galleries/[^/]+$',
    mount: (root) => mountGallery(root, origins, { source: 'cms', gallery: cmsGalleryId, token: HOST_TOKEN }),
    recovered: (el) => until(() => $(el, '.cell .tile'), 'gallery tiles'),
  },
];

describe('attacks, class 14: a day-long Retry-After shows "busy" at once (elements)', () => {
  before(async () => {
    await resetBackend();
    cmsGalleryId = await cmsGalleryIdOf();
  });
  const root = elementRoot();

  for (const attack of ELEMENT_ATTACKS) {
    it(`${attack.name}: "busy, try again later" within 3 s, then its retry control recovers`, async () => {
      const page = watchPage();
      await setFaults({ routes: [{ path: attack.path, status: 429, retryAfter: DAY }] });
      const started = performance.now();
      const el = await attack.mount(root());
      const shown = await until(() => errorText(el), 'the error state', 3_000);
      expect(performance.now() - started).to.be.below(3_000);
      expect(shown).to.match(/busy/i);
      expect(shown).to.match(/try again later/i);
      expect(shown).not.to.match(/loading/i);
      await setFaults({});
      const retry = await until(() => retryButton(el), 'a retry control');
      retry.click();
      await attack.recovered(el);
      page.check();
    });
  }
});
