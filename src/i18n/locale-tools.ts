/**
 * What a translation file (fr.ts, ar.ts, …) needs beside its words: the English fallback merge,
 * and counts in the language's own plural forms and digits. A module of its own so a locale file
 * never imports another locale (importing de.ts would register German as a side effect).
 */
import { isRecord } from '../core/is-record.js';
import { listFormat, numberFormat } from './intl-cache.js';

/** Every key optional, at any depth; functions keep their signatures. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** `base` with `overrides` laid over it at every depth. */
export function withFallback<T>(base: T, overrides: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    const original = result[key];
    result[key] = isRecord(original) && isRecord(value) ? withFallback(original, value) : value;
  }
  return result as T;
}

/**
 * A word or phrase for each plural category the language has (`Intl.PluralRules`): English and
 * German need one and other, French also many (« 1 000 000 de fichiers »), Arabic zero, one, two,
 * few, many and other. `#` stands for the count, written with the locale's digits and grouping.
 * A category left out uses `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The count helpers of one language: `count(n, forms)` and `number(n)`, both through `Intl`. */
export function countsFor(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const numbers = numberFormat(locale);
  const number = (value: number) => numbers.format(value);
  const count = (value: number, forms: PluralForms) =>
    (forms[rules.select(value)] ?? forms.other).replace('#', number(value));
  /** "1 hour, 2 minutes and 4 seconds" in the language's unit words and list pattern. */
  const duration = (hours: number, minutes: number, seconds: number) =>
    listFormat(locale, { type: 'unit', style: 'long' }).format(
      (
        [
          ['hour', hours],
          ['minute', minutes],
          ['second', seconds],
        ] as const
      )
        .filter(([, value]) => value > 0)
        .map(([unit, value]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)),
    );
  /**
   * The same for a count the caller already wrote out with `formatNumber` ("1 234", "١٢"): the
   * plural category is read from its digits, and the text is kept as given.
   */
  const countText = (text: string, forms: PluralForms) => {
    const digits = text
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/\D/g, '');
    const category = digits ? rules.select(Number(digits)) : 'other';
    return (forms[category] ?? forms.other).replace('#', text);
  };
  /** `42` → "42 %" with the language's percent sign and spacing. */
  const percent = (value: number) => numberFormat(locale, { style: 'percent' }).format(value / 100);
  return { count, countText, number, duration, percent };
}
