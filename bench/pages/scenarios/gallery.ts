/**
 * Gallery rendering: data → first image painted, layout shift while loading, and for large sets
 * the item elements in the DOM and the longest task while scrolling top to bottom.
 * `mode=dash` is <dash-gallery source="json">; `mode=naive` the baseline: every item a plain
 * `<img loading=lazy width height>` in a CSS grid, built by the page from the same JSON.
 */
import '../../../src/gallery.js';
import {
  deepQueryAll,
  isPaintedImage,
  longestTask,
  observeLayoutShift,
  painted,
  stage,
  until,
  type GalleryItemJson,
} from '../util.js';

async function mountNaive(url: string): Promise<ParentNode> {
  const { items } = (await (await fetch(url)).json()) as { items: GalleryItemJson[] };
  const grid = document.createElement('div');
  grid.className = 'naive-grid';
  for (const item of items) {
    const img = document.createElement('img');
    img.loading = 'lazy';
    img.src = item.src;
    img.width = item.width;
    img.height = item.height;
    img.alt = item.alt ?? '';
    grid.append(img);
  }
  stage().append(grid);
  return grid;
}

function mountDash(api: string, url: string): ParentNode {
  const el = document.createElement('dash-gallery');
  el.setAttribute('api-base', api);
  el.setAttribute('source', 'json');
  el.setAttribute('src', url);
  el.setAttribute('no-lightbox', '');
  stage().append(el);
  return el.shadowRoot ?? el;
}

async function scrollToBottom(): Promise<void> {
  const scroller = document.scrollingElement!;
  for (let i = 0; i < 5000; i++) {
    const before = scroller.scrollTop;
    scroller.scrollTop += innerHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (scroller.scrollTop === before) break;
  }
}

export async function run(params: URLSearchParams) {
  const api = params.get('api')!;
  const count = Number(params.get('count'));
  const mode = params.get('mode');
  const url = `${api}/demo-data/large.json?count=${count}`;
  const shifts = observeLayoutShift();
  const root = mode === 'naive' ? await mountNaive(url) : mountDash(api, url);
  await until(() => deepQueryAll<HTMLImageElement>('img', root).some(isPaintedImage), 'first image', 60_000);
  const paintedAt = await painted();
  const data = performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined;
  const dataToFirstImage = paintedAt - (data?.responseEnd ?? 0);
  // Let the first screen settle (images decode, late shifts) before reading CLS.
  await until(
    () => deepQueryAll<HTMLImageElement>('img', root).filter(isPaintedImage).length >= 4,
    'first screen',
    30_000,
  ).catch(() => 0);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cls = shifts();
  const result: Record<string, number> = { dataToFirstImage, cls };
  if (params.get('scroll') === '1') {
    const root2 = mode === 'naive' ? root : (document.querySelector('dash-gallery')!.shadowRoot ?? root);
    result.imgElements = deepQueryAll('img', root2).length;
    result.domNodes = deepQueryAll('*', document).length;
    const { longTask, longestFrame } = await longestTask(scrollToBottom);
    result.longTask = longTask;
    result.longestFrame = longestFrame;
    result.imgElementsAtBottom = deepQueryAll('img', root2).length;
  }
  return result;
}
