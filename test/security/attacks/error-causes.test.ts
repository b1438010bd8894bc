/**
 * Issue 16 class 7: every TypeError used to be reported as `network` ("Check your connection").
 * Errors are now classified by cause in the one request path (src/api/http.ts), before anything
 * is sent: a passcode a header cannot carry is `wrong-passcode` (the visitor is asked again and
 * told it cannot be sent as typed), an unusable api-base or a host token with a line break is
 * `invalid-config`, a token the server issues that cannot be sent or an answer our own code cannot
 * read is `invalid-response`, and only a fetch that fails is `network`.
 *
 * One row per attack: adding an attack is one line in ATTACKS or ELEMENT_ATTACKS.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults, type RouteFault } from '../../support/backend.js';
import { toDashError, type DashErrorCode } from '../../../src/api/errors.js';
import { request, type ApiContext } from '../../../src/api/http.js';
import { dashPaths } from '../../../src/api/endpoints.js';
import { getFolderSettings } from '../../../src/api/folders.js';
import { getPortalData } from '../../../src/api/portals.js';
import { hostTokenSource, portalTokenSource } from '../../../src/api/tokens.js';
import { $, mountPicker, mountPortal, submitPasscode, until, untilPortalResults } from '../../support/flows.js';
import {
  collectErrors,
  detailText,
  elementRoot,
  errorText,
  firstError,
  HOST_TOKEN,
  origins,
  rejection,
  requestsTo,
  visibleText,
  watchPage,
} from './support.js';

const SUBDOMAIN = 'demo';
const publicCtx = (extra: Partial<ApiContext> = {}): ApiContext => ({ apiBase, ...extra });
const hostCtx = (accessToken: string): ApiContext => ({ apiBase, auth: hostTokenSource({ accessToken }) });
const portalToken = (portal: string, passcode?: string) =>
  portalTokenSource(publicCtx(), { subdomain: SUBDOMAIN, portal, passcode }).getToken();

interface Attack {
  name: string;
  faults?: RouteFault[];
  call: () => Promise<unknown>;
  code: DashErrorCode;
  /** The error's message says the true cause. */
  says: RegExp;
  /** A path fragment that must never be requested (nothing is sent for a configuration error). */
  neverRequests?: string;
}

const ATTACKS: Attack[] = [
  {
    name: 'a passcode in Cyrillic with an emoji',
    call: () => portalToken('partners', 'пароль🔑'),
    code: 'wrong-passcode',
    says: /cannot be sent as typed/,
    neverRequests: '/access-token',
  },
  {
    name: 'a passcode with a line break and a header after it',
    call: () => portalToken('partners', 'letmein\r\nX-Evil: 1'),
    code: 'wrong-passcode',
    says: /cannot be sent as typed/,
    neverRequests: '/access-token',
  },
  {
    name: 'api-base null',
    call: () => getPortalData(publicCtx({ apiBase: null as never }), SUBDOMAIN, 'press'),
    code: 'invalid-config',
    says: /api-base null is not an http\(s\) URL/,
  },
  {
    name: 'api-base "undefined" (a framework stringified it)',
    call: () => getPortalData(publicCtx({ apiBase: 'undefined' }), SUBDOMAIN, 'press'),
    code: 'invalid-config',
    says: /api-base/,
  },
  {
    name: 'api-base javascript:',
    call: () => getPortalData(publicCtx({ apiBase: 'javascript:alert(1)//' }), SUBDOMAIN, 'press'),
    code: 'invalid-config',
    says: /api-base/,
  },
  {
    name: 'api-base that does not parse',
    call: () => getPortalData(publicCtx({ apiBase: 'http://[::1' }), SUBDOMAIN, 'press'),
    code: 'invalid-config',
    says: /api-base/,
  },
  {
    name: 'a host token with CR/LF',
    call: () => getFolderSettings(hostCtx(`${HOST_TOKEN}\r\nX-Injected: 1`)),
    code: 'invalid-config',
    says: /access token cannot be sent/,
    neverRequests: '/folder-settings',
  },
  {
    name: 'a host token outside Latin-1',
    call: () => getFolderSettings(hostCtx('тoken-ключ')),
    code: 'invalid-config',
    says: /access token cannot be sent/,
    neverRequests: '/folder-settings',
  },
  {
    name: "a host's getAccessToken() that throws a TypeError",
    call: () =>
      getFolderSettings({
        apiBase,
        auth: hostTokenSource({ getAccessToken: () => Promise.reject(new TypeError('session is undefined')) }),
      }),
    code: 'unauthorized',
    says: /access token failed: session is undefined/,
  },
  {
    name: 'the server issues a token with a line break',
    faults: [{ path: '/access-token$', body: '{"result": {"accessToken": "abc\\r\\nX-Evil: 1"}}' }],
    call: () => portalToken('press'),
    code: 'invalid-response',
    says: /accessToken should be a token/,
  },
  {
    name: 'an answer that makes our own code throw a TypeError',
    call: () =>
      request(publicCtx(), 'GET', dashPaths.portalData(SUBDOMAIN, 'press'), {
        validate: (json) => (json as { result: { nope: { deeper: string } } }).result.nope.deeper,
      }),
    code: 'invalid-response',
    says: /could not be read/,
  },
  {
    name: 'a refused connection (control: that is network)',
    call: () => getPortalData(publicCtx({ apiBase: 'http://127.0.0.1:9' }), SUBDOMAIN, 'press'),
    code: 'network',
    says: /network request failed/,
  },
  {
    name: 'a dropped connection (control: that is network)',
    faults: [{ path: '/publicly-available-portal-datas/', drop: true }],
    call: () => getPortalData(publicCtx(), SUBDOMAIN, 'press'),
    code: 'network',
    says: /network request failed/,
  },
];

describe('attacks, class 7: errors classified by cause (api)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  for (const attack of ATTACKS) {
    it(`${attack.name} → ${attack.code}`, async () => {
      if (attack.faults) await setFaults({ routes: attack.faults });
      const error = await rejection(attack.call(), attack.code);
      expect(error.message).to.match(attack.says);
      if (attack.neverRequests) expect(await requestsTo(attack.neverRequests)).to.deep.equal([]);
    });
  }

  /** Errors thrown outside the request path, as an element's reportError() sees them. */
  const THROWN: [string, unknown, DashErrorCode][] = [
    [
      'a TypeError from reading an odd answer',
      new TypeError("Cannot read properties of undefined (reading 'map')"),
      'invalid-response',
    ],
    ['a RangeError from an odd value', new RangeError('Invalid time value'), 'invalid-response'],
    [
      'a lazy chunk that failed to load (Chromium)',
      new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js'),
      'network',
    ],
    ['a lazy chunk that failed to load (Safari)', new TypeError('Importing a module script failed.'), 'network'],
    ['a direct fetch that failed (Chromium)', new TypeError('Failed to fetch'), 'network'],
    [
      'a direct fetch that failed (Firefox)',
      new TypeError('NetworkError when attempting to fetch resource.'),
      'network',
    ],
  ];
  for (const [name, thrown, code] of THROWN) {
    it(`${name} → ${code}`, () => {
      expect(toDashError(thrown)!.code).to.equal(code);
    });
  }

  it('an abort is no error at all', () => {
    expect(toDashError(new DOMException('stop', 'AbortError'))).to.equal(undefined);
  });
});

interface ElementAttack {
  name: string;
  mount: (root: HTMLElement) => HTMLElement;
  code: DashErrorCode;
  /** What the visitor reads. */
  shows: RegExp;
  /** A secret the element was given: never in a dash-error detail or on screen. */
  secret?: string;
  /** Optionally: the element recovers once the visitor fixes the input. */
  recover?: (el: HTMLElement) => Promise<void>;
}

const ELEMENT_ATTACKS: ElementAttack[] = [
  {
    name: 'portal: the visitor types пароль🔑',
    mount: (root) => {
      const el = mountPortal(root, origins, 'partners');
      void until(() => $(el, '#passcode'), 'passcode form').then(() => submitPasscode(el, 'пароль🔑'));
      return el;
    },
    code: 'wrong-passcode',
    shows: /cannot be sent as typed/,
    secret: 'пароль',
    recover: async (el) => {
      submitPasscode(el, 'letmein');
      await untilPortalResults(el as never);
    },
  },
  {
    name: 'picker: a passcode property with an emoji',
    mount: (root) => mountPicker(root, origins, { portal: 'partners', passcode: 'letmein🔑' }),
    code: 'wrong-passcode',
    shows: /cannot be sent as typed/,
    secret: 'letmein',
  },
  {
    name: 'portal: api-base removed (null)',
    mount: (root) => {
      const el = mountPortal(root, origins, 'press');
      el.removeAttribute('api-base');
      return el;
    },
    code: 'invalid-config',
    shows: /not set up correctly/,
  },
  {
    name: 'picker: a host token with CR/LF',
    mount: (root) => mountPicker(root, origins, { token: `${HOST_TOKEN}\r\nX-Injected: 1` }),
    code: 'invalid-config',
    shows: /not set up correctly/,
    secret: 'X-Injected',
  },
];

describe('attacks, class 7: what the visitor reads (elements)', () => {
  const root = elementRoot();

  for (const attack of ELEMENT_ATTACKS) {
    it(`${attack.name} → ${attack.code}, in plain words, never "check your connection"`, async () => {
      const page = watchPage();
      const errors: ReturnType<typeof collectErrors> = [];
      root().addEventListener('dash-error', (event) => errors.push((event as CustomEvent).detail));
      const el = attack.mount(root());
      const detail = await firstError(errors);
      expect(detail.code, detailText(detail)).to.equal(attack.code);
      const shown = await until(() => errorText(el), 'an error shown');
      expect(shown).to.match(attack.shows);
      expect(shown).not.to.match(/connection/i);
      if (attack.secret) {
        expect(detailText(detail)).not.to.contain(attack.secret);
        expect(visibleText(el)).not.to.contain(attack.secret);
      }
      if (attack.recover) await attack.recover(el);
      page.check();
    });
  }
});
