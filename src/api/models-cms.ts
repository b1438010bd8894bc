/** CMS galleries API models (seed 004): the types of that backend, apart from the Dash ones in models.ts. */

export type CmsGalleryStatus = 'draft' | 'published' | 'archived';

export interface CmsMedia {
  id: string;
  filename: string;
  original_filename?: string;
  mime_type: string;
  size?: number;
  path: string;
  alt_text?: string | null;
  /** Not in the reference: an absolute URL, when the server adds one. */
  url?: string;
  width?: number;
  height?: number;
  [key: string]: unknown;
}

export interface CmsGalleryMedia {
  gallery_id?: string;
  media_id: string;
  order: number;
  /** At most 500 characters. */
  caption?: string | null;
  media: CmsMedia;
  created_at?: string;
}

export interface CmsTranslation {
  id?: string;
  gallery_id?: string;
  language_id: string;
  title?: string | null;
  description?: string | null;
  meta_title?: string | null;
  meta_description?: string | null;
}

export interface CmsGallery {
  id: string;
  slug: string;
  status: CmsGalleryStatus;
  cover_image_id?: string | null;
  cover_image?: CmsMedia | null;
  translations?: CmsTranslation[];
  gallery_media: CmsGalleryMedia[];
  /** Entries of `gallery_media` the client could not read and left out (not a server field). */
  skipped?: number;
  skippedReason?: string;
  created_at?: string;
  updated_at?: string | null;
}

/** An entry of the gallery list (the list answers a summary only). */
export interface CmsGallerySummary {
  id: string;
  slug: string;
  status: CmsGalleryStatus;
}

export interface CmsLanguage {
  id: string;
  code?: string;
  name?: string;
  [key: string]: unknown;
}
