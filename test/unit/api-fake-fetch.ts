/**
 * An injectable `fetch` for the fast tier: each request goes to a handler in the same process, and
 * every call is logged, so client logic runs in Node without a browser or a backend.
 */
export interface FakeRequest {
  method: string;
  /** Path and query under the origin, e.g. `/asset-searches`. */
  path: string;
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  signal?: AbortSignal;
}

export type FakeHandler = (request: FakeRequest) => Response | Promise<Response>;

export const API_BASE = 'https://api.test';

/** A JSON answer, with extra headers when given. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A `fetch` that answers with `handler`, and the log of what it was asked. */
export function fakeFetch(handler: FakeHandler): { fetch: typeof fetch; log: FakeRequest[] } {
  const log: FakeRequest[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      headers,
      body,
      signal: init.signal ?? undefined,
    };
    log.push(request);
    const signal = init.signal;
    signal?.throwIfAborted();
    if (!signal) return handler(request);
    // Like a real fetch: an abort rejects the call even when the server never answers.
    return Promise.race([
      handler(request),
      new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
      ),
    ]);
  };
  return { fetch: fake as typeof fetch, log };
}

/** A minimal readable asset, as a search answer's `results[]` entry. */
export const wrappedAsset = (id: string) => ({ result: { id, currentAssetFile: null }, permittedActions: [] });

type SearchBody = { from?: number; pageSize?: number; scrollId?: string };

/**
 * The search routes of a Dash account with `count` assets (ids `a0`, `a1`, …), as seed 002 and
 * the local backend answer them: paged search refuses `from + pageSize > 10,000` (400); a scroll
 * search issues a fresh `scrollId` per page and forgets the one it was continued with.
 */
export function fakeSearches(count: number, { maxPageSize = 1000 } = {}): FakeHandler {
  const scrolls = new Map<string, { offset: number; pageSize: number }>();
  let nextScroll = 0;
  const page = (offset: number, pageSize: number) =>
    Array.from({ length: Math.max(0, Math.min(pageSize, count - offset)) }, (_, i) => wrappedAsset(`a${offset + i}`));
  return ({ method, path, body }) => {
    const search = (body ?? {}) as SearchBody;
    if (method === 'POST' && path === '/asset-searches') {
      const from = search.from ?? 0;
      const pageSize = search.pageSize ?? 100;
      if (from + pageSize > 10_000 || pageSize > maxPageSize) {
        return json({ status: 400, error: 'Bad Request', message: 'from + pageSize must be at most 10000' }, 400);
      }
      return json({ results: page(from, pageSize), totalResults: count });
    }
    if (method === 'POST' && path === '/asset-scroll-searches') {
      let scroll: { offset: number; pageSize: number };
      if (search.scrollId !== undefined) {
        const known = scrolls.get(search.scrollId);
        if (!known) return json({ status: 400, error: 'Bad Request', message: 'Unknown or expired scrollId' }, 400);
        scrolls.delete(search.scrollId);
        scroll = known;
      } else {
        scroll = { offset: 0, pageSize: search.pageSize ?? 100 };
      }
      const results = page(scroll.offset, scroll.pageSize);
      const scrollId = `scroll-${nextScroll++}`;
      scrolls.set(scrollId, { ...scroll, offset: scroll.offset + results.length });
      return json({ results, totalResults: count, scrollId });
    }
    return json({ status: 404, error: 'Not Found', message: `No route ${method} ${path}` }, 404);
  };
}
