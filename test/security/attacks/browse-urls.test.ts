/**
 * Issue 16 class 4: `dash-download` and the picker's results used to carry unchecked URLs
 * (`javascript:…`, control-character prefixed): a host doing `location.href = e.detail.url` ran
 * script. Every URL in every event detail and in the paste-ready snippet now goes through the one
 * `safeUrl` (src/api/safe-url.ts); an unusable URL is an error (a `dash-error`, the download
 * reported failed, the item not inserted), never `url: ''`.
 *
 * The hostile API origin is the local backend's route fault `body`: a real finished job, recorded
 * from the element's own request, with every URL in it replaced by the attack. One row per
 * attack: adding one is one line in URL_ATTACKS. Class 11 (the accent colour) is kept holding the
 * same way, through the theme search's answer (ACCENT_ATTACKS).
 */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES, type RouteFault } from '../../support/backend.js';
import type { DashErrorDetail } from '../../../src/api/errors.js';
import type { PickedAsset } from '../../../src/asset-picker.js';
import '../../../src/portal-browser.js';
import '../../../src/asset-picker.js';
import {
  $,
  mountPicker,
  mountPortal,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../../support/flows.js';
import { elementRoot } from './support.js';

/** `http`: the event carries the URL, normalised by `safeUrl`. `error`: the item errors. */
type Outcome = 'http' | 'error';

const S = 'window.__xss=1';
const URL_ATTACKS: { name: string; url: string; outcome: Outcome; preview?: Outcome }[] = [
  { name: 'javascript:', url: `javascript:${S}`, outcome: 'error' },
  { name: 'mixed-case JaVaScRiPt:', url: `JaVaScRiPt:${S}`, outcome: 'error' },
  { name: 'U+0001 before javascript:', url: `\u0001javascript:${S}`, outcome: 'error' },
  { name: 'U+0000 before javascript:', url: `\u0000javascript:${S}`, outcome: 'error' },
  { name: 'U+001F before javascript:', url: `\u001fjavascript:${S}`, outcome: 'error' },
  { name: 'space before javascript:', url: ` javascript:${S}`, outcome: 'error' },
  { name: 'tab and vertical tab before javascript:', url: `\t\u000bjavascript:${S}`, outcome: 'error' },
  { name: 'newline inside the scheme', url: `java\nscript:${S}`, outcome: 'error' },
  { name: 'tab inside the scheme', url: `java\tscript:${S}`, outcome: 'error' },
  { name: 'javascript:// with an encoded newline', url: `javascript://%0a${S}`, outcome: 'error' },
  { name: 'entity-encoded colon (a relative path)', url: `javascript&colon;${S}`, outcome: 'error', preview: 'http' },
  { name: 'data:text/html', url: `data:text/html,<script>${S}</script>`, outcome: 'error' },
  {
    name: 'data:text/html;base64',
    url: `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
    outcome: 'error',
  },
  { name: 'data:image/svg+xml with onload', url: `data:image/svg+xml,<svg onload="${S}"/>`, outcome: 'error' },
  { name: 'vbscript:', url: 'vbscript:msgbox(1)', outcome: 'error' },
  // A preview URL from a search answer resolves against the page, as an <img src> would; a job's
  // URL has no base, so these two are errors there.
  { name: 'protocol-relative //evil', url: '//evil.example/steal', outcome: 'error', preview: 'http' },
  { name: 'backslashes \\\\evil', url: '\\\\evil.example\\steal', outcome: 'error', preview: 'http' },
  { name: 'blob:', url: 'blob:https://evil.example/0b1c', outcome: 'error' },
  { name: 'file:', url: 'file:///etc/passwd', outcome: 'error' },
  { name: 'ftp:', url: 'ftp://evil.example/x', outcome: 'error' },
  { name: 'about:blank', url: 'about:blank', outcome: 'error' },
  { name: 'mailto:', url: 'mailto:someone@example.com', outcome: 'error' },
  { name: 'empty string', url: '', outcome: 'error' },
  { name: 'a relative path (no base for a job URL)', url: '/files/a.jpg', outcome: 'error', preview: 'http' },
  // Controls: usable URLs arrive, normalised (no control character, lower-case scheme).
  { name: 'control: U+0001 before https:', url: '\u0001https://cdn.example/a.jpg', outcome: 'http' },
  { name: 'control: upper-case HTTPS:', url: 'HTTPS://CDN.example/a.jpg', outcome: 'http' },
];

/** Whether `text` holds a C0 control character, a space or DEL: none may survive in a URL handed to a host. */
const hasControlOrSpace = (text: string) =>
  [...text].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f);

/** A URL a host may hand to `location.href`: absolute http(s), exactly as `URL` normalises it. */
function expectHttp(url: unknown, where: string): void {
  expect(url, where).to.be.a('string');
  const text = url as string;
  expect(hasControlOrSpace(text), `${where}: no whitespace or control character in ${JSON.stringify(text)}`).to.equal(
    false,
  );
  const parsed = new URL(text);
  expect(['http:', 'https:'], `${where}: ${JSON.stringify(text)}`).to.include(parsed.protocol);
  expect(text, where).to.equal(parsed.href);
}

/** Every URL attribute of a snippet (src, srcset candidates, href), each http(s). */
function expectSnippetHttp(snippet: string, where: string): void {
  const template = document.createElement('template');
  template.innerHTML = snippet; // test only: inert, never connected
  const urls: string[] = [];
  for (const node of template.content.querySelectorAll('*')) {
    for (const name of ['src', 'href']) if (node.hasAttribute(name)) urls.push(node.getAttribute(name)!);
    const srcset = node.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  expect(urls.length, `${where}: the snippet has a URL`).to.be.greaterThan(0);
  urls.forEach((url) => expectHttp(url, `${where} snippet`));
}

/** Every http(s) URL string in a JSON answer replaced by `url` (whatever the field is called). */
function withUrl(json: string, url: string): string {
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return /^https?:\/\//i.test(value) ? url : value;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return JSON.stringify(replace(JSON.parse(json)));
}

/**
 * Records the raw text of the answers to requests whose URL contains `fragment`. `last()` is the
 * last answer, its `result.successes` merged with those of every job answered (the picker runs one
 * link job per rendition width in parallel, each reading only its own items).
 */
function recordAnswers(fragment: string): { last: () => string; lastRaw: () => string; stop: () => void } {
  const original = window.fetch;
  const seen: string[] = [];
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(fragment)) seen.push(await response.clone().text());
    return response;
  };
  return {
    last: () => {
      expect(seen.length, `an answer from ${fragment}`).to.be.greaterThan(0);
      const answers = seen.map((text) => JSON.parse(text) as { result?: { successes?: Record<string, unknown> } });
      const last = answers.at(-1)!;
      const successes = Object.assign({}, ...answers.map((answer) => answer.result?.successes ?? {}));
      expect(Object.keys(successes).length, 'a finished job').to.be.greaterThan(0);
      return JSON.stringify({ ...last, result: { ...last.result, successes } });
    },
    lastRaw: () => {
      expect(seen.length, `an answer from ${fragment}`).to.be.greaterThan(0);
      return seen.at(-1)!;
    },
    stop: () => (window.fetch = original),
  };
}

/** Every string under a key named `key` in a JSON answer replaced by `url`. */
function withField(json: string, key: string, url: string): string {
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === key && typeof v === 'string' ? url : replace(v)]),
      );
    }
    return value;
  };
  return JSON.stringify(replace(JSON.parse(json)));
}

/** Both answers of a batch job (creation and polling) carry `body`. */
const jobFaults = (path: string, body: string): RouteFault[] => [
  { method: 'POST', path: `${path}$`, body },
  { method: 'GET', path: `${path}/`, body },
];

/** The first of `names` the element dispatches. */
function firstOf(el: EventTarget, names: string[], timeoutMs = 20_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`none of ${names.join(', ')} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (event: Event) => {
      clearTimeout(timer);
      names.forEach((name) => el.removeEventListener(name, listener));
      resolve(event as CustomEvent);
    };
    names.forEach((name) => el.addEventListener(name, listener));
  });
}

const ACCENT_ATTACKS: { name: string; colour: string; applied: string }[] = [
  { name: 'var() with a url() fallback', colour: 'var(--x, url(//third.party.example/a.png))', applied: '' },
  { name: 'url()', colour: 'url(https://third.party.example/a.png)', applied: '' },
  { name: 'a declaration break', colour: 'red;background:url(https://third.party.example/b.png)', applied: '' },
  { name: 'expression()', colour: 'expression(alert(1))', applied: '' },
  { name: 'image-set()', colour: 'image-set("https://third.party.example/c.png" 1x)', applied: '' },
  { name: 'control: a hex colour', colour: '#ff6600', applied: '#ff6600' },
];

for (const profile of PROFILES) {
  describe(`attacks, class 4: URLs in event details and the snippet (${profile} profile)`, function () {
    this.timeout(180_000);
    const backend = backendFor(profile);
    const origins = { api: backend.apiBase, s3: backend.s3Base };
    const container = elementRoot(backend);

    it(`dash-download: ${URL_ATTACKS.length} URL variants in the finished download job`, async () => {
      const parent = container();
      const el = mountPortal(parent, origins, 'press');
      await untilPortalResults(el);
      tilesOf(el)[0]!.click();
      const button = await until(
        () => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]'),
        'download button',
      );
      const recorder = recordAnswers('/asset-download-batch-jobs');
      let job: string;
      try {
        const done = firstOf(el, ['dash-download', 'dash-error']);
        button.click();
        expect((await done).type, 'the clean download works').to.equal('dash-download');
        job = recorder.last();
      } finally {
        recorder.stop();
      }
      for (const attack of URL_ATTACKS) {
        const row = `${attack.name} ${JSON.stringify(attack.url)}`;
        await backend.setFaults({ routes: jobFaults('/asset-download-batch-jobs', withUrl(job, attack.url)) });
        await until(() => !button.disabled, `${row}: the button is free`);
        const outcome = firstOf(el, ['dash-download', 'dash-error']);
        button.click();
        const event = await outcome;
        if (attack.outcome === 'error') {
          expect(event.type, row).to.equal('dash-error');
          expect((event.detail as DashErrorDetail).message, row)
            .to.be.a('string')
            .and.not.equal('');
          const status = await until(
            () => $(el, '[part~=download-status][role=alert]'),
            `${row}: the download is reported failed`,
          );
          expect(status.textContent, row).to.match(/could not be prepared/);
          expect($(el, '[part~=download-link]'), `${row}: no link`).to.equal(null);
        } else {
          expect(event.type, row).to.equal('dash-download');
          const { url } = event.detail as { url: string };
          expectHttp(url, row);
          expect(url, row).to.equal(new URL(attack.url.trim()).href);
          const link = await until(() => $<HTMLAnchorElement>(el, '[part~=download-link]'), `${row}: the link`);
          expectHttp(link.getAttribute('href'), `${row} link`);
        }
      }
    });

    it(`dash-select: ${URL_ATTACKS.length} URL variants in the embeddable link job`, async () => {
      const parent = container();
      const el = mountPicker(parent, origins, { portal: 'press' });
      await untilPickerResults(el);
      tilesOf(el)[0]!.click();
      await until(() => /1/.test($(el, '.footer .status')?.textContent ?? ''), 'selection counted');
      const insert = $<HTMLButtonElement>(el, '[part~=insert-button]')!;
      const recorder = recordAnswers('/embeddable-link-batch-jobs');
      let job: string;
      try {
        const done = firstOf(el, ['dash-select', 'dash-error']);
        insert.click();
        expect((await done).type, 'the clean pick works').to.equal('dash-select');
        job = recorder.last();
      } finally {
        recorder.stop();
      }
      for (const attack of URL_ATTACKS) {
        const row = `${attack.name} ${JSON.stringify(attack.url)}`;
        await backend.setFaults({ routes: jobFaults('/embeddable-link-batch-jobs', withUrl(job, attack.url)) });
        await until(() => insert.getAttribute('aria-disabled') === 'false', `${row}: insert is free`);
        const outcome = firstOf(el, ['dash-select', 'dash-error']);
        insert.click();
        const event = await outcome;
        if (attack.outcome === 'error') {
          expect(event.type, row).to.equal('dash-error');
          // The link was answered, but with no usable URL: that, not a missing link, is the error.
          expect((event.detail as DashErrorDetail).code, `${row}: ${JSON.stringify(event.detail)}`).to.equal(
            'invalid-response',
          );
          expect((event.detail as DashErrorDetail).message, row).to.match(/URL|address/);
          await until(() => $(el, '.footer [role=alert]'), `${row}: the picker says the item was not inserted`);
        } else {
          expect(event.type, `${row}: ${JSON.stringify(event.detail)}`).to.equal('dash-select');
          const [picked] = (event.detail as { assets: PickedAsset[] }).assets;
          expectHttp(picked!.url, `${row} url`);
          expect(picked!.url, row).to.equal(new URL(attack.url.trim()).href);
          if (picked!.previewUrl !== null) expectHttp(picked!.previewUrl, `${row} previewUrl`);
          expectSnippetHttp(picked!.snippet, row);
        }
      }
    });
  });

  describe(`attacks, class 4: preview URLs from the search answer (${profile} profile)`, function () {
    this.timeout(240_000);
    const backend = backendFor(profile);
    const origins = { api: backend.apiBase, s3: backend.s3Base };
    const container = elementRoot(backend);
    /** The search answers of each element's first search, recorded once. */
    const answers: Record<string, string> = {};

    /** Mounts with every search answered by `attack` in the previews (the clean answer first). */
    async function mountWith<T extends HTMLElement>(
      key: string,
      mount: () => T,
      ready: (el: T) => Promise<void>,
      url?: string,
    ): Promise<T> {
      if (!answers[key]) {
        const recorder = recordAnswers('/asset-searches');
        try {
          const clean = mount();
          await ready(clean);
          answers[key] = recorder.lastRaw();
          clean.remove();
        } finally {
          recorder.stop();
        }
      }
      if (url !== undefined) {
        await backend.setFaults({
          routes: [{ method: 'POST', path: '/asset-searches$', body: withField(answers[key]!, 'previewUrl', url) }],
        });
      }
      const el = mount();
      await ready(el);
      return el;
    }

    it(`dash-select in preview mode (a VIEW-only portal) and dash-asset-open: ${URL_ATTACKS.length} variants of previewUrl`, async () => {
      const parent = container();
      for (const attack of URL_ATTACKS) {
        const row = `${attack.name} ${JSON.stringify(attack.url)}`;
        const outcome = attack.preview ?? attack.outcome;

        // The picker on a portal that may not publish links hands back preview URLs.
        const picker = await mountWith(
          'picker',
          () => mountPicker(parent, origins, { portal: 'partners', passcode: 'letmein' }),
          untilPickerResults,
          attack.url,
        );
        tilesOf(picker)[0]!.click();
        await until(() => /1/.test($(picker, '.footer .status')?.textContent ?? ''), `${row}: selection counted`);
        const picked = firstOf(picker, ['dash-select', 'dash-error']);
        $<HTMLButtonElement>(picker, '[part~=insert-button]')!.click();
        const event = await picked;
        if (outcome === 'error') {
          expect(event.type, `${row}: ${JSON.stringify(event.detail)}`).to.equal('dash-error');
          expect((event.detail as DashErrorDetail).code, row).to.equal('invalid-response');
          const alert = await until(() => $(picker, '.footer [role=alert]'), `${row}: the picker says why`);
          expect(alert.textContent, row).to.match(/no usable web address and was not inserted/);
        } else {
          expect(event.type, `${row}: ${JSON.stringify(event.detail)}`).to.equal('dash-select');
          const [item] = (event.detail as { assets: PickedAsset[] }).assets;
          expect(item!.urlKind, row).to.equal('preview');
          expectHttp(item!.url, `${row} url`);
          expectHttp(item!.previewUrl, `${row} previewUrl`);
          expectSnippetHttp(item!.snippet, row);
        }
        picker.remove();

        // The portal browser's dash-asset-open carries the asset: its previewUrl is http(s) or null.
        const portal = await mountWith(
          'portal',
          () => mountPortal(parent, origins, 'press'),
          untilPortalResults,
          attack.url,
        );
        const opened = firstOf(portal, ['dash-asset-open']);
        tilesOf(portal)[0]!.click();
        const { detail } = await opened;
        const previewUrl = (detail as { asset: { currentAssetFile: { previewUrl: string | null } } }).asset
          .currentAssetFile.previewUrl;
        if (outcome === 'error') expect(previewUrl, row).to.equal(null);
        else expectHttp(previewUrl, `${row} asset previewUrl`);
        portal.remove();
        await backend.setFaults({});
      }
    });
  });

  describe(`attacks, class 11: the accent colour from the theme (${profile} profile)`, function () {
    this.timeout(120_000);
    const backend = backendFor(profile);
    const origins = { api: backend.apiBase, s3: backend.s3Base };
    const container = elementRoot(backend);
    let theme: string;
    before(async () => {
      const response = await fetch(`${backend.apiBase}/theme-searches`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          criterion: { type: 'FIELD_EQUALS', field: 'SUBDOMAIN', value: 'demo' },
          sorts: [],
          from: 0,
          pageSize: 1,
        }),
      });
      theme = await response.text();
      expect(JSON.parse(theme).results.length, 'the account has a theme').to.equal(1);
    });

    for (const attack of ACCENT_ATTACKS) {
      it(`${attack.name}: ${attack.applied ? 'applied' : 'never applied, nothing fetched'}`, async () => {
        const parent = container();
        const json = JSON.parse(theme);
        json.results[0].result.accentColour = attack.colour;
        await backend.setFaults({ routes: [{ method: 'POST', path: '/theme-searches$', body: JSON.stringify(json) }] });
        const el = mountPortal(parent, origins, 'press');
        await untilPortalResults(el);
        if (attack.applied) await until(() => el.style.getPropertyValue('--_portal-accent'), 'the colour is applied');
        else await new Promise((resolve) => setTimeout(resolve, 200));
        expect(el.style.getPropertyValue('--_portal-accent').trim()).to.equal(attack.applied);
        const thirdParty = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('third.party.example'));
        expect(
          thirdParty.map((entry) => entry.name),
          'nothing fetched from a third party',
        ).to.deep.equal([]);
      });
    }
  });
}
