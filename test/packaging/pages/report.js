// What the CDN pages report to their test (through postMessage to the parent frame): which tags
// are defined, the gallery's load event, its images and first tile's name, page errors and the
// scripts fetched.
// record-errors.js, first in each page's <head>, records the errors from the start.
export const tags = ['dash-gallery', 'dash-portal-browser', 'dash-asset-picker', 'dash-guest-upload'];

/** Points the page's <dash-gallery> at the backend's demo gallery and resolves with its load detail (or null). */
export function loadGallery(gallery, api) {
  const loaded = new Promise((resolve) => gallery.addEventListener('dash-gallery-load', (e) => resolve(e.detail)));
  gallery.setAttribute('src', `${api}/demo-data/gallery.json`);
  return Promise.race([loaded, new Promise((resolve) => setTimeout(() => resolve(null), 15000))]);
}

/** A gallery's first tile's accessible name (it carries the locale's "open …" text). */
export const tileLabel = (gallery) => gallery.shadowRoot?.querySelector('.tile')?.getAttribute('aria-label') ?? null;

/** Posts the report on `gallery` (and anything the page adds in `extra`). */
export function postReport(gallery, galleryLoad, extra = {}) {
  parent.postMessage(
    {
      packagingReport: {
        ...extra,
        defined: tags.filter((tag) => customElements.get(tag)),
        galleryLoad,
        images: gallery.shadowRoot?.querySelectorAll('img').length ?? 0,
        tileLabel: tileLabel(gallery),
        errors: window.pageErrors,
        scripts: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
      },
    },
    '*',
  );
}
