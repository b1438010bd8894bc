/**
 * `locale` values pages really set: `en_US` (the POSIX spelling WordPress prints), `de_DE`, junk,
 * and a removed attribute (null). Each element renders and works, with English as the fallback,
 * and nothing throws (Intl throws a RangeError on a malformed tag; issue 16 class 6).
 */
import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import {
  $,
  closeLightbox,
  counterOf,
  keydown,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  pickerStatus,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

describe('locale values', () => {
  let host: HTMLElement;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  beforeEach(async () => {
    await resetBackend();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    host.remove();
  });

  it('locale="en_US" shows the portal’s results in English', async () => {
    const el = mountPortal(host, origins, 'press');
    el.setAttribute('locale', 'en_US');
    await untilPortalResults(el);
    expect($(el, '.status-line')?.textContent).to.match(/\d+ assets?/);
    expect(uncaught).to.deep.equal([]);
  });

  it('locale="de_DE" shows the picker in German', async () => {
    const el = mountPicker(host, origins, { portal: 'press' });
    el.setAttribute('locale', 'de_DE');
    await untilPickerResults(el);
    expect(el.shadowRoot!.textContent).to.include('Assets durchsuchen');
    expect(pickerStatus(el)).to.match(/\d/);
    expect(uncaught).to.deep.equal([]);
  });

  it('a junk locale falls back to English in the uploader', async () => {
    const el = mountUpload(host, origins);
    el.setAttribute('locale', 'not a locale!');
    await until(() => $(el, '#email'), 'email form');
    expect($(el, 'button[type=submit]')?.textContent?.trim()).to.match(/[A-Za-z]/);
    expect(uncaught).to.deep.equal([]);
  });

  it('removing the locale attribute keeps the gallery and its lightbox working', async () => {
    const el = await mountGallery(host, origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` });
    el.setAttribute('locale', 'de');
    await el.updateComplete;
    el.removeAttribute('locale');
    await el.updateComplete;
    await openLightbox(el, 1);
    keydown('ArrowRight');
    await until(() => counterOf(el).startsWith('2'), 'next slide');
    await closeLightbox(el);
    expect(uncaught).to.deep.equal([]);
  });
});
