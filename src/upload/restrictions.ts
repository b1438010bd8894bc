/**
 * The element's restrictions, checked before a file reaches the uploader (and before Uppy is even
 * loaded), so a rejected file costs nothing and the message is ours, localized.
 */

export interface Restrictions {
  /** Like `<input accept>`: MIME types (`image/*`, `video/mp4`) and extensions (`.raw`). */
  accept?: string;
  /** Bytes; 0 or undefined = no limit. */
  maxFileSize?: number;
  /** Files in one session; 0 or undefined = no limit. */
  maxFiles?: number;
}

export type Rejection =
  | { reason: 'type'; file: File }
  | { reason: 'size'; file: File; limit: number }
  | { reason: 'count'; file: File; limit: number };

export function parseAccept(accept = ''): string[] {
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

export function matchesAccept(file: { name: string; type: string }, accept?: string): boolean {
  const tokens = parseAccept(accept);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/**
 * Splits candidates into accepted and rejected. `alreadyQueued` counts files the visitor added
 * before (and did not remove), so `max-files` holds across several drops.
 */
export function checkRestrictions(
  files: File[],
  restrictions: Restrictions,
  alreadyQueued: number,
): { accepted: File[]; rejected: Rejection[] } {
  const accepted: File[] = [];
  const rejected: Rejection[] = [];
  const { maxFileSize, maxFiles } = restrictions;
  for (const file of files) {
    if (!matchesAccept(file, restrictions.accept)) {
      rejected.push({ reason: 'type', file });
    } else if (maxFileSize && file.size > maxFileSize) {
      rejected.push({ reason: 'size', file, limit: maxFileSize });
    } else if (maxFiles && alreadyQueued + accepted.length >= maxFiles) {
      rejected.push({ reason: 'count', file, limit: maxFiles });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, rejected };
}
