import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { buildImgSnippet } from '../../src/elements/asset-picker/snippet.js';
import {
  $,
  $$,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  parseSnippet,
  settled,
  tileNames,
  tilesOf,
  typeInto,
  until,
  untilResults,
} from './helpers.js';

// The demo backend's metadata fields (demo/backend/seed/assets.js METADATA_FIELDS).
const FIELDS = {
  altField: 'a17e0000-0000-4000-a000-000000000001',
  creditField: 'a17e0000-0000-4000-a000-000000000002',
  licenceField: 'a17e0000-0000-4000-a000-000000000003',
  expiryField: 'a17e0000-0000-4000-a000-000000000004',
};

async function mountWithFields(options: Parameters<typeof mountPicker>[0] = {}): Promise<DashAssetPicker> {
  const el = await mountPicker({ accessToken: 'demo', ...options });
  Object.assign(el, FIELDS);
  await untilResults(el);
  return el;
}

/** Searches for `name` and waits until its tile is the first. */
async function showFirst(el: DashAssetPicker, name: string): Promise<HTMLElement> {
  typeInto($<HTMLInputElement>(el, '#search')!, name);
  await until(() => tileNames(el)[0] === name, `${name} not found`);
  await settled(el);
  return tilesOf(el)[0];
}

const badgeOf = (tile: HTMLElement) => tile.querySelector('[part~=expired-badge]');

describe('dash-asset-picker: alt text, credit, licence and expiry from metadata fields', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('puts the fields in dash-select and the snippet: alt on the img, the credit as figcaption', async () => {
    const el = await mountWithFields();
    const tile = await showFirst(el, 'harbour-002.jpg');
    expect(badgeOf(tile)).to.equal(null);
    tile.click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.alt).to.equal('Chelsea, a tabby cat, close up');
    expect(asset.credit).to.equal('Photo: Kenji Mori');
    expect(asset.licence).to.equal('Rights managed');
    expect(asset.expires).to.equal('2099-12-31');

    const nodes = parseSnippet(asset.snippet);
    expect(nodes.map((node) => node.localName)).to.deep.equal(['figure']);
    const [img, caption] = [...nodes[0].children];
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('alt')).to.equal(asset.alt);
    expect(img.getAttribute('src')).to.equal(asset.url);
    expect(caption.localName).to.equal('figcaption');
    expect(caption.textContent).to.equal('Photo: Kenji Mori');
  });

  it('without fields named, the results carry nulls and a bare img as before', async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    await untilResults(el);
    const tile = await showFirst(el, 'harbour-002.jpg');
    tile.click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect([asset.credit, asset.licence, asset.expires]).to.deep.equal([null, null, null]);
    expect(asset.alt).to.equal('harbour 002');
    expect(parseSnippet(asset.snippet).map((node) => node.localName)).to.deep.equal(['img']);
  });

  it('keeps hostile alt text and credits as text in the snippet', async () => {
    delete (window as { __xss?: boolean }).__xss;
    const el = await mountWithFields({ portal: 'hostile', accessToken: undefined });
    const index = gridOf(el).items.findIndex((asset) =>
      /[<"]/.test(asset.metadata?.values[FIELDS.creditField]?.[0] ?? ''),
    );
    expect(index).to.be.greaterThan(-1);
    const source = gridOf(el).items[index];
    tilesOf(el)[index].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset.credit).to.equal(source.metadata!.values[FIELDS.creditField][0]);
    expect(asset.alt).to.equal(source.metadata!.values[FIELDS.altField][0]);
    const nodes = parseSnippet(asset.snippet);
    expect(nodes.map((node) => node.localName)).to.deep.equal(['figure']);
    const [img, caption] = [...nodes[0].children];
    expect(nodes[0].children).to.have.length(2);
    expect(img.getAttribute('alt')).to.equal(asset.alt);
    expect(img.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
    expect(caption.children).to.have.length(0);
    expect(caption.textContent).to.equal(asset.credit);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });

  it('escapes an attribute-breaking alt and credit (unit of the snippet builder)', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const snippet = buildImgSnippet({
      src: 'https://cdn.example/a.jpg',
      candidates: [],
      alt: hostile,
      credit: hostile,
    });
    expect(snippet).to.not.include('<img src=x');
    const nodes = parseSnippet(snippet);
    expect(nodes).to.have.length(1);
    const figure = nodes[0];
    expect(figure.querySelectorAll('img')).to.have.length(1);
    expect(figure.querySelector('img')!.getAttribute('alt')).to.equal(hostile);
    expect(figure.querySelector('figcaption')!.textContent).to.equal(hostile);
  });

  it('marks an expired asset with a badge that is read out with the tile', async () => {
    const el = await mountWithFields();
    const tile = await showFirst(el, 'mountain-001.jpg');
    const badge = badgeOf(tile);
    expect(badge?.textContent).to.include('Licence expired');
    expect(badge!.closest('[aria-hidden=true]')).to.equal(null);
    // Still selectable without block-expired, and `expires` says when it ran out.
    expect(tile.getAttribute('aria-disabled')).to.equal(null);
    tile.click();
    const selected = nextSelect(el);
    insertButton(el).click();
    expect((await selected)[0].expires).to.equal('2024-06-30');
    await expect(el).to.be.accessible();
  });

  it('with block-expired, an expired asset cannot be chosen by click, Space or Enter, and says why', async () => {
    const el = await mountWithFields();
    el.blockExpired = true;
    const tile = await showFirst(el, 'mountain-001.jpg');
    await until(() => tile.getAttribute('aria-disabled') === 'true', 'expired tile not disabled');
    const reason = 'Its licence has expired, so it cannot be chosen.';
    expect($$(tile, '.visually-hidden').map((node) => node.textContent)).to.include(reason);

    tile.click();
    await settled(el);
    expect(tile.getAttribute('aria-selected')).to.equal('false');

    tile.focus();
    tile.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    await settled(el);
    expect(tile.getAttribute('aria-selected')).to.equal('false');

    let picked = false;
    el.addEventListener('dash-select', () => (picked = true));
    tile.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.textContent!.includes(reason), 'no reason announced on Enter');
    expect(picked).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
