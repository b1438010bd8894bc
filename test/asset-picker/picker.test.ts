import { expect } from '@open-wc/testing';
import { requestLog, resetBackend, setFaults } from '../support/backend.js';
import {
  $,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  parseSnippet,
  tileNames,
  tilesOf,
  until,
  untilResults,
} from './helpers.js';

/** Loads `url` as an image and returns its pixel width (proves the link serves a real image). */
function imageWidth(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img.naturalWidth);
    img.onerror = () => reject(new Error(`image did not load: ${url}`));
    img.src = url;
  });
}

/** Index of the first tile showing an image file. */
function firstImageIndex(el: Parameters<typeof gridOf>[0]): number {
  return gridOf(el).items.findIndex((asset) => asset.currentAssetFile?.mediaType.type === 'image');
}

describe('dash-asset-picker: authentication and results', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('portal token: returns a permanent embeddable link and a snippet that parses to one img', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    await expect(el).to.be.accessible();
    const index = firstImageIndex(el);
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    const source = gridOf(el).items[index];

    expect(asset.id).to.equal(source.id);
    expect(asset.filename).to.equal(source.currentAssetFile!.filename);
    expect(asset.mediaType).to.equal('image/jpeg');
    expect(asset.urlKind).to.equal('embeddable');
    expect(asset.url).to.match(/\/embeds\//);
    expect(asset.previewUrl).to.equal(source.currentAssetFile!.previewUrl);
    expect(asset.width).to.equal(source.currentAssetFile!.dimensions!.width);
    expect(asset.height).to.equal(source.currentAssetFile!.dimensions!.height);
    expect(await imageWidth(asset.url)).to.equal(asset.width);

    const nodes = parseSnippet(asset.snippet);
    expect(nodes).to.have.length(1);
    const img = nodes[0];
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('src')).to.equal(asset.url);
    expect(img.getAttribute('width')).to.equal(String(asset.width));
    expect(img.getAttribute('height')).to.equal(String(asset.height));
    expect(img.getAttribute('alt')).to.equal(asset.alt);
    expect(img.getAttribute('sizes')).to.contain(`${asset.width}px`);
    // The original plus narrower permanent files for small screens.
    const candidates = img.getAttribute('srcset')!.split(', ');
    expect(candidates.at(-1)).to.equal(`${asset.url} ${asset.width}w`);
    expect(candidates.every((c) => /\/embeds\/\S+ \d+w$/.test(c))).to.equal(true);
  });

  it('passcode portal without link rights: asks for the passcode (wrong, then right), then falls back to the preview URL', async () => {
    const el = await mountPicker({ portal: 'partners' });
    await until(() => $(el, '#passcode'), 'no passcode form');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#passcode')!.value = 'wrong';
    $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
    await until(() => $(el, '#passcode-error')!.textContent!.includes('not right'), 'wrong passcode not reported');
    expect($(el, '#passcode')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('passcode');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#passcode')!.value = 'letmein';
    $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
    await untilResults(el);
    expect(el.outerHTML).not.to.contain('letmein');
    // VIEW-only: no rendition choice, since nothing but the preview can be handed out.
    expect($(el, '[part~=rendition]')).to.equal(null);

    const index = gridOf(el).items.findIndex(
      (asset) => asset.currentAssetFile?.previewUrl && asset.currentAssetFile.mediaType.type === 'image',
    );
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.urlKind).to.equal('preview');
    expect(asset.url).to.equal(asset.previewUrl);
    expect(parseSnippet(asset.snippet)[0].getAttribute('src')).to.equal(asset.previewUrl);
    const log = await requestLog();
    expect(log.some((entry) => entry.path.startsWith('/embeddable-link-batch-jobs'))).to.equal(false);
  });

  it('falls back to the preview URL when the link job answers 403', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/embeddable-link-batch-jobs$', status: 403 }] });
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const index = firstImageIndex(el);
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.urlKind).to.equal('preview');
    expect(asset.url).to.equal(gridOf(el).items[index].currentAssetFile!.previewUrl);
  });

  it('gives a video a link snippet, not an img', async () => {
    const el = await mountPicker({ portal: 'press', accept: 'video/*', hideUnaccepted: true });
    await until(() => tilesOf(el).length > 0, 'no videos');
    tilesOf(el)[0].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.mediaType).to.match(/^video\//);
    expect(asset.urlKind).to.equal('embeddable');
    const nodes = parseSnippet(asset.snippet);
    expect(nodes).to.have.length(1);
    expect(nodes[0].localName).to.equal('a');
    expect(nodes[0].getAttribute('href')).to.equal(asset.url);
    expect(nodes[0].textContent).to.equal(asset.filename);
    const response = await fetch(asset.url);
    expect(response.ok).to.equal(true);
    expect(response.headers.get('content-type')).to.match(/^video\//);
  });

  it('host token: browses as the signed-in user and creates links', async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    await untilResults(el);
    expect(tilesOf(el).length).to.be.greaterThan(0);
    tilesOf(el)[firstImageIndex(el)].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.urlKind).to.equal('embeddable');
    // The token is a property only, never an attribute.
    expect([...el.attributes].map((a) => a.name).filter((name) => name.includes('token'))).to.deep.equal([]);
  });

  it('host token: asks getAccessToken again after a 401 and carries on', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-searches$', status: 401, count: 1 }] });
    let calls = 0;
    const el = await mountPicker({
      getAccessToken: async () => {
        calls++;
        return 'demo';
      },
    });
    await untilResults(el);
    expect(calls).to.equal(2);
    expect(tilesOf(el).length).to.be.greaterThan(0);
    const searches = (await requestLog()).filter((entry) => entry.path === '/asset-searches');
    expect(searches.map((entry) => entry.status)).to.include.members([401, 200]);
  });

  it('reports a missing configuration as invalid-config in the element', async () => {
    const error = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('dash-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await mountPicker({});
    expect((await error).detail.code).to.equal('invalid-config');
    await until(() => $(el, '[role=alert]'), 'no error shown');
    await expect(el).to.be.accessible();
  });

  it('hands back the chosen width and a 2x candidate, both real files', async () => {
    const el = await mountPicker({ accessToken: 'demo', rendition: 'width:300' });
    await untilResults(el);
    const index = gridOf(el).items.findIndex(
      (asset) => asset.currentAssetFile?.mediaType.type === 'image' && asset.currentAssetFile.dimensions!.width >= 600,
    );
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    const original = gridOf(el).items[index].currentAssetFile!.dimensions!;
    expect(asset.width).to.equal(300);
    expect(asset.height).to.equal(Math.round((original.height * 300) / original.width));
    expect(await imageWidth(asset.url)).to.equal(300);
    const img = parseSnippet(asset.snippet)[0];
    const [, double] = img.getAttribute('srcset')!.split(', ');
    expect(double).to.match(/ 600w$/);
    expect(await imageWidth(double.split(' ')[0])).to.equal(600);
  });

  it('offers the account presets and sizes the result by the chosen one', async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    await untilResults(el);
    // The chooser's code loads when the footer first shows.
    await until(() => $(el, '#rendition'), 'no rendition chooser');
    const select = $<HTMLSelectElement>(el, '#rendition')!;
    await until(() => select.options.length > 2, 'presets never arrived');
    const small = [...select.options].find((option) => option.textContent!.trim() === 'Small')!;
    select.value = small.value;
    select.dispatchEvent(new Event('change'));
    expect(el.rendition).to.match(/^preset:/);
    const index = gridOf(el).items.findIndex(
      (asset) => asset.currentAssetFile?.mediaType.type === 'image' && asset.currentAssetFile.dimensions!.width > 400,
    );
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(Math.max(asset.width!, asset.height!)).to.equal(400);
    expect(await imageWidth(asset.url)).to.equal(asset.width);
  });

  it('keeps hostile filenames and metadata as text, and the snippet escapes them', async () => {
    delete (window as { __xss?: boolean }).__xss;
    const el = await mountPicker({ portal: 'hostile' });
    await untilResults(el);
    const names = tileNames(el);
    expect(names.some((name) => name.includes('<'))).to.equal(true);
    expect(names).to.deep.equal(gridOf(el).items.map((asset) => asset.currentAssetFile!.filename));
    await expect(el).to.be.accessible();

    tilesOf(el)[names.findIndex((name) => /[<"']/.test(name))].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    const nodes = parseSnippet(asset.snippet);
    expect(nodes).to.have.length(1);
    expect(nodes[0].localName).to.equal('img');
    expect(nodes[0].getAttribute('alt')).to.equal(asset.alt);
    expect(asset.alt).to.match(/[<"'&]/);
    expect(nodes[0].getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
    // Give anything that might have slipped through a chance to run.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
