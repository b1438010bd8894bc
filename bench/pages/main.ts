/**
 * The bench page: bench/run.mjs opens `index.html?scenario=<name>&…` and calls
 * `window.__bench()`, which runs the scenario and returns its figures (milliseconds, counts).
 */
const scenarios: Record<string, () => Promise<{ run: (params: URLSearchParams) => Promise<unknown> }>> = {
  gallery: () => import('./scenarios/gallery.js'),
  lightbox: () => import('./scenarios/lightbox.js'),
  upload: () => import('./scenarios/upload.js'),
  search: () => import('./scenarios/search.js'),
};

declare global {
  interface Window {
    __bench?: () => Promise<unknown>;
  }
}

const params = new URLSearchParams(location.search);
window.__bench = async () => {
  const load = scenarios[params.get('scenario') ?? ''];
  if (!load) throw new Error(`unknown scenario ${params.get('scenario')}`);
  return (await load()).run(params);
};
export {};
