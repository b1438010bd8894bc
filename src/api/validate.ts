/**
 * Tiny hand-written validators for API responses: the generic checks every backend's parsers use.
 * The Dash API's own models, and the coercing and URL-finding readers only they need, are in
 * validate-dash.ts, so the CMS and Dash Social sources never load them. A backend that answers
 * something unexpected becomes one `invalid-response` error naming the bad field, here at the
 * boundary, instead of a `TypeError` deep inside a render. Hand-written rather than a schema
 * library, which would weigh more than the gallery itself. Parsers check what the elements rely on
 * and keep unknown fields as they are.
 *
 * Tolerant reading (issue 14): lists are read item by item — an item that fails its check is
 * skipped and counted (`skipped`), never the whole page; fields the seed prints as optional, or
 * never prints, may be null or absent; a value whose meaning is clear is coerced (a numeric string
 * duration) rather than refused. Text the elements show is still checked to be a string, and URLs
 * pass `safeUrl` before anyone reads them.
 */
import { DashError } from './errors.js';
import { isRecord } from '../core/is-record.js';

export type Parser<T> = (value: unknown, path?: string) => T;

/** What a field must be: a type name, optionally ending in `?` when null/absent is fine. */
type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';
type Spec = Record<string, Kind | `${Kind}?`>;

export function invalid(path: string, expected: string): never {
  throw new DashError('invalid-response', `Invalid response: ${path} should be ${expected}.`);
}

function isKind(value: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return isRecord(value);
  // NaN and Infinity are not numbers any caller can use.
  if (kind === 'number') return Number.isFinite(value);
  return typeof value === kind;
}

export function expectRecord(value: unknown, path: string): Record<string, unknown> {
  return isRecord(value) ? value : invalid(path, 'an object');
}

export function expectString(value: unknown, path: string): string {
  return typeof value === 'string' ? value : invalid(path, 'a string');
}

export function expectNumber(value: unknown, path: string): number {
  return Number.isFinite(value) ? (value as number) : invalid(path, 'a number');
}

export function expectBoolean(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : invalid(path, 'a boolean');
}

export function expectArray<T = unknown>(value: unknown, path: string, item?: Parser<T>): T[] {
  if (!Array.isArray(value)) invalid(path, 'an array');
  return item ? value.map((entry, i) => item(entry, `${path}[${i}]`)) : (value as T[]);
}

/** Checks an object's fields against `spec` and returns it typed, unknown fields kept. */
export function expectShape<T>(value: unknown, path: string, spec: Spec): T {
  const record = expectRecord(value, path);
  for (const [key, want] of Object.entries(spec)) {
    const optional = want.endsWith('?');
    const kind = (optional ? want.slice(0, -1) : want) as Kind;
    const field = record[key];
    if (optional && field == null) continue;
    if (!isKind(field, kind)) invalid(`${path}.${key}`, `a${kind === 'array' || kind === 'object' ? 'n' : ''} ${kind}`);
  }
  return record as T;
}

/** Items read one by one: those that passed, and how many failed their check. */
export interface ItemsRead<T> {
  items: T[];
  skipped: number;
  /** Why the first skipped item was refused, for logs and the `dash-error` message. */
  skippedReason?: string;
}

/**
 * Parses each entry on its own: one that fails with `invalid-response` is skipped and counted,
 * so one odd item never blanks a list. Other errors propagate.
 */
export function parseEach<T>(values: unknown[], item: Parser<T>, path: string): ItemsRead<T> {
  const read: ItemsRead<T> = { items: [], skipped: 0 };
  values.forEach((entry, i) => {
    const parsed = readItem(read, () => item(entry, `${path}[${i}]`));
    if (parsed) read.items.push(parsed.value);
  });
  return read;
}

/** Runs one item's parse; an `invalid-response` is counted in `read` (and the item dropped). */
export function readItem<T>(read: Omit<ItemsRead<unknown>, 'items'>, parse: () => T): { value: T } | undefined {
  try {
    return { value: parse() };
  } catch (error) {
    if (!(error instanceof DashError) || error.code !== 'invalid-response') throw error;
    read.skipped++;
    read.skippedReason ??= error.message;
    return undefined;
  }
}
