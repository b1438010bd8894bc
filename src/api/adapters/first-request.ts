/**
 * The first request of a gallery whose URL its attributes alone give: a JSON or GalleryDTO
 * document at `src`, a portal's public data. Public GETs, no credential. One function for the two
 * places that start it before the source's code is here: the element's head start
 * (head-start.ts) and the CDN script itself, before the element's code is here (early-start.ts),
 * so the request the script starts is the one the element takes, byte for byte. Built by the same
 * functions as the adapters' own requests: fetchPublicJson's (normalize.ts) for a document, and
 * request()'s (api-request.ts) for the portal's public data, which getPortalData (portals.ts)
 * asks for with no credential.
 */
import { apiRequest } from '../api-request.js';
import { portalData } from '../endpoints-dash.js';
import { publicJsonRequest } from './normalize.js';
import type { GallerySourceConfig } from './types.js';

export type FirstRequest = { url: string; init: RequestInit };

/** The fields a first request is built from: each is an attribute of `<dash-gallery>`. */
export type PublicSourceFields = Partial<
  Pick<GallerySourceConfig, 'source' | 'src' | 'apiBase' | 'subdomain' | 'portal'>
>;

/** `config`'s first request when it is public and known up front, else undefined. */
export function publicFirstRequest(config: PublicSourceFields): FirstRequest | undefined {
  const { source } = config;
  if (source === 'json' || source === 'photo-gallery') return publicJsonRequest(config.src);
  if (source === 'dash-portal' && config.subdomain && config.portal) {
    try {
      return apiRequest(config.apiBase, 'GET', portalData(config.subdomain, config.portal));
    } catch {
      return undefined; // the adapter reports the configuration error
    }
  }
  return undefined;
}
