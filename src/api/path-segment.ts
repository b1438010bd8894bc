import { DashError } from './errors.js';

/**
 * One id as one URL path segment, for every endpoint table (Dash, Social, CMS). An id that is
 * empty, `.` or `..`, or holds a `/`, would leave its segment once the URL is resolved or a server
 * decodes it (`gallery=".."` → `GET /api/v1/`, `brand=".."` sends the API key to another path), so
 * it is a configuration error before any request, never a request.
 */
export function pathSegment(id: string | number): string {
  const text = typeof id === 'number' && Number.isFinite(id) ? String(id) : id;
  if (typeof text !== 'string' || text === '' || text === '.' || text === '..' || text.includes('/')) {
    throw new DashError(
      'invalid-config',
      `${JSON.stringify(text) ?? String(text)} is not a usable id: an id must not be empty, "." or ".." or contain "/".`,
    );
  }
  return encodeURIComponent(text);
}
