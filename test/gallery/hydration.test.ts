// A gallery upgrading over server-rendered markup (dash-elements/server): the page's own images
// are what the visitor sees first, and the gallery takes them over without downloading any of them
// again (no second request in another width), without a loading state in between, and with the
// very items the markup lists. The page runs in a frame of its own, so its image requests are its
// own (PerformanceResourceTiming) and each run's image URLs are new (no cache from other tests).
import { expect } from '@open-wc/testing';
import { apiBase, until } from './helpers.js';
import { loadGalleryItems, renderGalleryMarkup } from '../../src/server/index.js';
import type { GalleryItem } from '../../src/api/adapters/types.js';
import type { DashGallery } from '../../src/gallery.js';

const JSON_SRC = `${apiBase}/demo-data/gallery.json`;
// As docs/server-rendering.md suggests: the markup as a grid until the script arrives.
const PAGE_STYLE = `body{margin:0}dash-gallery{display:block;width:800px}
  dash-gallery:not(:defined){display:grid;grid-template-columns:repeat(3,1fr);gap:8px}
  dash-gallery:not(:defined) figure{margin:0}
  dash-gallery:not(:defined) img{display:block;width:100%;height:auto}`;

/** `items` with every URL made unique to this run (the backend ignores the query). */
function fresh(items: GalleryItem[]): GalleryItem[] {
  const run = Math.random().toString(36).slice(2);
  const mark = (url: string) => `${url}?run=${run}`;
  return items.map((item) => ({
    ...item,
    src: mark(item.src),
    poster: item.poster && mark(item.poster),
    srcset: item.srcset?.map((r) => ({ ...r, url: mark(r.url) })),
    original: item.original && { ...item.original, url: mark(item.original.url) },
  }));
}

/** Loads `body` in a fresh frame; resolves once it has loaded. */
async function page(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px;border:0';
  // In the document first: the page is parsed at its final width, so its images choose once.
  document.body.append(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`;
  // Loaded: about:blank's load (on appending) does not count.
  await until(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.firstChild,
    'no page',
  );
  return frame;
}

/** How many times the frame requested each image URL. */
function requests(frame: HTMLIFrameElement): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of frame.contentWindow!.performance.getEntriesByType('resource')) {
    if (entry.name.includes('?run=')) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  }
  return counts;
}

/** The URLs of `item` (any width) the frame requested. */
const requestedOf = (item: GalleryItem, counts: Map<string, number>) =>
  [item.src, item.poster ?? '', ...(item.srcset ?? []).map((r) => r.url)].filter(
    (url, i, all) => counts.has(url) && all.indexOf(url) === i,
  );

describe('dash-gallery: hydrating server-rendered markup', () => {
  let items: GalleryItem[];
  let frame: HTMLIFrameElement | undefined;

  beforeEach(async () => {
    items = fresh(await loadGalleryItems({ source: 'json', src: JSON_SRC, apiBase: '' }, { limit: 9 }));
  });
  afterEach(() => frame?.remove());

  /** Upgrades the frame's gallery (its script added now) and waits until its first row shows. */
  async function upgrade(frame: HTMLIFrameElement): Promise<DashGallery> {
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/gallery.ts';
    doc.body.append(script);
    return hydrated(frame);
  }

  async function hydrated(frame: HTMLIFrameElement): Promise<DashGallery> {
    const win = frame.contentWindow!;
    await until(() => win.customElements.get('dash-gallery'), 'the frame never defined dash-gallery', 20_000);
    const el = frame.contentDocument!.querySelector('dash-gallery') as DashGallery;
    await el.updateComplete;
    // The first render already shows the tiles: no loading state between the page's images and them.
    expect(el.shadowRoot!.querySelector('[part=loading]'), 'a loading state replaced the page').to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.cell').length).to.be.greaterThan(0);
    await until(() => el.shadowRoot!.querySelectorAll('.tile.loaded').length >= 3, 'the first row never showed');
    return el;
  }

  /** Every item whose image the page or the gallery requested, requested once, in one width. */
  async function expectNoSecondDownload(frame: HTMLIFrameElement, el: DashGallery): Promise<void> {
    // Every tile drawn has its image by now (loaded or failed), so any second request was made.
    await until(
      () => [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('.tile img')].every((img) => img.complete),
      'tiles still loading',
    );
    const counts = requests(frame);
    const requested = items.map((item) => requestedOf(item, counts));
    expect(
      requested.slice(0, 3).every((urls) => urls.length === 1),
      'the first row was not requested',
    ).to.equal(true);
    for (const [index, urls] of requested.entries()) {
      expect(urls.length, `item ${index} requested in ${urls.length} widths: ${urls.join(' ')}`).to.be.at.most(1);
      for (const url of urls) expect(counts.get(url), `${url} requested twice`).to.equal(1);
    }
  }

  it('upgrading after the page loaded downloads no image again, and the gallery shows the markup’s items', async () => {
    frame = await page(`<dash-gallery>${renderGalleryMarkup(items, { eager: 3 })}</dash-gallery>`);
    const light = [...frame.contentDocument!.querySelectorAll('dash-gallery img')] as HTMLImageElement[];
    await until(() => light.slice(0, 3).every((img) => img.complete && img.naturalWidth), 'the first row never loaded');
    const chosen = light.map((img) => img.currentSrc);
    const el = await upgrade(frame);
    // The gallery's items are the markup's, in order, with their text and aspect ratio.
    expect(el.items.map((item) => [item.alt, item.caption])).to.deep.equal(
      items.map((item) => [item.alt, item.caption]),
    );
    el.items.forEach((item, index) => {
      expect(item.width! / item.height!).to.be.closeTo(items[index].width! / items[index].height!, 0.01);
    });
    // The first row's tiles show the very image the page chose.
    const tiles = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('.tile img')];
    for (const url of chosen.slice(0, 3)) expect(tiles.map((img) => img.currentSrc)).to.include(url);
    await expectNoSecondDownload(frame, el);
  });

  it('with the script in the page (upgrading while the images still load) no image is downloaded twice', async () => {
    frame = await page(
      `<dash-gallery>${renderGalleryMarkup(items, { eager: 3 })}</dash-gallery><script type="module" src="/src/gallery.ts"></script>`,
    );
    const el = await hydrated(frame);
    expect(el.items.map((item) => item.alt)).to.deep.equal(items.map((item) => item.alt));
    await expectNoSecondDownload(frame, el);
  });
});
