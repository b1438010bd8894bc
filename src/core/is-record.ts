/**
 * A plain object (not null, not an array): the one test for "has keys we can read", shared by the
 * API response checks, the gallery adapters and the locale tables.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
