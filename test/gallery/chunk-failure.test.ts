// What a visitor gets when code the gallery loads on demand cannot be fetched (offline, a CDN
// hiccup): the source's adapter (the gallery shows the error state, and its retry recovers once
// the network is back) and PhotoSwipe (the tile does not open, dash-error says why, and the next
// click opens it). A service worker fails the chunk's requests; the gallery runs in a frame under
// the worker's scope, with a module map of its own, so the chunk is really fetched there.
import { expect } from '@open-wc/testing';
import { apiBase, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

const folder = '/test/gallery/chunk-failure/';
const JSON_SRC = `${apiBase}/demo-data/gallery.json`;

describe('dash-gallery: a lazy chunk that fails to load', () => {
  let registration: ServiceWorkerRegistration;
  let frame: HTMLIFrameElement;
  let codes: string[];

  /** Requests whose path contains `fragment` fail from now on ('' lets everything through). */
  async function block(fragment: string): Promise<void> {
    const worker = registration.active!;
    const answered = new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('message', resolve, { once: true }),
    );
    worker.postMessage(fragment);
    await answered;
  }

  async function mountInFrame(attrs: Record<string, string>): Promise<DashGallery> {
    const doc = frame.contentDocument!;
    await until(() => frame.contentWindow!.customElements.get('dash-gallery'), 'the frame never defined dash-gallery');
    const el = doc.createElement('dash-gallery') as DashGallery;
    el.style.width = '800px';
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.addEventListener('dash-error', (e) => codes.push((e as CustomEvent<{ code: string }>).detail.code));
    doc.body.append(el);
    return el;
  }

  const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

  before(async () => {
    registration = await navigator.serviceWorker.register(`${folder}sw.js`, { scope: folder });
    await until(() => registration.active?.state === 'activated', 'the service worker never activated');
  });

  beforeEach(async () => {
    codes = [];
    await block('');
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:700px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${folder}page.html?${Math.random()}`;
    document.body.append(frame);
    await loaded;
    expect(frame.contentWindow!.navigator.serviceWorker.controller, 'frame not under the worker').to.not.equal(null);
  });

  afterEach(async () => {
    frame.remove();
    await block('');
  });

  after(() => registration.unregister());

  it('the source adapter: the error state says to check the connection, and its retry recovers', async () => {
    await block('/src/api/adapters/json.ts');
    const el = await mountInFrame({ source: 'json', src: JSON_SRC });
    const alert = await until(() => $(el, '[part=error]'), 'no error state');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('We could not reach the server');
    expect(alert.textContent).to.contain('Check your connection and try again.');
    expect(codes).to.deep.equal(['network']);

    // Back online: the retry button fetches the adapter again and shows the gallery.
    await block('');
    $(el, '[part=retry-button]')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('.cell').length > 0, 'the retry did not recover');
    expect($(el, '[part=error]')).to.equal(null);
    expect(codes).to.deep.equal(['network']);
  });

  it('PhotoSwipe: the tile does not open and dash-error says why; the next click opens it', async () => {
    await block('/src/elements/gallery/lightbox.ts');
    const el = await mountInFrame({ source: 'json', src: JSON_SRC });
    const tile = await until(() => $(el, '.cell[aria-posinset="1"] .tile'), 'no tiles');
    tile.click();
    await until(() => codes.length, 'no dash-error');
    expect(codes).to.deep.equal(['network']);
    expect($(el, '.pswp')).to.equal(null);
    // The gallery itself stays as it was: its tiles, no error state in their place.
    expect($(el, '[part=error]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.cell').length).to.be.greaterThan(0);

    await block('');
    const opened = new Promise((resolve) => el.addEventListener('dash-lightbox-open', resolve, { once: true }));
    tile.click();
    await opened;
    expect($(el, '.pswp')).to.not.equal(null);
    el.close();
  });
});
