/**
 * `accept` matching, the way `<input type="file" accept>` reads it: a comma-separated list of
 * MIME types (`video/mp4`), wildcards (`image/*`) and filename extensions (`.svg`). An empty list
 * accepts everything. Matching is case-insensitive because the backend's media types are not
 * normalised (seen: `image/JPEG`).
 */

import type { Asset } from '../../api/models.js';
import { assetFilename, assetMimeType } from '../../browse/asset-info.js';
import type { Strings } from '../../i18n/index.js';

/** One asset's file type as the picker needs it. */
export interface AcceptSubject {
  /** `type/subType`, e.g. `image/jpeg`; empty when the backend did not say. */
  mediaType: string;
  filename: string;
}

export type AcceptMatcher = (subject: AcceptSubject) => boolean;

/** Parses an `accept` value once into a predicate. */
export function parseAccept(accept: string | null | undefined): AcceptMatcher {
  const patterns = (accept ?? '')
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);
  if (patterns.length === 0) return () => true;
  return ({ mediaType, filename }) => {
    const type = mediaType.toLowerCase();
    const name = filename.toLowerCase();
    return patterns.some((pattern) => matchesPattern(pattern, type, name));
  };
}

function matchesPattern(pattern: string, mediaType: string, filename: string): boolean {
  if (pattern.startsWith('.')) return filename.endsWith(pattern);
  if (pattern === '*' || pattern === '*/*') return true;
  if (pattern.endsWith('/*')) return mediaType.startsWith(pattern.slice(0, -1));
  return mediaType === pattern;
}

/** Whether `accepts` lets the asset's file through. */
export function acceptsAsset(accepts: AcceptMatcher, asset: Asset): boolean {
  return accepts({ mediaType: assetMimeType(asset), filename: assetFilename(asset) });
}

/**
 * The grid's predicate: a reason disables the tile and is read out with it (not accepted, a
 * licence that has expired when `blockExpired` says so, or the selection is full). Built anew whenever its inputs change, because the grid re-renders tiles
 * only for a changed property.
 */
export function selectablePredicate(
  accepts: AcceptMatcher,
  selection: ReadonlyMap<string, Asset>,
  limit: number | undefined,
  strings: Pick<Strings, 'portal'>,
  blockExpired?: (asset: Asset) => boolean,
): (asset: Asset) => true | string {
  return (asset) => {
    if (!acceptsAsset(accepts, asset)) return strings.portal.notAccepted;
    if (blockExpired?.(asset)) return strings.portal.expiredNotSelectable;
    if (limit !== undefined && selection.size >= limit && !selection.has(asset.id)) {
      return strings.portal.maxReached(limit);
    }
    return true;
  };
}
