/**
 * Issue 16 class 15: a 400 whose server message echoed `Bearer <token>` went verbatim into
 * `dash-error.message`. Every DashError message is scrubbed (src/api/scrub.ts): Bearer, Basic and
 * Passcode values, JWT-shaped strings, `token=`/`key=`/`signature=` query values and JSON fields,
 * and — in the one request path — the call's own token and passcode wherever the server echoes
 * them. The backend's route fault writes the request's real credential into its answer
 * (`{{credential}}` in a fault body), so these are the echoes a hostile or careless server makes.
 *
 * One row per attack: adding one is one line.
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../../support/backend.js';
import type { DashErrorCode, DashErrorDetail } from '../../../src/api/errors.js';
import { hostTokenSource, portalTokenSource } from '../../../src/api/tokens.js';
import { getFolderSettings } from '../../../src/api/folders.js';
import { SecretRecorder } from '../../support/detectors.js';
import {
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  selectFiles,
  smallFile,
  submitEmail,
  submitPasscode,
  until,
  $,
} from '../../support/flows.js';
import {
  cmsGalleryIdOf,
  detailText,
  elementRoot,
  errorText,
  origins,
  rejection,
  visibleText,
  watchPage,
} from './support.js';

/** An opaque host token (not JWT-shaped, so only the "current token" rule can catch it bare). */
const SECRET_TOKEN = 'opaque-Secret_Token-4242';
const OTHER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzb21lb25lLWVsc2UifQ.c2lnbmF0dXJlLW9mLWFub3RoZXI';
const message = (text: string) => JSON.stringify({ status: 400, error: 'Bad Request', message: text });

interface Attack {
  name: string;
  /** The server's message; `{{credential}}` is the request's own token or passcode. */
  says: string;
  /** Text that must not survive (besides the credential itself). */
  secrets?: string[];
  /** Text around the secret that must survive, so the message still helps. */
  keeps: string;
}

const ATTACKS: Attack[] = [
  {
    name: 'Authorization: Bearer <token> echoed',
    says: 'Invalid header Authorization: Bearer {{credential}}',
    keeps: 'Invalid header',
  },
  {
    name: 'the bare current token echoed',
    says: 'token {{credential}} is not valid for this account',
    keeps: 'is not valid for this account',
  },
  {
    name: 'the token in a query string',
    says: 'GET /x?access_token={{credential}}&page=2 refused',
    keeps: '&page=2 refused',
  },
  {
    name: 'the token in an echoed JSON body',
    says: 'body was {"accessToken":"{{credential}}","from":0}',
    keeps: '"from":0',
  },
  {
    name: "someone else's JWT",
    says: `token ${OTHER_JWT} expired`,
    secrets: [OTHER_JWT.slice(0, 30)],
    keeps: 'expired',
  },
  {
    name: 'a signed S3 URL',
    says: 'upload https://s3.example/b/k?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=0123abcd failed',
    secrets: ['AKIAEXAMPLE', '0123abcd'],
    keeps: 'failed',
  },
  {
    name: 'Basic credentials',
    says: 'proxy sent Basic dXNlcjpwYXNzd29yZA== upstream',
    secrets: ['dXNlcjpwYXNzd29yZA'],
    keeps: 'upstream',
  },
  {
    name: 'an API key and a signature parameter',
    says: 'denied: key=live_k3y_abcdef&signature=f00dfeed',
    secrets: ['live_k3y_abcdef', 'f00dfeed'],
    keeps: 'denied',
  },
];

describe('attacks, class 15: credentials scrubbed from server text (api)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  for (const attack of ATTACKS) {
    it(attack.name, async () => {
      await setFaults({ routes: [{ path: '^/folder-settings$', status: 400, body: message(attack.says) }] });
      const error = await rejection(
        getFolderSettings({ apiBase, auth: hostTokenSource({ accessToken: SECRET_TOKEN }) }),
        'bad-request',
      );
      const text = detailText(error.toDetail());
      for (const secret of [SECRET_TOKEN, ...(attack.secrets ?? [])]) expect(text).not.to.contain(secret);
      expect(error.message).to.contain('[redacted]');
      expect(error.message).to.contain(attack.keeps);
    });
  }

  it("a passcode the server echoes on refusing it (letters only: caught as the call's own passcode)", async () => {
    await setFaults({
      routes: [
        {
          path: '/access-token$',
          status: 403,
          body: message('Passcode {{credential}} is not the passcode of this portal'),
        },
      ],
    });
    const source = portalTokenSource({ apiBase }, { subdomain: 'demo', portal: 'partners', passcode: 'letmein' });
    const error = await rejection(source.getToken(), 'wrong-passcode');
    const text = detailText(error.toDetail());
    expect(text).not.to.contain('letmein');
    expect(text).to.contain('is not the passcode of this portal');
  });
});

interface ElementAttack {
  name: string;
  /** Path (RegExp source) whose answer echoes the credential, method optional. */
  path: string;
  method?: string;
  status?: number;
  mount: (root: HTMLElement) => Promise<HTMLElement> | HTMLElement;
  /** Code of the first dash-error (or dash-upload-error's error). */
  code: DashErrorCode;
}

let cmsGalleryId = '';
const ECHO = 'Rejected: Authorization: Bearer {{credential}}; token {{credential}}; ?token={{credential}}';

const ELEMENT_ATTACKS: ElementAttack[] = [
  {
    name: 'portal: its asset search echoes the portal token',
    path: '^/asset-searches$',
    mount: (root) => mountPortal(root, origins, 'press'),
    code: 'bad-request',
  },
  {
    name: 'portal: the token call echoes the typed passcode',
    path: '/access-token$',
    status: 403,
    mount: async (root) => {
      const el = mountPortal(root, origins, 'partners');
      await until(() => $(el, '#passcode'), 'passcode form');
      submitPasscode(el, 'letmein');
      return el;
    },
    code: 'wrong-passcode',
  },
  {
    name: 'picker: a host token echoed by every call',
    path: '.*',
    mount: (root) => mountPicker(root, origins, { token: SECRET_TOKEN }),
    code: 'bad-request',
  },
  {
    name: 'gallery (cms): the API key echoed',
    path: '^/api/v1/galleries/[^/]+$',
    mount: (root) => mountGallery(root, origins, { source: 'cms', gallery: cmsGalleryId, token: SECRET_TOKEN }),
    code: 'bad-request',
  },
  {
    name: 'guest upload: the batch job echoes the guest token',
    path: '^/asset-and-upload-batch-jobs$',
    method: 'POST',
    mount: async (root) => {
      const el = mountUpload(root, origins);
      await until(() => $(el, '#email'), 'email form');
      submitEmail(el);
      await until(() => $(el, '#file-input'), 'drop zone');
      selectFiles(el, [smallFile('echo.jpg', 16 * 1024)]);
      return el;
    },
    code: 'bad-request',
  },
];

describe('attacks, class 15: no token in dash-error details or on screen (elements)', () => {
  let recorder: SecretRecorder | undefined;
  before(async () => {
    await resetBackend();
    cmsGalleryId = await cmsGalleryIdOf();
  });
  const root = elementRoot();
  afterEach(() => recorder?.dispose());

  for (const attack of ELEMENT_ATTACKS) {
    it(attack.name, async () => {
      const page = watchPage();
      recorder = new SecretRecorder();
      const details: DashErrorDetail[] = [];
      root().addEventListener('dash-error', (event) => details.push((event as CustomEvent<DashErrorDetail>).detail));
      root().addEventListener('dash-upload-error', (event) =>
        details.push((event as CustomEvent<{ error: DashErrorDetail }>).detail.error),
      );
      const body = message(attack.status === 403 ? 'Passcode {{credential}} refused' : ECHO);
      await setFaults({ routes: [{ path: attack.path, method: attack.method, status: attack.status ?? 400, body }] });
      const el = await attack.mount(root());
      const detail = await until(() => details[0], 'a dash-error', 20_000);
      await until(() => errorText(el), 'an error shown');
      expect(detail.code, detailText(detail)).to.equal(attack.code);
      // The echo happened (control), and what the server echoed was cut.
      expect(detailText(detail)).to.contain('[redacted]');
      const secrets = [...recorder.secrets].filter((secret) => secret.length >= 6);
      expect(secrets, 'credentials the element sent').not.to.be.empty;
      const everything = [...details.map(detailText), visibleText(el)].join('\n');
      for (const secret of secrets) expect(everything, 'a credential in a detail or on screen').not.to.contain(secret);
      expect(recorder.leaks(root()), 'other places').to.deep.equal([]);
      page.check();
    });
  }
});
