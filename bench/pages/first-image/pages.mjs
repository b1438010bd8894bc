// The pages of the first-image bench (bench/lib/first-image.mjs), written at run time because
// they carry the local backend's URL (a random port):
//
//   cdn-<source>.html     <dash-gallery> through the CDN script, included as the README says
//                         (the first-load chunk's modulepreload + the one-line script)
//   hints-<source>.html   the same with the hints of docs/performance.md: a modulepreload of the
//                         source's chunks and a preconnect to the API's origin
//   ssr-<source>.html     server-rendered markup (`dash-elements/server`: loadGalleryItems +
//                         renderGalleryMarkup) inside a <dash-gallery> with no source, with the
//                         CDN script as above and docs/server-rendering.md's pre-upgrade grid
//   vite/<source>.html    the same element in an app: `import 'dash-elements/gallery'`, built
//                         by Vite for production
//   static-<source>.html  the anchor: the same tiles as plain `<img width height>` in a CSS grid,
//                         no script at all; the first row eager with `fetchpriority="high"`, the
//                         rest lazy — what the gallery itself asks of its tiles, and what a
//                         careful hand-written page does
//   pswp-<source>.html    the second anchor: PhotoSwipe 5's DOM mode as its docs show it, `<a href
//                         data-pswp-width data-pswp-height><img></a>` (no loading hints) in the
//                         same grid + photoswipe-lightbox and its CSS
//
// Every page has the same shell (viewport meta, body margin, an 8 px padded <main>) and no text,
// so the largest contentful paint is a gallery image.

/** `<dash-gallery>` attributes per source, against the local backend (as demo/gallery.html). */
export function galleryAttributes(source, { api, folder }) {
  const common = { 'api-base': api };
  if (source === 'json') return { ...common, source: 'json', src: `${api}/demo-data/gallery.json` };
  if (source === 'cms') return { ...common, source: 'cms', gallery: 'summer-2026' };
  return { ...common, source: 'dash-portal', subdomain: 'demo', portal: 'press', folder };
}

/** The CMS's API key (the backend's `Bearer demo`), set as a property as a site would. */
export const CMS_TOKEN = 'demo';

const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const attrs = (map) =>
  Object.entries(map)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(v)}"`))
    .join('');

function shell(title, { head = '', body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
      main { padding: 8px; }
    </style>${head}
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** The element, and for the CMS its token, set by a classic script before the element upgrades. */
function galleryMarkup(source, context) {
  const element = `<dash-gallery${attrs(galleryAttributes(source, context))}></dash-gallery>`;
  if (source !== 'cms') return element;
  return `${element}
      <script>document.currentScript.previousElementSibling.accessToken = ${JSON.stringify(CMS_TOKEN)};</script>`;
}

/**
 * `<dash-gallery>` through the CDN script: `facade` is `gallery.js`, `chunk` its first-load chunk.
 * `preload` (more chunks to modulepreload) and `preconnect` (origins) are the hints
 * docs/performance.md suggests; the `hints-<source>.html` page has them.
 */
export function cdnPage(source, context, { facade, chunk, preload = [], preconnect = [] }) {
  const links = [
    ...preconnect.map((origin) => `<link rel="preconnect" href="${escape(origin)}" crossorigin />`),
    ...[chunk, ...preload].map((href) => `<link rel="modulepreload" href="${escape(href)}" />`),
  ];
  return shell(`first image: CDN ${source}`, {
    head: `
    ${links.join('\n    ')}
    <script type="module" src="${escape(facade)}"></script>`,
    body: `      ${galleryMarkup(source, context)}`,
  });
}

/** The Vite app's page (its module imports `dash-elements/gallery`). */
export function vitePage(source, context) {
  return shell(`first image: Vite app ${source}`, {
    head: `
    <script type="module" src="./main.js"></script>`,
    body: `      ${galleryMarkup(source, context)}`,
  });
}

export const viteMain = `// A site's own code: the gallery from the npm package.
import 'dash-elements/gallery';
`;

/**
 * The grid both anchors share: `probe` is what the gallery laid out at the same viewport (see
 * probeGallery in bench/lib/first-image.mjs) — its columns, gaps, offset and each tile's box —
 * so each image is the same file at the same size as in the gallery.
 */
function grid(probe, cell) {
  const { columns, columnGap, rowGap, top } = probe.layout;
  const firstTop = probe.tiles[0]?.box.y ?? 0;
  const cells = probe.tiles.map((tile) => cell(tile, Math.abs(tile.box.y - firstTop) < 2)).join('\n');
  const style = `<style>
      #gallery { display: grid; grid-template-columns: repeat(${columns}, minmax(0, 1fr)); gap: ${rowGap}px ${columnGap}px; margin-top: ${top}px; }
      #gallery img, #gallery .file, #gallery a { display: block; width: 100%; height: auto; object-fit: cover; }
      #gallery .file { background: #eee; }
    </style>`;
  return { style, body: `      <div id="gallery">\n${cells}\n      </div>` };
}

/** `hints`: the first row's loading hints (the static page's; PhotoSwipe's docs show none). */
function img(tile, firstRow, hints = true) {
  const { image, box } = tile;
  return `<img${attrs({
    src: image.src,
    srcset: image.srcset || undefined,
    sizes: image.sizes || undefined,
    width: Math.round(box.width),
    height: Math.round(box.height),
    alt: image.alt,
    loading: hints ? (firstRow ? 'eager' : 'lazy') : undefined,
    fetchpriority: hints && firstRow ? 'high' : undefined,
  })} />`;
}

/** A tile without an image (a file in a portal): a box of the same size. */
const fileBox = (tile) =>
  `<div class="file" style="aspect-ratio: ${Math.round(tile.box.width)} / ${Math.round(tile.box.height)}"></div>`;

export function staticPage(source, probe) {
  const { style, body } = grid(
    probe,
    (tile, firstRow) => `        ${tile.image ? img(tile, firstRow) : fileBox(tile)}`,
  );
  return shell(`first image: static ${source}`, { head: `\n    ${style}`, body });
}

export function photoswipePage(source, probe) {
  const { style, body } = grid(probe, (tile, firstRow) => {
    if (!tile.image) return `        ${fileBox(tile)}`;
    const large = tile.large ?? { url: tile.image.src, width: tile.box.width, height: tile.box.height };
    return `        <a${attrs({
      href: large.url,
      'data-pswp-width': Math.round(large.width),
      'data-pswp-height': Math.round(large.height),
    })}>${img(tile, firstRow, false)}</a>`;
  });
  return shell(`first image: PhotoSwipe ${source}`, {
    head: `
    <link rel="stylesheet" href="photoswipe/photoswipe.css" />
    ${style}`,
    body: `${body}
      <script type="module">
        import PhotoSwipeLightbox from './photoswipe/photoswipe-lightbox.esm.min.js';
        new PhotoSwipeLightbox({
          gallery: '#gallery',
          children: 'a',
          pswpModule: () => import('./photoswipe/photoswipe.esm.min.js'),
        }).init();
      </script>`,
  });
}

/** The source configuration for `loadGalleryItems` (dash-elements/server), as the element's. */
export function serverConfig(source, { api, folder }) {
  if (source === 'json') return { source: 'json', src: `${api}/demo-data/gallery.json`, apiBase: api };
  if (source === 'cms') return { source: 'cms', gallery: 'summer-2026', apiBase: api, accessToken: CMS_TOKEN };
  return { source: 'dash-portal', apiBase: api, subdomain: 'demo', portal: 'press', folder };
}

/**
 * Server-rendered markup: `markup` from renderGalleryMarkup, in a `<dash-gallery>` without a
 * source that the CDN script upgrades. Until then the markup is a grid of the gallery's columns
 * and square cells (docs/server-rendering.md's CSS, with the probed layout), so the upgrade need
 * not move anything; captions stay in the markup for search engines but are not shown before.
 * The script as docs/server-rendering.md shows it: at low priority and without a modulepreload of
 * its chunk, since the photos need no script, so the first row has the phone's bandwidth to itself.
 */
export function ssrPage(source, probe, markup, { facade }) {
  const { columns, columnGap, rowGap, top } = probe.layout;
  return shell(`first image: server-rendered ${source}`, {
    head: `
    <script type="module" src="${escape(facade)}" fetchpriority="low"></script>
    <style>
      dash-gallery { display: block; }
      dash-gallery:not(:defined) { display: grid; grid-template-columns: repeat(${columns}, minmax(0, 1fr)); gap: ${rowGap}px ${columnGap}px; padding-top: ${top}px; }
      dash-gallery:not(:defined) figure { margin: 0; }
      dash-gallery:not(:defined) figcaption { display: none; }
      dash-gallery:not(:defined) a { display: block; }
      dash-gallery:not(:defined) img { display: block; inline-size: 100%; block-size: auto; aspect-ratio: 1; object-fit: cover; }
    </style>`,
    body: `      <dash-gallery>${markup}</dash-gallery>`,
  });
}
