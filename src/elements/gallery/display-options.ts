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

/** The documented ranges; the property JSDoc in gallery.ts says the same. */
export const RANGES = {
  columns: { min: 0, max: 24, fallback: 0, whole: true },
  gap: { min: 0, max: 100, fallback: 8 },
  rowHeight: { min: 40, max: 1200, fallback: 220 },
  limit: { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0, whole: true },
} satisfies Record<string, NumberRange>;

/** The element's attributes read here; any of them changing re-reads them. */
export const DISPLAY_KEYS = ['layout', 'aspect', 'columns', 'gap', 'rowHeight', 'limit'] as const;

const LAYOUTS: readonly LayoutName[] = ['grid', 'masonry', 'justified'];
const ASPECTS = ['square', 'natural'] as const;

/** Attribute names, for the messages (the properties are camelCase). */
const ATTRIBUTES: Record<string, string> = { rowHeight: 'row-height' };

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

export type DisplayInput = Pick<DisplayOptions, 'layout' | 'aspect' | 'columns' | 'gap' | 'rowHeight' | 'limit'>;

/** `value` as a number in `range`, or undefined when it is no number at all (NaN, "auto", an object). */
function readNumber(value: unknown, range: NumberRange): number | undefined {
  // Removed attribute (Lit gives null) or never set: the default, not a problem.
  if (value === null || value === undefined) return range.fallback;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (Number.isNaN(number)) return undefined;
  const clamped = Math.min(range.max, Math.max(range.min, number));
  return range.whole ? Math.round(clamped) : clamped;
}

/**
 * The options the layout uses. `attribute` gives an attribute's text for the messages: Lit's
 * converter has already turned `row-height="auto"` into NaN.
 */
export function readDisplayOptions(input: DisplayInput, attribute?: (name: string) => string | null): DisplayOptions {
  const problems: string[] = [];
  const shown = (key: string): string => {
    const name = ATTRIBUTES[key] ?? key;
    const text = attribute?.(name);
    return `${name}=${quote(text ?? input[key as keyof DisplayInput])}`;
  };
  const number = (key: keyof typeof RANGES): number => {
    const range: NumberRange = RANGES[key];
    const value = readNumber(input[key], range);
    if (value !== undefined) return value;
    const max = range.max === Number.MAX_SAFE_INTEGER ? '' : `–${range.max}`;
    problems.push(`${shown(key)} is not a number (${range.min}${max}); using ${range.fallback}.`);
    return range.fallback;
  };
  const oneOf = <T extends string>(key: 'layout' | 'aspect', names: readonly T[], fallback: T): T => {
    const value: unknown = input[key];
    if (value === null || value === undefined) return fallback;
    if (names.includes(value as T)) return value as T;
    problems.push(`${shown(key)} is not one of ${names.join(', ')}; using ${fallback}.`);
    return fallback;
  };
  return {
    layout: oneOf('layout', LAYOUTS, 'grid'),
    aspect: oneOf('aspect', ASPECTS, 'square'),
    columns: number('columns'),
    gap: number('gap'),
    rowHeight: number('rowHeight'),
    limit: number('limit'),
    problems,
  };
}

function quote(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
