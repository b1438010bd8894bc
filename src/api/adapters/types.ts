import type { DashError } from '../errors.js';
import type { ApiContext } from '../http.js';

/**
 * The one gallery item model every backend is normalised to. Elements render only this shape,
 * so a new backend is one adapter module and no element change.
 */

/** A product tagged on a Dash Social photo; `x`/`y` are fractions (0–1) of the image size. */
export interface GalleryProduct {
  title: string;
  /** Always an http(s) URL: adapters drop products whose link is anything else. */
  url: string;
  imageUrl?: string;
  price?: string;
  x: number;
  y: number;
}

/** One width of an image, for `srcset`. */
export interface GalleryRendition {
  url: string;
  width: number;
}

export type GalleryItemType = 'image' | 'video' | 'file';

export interface GalleryItem {
  /** Stable within its gallery (the backend's id, or the position for plain JSON). */
  id: string;
  /** The image shown in the grid and the lightbox; '' for files without a preview. */
  src: string;
  /** Intrinsic size of the original, when the backend knows it. */
  width?: number;
  height?: number;
  alt: string;
  caption: string;
  srcset?: GalleryRendition[];
  type: GalleryItemType;
  videoSrc?: string;
  poster?: string;
  mediaType?: string;
  /** The backend's order value, kept for display and editing; arrays are already sorted. */
  order: number;
  products?: GalleryProduct[];
  /** Dash portals: the visitor may download this asset. */
  downloadable?: boolean;
  assetId?: string;
  /**
   * The full-size image for the lightbox when `src` is a smaller preview and `srcset` does not
   * already list it; its size when known (PhotoSwipe zooms to it).
   */
  original?: { url: string; width?: number; height?: number };
  /** File name, shown on placeholders of files without a preview. */
  filename?: string;
  /**
   * The point a cropped tile keeps in view (square grid cells, a panorama's row, masonry's capped
   * cells), when the source gives one.
   */
  focalPoint?: FocalPoint;
}

/** A point of an image as shares of its width and height: 0–1 from the left and top edge. */
export interface FocalPoint {
  x: number;
  y: number;
}

/** One page of a gallery; `next` loads the following page (Dash portal searches page). */
export interface GalleryPage {
  items: GalleryItem[];
  /** The true size of the gallery when the backend says it (may exceed `items.length`). */
  total?: number;
  next?: () => Promise<GalleryPage>;
  /** Dash Social: the gallery's banner, shown above the grid. */
  banner?: GalleryItem;
  title?: string;
  description?: string;
  /** Dash portals that permit downloads: what the lightbox's download menu needs. */
  downloads?: GalleryDownloads;
  /** Sources that can be edited (CMS): each call saves and resolves the server's new items. */
  edits?: GalleryEdits;
  /**
   * A problem that did not stop the page — items the adapter could not read and left out — which
   * the gallery reports as one `dash-error` (`invalid-response`, saying how many) and renders the rest.
   */
  warning?: DashError;
}

export interface GalleryEdits {
  /** Saves a new order; `ids` lists every item (the CMS rejects partial reorders). */
  reorder(ids: string[], signal?: AbortSignal): Promise<GalleryItem[]>;
  caption(id: string, caption: string, signal?: AbortSignal): Promise<GalleryItem[]>;
  remove(id: string, signal?: AbortSignal): Promise<GalleryItem[]>;
}

/** Longest caption the CMS accepts. */
export const MAX_CAPTION_LENGTH = 500;

/**
 * A Dash portal's downloads: the visitor's API context, with which the lightbox's download menu
 * lists the presets applicable to a slide's asset and runs its download jobs.
 */
export interface GalleryDownloads {
  ctx: ApiContext;
}

export type GallerySourceName = 'dash-portal' | 'dash-social' | 'cms' | 'photo-gallery' | 'json';

/** Everything an adapter may need; each source reads its own fields and validates them. */
export interface GallerySourceConfig {
  source: GallerySourceName;
  apiBase: string;
  /** Host-supplied bearer token (Dash Social, CMS, or a signed-in Dash user). */
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
  subdomain?: string;
  portal?: string;
  passcode?: string;
  folder?: string;
  collection?: string;
  brand?: string;
  gallery?: string;
  src?: string;
  lang?: string;
  /** CMS: the `language_id` of the translation to show (seed 004 names languages only by id). */
  languageId?: string;
  /**
   * CMS: where the media files live, when not under the API base. A media `path` (seed 004:
   * `uploads/media/x.jpg`) resolves against it; default: the API base.
   */
  mediaBase?: string;
  pageSize?: number;
  fetch?: typeof fetch;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Used instead of the configuration's `fetch` (it wraps it): see head-start.ts. */
  fetch?: typeof fetch;
}

/** What each source module exports. */
export type GalleryLoader = (config: GallerySourceConfig, options: LoadOptions) => Promise<GalleryPage>;
