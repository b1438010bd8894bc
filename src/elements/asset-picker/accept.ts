/**
 * `accept` matching, the way `<input type="file" accept>` reads it: a comma-separated list of
 * MIME types (`video/mp4`), wildcards (`image/*`) and filename extensions (`.svg`). An empty list
 * accepts everything. Matching is case-insensitive because the backend's media types are not
 * normalised (seen: `image/JPEG`).
 */

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
