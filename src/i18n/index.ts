import { en, type Strings } from './en.js';
import { isRecord } from '../core/is-record.js';
import { dateFormat, numberFormat } from './intl-cache.js';

export type { Strings };

/** A locale table may leave sections out; missing ones fall back to English. */
export type PartialStrings = { [K in keyof Strings]?: Partial<Strings[K]> };

/** The name of a section of the strings table: `common`, `errors`, `gallery`, `lightbox`, … */
export type Section = keyof Strings;

/**
 * The strings of the sections `K`: what `localize()` returns for them. A function that renders
 * strings names the sections it reads (`strings: SectionStrings<'common' | 'errors'>`), so it can
 * be handed the strings of any caller that has those sections.
 */
export type SectionStrings<K extends Section = Section> = Pick<Strings, K>;

/** English sections, as an element or a lazily loaded part declares the ones it renders. */
export type StringSections = Partial<Strings>;

/** `S` with any name that is not a section rejected (a typo such as `{ comon }`). */
type OnlySections<S> = S & Record<Exclude<keyof S, Section>, never>;

interface Registry {
  /**
   * Registered translations only. English is not in here on purpose: each element passes the
   * English sections it uses, so a page that loads only <dash-gallery> does not download the
   * uploader's and the picker's strings.
   */
  locales: Map<string, PartialStrings>;
  /** Counts registrations, so every copy knows when its merged tables are stale. */
  version: number;
}

/**
 * One registry per page, shared by every copy of the library with this table layout: each CDN
 * script is a build of its own, and an npm build may sit beside them, yet a translation
 * registered through any of them (or by the CDN's `locale-de.js`) must reach every element. Bump the
 * key when the table's sections change incompatibly, so copies with different layouts keep
 * apart.
 */
const REGISTRY_KEY = Symbol.for('dash-elements.locales.v1');
const registry: Registry = ((globalThis as Record<symbol, Registry | undefined>)[REGISTRY_KEY] ??= {
  locales: new Map(),
  version: 0,
});

/** The locale used when a value is missing or not a language tag. */
export const FALLBACK_LOCALE = 'en';

/**
 * A usable BCP 47 tag for any value a page may put in `locale`: `en_US` (the POSIX and WordPress
 * spelling) becomes `en-US`, and null (a removed attribute), an empty string or a malformed tag
 * becomes English. `Intl` throws a `RangeError` on a malformed tag, and the strings lookup would
 * throw on null, so every use of a locale goes through here and nothing renders half-way.
 */
export function normalizeLocale(value: unknown): string {
  if (typeof value !== 'string') return FALLBACK_LOCALE;
  const tag = value.trim().replace(/_/g, '-');
  if (!tag) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/**
 * Merged tables by sections, then by registration count and locale: a registration makes every
 * merged table stale, and the next lookup merges again.
 */
const cache = new WeakMap<StringSections, Map<string, Strings>>();

/**
 * Adds (or replaces) a locale. Sections and keys it lacks fall back to English, so a partial
 * translation never leaves a blank label.
 */
export function registerLocale(locale: string, strings: PartialStrings): void {
  registry.locales.set(normalizeLocale(locale).toLowerCase(), strings);
  registry.version++;
}

function findLocale(locale: string): PartialStrings | undefined {
  const wanted = locale.toLowerCase();
  return registry.locales.get(wanted) ?? registry.locales.get(wanted.split('-')[0]);
}

/**
 * The language the strings for `locale` are in: the tag asked for when a translation for it (or
 * for its language) is registered, else English, which every missing table falls back to. Screen
 * readers pick their voice from it, so German text is not read with an English voice, nor English
 * fallback text with a German one.
 */
export function languageInUse(locale: unknown): string {
  const tag = normalizeLocale(locale);
  return findLocale(tag.toLowerCase()) ? tag : FALLBACK_LOCALE;
}

/**
 * Languages written right to left (ISO 639 codes), and right-to-left scripts (ISO 15924), which
 * decide where a tag names one (`az-Arab` is right to left, `ku-Latn` left to right).
 */
const RIGHT_TO_LEFT =
  /^(?:(?:ar|arc|ckb|dv|fa|he|iw|khw|ks|ps|sd|ug|ur|yi)(?=$|-(?![a-z]{4}\b))|[a-z]{2,3}-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b)/i;

/** `rtl` for text in a language (or script) written right to left, else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.test(tag) ? 'rtl' : 'ltr';
}

/** `english` with `override` laid over it, one level deeper for nested groups (`upload.status`). */
function mergeSection(english: Record<string, unknown>, override: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...english };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = isRecord(value) && isRecord(english[key]) ? { ...english[key], ...value } : value;
  }
  return merged;
}

/**
 * The strings for `locale` of the English `sections` given (trying `pt-BR`, then `pt`, then
 * English), key by key: a translation that lacks a key shows the English one. The result is typed
 * with those sections only, so reading a section the caller did not pass (absent at run time) or
 * naming one that does not exist is a compile error:
 *
 * ```ts
 * const strings = localize(locale, { common, lightbox });
 * strings.lightbox.close; // typed
 * strings.portal;         // error: 'portal' is not among the sections passed
 * ```
 */
export function localize<S extends StringSections>(
  locale: string,
  sections: OnlySections<S>,
): SectionStrings<keyof S & Section> {
  let tables = cache.get(sections);
  if (!tables) cache.set(sections, (tables = new Map()));
  const wanted = normalizeLocale(locale).toLowerCase();
  const key = `${registry.version} ${wanted}`;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = mergeTable(sections, findLocale(wanted))));
  return table;
}

function mergeTable(sections: StringSections, translation: PartialStrings | undefined): Strings {
  const merged: Record<string, unknown> = {};
  for (const [name, english] of Object.entries(sections)) {
    const override = (translation as Record<string, Record<string, unknown>> | undefined)?.[name];
    merged[name] = override ? mergeSection(english, override) : english;
  }
  return merged as Strings;
}

/** The whole table for `locale` — for apps and tests; elements use `localize` with their sections. */
export function getStrings(locale = 'en'): Strings {
  return localize(locale, en);
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
  return numberFormat(normalizeLocale(locale), {
    style: 'unit',
    unit: byteUnits[unit],
    // Plain bytes in long form: English's short unit is "byte" for any count ("0 byte").
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDate(date: string | number | Date, locale = 'en'): string {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return '';
  return dateFormat(normalizeLocale(locale), { dateStyle: 'medium' }).format(value);
}

export function formatNumber(value: number, locale = 'en'): string {
  return numberFormat(normalizeLocale(locale)).format(value);
}
