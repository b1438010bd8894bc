/**
 * Token hygiene: with every bearer token, passcode and issued `accessToken` recorded as it goes
 * over the wire (SecretRecorder wraps `fetch`), each element's main flow must leave none of them
 * in any attribute (shadow roots included), the page URL, localStorage, sessionStorage, cookies
 * or the console.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import { SecretRecorder } from '../support/detectors.js';
import {
  $,
  galleryFlow,
  pickerFlow,
  portalFlow,
  submitPasscode,
  until,
  untilPortalResults,
  mountPortal,
  uploadFlow,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };
const noop = () => {};

async function publicPortal(slug: string): Promise<{ id: string; whitelistedFolderFieldOptionIds: string[] }> {
  const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/${slug}`);
  return ((await response.json()) as { result: { id: string; whitelistedFolderFieldOptionIds: string[] } }).result;
}

/** A real portal JWT, to act as a host app's token (the backend's own host token is too short to search for). */
async function portalJwt(slug: string): Promise<string> {
  const { id } = await publicPortal(slug);
  const response = await fetch(`${apiBase}/portals/${id}/access-token`);
  const body = (await response.json()) as { result?: { accessToken?: string }; accessToken?: string };
  const token = body.result?.accessToken ?? body.accessToken;
  if (!token) throw new Error(`no portal token: ${JSON.stringify(body)}`);
  return token;
}

/** Every event the elements dispatch, whose details a host app may log or send anywhere. */
const EVENTS = [
  'dash-error',
  'dash-portal-ready',
  'dash-asset-open',
  'dash-download',
  'dash-gallery-load',
  'dash-lightbox-open',
  'dash-lightbox-close',
  'dash-select',
  'dash-cancel',
  'dash-upload-start',
  'dash-upload-progress',
  'dash-upload-complete',
  'dash-upload-error',
];

describe('token hygiene', function () {
  this.timeout(90_000);
  let recorder: SecretRecorder;
  let startUrl: string;
  let details: string[];
  const onEvent = (event: Event) => {
    try {
      details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
    } catch {
      details.push(`${event.type} (unserializable)`);
    }
  };
  before(() => resetBackend());
  after(() => resetBackend());
  beforeEach(() => {
    startUrl = location.href;
    localStorage.clear();
    sessionStorage.clear();
    recorder = new SecretRecorder();
    details = [];
    performance.clearResourceTimings();
    EVENTS.forEach((name) => document.addEventListener(name, onEvent));
  });
  afterEach(() => {
    EVENTS.forEach((name) => document.removeEventListener(name, onEvent));
    recorder.dispose();
    history.replaceState(null, '', startUrl);
  });

  /** The flow must have handled at least one searchable secret, and leaked none. */
  async function expectNoLeak(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 100)); // response bodies are read async
    const searchable = [...recorder.secrets].filter((s) => s.length >= 6);
    expect(searchable.length, 'secrets seen').to.be.greaterThan(0);
    expect(recorder.leaks(), `leaked: ${[...recorder.secrets].join(', ')}`).to.deep.equal([]);
    // Nor in any URL the page requested (query strings end up in server logs and Referer), nor
    // in the details of the events a host app receives.
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    for (const secret of searchable) {
      expect(
        urls.filter((url) => url.includes(secret)),
        'secret in a request URL',
      ).to.deep.equal([]);
      expect(
        details.filter((detail) => detail.includes(secret)),
        'secret in an event detail',
      ).to.deep.equal([]);
    }
    expect(details.length, 'events were seen').to.be.greaterThan(0);
  }

  it('control: the detector finds a secret in an attribute, storage and the console', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    recorder.secrets.add('s3cr3t-token-value');
    root.dataset.leak = 'Bearer s3cr3t-token-value';
    sessionStorage.setItem('x', 's3cr3t-token-value');
    console.debug('token s3cr3t-token-value');
    expect(recorder.leaks()).to.include.members(['<div data-leak>', 'sessionStorage', 'console']);
  });

  it('dash-gallery: portal token (passcode portal, with deep links) and lightbox', async () => {
    const partners = await publicPortal('partners');
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    await galleryFlow(root, origins, noop, {
      source: 'dash-portal',
      portal: 'partners',
      id: 'tokens',
      deepLink: true,
      passcode: 'letmein',
      folder: partners.whitelistedFolderFieldOptionIds[0],
    });
    expect(recorder.secrets.has('letmein'), 'the passcode was sent').to.equal(true);
    await expectNoLeak();
  });

  it('dash-portal-browser: passcode typed into the form, browsing, URL sync, download', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = mountPortal(root, origins, 'partners', undefined, true);
    await until(() => $(el, '#passcode'), 'passcode form');
    submitPasscode(el, 'letmein');
    await untilPortalResults(el);
    expect(recorder.secrets.has('letmein'), 'the passcode was sent').to.equal(true);
    await expectNoLeak();
    // And the full flow with downloads on the press portal.
    await portalFlow(root, origins, noop, 'press', undefined, true);
    await expectNoLeak();
  });

  it('dash-asset-picker: portal visitor, then a host-supplied token', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    await pickerFlow(root, origins, noop, { portal: 'press' });
    await expectNoLeak();
    const token = await portalJwt('press');
    recorder.secrets.add(token);
    await pickerFlow(root, origins, noop, { token });
    await expectNoLeak();
  });

  it('dash-guest-upload: email → guest token → upload', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    await uploadFlow(root, origins, noop);
    expect(
      [...recorder.secrets].some((s) => s.split('.').length === 3),
      'a guest JWT was issued',
    ).to.equal(true);
    await expectNoLeak();
  });
});
