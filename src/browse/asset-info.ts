import { safeUrl } from '../api/safe-url.js';
import type { Asset } from '../api/models.js';

/**
 * Small readings of an Asset that the grid, the asset view and the hosts share. Everything that
 * ends up in `src`/`href` or in an event's detail goes through `safeUrl` (src/api/safe-url.ts,
 * the one URL rule): a `javascript:` or `data:` URL from the API must never reach the DOM or a
 * host. `safePageUrl` is that rule with the page as the base for relative URLs.
 */
export function safePageUrl(url: string | null | undefined): string | undefined {
  // Relative URLs from the API resolve against the page, as the browser would resolve them.
  return safeUrl(url, document.baseURI);
}

export function assetFilename(asset: Asset): string {
  return asset.currentAssetFile?.filename ?? asset.id;
}

export function assetPreviewUrl(asset: Asset): string | undefined {
  return safePageUrl(asset.currentAssetFile?.previewUrl);
}

/**
 * The asset as an event detail carries it to the host (`dash-asset-open`): a copy whose
 * `previewUrl` is `safeUrl`'s absolute http(s) URL, or null when the API's was unusable.
 */
export function assetForHost(asset: Asset): Asset {
  const file = asset.currentAssetFile;
  if (!file) return asset;
  return { ...asset, currentAssetFile: { ...file, previewUrl: assetPreviewUrl(asset) ?? null } };
}

/** `image/jpeg`-style media type, or '' when unknown. */
export function assetMimeType(asset: Asset): string {
  const mediaType = asset.currentAssetFile?.mediaType;
  return mediaType ? `${mediaType.type}/${mediaType.subType}`.toLowerCase() : '';
}

/** A short type label for placeholders and details: the extension, else the file type. */
export function assetTypeLabel(asset: Asset): string {
  const name = assetFilename(asset);
  const dot = name.lastIndexOf('.');
  if (dot > 0 && name.length - dot <= 6) return name.slice(dot + 1).toUpperCase();
  return asset.currentAssetFile?.mediaType?.subType?.toUpperCase() ?? asset.currentAssetFile?.fileType ?? '';
}

/** Whether the asset plays as a video (its file type, or its media type when that is unset). */
export function assetIsVideo(asset: Asset): boolean {
  return asset.currentAssetFile?.fileType === 'VIDEO' || assetMimeType(asset).startsWith('video/');
}

export function assetDimensions(asset: Asset): { width: number; height: number } | undefined {
  const dimensions = asset.currentAssetFile?.dimensions;
  return dimensions && dimensions.width > 0 && dimensions.height > 0 ? dimensions : undefined;
}

/** The date shown to visitors: when the asset went live, else when its file was added. */
export function assetDate(asset: Asset): string | undefined {
  return asset.lifecycleStatus?.dateLive ?? asset.currentAssetFile?.dateAdded ?? asset.dateLastModified;
}

/**
 * What kind of media a tile shows, for its badge and its accessible name: the Dash file type
 * (IMAGE, VIDEO, AUDIO, DOCUMENT), refined by the media type (a PDF is a DOCUMENT the visitor
 * knows by name), and the media type alone where the file type is something else.
 */
export type AssetKind = 'image' | 'video' | 'audio' | 'pdf' | 'document' | 'file';

export function assetKind(asset: Asset): AssetKind {
  const mime = assetMimeType(asset);
  const fileType = asset.currentAssetFile?.fileType;
  if (mime === 'application/pdf') return 'pdf';
  if (assetIsVideo(asset)) return 'video';
  if (fileType === 'AUDIO' || mime.startsWith('audio/')) return 'audio';
  if (fileType === 'IMAGE' || mime.startsWith('image/')) return 'image';
  if (fileType === 'DOCUMENT') return 'document';
  return 'file';
}

/** The running time in whole seconds (the API's `duration`), or undefined when unknown or zero. */
export function assetDurationSeconds(asset: Asset): number | undefined {
  const duration = asset.currentAssetFile?.duration;
  return typeof duration === 'number' && Number.isFinite(duration) && duration > 0
    ? Math.max(1, Math.round(duration))
    : undefined;
}

/** A clock reading of a running time, as video players print it: `0:04`, `12:30`, `1:02:03`. */
export function clockTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The text of a metadata field: `Asset.metadata.values` is keyed by field id (seed 002: "The keys
 * for map are Field IDs"), each value a list of strings — plain text, or FieldOption ids where the
 * field has fixed options (those are not resolved to names here). Several values read as one
 * comma-separated text; '' when the field is unset or the asset has no value for it.
 */
export function assetFieldText(asset: Asset, fieldId: string | undefined): string {
  const values = fieldId ? asset.metadata?.values[fieldId] : undefined;
  return (values ?? [])
    .map((value) => value.trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * When a date field's value runs out, in ms. The seed prints no date field value, only that date
 * and date-time fields exist, so this reads tolerantly: an ISO date-time is that moment; a bare
 * day (`2025-06-30`) lasts to the end of that day in UTC; anything else is no date.
 */
export function fieldDateEnd(value: string): number | undefined {
  const text = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = Date.parse(day ? `${text}T00:00:00Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time)) return undefined;
  return day ? time + 86_400_000 : time;
}

/**
 * The asset's expiry from a date field: the value as written (the earliest when several) and
 * whether it has passed; undefined when the field holds no readable date.
 */
export function assetExpiry(
  asset: Asset,
  fieldId: string | undefined,
  now = Date.now(),
): { value: string; expired: boolean } | undefined {
  const dated = (fieldId ? (asset.metadata?.values[fieldId] ?? []) : [])
    .map((value) => ({ value: value.trim(), end: fieldDateEnd(value) }))
    .filter((entry): entry is { value: string; end: number } => entry.end !== undefined)
    .sort((a, b) => a.end - b.end)[0];
  return dated && { value: dated.value, expired: dated.end <= now };
}
