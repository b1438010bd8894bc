/**
 * A source's first request, started before the source's code is here (issue 21): the answer and
 * the source's chunk download side by side instead of one after the other — on a phone network
 * one round trip less before the first photo. The adapter still makes that request as always,
 * through the `fetch` given here, and is handed the answer already on its way: same URL, same
 * request, made once. Only public GETs whose URL the configuration alone gives (a JSON or
 * GalleryDTO `src`, a portal's public data), so no credential is sent earlier than it would be.
 */
import { apiRequest } from '../api-request.js';
import { portalData } from '../endpoints-dash.js';
import { publicJsonRequest } from './normalize.js';
import type { GallerySourceConfig } from './types.js';

export interface HeadStart {
  /** `fetch` for the adapter: the first GET of the started URL takes the started request. */
  readonly fetch: typeof fetch;
  /** Call when the load is over: a started request nobody took is cancelled. */
  done(): void;
}

type Request = { url: string; init: RequestInit };

/**
 * The request each source makes first, built by the same functions its adapter's request is:
 * fetchPublicJson's (normalize.ts) for a JSON document, and request()'s (http.ts) for the portal's
 * public data, which getPortalData (portals.ts) asks for with no credential.
 */
function firstRequest(config: GallerySourceConfig): Request | undefined {
  if (config.source === 'json' || config.source === 'photo-gallery') return publicJsonRequest(config.src);
  if (config.source === 'dash-portal' && config.subdomain && config.portal) {
    try {
      return apiRequest(config.apiBase, 'GET', portalData(config.subdomain, config.portal));
    } catch {
      return undefined; // the adapter reports the configuration error
    }
  }
  return undefined;
}

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** Starts `config`'s first request now; undefined for a source without one known up front. */
export function headStart(config: GallerySourceConfig, signal?: AbortSignal): HeadStart | undefined {
  const request = firstRequest(config);
  if (!request || signal?.aborted) return undefined;
  const { url, init } = request;
  const send = config.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  const started = send(url, { ...init, signal: controller.signal });
  // Rejections reach the adapter when it takes the request; one nobody took is not an error.
  started.catch(() => undefined);
  let taken = false;
  return {
    fetch: (input, requestInit) => {
      if (taken || urlOf(input) !== url || (requestInit?.method ?? 'GET') !== 'GET') return send(input, requestInit);
      taken = true;
      // The adapter's own signal (its timeout, its abort) governs the request from now on.
      const own = requestInit?.signal;
      if (own?.aborted) controller.abort(own.reason);
      else own?.addEventListener('abort', () => controller.abort(own.reason), { once: true });
      return started;
    },
    done: () => {
      signal?.removeEventListener('abort', cancel);
      if (!taken) controller.abort();
    },
  };
}
