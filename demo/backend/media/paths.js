/**
 * URL paths of generated and stored files, served by media/files.js. Seeded artwork is addressed
 * by its visual seed and aspect so that many assets (the 10,050 archive ones) share one cache entry.
 */
export const PREVIEW_WIDTHS = [320, 640, 1280];

/** @param {import('../seed/assets.js').Asset} asset */
export const previewPath = (asset, width) =>
  `/files/visuals/${asset.visual}/${asset.width ?? 1}x${asset.height ?? 1}/${width}.jpg`;

/** @param {import('../seed/assets.js').Asset} asset */
export const originalPath = (asset) =>
  `/files/assets/${asset.id}/${asset.fileId}/${encodeURIComponent(asset.filename)}`;
