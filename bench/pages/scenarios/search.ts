/**
 * Search: one keystroke in the search box of <dash-portal-browser> (`element=portal`) or
 * <dash-asset-picker> (`element=picker`) → the matching results painted,
 * over the `big` portal (10,050 assets), with the backend's latency fixed by bench/run.mjs.
 * Baseline: the search request the element made for that keystroke, as Resource Timing saw it
 * (the network floor under the element: request start → response end).
 */
import '../../../src/portal-browser.js';
import '../../../src/asset-picker.js';
import { deepQueryAll, painted, stage, until } from '../util.js';

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const tileNames = () => deepQueryAll<HTMLElement>('[role="gridcell"] .name').map((n) => n.textContent?.trim() ?? '');

export async function run(params: URLSearchParams) {
  const api = params.get('api')!;
  const el = document.createElement(params.get('element') === 'picker' ? 'dash-asset-picker' : 'dash-portal-browser');
  el.setAttribute('api-base', api);
  el.setAttribute('subdomain', 'demo');
  el.setAttribute('portal', params.get('portal') ?? 'big');
  stage().append(el);
  const search = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('#search'), 'search box');
  await until(() => tileNames().length > 0, 'first results');
  const samples: { keystrokeToPaint: number; request: number }[] = [];
  // Each round: a prefix, then the keystroke measured, then back to the prefix's results.
  for (const digit of (params.get('digits') ?? '12345').split('')) {
    const prefix = 'archive-00';
    type(search, prefix);
    await until(() => tileNames().length > 0 && tileNames().every((n) => n.startsWith(prefix)), 'prefix results');
    await painted();
    const query = `${prefix}${digit}`;
    const start = performance.now();
    type(search, query);
    await until(() => tileNames().length > 0 && tileNames().every((n) => n.startsWith(query)), `results for ${query}`);
    const end = await painted();
    const searches = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => r.name.includes('/asset-searches') && r.startTime >= start,
    );
    const last = searches[searches.length - 1];
    samples.push({ keystrokeToPaint: end - start, request: last ? last.responseEnd - last.startTime : NaN });
  }
  return { samples };
}
