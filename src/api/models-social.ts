/**
 * Dash Social Library models (seeds 000 and 001). The reference types many media fields as
 * "unknown", so they stay loose here; the gallery adapter normalises them. The types of that
 * backend, apart from the Dash ones in models.ts.
 */

export interface SocialTag {
  id: number;
  name: string;
}

export interface SocialMedia {
  id: number;
  type: string;
  original_width?: number | null;
  original_height?: number | null;
  /** Rendition URLs keyed by size name; shape not fixed by the reference. */
  image_sizes?: unknown;
  urls?: unknown;
  video_sizes?: unknown;
  duration?: unknown;
  tags?: SocialTag[];
  source_id?: string;
  source_created_at?: string;
  [key: string]: unknown;
}

/** A shoppable product on a gallery item, with its hotspot position. */
export interface SocialProduct {
  id: number;
  title: string;
  url: string;
  image_url?: string | null;
  description?: string | null;
  x?: number | null;
  y?: number | null;
  product_overrides?: {
    price?: string | null;
    currency_code?: string | null;
    title?: string | null;
    url?: string | null;
  }[];
  [key: string]: unknown;
}

/** A media item placed in a gallery (banner or pinned), with its order and products. */
export interface SocialBrandMedia {
  id: number;
  order?: number | null;
  brand_media_type?: string;
  media: SocialMedia;
  products?: SocialProduct[];
  [key: string]: unknown;
}

export interface SocialGallery {
  id: number;
  brand_id?: number;
  name: string;
  description?: string | null;
  gallery_type?: string;
  tags?: string[];
  custom_content?: { banner?: SocialBrandMedia | null; pinned?: SocialBrandMedia[] } | null;
  /** Seed 000 prints `{image_url}` entries; read tolerantly (see the gallery adapter). */
  latest_media?: Record<string, unknown>[];
  /** Pinned entries the client could not read and left out (not a server field). */
  skipped?: number;
  skippedReason?: string;
  [key: string]: unknown;
}

/** Body of `POST /brands/{id}/media` (seed 001). */
export interface CreateSocialMediaRequest {
  source: 'UPLOAD' | (string & {});
  source_id: string;
  type: 'UPLOADED' | (string & {});
  url: string;
  meta?: unknown;
  source_created_at?: string;
}

/** Body of `PUT /brands/{id}/media/v2`. */
export interface ListSocialMediaRequest {
  limit?: number;
  offset?: number;
  filters?: {
    brand_media_types?: string[];
    source_created_at?: { start?: string; end?: string };
  };
}
