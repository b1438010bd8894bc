/**
 * A source's first requests, started before the source's code is here (issue 21): the answer and
 * the source's chunk download side by side instead of one after the other — on a phone network
 * one round trip less before the first photo. The adapter still makes those requests as always,
 * through the `fetch` given here, and is handed the answers already on their way: same URL, same
 * request, made once. A request nobody took is cancelled when the load is over.
 *
 * Which requests:
 * - the public GETs whose URL the configuration alone gives (a JSON or GalleryDTO `src`, a
 *   portal's public data: first-request.ts). On a page that loaded the CDN script, the script
 *   itself may have started this one already, before the element's code arrived
 *   (early-start.ts): it is taken instead of sent again.
 * - the CMS's reads of the gallery (by id, and for a slug the list beside it, as the cms adapter
 *   asks), with the `Authorization` the adapter would send: the page's `accessToken`, to the CMS
 *   API at `api-base`, exactly the requests the adapter makes a moment later. The credential goes
 *   nowhere else and never into a URL; a request is taken only by the adapter's request with the
 *   same credential. Not with `getAccessToken`: that is the page's to call when the adapter
 *   needs a token. Never from the CDN script's early start, which sees no credential.
 */
import { apiRequest, bearer } from '../api-request.js';
import { cmsPaths, isCmsId } from '../endpoints-cms.js';
import { takeEarly } from './early-start.js';
import { publicFirstRequest, type FirstRequest } from './first-request.js';
import type { GallerySourceConfig } from './types.js';

export interface HeadStart {
  /** `fetch` for the adapter: a GET of a started request's URL and credential takes it. */
  readonly fetch: typeof fetch;
  /** Call when the load is over: a started request nobody took is cancelled. */
  done(): void;
}

/**
 * The cms adapter's first reads (fetchGallery in cms.ts): the gallery by id and, for a value that
 * is not a UUID, the list of galleries beside it — each as request() sends it with a plain token.
 */
function cmsRequests({ apiBase, gallery, accessToken, getAccessToken }: GallerySourceConfig): FirstRequest[] {
  if (!gallery || !accessToken || getAccessToken) return [];
  const authorization = bearer(accessToken);
  const paths = [cmsPaths.gallery(gallery), ...(isCmsId(gallery) ? [] : [cmsPaths.galleries()])];
  return paths.map((path) => {
    const { url, init } = apiRequest(apiBase, 'GET', path);
    return { url, init: { ...init, headers: { ...init.headers, authorization } } };
  });
}

function firstRequests(config: GallerySourceConfig): FirstRequest[] {
  if (config.source !== 'cms') return [publicFirstRequest(config)].filter((request) => request !== undefined);
  try {
    return cmsRequests(config);
  } catch {
    return []; // the adapter reports the configuration error
  }
}

type Started = FirstRequest & { controller: AbortController; response: Promise<Response>; taken?: boolean };

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
const authorizationOf = (init?: RequestInit) => new Headers(init?.headers).get('authorization');

/** Starts `config`'s first requests now; undefined for a source without one known up front. */
export function headStart(config: GallerySourceConfig, signal?: AbortSignal): HeadStart | undefined {
  const requests = firstRequests(config);
  // The CDN script's request for this element (`config` is the element), unless the page gave
  // the element a `fetch` of its own: then that fetch alone gets the data.
  const early = takeEarly(config, config.fetch || signal?.aborted ? undefined : requests[0]);
  if (!requests.length || signal?.aborted) return undefined;
  const send = config.fetch ?? globalThis.fetch;
  const started = requests.map((request, i): Started => {
    if (i === 0 && early) return early;
    const controller = new AbortController();
    const response = send(request.url, { ...request.init, signal: controller.signal });
    // Rejections reach the adapter when it takes the request; one nobody took is not an error.
    response.catch(() => undefined);
    return { ...request, controller, response };
  });
  const cancel = () => started.forEach(({ controller }) => controller.abort(signal?.reason));
  signal?.addEventListener('abort', cancel, { once: true });
  return {
    fetch: (input, requestInit) => {
      const match = started.find(
        (s) =>
          !s.taken &&
          s.url === urlOf(input) &&
          (requestInit?.method ?? 'GET') === 'GET' &&
          authorizationOf(requestInit) === authorizationOf(s.init),
      );
      if (!match) return send(input, requestInit);
      match.taken = true;
      // The adapter's own signal (its timeout, its abort) governs the request from now on.
      const own = requestInit?.signal;
      const { controller } = match;
      if (own?.aborted) controller.abort(own.reason);
      else own?.addEventListener('abort', () => controller.abort(own.reason), { once: true });
      return match.response;
    },
    done: () => {
      signal?.removeEventListener('abort', cancel);
      for (const { taken, controller } of started) if (!taken) controller.abort();
    },
  };
}
