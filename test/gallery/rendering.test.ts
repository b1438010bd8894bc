import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { resetBackend } from '../support/backend.js';
import { $, $$, alts, apiBase, cells, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';
import { fileTypeCriterion, folderCriterion, searchAssets } from '../../src/api/assets.js';
import { getFolderSettings } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('dash-gallery: rendering, virtualization, layout shift, light DOM, states', () => {
  before(() => resetBackend());
  afterEach(() => window.scrollTo(0, 0));

  it('10,000 items keep the DOM small while scrolling to the end; positions stay true', async () => {
    const el = await mount({
      attrs: { source: 'json', src: `${apiBase}/demo-data/large.json?count=10000`, columns: 4 },
    });
    const first = cells(el);
    expect(first.length).to.be.lessThan(120);
    expect(first[0].getAttribute('aria-setsize')).to.equal('10000');
    expect($(el, '[part=list]')!.getAttribute('role') ?? 'list').to.equal('list');
    const list = $(el, '[part=list]')!;
    const bottom = list.getBoundingClientRect().bottom + window.scrollY;
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      window.scrollTo(0, bottom * fraction - innerHeight);
      await frames(3);
      expect(cells(el).length, `DOM size at ${fraction}`).to.be.lessThan(120);
    }
    await until(() => $(el, '.cell[aria-posinset="10000"]'), 'last item never rendered');
    const last = $(el, '.cell[aria-posinset="10000"]')!;
    expect(last.querySelector('img')!.alt).to.equal('Generated photo 10000');
  });

  it('renders every tile of a small gallery (up to 60 items) and windows a larger one', async () => {
    // Two columns in 800 px: 60 items are ~12,000 px tall, far more than the window would keep.
    const small = await mount({
      attrs: { source: 'json', src: `${apiBase}/demo-data/large.json?count=60`, columns: 2 },
    });
    expect(cells(small).length).to.equal(60);
    const large = await mount({
      attrs: { source: 'json', src: `${apiBase}/demo-data/large.json?count=61`, columns: 2 },
    });
    expect(cells(large).length).to.be.lessThan(61);
    expect(cells(large)[0].getAttribute('aria-setsize')).to.equal('61');
  });

  it('no layout shift while images load (layout-shift entries sum to 0)', async () => {
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shift += entry.value;
      }
    });
    const el = await mount({
      attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, layout: 'justified' },
    });
    // Observe from here: only images loading (and a following paragraph) could move now.
    observer.observe({ type: 'layout-shift' });
    const after = document.createElement('p');
    after.textContent = 'Text after the gallery';
    el.after(after);
    const images = $$<HTMLImageElement>(el, 'img');
    expect(images.length).to.be.greaterThan(3);
    for (const img of images) {
      expect(img.getAttribute('width')).to.match(/^\d+$/);
      expect(img.getAttribute('height')).to.match(/^\d+$/);
    }
    await until(() => images.every((img) => img.complete), 'images did not load', 15_000);
    await frames(3);
    observer.disconnect();
    expect(shift).to.equal(0);
  });

  it('switching to justified after loading keeps the tiles, then lays them out in justified rows', async () => {
    // Justified is a chunk of its own (loaded on first use); grid's cells are square.
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` } });
    const box = (cell: HTMLElement) => ({ width: parseFloat(cell.style.width), height: parseFloat(cell.style.height) });
    expect(cells(el).every((cell) => Math.abs(box(cell).width - box(cell).height) < 0.5)).to.equal(true);
    el.layout = 'justified';
    await el.updateComplete;
    expect(cells(el).length).to.be.greaterThan(3);
    await until(() => cells(el).some((cell) => Math.abs(box(cell).width - box(cell).height) > 1), 'not justified');
    const firstRow = cells(el).filter((cell) => cell.style.top === '0px');
    expect(new Set(firstRow.map((cell) => cell.style.height)).size).to.equal(1);
  });

  it('first row loads eagerly with high priority, the rest lazily', async () => {
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, columns: 3 } });
    const ordered = cells(el).sort(
      (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
    );
    const imgs = ordered.map((c) => c.querySelector('img')!);
    expect(imgs.slice(0, 3).map((i) => [i.loading, i.getAttribute('fetchpriority')])).to.deep.equal([
      ['eager', 'high'],
      ['eager', 'high'],
      ['eager', 'high'],
    ]);
    expect(imgs.slice(3).every((i) => i.loading === 'lazy')).to.equal(true);
  });

  it('responds to its own width, not the window', async () => {
    const el = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` }, width: 900 });
    const columns = () => new Set(cells(el).map((c) => c.style.insetInlineStart)).size;
    const wide = columns();
    el.parentElement!.style.width = '300px';
    await until(() => columns() < wide, 'columns did not follow the element width');
    expect(columns()).to.be.at.most(2);
  });

  it('files without previews (PDF, audio) show an icon and the file name', async () => {
    // Find, with the client, a press-portal folder whose first page holds a document.
    const base = { apiBase };
    const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: 'press' }) };
    const { fieldId } = await getFolderSettings(ctx);
    const docs = await searchAssets(ctx, { pageSize: 20, criterion: fileTypeCriterion(['DOCUMENT', 'AUDIO']) });
    let found: { folder: string; filename: string } | undefined;
    for (const { result: asset } of docs.results) {
      for (const folder of asset.metadata?.values[fieldId] ?? []) {
        const page = await searchAssets(ctx, { pageSize: 20, criterion: folderCriterion(fieldId, folder) });
        if (page.results.some((r) => r.result.id === asset.id))
          found = { folder, filename: asset.currentAssetFile!.filename };
        if (found) break;
      }
      if (found) break;
    }
    expect(found, 'a folder with a document among its first assets').to.exist;
    const el = await mount({
      attrs: { source: 'dash-portal', subdomain: 'demo', portal: 'press', folder: found!.folder },
    });
    const names = $$(el, '[part=file] .filename').map((n) => n.textContent!.trim());
    expect(names).to.include(found!.filename);
    await expect(el).to.be.accessible();
  });

  it('enhances light-DOM <a href><img></a> children when there is no source', async () => {
    const visual = (seed: number, width: number) => `${apiBase}/files/visuals/${seed}/1280x853/${width}.jpg`;
    // A script URL in both places: the gallery must leave that link out.
    const attack = 'javascript:window.__xss=true';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dash-gallery>
          <a href=${visual(501, 1280)} data-pswp-width="1280" data-pswp-height="853"
            ><img src=${visual(501, 320)} alt="Harbour at dawn" width="320" height="213"
          /></a>
          <figure>
            <a href=${visual(502, 1280)}><img src=${visual(502, 320)} alt="Old town" width="320" height="213" /></a>
            <figcaption>Old town in the rain</figcaption>
          </figure>
          <a href=${attack}><img src=${attack} alt="bad" /></a>
        </dash-gallery>
      </div>`,
    );
    const el = wrapper.querySelector('dash-gallery') as DashGallery;
    await until(() => cells(el).length, 'no tiles');
    expect(alts(el)).to.deep.equal(['Harbour at dawn', 'Old town']);
    await openAt(el, 2);
    expect($(el, '.dash-pswp-caption')!.textContent).to.equal('Old town in the rain');
    const slide = await until(
      () => $<HTMLImageElement>(el, '.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)'),
      'no slide',
    );
    expect(slide.src).to.equal(visual(502, 1280));
    // Its size was unknown (no data-pswp-width): measured from the image, not the thumbnail's.
    await until(() => slide.complete && slide.naturalWidth === 1280, 'full image not loaded');
    const closed = nextEvent(el, 'dash-lightbox-close');
    key('Escape');
    await closed;
    await until(() => !pswp(el), 'lightbox stayed');
  });

  it('no source and no children is an invalid-config error, not a blank', async () => {
    const errors: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div @dash-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}>
        <dash-gallery></dash-gallery>
      </div>`,
    );
    const el = wrapper.querySelector('dash-gallery') as DashGallery;
    await until(() => $(el, '[part=error]'), 'no error state');
    expect(errors).to.deep.equal(['invalid-config']);
  });

  it('is accessible in the loaded, empty and error states', async () => {
    const loaded = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json` } });
    expect($(loaded, '[part=list]')!.getAttribute('aria-label')).to.equal('Gallery');
    await expect(loaded).to.be.accessible();
    const empty = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/large.json?count=0` } });
    expect($(empty, '[part=empty]')).to.exist;
    await expect(empty).to.be.accessible();
    const error = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/missing.json` }, wait: 'error' });
    expect($(error, '[part=error]')!.textContent).to.contain('could not find');
    await expect(error).to.be.accessible();
  });
});
