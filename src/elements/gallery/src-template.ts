/**
 * `src-template`: width-descriptor `srcset`s for every item from one URL pattern, so any image CDN
 * (or a site's own resizer) serves each tile at the width it is drawn at.
 */
import { safeUrl } from '../../api/adapters/normalize.js';
import type { GalleryItem, GalleryRendition } from '../../api/adapters/types.js';

/**
 * The widths a template is asked for: phone, tablet and desktop cells at 1×–3× density. A fixed
 * ladder (not the cell's exact width) keeps the CDN's cache warm: every gallery asks for the same
 * few renditions of an image.
 */
export const SRC_TEMPLATE_WIDTHS = [320, 480, 640, 960, 1280, 1920, 2560];

const PLACEHOLDERS = /\{(url|encodedUrl|width)\}/g;

/** `template` with its placeholders filled in one pass (a `{width}` inside the URL stays as it is). */
function fill(template: string, url: string, width: number): string {
  return template.replace(PLACEHOLDERS, (_, name: string) =>
    name === 'width' ? String(width) : name === 'url' ? url : encodeURIComponent(url),
  );
}

/** An http(s) URL from a filled template; relative results resolve against the page. */
function built(template: string, url: string, width: number): string | undefined {
  return safeUrl(fill(template, url, width), document.baseURI);
}

/**
 * Why `template` cannot be used, or undefined when it can: it needs `{width}` and `{url}` or
 * `{encodedUrl}`, and must give an http(s) URL (a `javascript:` or `data:` result never reaches an
 * `<img>`).
 */
export function srcTemplateProblem(template: string): string | undefined {
  const shown = template.length > 60 ? `${template.slice(0, 60)}…` : template;
  if (!template.includes('{width}') || !/\{(url|encodedUrl)\}/.test(template)) {
    return `src-template="${shown}" needs {width} and {url} or {encodedUrl}; ignoring it.`;
  }
  if (!built(template, 'https://example.com/photo.jpg', SRC_TEMPLATE_WIDTHS[0])) {
    return `src-template="${shown}" does not give an http(s) URL; ignoring it.`;
  }
  return undefined;
}

/**
 * The widths to ask for an image `full` px wide: the ladder up to it, and `full` itself when it
 * falls between two steps (the CDN would not enlarge beyond it anyway). Unknown: the whole ladder.
 */
export function ladderFor(full?: number): number[] {
  if (!full) return SRC_TEMPLATE_WIDTHS;
  const below = SRC_TEMPLATE_WIDTHS.filter((width) => width < full);
  return [...below, Math.round(full)];
}

/**
 * The renditions `template` gives for `item`'s full-size image (its `original`, else `src`); none
 * for videos and files, or when no URL it builds is http(s).
 */
export function templateRenditions(template: string, item: GalleryItem): GalleryRendition[] {
  const cached = cache.get(item);
  if (cached?.template === template) return cached.renditions;
  const url = item.original?.url || item.src;
  const full = item.original ? item.original.width : item.width;
  const renditions =
    item.type === 'image' && url
      ? ladderFor(full).flatMap((width) => {
          const rendition = built(template, url, width);
          return rendition ? [{ url: rendition, width }] : [];
        })
      : [];
  cache.set(item, { template, renditions });
  return renditions;
}

/** Tiles re-render on every scroll step: each item's renditions are built once per template. */
const cache = new WeakMap<GalleryItem, { template: string; renditions: GalleryRendition[] }>();
