/**
 * XSS: every element renders the local backend's hostile fixtures (demo/backend/xss-payloads.js
 * spread over every text field of every backend) and nothing runs. Each case checks, over the
 * element's whole shadow tree (lightbox, folder tree, grid, asset view, file list included):
 * - `window.__xss` stays undefined (every payload sets it if executed);
 * - no CSP / Trusted Types violation and no uncaught error (PageWatch);
 * - no element a payload could only have produced by being parsed (`injectedElements`);
 * - no non-http(s) URL in any URL attribute (`unsafeUrls`): `javascript:`/`data:` links dropped;
 * - payloads are shown as text: some appear verbatim in the rendered text or attribute values.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { xssPayloads } from '../../demo/backend/xss-payloads.js';
import { apiBase, resetBackend, s3Base, setFaults } from '../support/backend.js';
import { deepElements, deepText, injectedElements, PageWatch, unsafeUrls } from '../support/detectors.js';
import {
  $,
  $$,
  closeLightbox,
  counterOf,
  keydown,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  nextEvent,
  openLightbox,
  selectFiles,
  smallFile,
  submitEmail,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };
/** Distinct payloads seen rendered (as text or attribute value), over the whole suite. */
const seen = new Set<string>();
/** Fields checked, for the report. */
const fields = new Set<string>();

/** Payloads that appear verbatim in `root`'s text or in an attribute value. */
function renderedPayloads(root: ParentNode): string[] {
  const text = deepText(root);
  const values = [...deepElements(root)].flatMap((element) => [...element.attributes].map((a) => a.value));
  const haystack = `${text}\n${values.join('\n')}`;
  return xssPayloads.filter((payload) => haystack.includes(payload));
}

/** All the checks of the file comment, on the element's shadow tree. */
function expectInert(el: Element, watch: PageWatch, minimumPayloads: number): string[] {
  const root = el.shadowRoot!;
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  expect(watch.violations, 'policy violations').to.deep.equal([]);
  expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(
    injectedElements(root).map((e) => e.outerHTML.slice(0, 120)),
    'injected elements',
  ).to.deep.equal([]);
  expect(unsafeUrls(root), 'non-http(s) URLs').to.deep.equal([]);
  const rendered = renderedPayloads(root);
  rendered.forEach((payload) => seen.add(payload));
  expect(rendered.length, 'payloads shown verbatim as text').to.be.at.least(minimumPayloads);
  return rendered;
}

async function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

/**
 * Opens the lightbox and visits `slides` slides, checking after each; at least one caption must
 * show a payload verbatim (text, not parsed).
 */
async function walkLightbox(el: Element, watch: PageWatch, slides: number): Promise<void> {
  const captions: string[] = [];
  const readCaption = () => captions.push($(el, '.dash-pswp-caption')?.textContent ?? '');
  await openLightbox(el, 1);
  await until(() => $(el, '.dash-pswp-caption'), 'caption element');
  readCaption();
  for (let i = 2; i <= slides; i++) {
    keydown('ArrowRight');
    await until(() => counterOf(el).startsWith(`${i} `), `slide ${i}`);
    readCaption();
    expectInert(el, watch, 1);
  }
  const verbatim = captions.filter((caption) =>
    xssPayloads.some((payload) => payload.length > 8 && caption.includes(payload)),
  );
  expect(verbatim.length, `captions: ${captions.join(' | ')}`).to.be.at.least(1);
  await closeLightbox(el);
}

/** Expands every folder of a tree, level by level. */
async function expandTree(tree: Element): Promise<void> {
  await until(() => $$(tree, '[role=treeitem]').length > 1, 'folders');
  for (let depth = 0; depth < 4; depth++) {
    const closed = $$(tree, '[role=treeitem][aria-expanded=false]');
    if (!closed.length) break;
    closed.forEach((item) => item.querySelector<HTMLElement>('.twisty')!.click());
    await until(() => $$(tree, '[aria-busy=true]').length === 0, 'folders loaded');
  }
}

describe('hostile data stays inert text in every element', function () {
  this.timeout(60_000);
  let watch: PageWatch;
  before(() => resetBackend());
  after(() => resetBackend());
  beforeEach(() => {
    delete window.__xss;
    watch = new PageWatch();
  });
  afterEach(() => watch.dispose());

  it('dash-gallery, CMS "hostile": title, captions, alt text, file names (grid + lightbox)', async () => {
    const el = await mountGallery(await container(), origins, { source: 'cms', gallery: 'hostile', token: 'demo' });
    expect($(el, '[part=error]'), $(el, '[part=error]')?.textContent ?? '').to.equal(null);
    expectInert(el, watch, 3);
    await walkLightbox(el, watch, 6);
    ['cms title', 'cms description', 'cms caption', 'cms alt', 'cms filename'].forEach((f) => fields.add(f));
  });

  it('dash-gallery, Dash Social gallery 2: title, banner, captions, product titles and links', async () => {
    const el = await mountGallery(await container(), origins, {
      source: 'dash-social',
      brand: '1',
      gallery: '2',
      token: 'demo',
    });
    expectInert(el, watch, 3);
    await openLightbox(el, 1);
    await until(() => $(el, '.pswp__img:not(.pswp__img--placeholder)'), 'slide image');
    // Every pinned item's products carry `javascript:`/`data:`/garbage URLs: a product link that
    // is rendered at all must be http(s); the seeded ones are all dropped.
    expect($$<HTMLAnchorElement>(el, '.dash-pswp-hotspot').filter((a) => !/^https?:$/.test(a.protocol))).to.deep.equal(
      [],
    );
    expectInert(el, watch, 3);
    for (let i = 2; i <= 6; i++) {
      keydown('ArrowRight');
      await until(() => counterOf(el).startsWith(`${i} `), `slide ${i}`);
      expectInert(el, watch, 1);
    }
    await closeLightbox(el);
    ['social title', 'social description', 'social caption', 'product title', 'product url', 'product price'].forEach(
      (f) => fields.add(f),
    );
  });

  it(`dash-gallery, /demo-data/hostile.json: all ${xssPayloads.length} payloads as alt/caption, javascript: src dropped`, async () => {
    const el = await mountGallery(await container(), origins, {
      source: 'json',
      src: `${apiBase}/demo-data/hostile.json`,
    });
    // Small cells, so every tile is rendered (the grid virtualizes off-screen rows).
    el.setAttribute('columns', '10');
    await el.updateComplete;
    await until(() => $$(el, '.cell').length >= 40, 'all tiles');
    expectInert(el, watch, 40);
    await walkLightbox(el, watch, 8);
    ['json alt', 'json caption', 'json src', 'json srcset'].forEach((f) => fields.add(f));
  });

  it('dash-gallery, Dash portal "hostile": portal name as title, asset titles and filenames', async () => {
    const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/hostile`);
    const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
    const el = await mountGallery(await container(), origins, {
      source: 'dash-portal',
      portal: 'hostile',
      folder: result.whitelistedFolderFieldOptionIds[0],
    });
    expect($(el, '[part=error]'), $(el, '[part=error]')?.textContent ?? '').to.equal(null);
    expectInert(el, watch, 3);
    await walkLightbox(el, watch, 4);
    ['dash-portal gallery title', 'dash-portal alt/caption'].forEach((f) => fields.add(f));
  });

  it('dash-gallery, light DOM: hostile alt, caption and javascript: href from the page', async () => {
    const root = await container();
    const el = document.createElement('dash-gallery');
    const image = `${apiBase}/files/visuals/800/1280x853/640.jpg`;
    xssPayloads.slice(0, 12).forEach((payload, i) => {
      const figure = document.createElement('figure');
      const link = document.createElement('a');
      // Every third link is a javascript: URL: it must not become a lightbox source.
      link.href = i % 3 === 0 ? 'javascript:window.__xss=true' : image;
      const img = document.createElement('img');
      img.src = image;
      img.alt = payload;
      img.width = 640;
      img.height = 427;
      const caption = document.createElement('figcaption');
      caption.textContent = xssPayloads[i + 12];
      link.append(img);
      figure.append(link, caption);
      el.append(figure);
    });
    root.style.setProperty('width', '800px');
    root.append(el);
    await until(() => $(el, '.cell .tile'), 'tiles');
    expectInert(el, watch, 3);
    // Every child is an item (its thumbnail is fine); the javascript: hrefs are simply not used.
    expect(Number($(el, '.cell')!.getAttribute('aria-setsize'))).to.equal(12);
    await walkLightbox(el, watch, 4);
    ['light-DOM alt', 'light-DOM figcaption', 'light-DOM href'].forEach((f) => fields.add(f));
  });

  it('dash-portal-browser, portal "hostile": name, welcome, folder tree, grid, asset view', async () => {
    // The accent colour comes from the account theme (seed 002 ThemeSearch): serve a hostile one.
    const accentColour = 'red;background:url(javascript:window.__xss=true)';
    const theme = { results: [{ result: { accentColour }, permittedActions: [] }], totalResults: 1 };
    await setFaults({ routes: [{ path: '^/theme-searches$', status: 200, body: JSON.stringify(theme) }] });
    const el = mountPortal(await container(), origins, 'hostile');
    await untilPortalResults(el);
    await expandTree($(el, 'dash-folder-tree')!);
    expectInert(el, watch, 5);
    // The hostile accent colour is refused (not a colour), never applied.
    expect(el.style.getPropertyValue('--_portal-accent')).to.equal('');
    for (let i = 0; i < Math.min(3, tilesOf(el).length); i++) {
      tilesOf(el)[i].click();
      const view = await until(
        () => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2') && $(el, 'dash-asset-view'),
        'asset view',
      );
      expectInert(el, watch, 5);
      view.dispatchEvent(new CustomEvent('close'));
      await until(() => !$(el, 'dash-asset-view'), 'asset view closed');
    }
    [
      'portal name',
      'welcome title',
      'welcome body',
      'accent colour',
      'folder names',
      'filenames',
      'asset title',
      'keywords',
    ].forEach((f) => fields.add(f));
    await setFaults({});
  });

  it('reflected input: hostile URL state (portal sync-url) and deep-link hash (gallery) stay inert', async () => {
    const start = location.href;
    try {
      const url = new URL(location.href);
      url.searchParams.set('dash-q', xssPayloads[0]);
      url.searchParams.set('dash-folder', xssPayloads[9]);
      url.searchParams.set('dash-type', xssPayloads[14]);
      url.searchParams.set('dash-sort', xssPayloads[43]);
      url.searchParams.set('dash-asset', xssPayloads[46]);
      url.hash = new URLSearchParams({ 'dash-gallery': xssPayloads[12], item: xssPayloads[24] }).toString();
      history.replaceState(null, '', url);
      const portal = mountPortal(await container(), origins, 'press', undefined, true);
      await until(
        () => /\d/.test($(portal, '.status-line')?.textContent ?? '') || $(portal, '[role=alert]'),
        'portal settled',
      );
      expect($<HTMLInputElement>(portal, '#search')!.value, 'the query is a value, not markup').to.equal(
        xssPayloads[0],
      );
      const gallery = await mountGallery(await container(), origins, {
        source: 'json',
        src: `${apiBase}/demo-data/gallery.json`,
        id: xssPayloads[12],
        deepLink: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const el of [portal, gallery]) {
        expect(window.__xss).to.equal(undefined);
        expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
        expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      }
      expect(watch.uncaught).to.deep.equal([]);
      fields.add('portal URL state (dash-q, dash-folder, dash-type, dash-sort, dash-asset)');
      fields.add('gallery deep-link hash');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('dash-asset-picker, portal "hostile": folders, results, selection and the inserted snippet', async () => {
    const el = mountPicker(await container(), origins, { portal: 'hostile' });
    await untilPickerResults(el);
    await expandTree($(el, 'dash-folder-tree')!);
    expectInert(el, watch, 3);
    const tile = tilesOf(el).find(
      (t) => !t.hasAttribute('aria-disabled') || t.getAttribute('aria-disabled') === 'false',
    )!;
    tile.click();
    const selected = nextEvent<{ assets: { snippet?: string; filename: string; url: string; previewUrl: string }[] }>(
      el,
      'dash-select',
      30_000,
    );
    $<HTMLButtonElement>(el, '[part~=insert-button]')!.click();
    const { assets } = (await selected).detail;
    expectInert(el, watch, 3);
    for (const asset of assets) {
      expect(asset.url, 'url').to.match(/^https?:/);
      if (asset.previewUrl) expect(asset.previewUrl, 'previewUrl').to.match(/^https?:/);
      if (asset.snippet) {
        // The snippet is what a CMS will serve as HTML: it must parse to exactly one inert <img>.
        const template = document.createElement('template');
        template.innerHTML = asset.snippet; // test-only: the main test page has no Trusted Types
        const nodes = [...template.content.querySelectorAll('*')];
        expect(nodes.map((n) => n.localName)).to.deep.equal(['img']);
        expect([...nodes[0].attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).to.deep.equal([]);
        expect(unsafeUrls(template.content)).to.deep.equal([]);
      }
    }
    ['picker folder names', 'picker filenames', 'snippet alt', 'snippet src'].forEach((f) => fields.add(f));
  });

  it('dash-guest-upload, "hostile-upload": heading, message, and files named with payloads', async () => {
    const el = mountUpload(await container(), origins, 'hostile-upload');
    await until(() => $(el, '#email'), 'email form');
    expectInert(el, watch, 2);
    submitEmail(el);
    await until(() => $(el, '#file-input'), 'drop zone');
    const names = xssPayloads
      .filter((p) => !p.includes('\u0000'))
      .slice(0, 6)
      .map((p) => `${p}.jpg`);
    const complete = nextEvent(el, 'dash-upload-complete', 60_000);
    // Sizes differ by a byte: Uppy's file id lowercases the name, so `<script>…` and `<SCRIPT>…`
    // of one size created in the same millisecond would be one file (a duplicate), and the list
    // would hold five names now and then instead of six.
    selectFiles(
      el,
      names.map((name, i) => smallFile(name, 8 * 1024 + i)),
    );
    await until(() => $$(el, '[part~=file-name]').length === names.length, 'file list');
    // The names are shown as they are (maybe with the extension split off), while the files are
    // listed: a finished batch gives way to its summary.
    const shown = deepText(el.shadowRoot!);
    expect(names.filter((name) => shown.includes(name.slice(0, -4))).length).to.equal(names.length);
    expectInert(el, watch, 2);
    await complete;
    await until(() => el.files.every((f) => f.status === 'done'), 'uploads done');
    expect(el.files.map((f) => f.name)).to.have.members(names);
    expectInert(el, watch, 2);
    ['guest-upload heading', 'guest-upload message', 'file names (list, status, announcements)'].forEach((f) =>
      fields.add(f),
    );
  });

  /*
   * Found by this suite and fixed in the gallery (8edc560): with light-DOM children the
   * ResizeObserver callback re-rendered in the same frame, and Chrome reported "ResizeObserver
   * loop completed with undelivered notifications" as an uncaught error on the host page.
   */
  it('dash-gallery, light DOM: no "ResizeObserver loop" error while laying out', async () => {
    const root = await container();
    root.style.setProperty('width', '800px');
    const el = document.createElement('dash-gallery');
    const image = `${apiBase}/files/visuals/800/1280x853/640.jpg`;
    for (let i = 0; i < 6; i++) {
      const link = document.createElement('a');
      link.href = image;
      const img = document.createElement('img');
      Object.assign(img, { src: image, alt: `photo ${i}`, width: 640, height: 427 });
      link.append(img);
      el.append(link);
    }
    root.append(el);
    await until(() => $(el, '.cell .tile'), 'tiles');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(watch.uncaught).to.deep.equal([]);
  });

  it(`covered at least 50 payloads over all fixtures (${xssPayloads.length} in the corpus)`, () => {
    console.log(
      `[security/xss] ${seen.size} distinct payloads seen rendered as text; fields: ${[...fields].join(', ')}`,
    );
    expect(xssPayloads.length).to.be.at.least(50);
    expect(seen.size).to.be.at.least(50);
  });
});
