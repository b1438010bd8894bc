/**
 * Gallery adapters: one module per backend, each normalising to `GalleryItem`. A source's code is
 * loaded by dynamic import only when a gallery uses it, so a JSON gallery never ships the Dash
 * search client and the gallery's first load stays small.
 */
import { DashError } from '../errors.js';
import { headStart } from './head-start.js';
import type { GalleryLoader, GalleryPage, GallerySourceConfig, GallerySourceName, LoadOptions } from './types.js';

export * from './types.js';

const loaders: Record<GallerySourceName, () => Promise<{ load: GalleryLoader }>> = {
  'dash-portal': () => import('./dash-portal.js'),
  'dash-social': () => import('./social.js'),
  cms: () => import('./cms.js'),
  'photo-gallery': () => import('./photo-gallery.js'),
  json: () => import('./json.js'),
};

/** The source names `<dash-gallery source="…">` accepts. */
export const gallerySources = /* @__PURE__ */ Object.keys(loaders) as GallerySourceName[];

export function isGallerySource(value: unknown): value is GallerySourceName {
  return typeof value === 'string' && Object.hasOwn(loaders, value);
}

/**
 * Loads the first page of a gallery from any source. Unknown sources are an `invalid-config`
 * error (shown by the element), never a silent blank.
 */
export async function loadGallery(config: GallerySourceConfig, options: LoadOptions = {}): Promise<GalleryPage> {
  if (!isGallerySource(config.source)) {
    throw new DashError('invalid-config', `Unknown gallery source "${String(config.source)}".`);
  }
  // The data's first request goes out now, while the source's code is still on its way (or, on a
  // page with the CDN script, the one the script started for this element is taken: head-start.ts).
  const early = headStart(config, options.signal);
  try {
    const { load } = await loaders[config.source]();
    return await load(config, early ? { ...options, fetch: early.fetch } : options);
  } finally {
    early?.done();
  }
}
