/**
 * Lightbox: click → first slide image painted, for the first open (the PhotoSwipe chunk loads)
 * and later opens. `mode=dash` opens <dash-gallery>'s lightbox; `mode=bare` is PhotoSwipe 5 set up
 * as its docs say (lightbox module up front, core on first open) over the same images.
 */
import '../../../src/gallery.js';
import { deepQueryAll, isPaintedImage, painted, stage, until, type GalleryItemJson } from '../util.js';

async function mountBare(url: string): Promise<() => HTMLElement> {
  const [{ default: PhotoSwipeLightbox }] = await Promise.all([
    import('photoswipe/lightbox'),
    import('photoswipe/style.css'),
  ]);
  const { items } = (await (await fetch(url)).json()) as { items: GalleryItemJson[] };
  const grid = document.createElement('div');
  grid.className = 'naive-grid';
  grid.id = 'bare-gallery';
  for (const item of items.filter((i) => !('type' in i) || (i as { type?: string }).type !== 'video')) {
    const link = document.createElement('a');
    link.href = item.src;
    link.dataset.pswpWidth = String(item.width);
    link.dataset.pswpHeight = String(item.height);
    const img = document.createElement('img');
    img.src = item.src;
    img.alt = item.alt ?? '';
    link.append(img);
    grid.append(link);
  }
  stage().append(grid);
  new PhotoSwipeLightbox({ gallery: '#bare-gallery', children: 'a', pswpModule: () => import('photoswipe') }).init();
  return () => grid.querySelector('a')!;
}

async function mountDash(api: string, url: string): Promise<() => HTMLElement> {
  const el = document.createElement('dash-gallery');
  el.setAttribute('api-base', api);
  el.setAttribute('source', 'json');
  el.setAttribute('src', url);
  stage().append(el);
  return until(() => el.shadowRoot?.querySelector<HTMLElement>('.cell[aria-posinset="1"] .tile'), 'first tile').then(
    () => () => el.shadowRoot!.querySelector<HTMLElement>('.cell[aria-posinset="1"] .tile')!,
  );
}

const openSlideImage = () =>
  deepQueryAll<HTMLImageElement>('.pswp__img').find(
    (img) => !img.classList.contains('pswp__img--placeholder') && isPaintedImage(img),
  );

async function openOnce(target: () => HTMLElement): Promise<number> {
  const start = performance.now();
  target().click();
  await until(openSlideImage, 'slide image painted');
  return (await painted()) - start;
}

async function close(): Promise<void> {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  await until(() => deepQueryAll('.pswp').length === 0, 'lightbox closed');
  await painted();
}

export async function run(params: URLSearchParams) {
  const api = params.get('api')!;
  const url = `${api}/demo-data/large.json?count=24`;
  const target = params.get('mode') === 'bare' ? await mountBare(url) : await mountDash(api, url);
  // Wait until the grid's own images are in, so the click measures the lightbox alone.
  await until(() => deepQueryAll<HTMLImageElement>('img').filter(isPaintedImage).length >= 4, 'grid painted');
  const first = await openOnce(target);
  await close();
  const later: number[] = [];
  for (let i = 0; i < Number(params.get('opens') ?? 5); i++) {
    later.push(await openOnce(target));
    await close();
  }
  return { first, later };
}
