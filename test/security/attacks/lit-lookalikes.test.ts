/**
 * Issue 16 class 12: Lit look-alike objects (`{_$litDirective$: …}`, a forged `_$litType$`) in text
 * fields of an API answer crashed the portal. Two guards in the API layer, under every element:
 * - the one request path parses JSON without Lit's marker keys (`_$lit…` dropped wherever they
 *   are: `parseJson` in src/api/http.ts), so no answer can pass for a template or a directive;
 * - the parsers (src/api/validate.ts, theme.ts, presets.ts) hand the elements only strings in text
 *   fields: an optional one that is not text is left out, a required one refuses the item (which
 *   a list skips and counts).
 * Each answer below is a real answer of the local backend, rewritten as a hostile origin would,
 * and served with the backend's route fault `body`.
 *
 * One row per attack: adding one is one line.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../../support/backend.js';
import type { ApiContext } from '../../../src/api/http.js';
import { hostTokenSource } from '../../../src/api/tokens.js';
import { getPortalData } from '../../../src/api/portals.js';
import { searchAssets } from '../../../src/api/assets.js';
import { getFolderSettings, searchFieldOptions } from '../../../src/api/folders.js';
import { searchPresets } from '../../../src/api/presets.js';
import { getGuestUploadData } from '../../../src/api/guest-uploads.js';
import { getThemeBySubdomain } from '../../../src/api/theme.js';
import { $, mountPortal, mountUpload, tilesOf, until, untilPortalResults } from '../../support/flows.js';
import {
  elementRoot,
  HOST_TOKEN,
  type Json,
  origins,
  rawAnswer,
  rejection,
  visibleText,
  watchPage,
} from './support.js';

/** A forged TemplateResult: Lit would try to render `strings` as a template. */
const TEMPLATE = () => ({ _$litType$: 1, strings: ['<img src=x onerror="window.__xss=true">'], values: [] });
/** A forged directive result. */
const DIRECTIVE = () => ({ _$litDirective$: 1, values: ['x'] });
/** A forged static value (lit/static-html). */
const STATIC = () => ({ _$litStatic$: '<b>static</b>', r: 1 });

const host: ApiContext = { apiBase, auth: hostTokenSource({ accessToken: HOST_TOKEN }) };
const pub: ApiContext = { apiBase };

const PORTAL_DATA = '/subdomains/demo/publicly-available-portal-datas/press';
const GUEST_DATA = '/subdomains/demo/publicly-available-guest-upload-data/submit-photos';
const SEARCH = { from: 0, pageSize: 10, criterion: { type: 'MATCH_ALL' }, sorts: [] };

/** Nothing Lit would take for one of its own values is left anywhere in `value`. */
function expectNoLitMarkers(value: unknown): void {
  expect(JSON.stringify(value) ?? '').not.to.match(/_\$lit/);
}

/** The first `n` results of a search answer, for rewriting. */
const results = (answer: Json) => answer.results as Json[];

interface Attack {
  name: string;
  /** RegExp source of the path whose answer is rewritten, and how the original is fetched. */
  path: string;
  original: () => Promise<Json>;
  rewrite: (answer: Json) => void;
  /** Calls the API and checks what the elements would get. */
  check: () => Promise<void>;
}

const ATTACKS: Attack[] = [
  {
    name: 'portal data: a forged template and directive as the welcome message',
    path: PORTAL_DATA,
    original: () => rawAnswer(PORTAL_DATA, undefined, null),
    rewrite: (a) => (a.result.welcomeMessage = { title: TEMPLATE(), body: DIRECTIVE() }),
    check: async () => {
      const portal = await getPortalData(pub, 'demo', 'press');
      expect(portal.welcomeMessage).to.equal(null);
      expectNoLitMarkers(portal);
    },
  },
  {
    name: 'portal data: one welcome text forged, the other kept',
    path: PORTAL_DATA,
    original: () => rawAnswer(PORTAL_DATA, undefined, null),
    rewrite: (a) => (a.result.welcomeMessage.title = DIRECTIVE()),
    check: async () => {
      const portal = await getPortalData(pub, 'demo', 'press');
      expect(portal.welcomeMessage!.title).to.equal('');
      expect(portal.welcomeMessage!.body).to.be.a('string').and.not.equal('');
    },
  },
  {
    name: 'portal data: slugs, currentSlug and accentColor forged',
    path: PORTAL_DATA,
    original: () => rawAnswer(PORTAL_DATA, undefined, null),
    rewrite: (a) =>
      Object.assign(a.result, { slugs: [TEMPLATE(), 'press'], currentSlug: STATIC(), accentColor: DIRECTIVE() }),
    check: async () => {
      const portal = await getPortalData(pub, 'demo', 'press');
      expect(portal.slugs).to.deep.equal(['press']);
      expect(portal).not.to.have.property('currentSlug');
      expect(portal).not.to.have.property('accentColor');
    },
  },
  {
    name: 'portal data: a forged name (required text) is invalid-response, not a crash',
    path: PORTAL_DATA,
    original: () => rawAnswer(PORTAL_DATA, undefined, null),
    rewrite: (a) => (a.result.name = TEMPLATE()),
    check: async () => {
      await rejection(getPortalData(pub, 'demo', 'press'), 'invalid-response');
    },
  },
  {
    name: 'asset search: forged filename (skipped), dateAdded, dateLive, dateLastModified, mediaType (left out or derived)',
    path: '^/asset-searches$',
    original: () => rawAnswer('/asset-searches', SEARCH),
    rewrite: (a) => {
      const [first, second, third, fourth] = results(a).map((r) => r.result);
      first.currentAssetFile.filename = TEMPLATE();
      second.currentAssetFile.dateAdded = DIRECTIVE();
      second.currentAssetFile.mediaType = { type: TEMPLATE(), subType: 'jpeg' };
      third.lifecycleStatus = { ...third.lifecycleStatus, dateLive: TEMPLATE() };
      fourth.dateLastModified = STATIC();
    },
    check: async () => {
      const page = await searchAssets(host, SEARCH as never);
      expect(page.skipped).to.equal(1);
      expectNoLitMarkers(page);
      const [second, third, fourth] = page.results.map((r) => r.result);
      expect(second.currentAssetFile).not.to.have.property('dateAdded');
      expect(second.currentAssetFile!.mediaType.type).to.be.a('string');
      expect(third.lifecycleStatus).not.to.have.property('dateLive');
      expect(fourth).not.to.have.property('dateLastModified');
    },
  },
  {
    name: 'folder options: a forged value (skipped) and a forged parent (no parent)',
    path: '^/field-option-searches$',
    original: async () => {
      const { fieldId } = await getFolderSettings(host);
      return rawAnswer('/field-option-searches', {
        ...SEARCH,
        criterion: { type: 'FIELD_EQUALS', field: 'FIELD_ID', value: fieldId },
      });
    },
    rewrite: (a) => {
      results(a)[0].result.value = DIRECTIVE();
      results(a)[1].result.parent = TEMPLATE();
    },
    check: async () => {
      const page = await searchFieldOptions(host, { criterion: { type: 'FIELD_IS_EMPTY', field: 'PARENT_ID' } });
      expect(page.skipped).to.equal(1);
      expect(page.results[0].result.parent).to.equal(null);
      for (const { result } of page.results) expect(result.value).to.be.a('string');
      expectNoLitMarkers(page);
    },
  },
  {
    name: 'presets: a forged name (skipped)',
    path: '^/preset-transformation-searches$',
    original: () => rawAnswer('/preset-transformation-searches', { ...SEARCH, pageSize: 100 }),
    rewrite: (a) => (results(a)[0].result.name = TEMPLATE()),
    check: async () => {
      const presets = await searchPresets(host);
      for (const preset of presets) expect(preset.name).to.be.a('string');
      expectNoLitMarkers(presets);
    },
  },
  {
    name: 'guest upload data: forged message and heading (left out)',
    path: GUEST_DATA,
    original: () => rawAnswer(GUEST_DATA, undefined, null),
    rewrite: (a) => Object.assign(a.result, { message: DIRECTIVE(), messageHeading: TEMPLATE() }),
    check: async () => {
      const data = await getGuestUploadData(pub, 'demo', 'submit-photos');
      expect(data.message).to.equal(null);
      expect(data.messageHeading).to.equal(null);
      expect(data.name).to.be.a('string');
    },
  },
  {
    name: 'theme: a forged accent colour (left out)',
    path: '^/theme-searches$',
    original: () =>
      rawAnswer(
        '/theme-searches',
        { from: 0, pageSize: 1, criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value: 'demo' }, sorts: [] },
        null,
      ),
    rewrite: (a) => (results(a)[0].result.accentColour = DIRECTIVE()),
    check: async () => {
      const theme = await getThemeBySubdomain(pub, 'demo');
      expect(theme).not.to.have.property('accentColour');
    },
  },
];

/** Serves `original` rewritten by `rewrite` as every answer to `path`. */
async function serveRewritten(attack: Pick<Attack, 'path' | 'original' | 'rewrite'>): Promise<void> {
  const answer = await attack.original();
  attack.rewrite(answer);
  await setFaults({ routes: [{ path: attack.path, body: JSON.stringify(answer) }] });
}

describe('attacks, class 12: Lit look-alikes never reach an element as text (api)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('no marker key survives parsing, at any depth', async () => {
    await serveRewritten({
      path: PORTAL_DATA,
      original: () => rawAnswer(PORTAL_DATA, undefined, null),
      rewrite: (a) => Object.assign(a.result, { extra: { deep: [{ _$litType$: 1 }, DIRECTIVE()] }, _$litStatic$: 'x' }),
    });
    expectNoLitMarkers(await getPortalData(pub, 'demo', 'press'));
  });

  for (const attack of ATTACKS) {
    it(attack.name, async () => {
      await serveRewritten(attack);
      await attack.check();
    });
  }
});

interface ElementAttack {
  name: string;
  attack: Pick<Attack, 'path' | 'original' | 'rewrite'>;
  /** Mounts the element and waits until it has shown what the answer fed it. */
  run: (root: HTMLElement) => Promise<HTMLElement>;
}

const ELEMENT_ATTACKS: ElementAttack[] = [
  {
    name: 'portal: forged welcome message and slugs',
    attack: ATTACKS[0],
    run: async (root) => {
      const el = mountPortal(root, origins, 'press');
      await untilPortalResults(el);
      await until(() => tilesOf(el).length > 0, 'portal tiles');
      return el;
    },
  },
  {
    name: 'portal: forged asset fields in the search results',
    attack: ATTACKS[4],
    run: async (root) => {
      const el = mountPortal(root, origins, 'press');
      await untilPortalResults(el);
      await until(() => tilesOf(el).length > 0, 'portal tiles');
      // Open an asset whose date was forged: its details render too.
      tilesOf(el)[0].click();
      await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view');
      return el;
    },
  },
  {
    name: 'guest upload: forged message and heading',
    attack: ATTACKS[7],
    run: async (root) => {
      const el = mountUpload(root, origins);
      await until(() => $(el, '#email'), 'email form');
      return el;
    },
  },
];

describe('attacks, class 12: elements render forged answers as data, without crashing (elements)', () => {
  const root = elementRoot();
  beforeEach(() => (window.__xss = undefined));

  for (const row of ELEMENT_ATTACKS) {
    it(row.name, async () => {
      const page = watchPage();
      await serveRewritten(row.attack);
      const el = await row.run(root());
      expect(visibleText(el)).not.to.contain('[object Object]');
      expect(window.__xss).to.equal(undefined);
      page.check();
    });
  }
});
