/** Dash Social Library (seeds 000, 001): galleries, and the library upload flow. */
import { socialPaths } from './endpoints-social.js';
import { request, type ApiContext } from './http.js';
import type {
  CreateSocialMediaRequest,
  ListSocialMediaRequest,
  SocialBrandMedia,
  SocialGallery,
} from './models-social.js';
import { isRecord } from '../core/is-record.js';
import { expectArray, expectShape, invalid, parseEach } from './validate.js';

type Signal = { signal?: AbortSignal };

const parseBrandMedia = (value: unknown, path?: string) => {
  const item = expectShape<SocialBrandMedia>(value, path ?? 'item', { id: 'number', media: 'object' });
  expectShape(item.media, `${path}.media`, { id: 'number', type: 'string?' });
  return item;
};

const parseGallery = (json: unknown): SocialGallery => {
  const gallery = expectShape<SocialGallery>(json, 'gallery', {
    id: 'number',
    name: 'string',
    custom_content: 'object?',
    latest_media: 'array?',
  });
  const content = gallery.custom_content;
  // One unreadable banner or pinned item is left out (and counted), never the whole gallery.
  const banner = content?.banner
    ? parseEach([content.banner], parseBrandMedia, 'gallery.custom_content.banner')
    : undefined;
  const pinned =
    content?.pinned != null
      ? parseEach(
          expectArray(content.pinned, 'gallery.custom_content.pinned'),
          parseBrandMedia,
          'gallery.custom_content.pinned',
        )
      : undefined;
  if (!content) return gallery;
  const skipped = (banner?.skipped ?? 0) + (pinned?.skipped ?? 0);
  return {
    ...gallery,
    custom_content: { ...content, banner: banner?.items[0] ?? null, ...(pinned ? { pinned: pinned.items } : {}) },
    ...(skipped ? { skipped, skippedReason: banner?.skippedReason ?? pinned?.skippedReason } : {}),
  };
};

export function getSocialGallery(
  ctx: ApiContext,
  brandId: string | number,
  galleryId: string | number,
  options: Signal = {},
): Promise<SocialGallery> {
  return request(ctx, 'GET', socialPaths.gallery(String(brandId), String(galleryId)), {
    idempotent: true,
    signal: options.signal,
    validate: parseGallery,
  });
}

/**
 * An S3 URL to PUT a file to. Per the guide, PUT to the URL with its query string stripped and
 * then pass that same stripped URL to `createSocialMedia`.
 */
export function createMediaUploadUrl(
  ctx: ApiContext,
  body: { filename: string; content_type: string },
  options: Signal = {},
): Promise<string> {
  return request(ctx, 'POST', socialPaths.mediaUploadUrl(), {
    body,
    signal: options.signal,
    // The guide does not show the answer's shape: accept a bare URL or an object holding one.
    validate: (json) => {
      if (typeof json === 'string') return json;
      const url = isRecord(json) ? (json.url ?? json.upload_url ?? json.uploadUrl) : undefined;
      return typeof url === 'string' ? url : invalid('response.url', 'a string');
    },
  });
}

/** Creates a library media item from an uploaded (or public) URL. */
export function createSocialMedia(
  ctx: ApiContext,
  brandId: string | number,
  body: CreateSocialMediaRequest,
  options: Signal = {},
): Promise<Record<string, unknown>> {
  return request(ctx, 'POST', socialPaths.createMedia(String(brandId)), {
    body,
    signal: options.signal,
    validate: (json) => expectShape(json, 'media', {}),
  });
}

/** One page of a brand's library media (a PUT that only reads). */
export function listSocialMedia(
  ctx: ApiContext,
  brandId: string | number,
  body: ListSocialMediaRequest = {},
  options: Signal = {},
): Promise<{ data: Record<string, unknown>[]; [key: string]: unknown }> {
  return request(ctx, 'PUT', socialPaths.listMedia(String(brandId)), {
    body: { limit: 50, offset: 0, ...body },
    idempotent: true,
    signal: options.signal,
    validate: (json) => {
      // The reference does not show the listing's envelope: accept a bare array or `{data: [...]}`.
      const data = Array.isArray(json) ? json : isRecord(json) ? json.data : undefined;
      const items = expectArray(data, 'response.data', (item, path) =>
        expectShape<Record<string, unknown>>(item, path!, {}),
      );
      return { ...(isRecord(json) ? json : {}), data: items };
    },
  });
}
