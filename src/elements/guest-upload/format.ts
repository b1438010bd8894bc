/** Locale-aware text for sizes, speeds, time left and the upload's restrictions. */
import { formatBytes } from '../../i18n/index.js';
import type { Strings } from '../../i18n/index.js';
import { checkRestrictions, type Rejection, type Restrictions } from '../../upload/restrictions.js';
import type { UploadTotals } from '../../upload/types.js';

export function formatTimeLeft(strings: Strings, seconds: number): string {
  const s = strings.upload;
  if (seconds < 90) return s.seconds(Math.max(1, Math.round(seconds)));
  if (seconds < 90 * 60) return s.minutes(Math.round(seconds / 60));
  return s.hours(Math.round(seconds / 3600));
}

/** "3.1 MB of 12 MB · 2.4 MB/s · 4 s left" (speed and time only once measured). */
export function describeTotals(strings: Strings, totals: UploadTotals, locale: string): string {
  const s = strings.upload;
  const parts = [s.progressOf(formatBytes(totals.bytesUploaded, locale), formatBytes(totals.bytesTotal, locale))];
  if (totals.bytesPerSecond > 0 && totals.bytesUploaded < totals.bytesTotal) {
    parts.push(s.speed(formatBytes(totals.bytesPerSecond, locale)));
    if (totals.secondsLeft !== undefined) parts.push(s.timeLeft(formatTimeLeft(strings, totals.secondsLeft)));
  }
  return parts.join(' · ');
}

/** "Accepted: image/* · Up to 10 MB per file · Up to 5 files", or '' without restrictions. */
export function describeRestrictions(strings: Strings, restrictions: Restrictions, locale: string): string {
  const s = strings.upload;
  const { accept, maxFileSize, maxFiles } = restrictions;
  return [
    accept ? s.restrictionsAccept(accept) : '',
    maxFileSize ? s.restrictionsSize(formatBytes(maxFileSize, locale)) : '',
    maxFiles ? s.restrictionsCount(maxFiles) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Why a file was not added, naming it and the rule it broke. */
export function describeRejection(strings: Strings, rejection: Rejection, locale: string): string {
  const s = strings.upload;
  const name = rejection.file.name;
  if (rejection.reason === 'type') return s.rejectedType(name);
  if (rejection.reason === 'size') return s.rejectedSize(name, formatBytes(rejection.limit, locale));
  return s.rejectedCount(name, rejection.limit);
}

/** The files the restrictions accept, and a note for each they refuse (`listed`: files already in the list). */
export function screenFiles(
  strings: Strings,
  locale: string,
  files: File[],
  restrictions: Restrictions,
  listed: number,
) {
  const { accepted, rejected } = checkRestrictions(files, restrictions, listed);
  return { accepted, notices: rejected.map((rejection) => describeRejection(strings, rejection, locale)) };
}
