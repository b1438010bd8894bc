/**
 * The gallery's display attributes as the layout uses them (issue 16, class 14). An attribute
 * is a string, and Lit's number converter turns `row-height="auto"` into NaN, which laid out zero
 * tiles without a word; `columns="1e9"` made a billion columns. Numbers outside their documented
 * range are clamped to it (said in each property's JSDoc); a value that cannot be read at all is
 * replaced by the default and named in `problems`, which the gallery reports as `invalid-config`.
 */
import type { LayoutName } from './layout.js';

interface NumberRange {
  min: number;
  max: number;
  fallback: number;
  whole?: boolean;
}

export interface DisplayOptions {
  layout: LayoutName;
  aspect: 'square' | 'natural';
  columns: number;
  gap: number;
  rowHeight: number;
  limit: number;
  /** One sentence per value that could not be read (empty when all could). */
  problems: string[];
}

export type DisplayInput = Omit<DisplayOptions, 'problems'>;

/**
 * Each attribute's rule: the names it may be (the first is the default) or the documented range of
 * the number; the property JSDoc in gallery.ts says the same.
 */
const RULES: Record<keyof DisplayInput, readonly string[] | NumberRange> = {
  layout: ['grid', 'masonry', 'justified', 'carousel'] satisfies LayoutName[],
  aspect: ['square', 'natural'],
  columns: { min: 0, max: 24, fallback: 0, whole: true },
  gap: { min: 0, max: 100, fallback: 8 },
  rowHeight: { min: 40, max: 1200, fallback: 220 },
  limit: { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0, whole: true },
};

/** The element's attributes read here; any of them changing re-reads them. */
export const DISPLAY_KEYS = Object.keys(RULES) as (keyof DisplayInput)[];

/** `value` under `rule`: one of its names, or a number clamped to its range; undefined when it is neither. */
function read(value: unknown, rule: readonly string[] | NumberRange): string | number | undefined {
  if (Array.isArray(rule)) return rule.includes(value as string) ? (value as string) : undefined;
  const { min, max, whole } = rule as NumberRange;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (Number.isNaN(number)) return undefined;
  const clamped = Math.min(max, Math.max(min, number));
  return whole ? Math.round(clamped) : clamped;
}

/**
 * The options the layout uses. `attribute` gives an attribute's text for the messages: Lit's
 * converter has already turned `row-height="auto"` into NaN.
 */
export function readDisplayOptions(input: DisplayInput, attribute?: (name: string) => string | null): DisplayOptions {
  const options = { problems: [] as string[] } as DisplayOptions;
  for (const key of DISPLAY_KEYS) {
    const rule = RULES[key];
    const fallback = Array.isArray(rule) ? rule[0] : (rule as NumberRange).fallback;
    // Removed attribute (Lit gives null) or never set: the default, not a problem.
    let value = input[key] == null ? fallback : read(input[key], rule);
    if (value === undefined) {
      const name = key === 'rowHeight' ? 'row-height' : key;
      const text = String(attribute?.(name) ?? input[key]);
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      const expected = Array.isArray(rule) ? `one of ${rule.join(', ')}` : 'a number';
      options.problems.push(`${name}="${shown}" is not ${expected}; using ${fallback}.`);
      value = fallback;
    }
    (options as unknown as Record<string, unknown>)[key] = value;
  }
  return options;
}
