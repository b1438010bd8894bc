import { en, type Strings } from './en.js';

export type { Strings };

/** A locale table may leave sections out; missing ones fall back to English. */
export type PartialStrings = { [K in keyof Strings]?: Partial<Strings[K]> };

const locales = new Map<string, Strings>([['en', en]]);

/**
 * Adds (or replaces) a locale. Sections and keys it lacks fall back to English, so a partial
 * translation never leaves a blank label.
 */
export function registerLocale(locale: string, strings: PartialStrings): void {
  const merged = { ...en } as Record<string, unknown>;
  for (const [section, values] of Object.entries(strings)) {
    merged[section] = { ...(en as Record<string, object>)[section], ...values };
  }
  locales.set(locale.toLowerCase(), merged as Strings);
}

/** The table for `locale`, trying `pt-BR`, then `pt`, then English. */
export function getStrings(locale = 'en'): Strings {
  const wanted = locale.toLowerCase();
  return locales.get(wanted) ?? locales.get(wanted.split('-')[0]) ?? en;
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `1536` → "1.5 kB" in the locale's number format. */
export function formatBytes(bytes: number, locale = 'en'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDate(date: string | number | Date, locale = 'en'): string {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(value);
}

export function formatNumber(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale).format(value);
}
