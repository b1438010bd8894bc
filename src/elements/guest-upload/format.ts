/** Locale-aware text for sizes, speeds, time left and the upload's restrictions. */
import { formatBytes, normalizeLocale } from '../../i18n/index.js';
import { listFormat, numberFormat } from '../../i18n/intl-cache.js';
import type { Strings } from '../../i18n/index.js';
import { checkRestrictions, parseAccept, type Rejection, type Restrictions } from '../../upload/restrictions.js';
import type { UploadTotals } from '../../upload/types.js';

/** "4 sec", "3 min", "2 hr": seconds up to 90, minutes up to 90, then hours (Intl's unit words). */
export function formatTimeLeft(seconds: number, locale: string): string {
  const [value, unit] =
    seconds < 90
      ? [Math.max(1, seconds), 'second']
      : seconds < 5400
        ? [seconds / 60, 'minute']
        : [seconds / 3600, 'hour'];
  return numberFormat(normalizeLocale(locale), { style: 'unit', unit, maximumFractionDigits: 0 }).format(value);
}

/** "3.1 MB of 12 MB · 2.4 MB/s · 4 sec left" (speed and time only once measured). */
export function describeTotals(strings: Strings, totals: UploadTotals, locale: string): string {
  const s = strings.upload;
  const parts = [s.progressOf(formatBytes(totals.bytesUploaded, locale), formatBytes(totals.bytesTotal, locale))];
  if (totals.bytesPerSecond > 0 && totals.bytesUploaded < totals.bytesTotal) {
    parts.push(s.speed(formatBytes(totals.bytesPerSecond, locale)));
    if (totals.secondsLeft !== undefined) parts.push(s.timeLeft(formatTimeLeft(totals.secondsLeft, locale)));
  }
  return parts.join(' · ');
}

/** What `accept` lets in, in words: `image/*,.pdf,.raw` → "images, PDFs and RAW" (each once). */
function acceptedKinds(strings: Strings, accept: string, locale: string): string {
  const names = parseAccept(accept).map((token) => {
    // `image/*` → image, `.pdf` and `application/pdf` → pdf, `image/png` → png.
    const key = token.replace('/*', '').split(/[./]/).pop()!;
    return strings.upload.kinds[key] ?? key.toUpperCase();
  });
  return listFormat(normalizeLocale(locale)).format(new Set(names));
}

/** "Images up to 20 MB, at most 10 files", or '' without restrictions. */
export function describeRestrictions(strings: Strings, restrictions: Restrictions, locale: string): string {
  const { accept, maxFileSize, maxFiles } = restrictions;
  const size = maxFileSize ? formatBytes(maxFileSize, locale) : '';
  const text = strings.upload.restrictions(acceptedKinds(strings, accept ?? '', locale), size, maxFiles ?? 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why a file was not added, naming it and the rule (type or size) it broke. */
export function describeRejection(strings: Strings, rejection: Rejection, locale: string): string {
  const s = strings.upload;
  const name = rejection.file.name;
  if (rejection.reason === 'type') return s.rejectedType(name);
  return s.rejectedSize(name, formatBytes((rejection as { limit: number }).limit, locale));
}

/** The files the restrictions accept, and notes on those they refuse (`listed`: files already in the list). */
export function screenFiles(
  strings: Strings,
  locale: string,
  files: File[],
  restrictions: Restrictions,
  listed: number,
) {
  const { accepted, rejected } = checkRestrictions(files, restrictions, listed);
  const overCount = rejected.filter((rejection) => rejection.reason === 'count').length;
  const notices = rejected
    .filter((rejection) => rejection.reason !== 'count')
    .map((rejection) => describeRejection(strings, rejection, locale));
  // One note for all the files past `max-files` (a folder can bring hundreds): how many, and why.
  if (overCount) notices.push(strings.upload.rejectedCount(overCount, restrictions.maxFiles ?? 0));
  return { accepted, notices };
}
