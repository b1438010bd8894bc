import { DashError } from '../errors.js';
import type { ApiContext } from '../http.js';
import { hostTokenSource } from '../token-source.js';
import type { GallerySourceConfig } from './types.js';

/** An API context authenticated by the host app's token (Dash Social, CMS). */
export function hostContext(config: GallerySourceConfig): ApiContext {
  return {
    apiBase: config.apiBase,
    auth: hostTokenSource({ accessToken: config.accessToken, getAccessToken: config.getAccessToken }),
    fetch: config.fetch,
  };
}

/** The named config fields, or an `invalid-config` error naming the missing ones. */
export function required<K extends keyof GallerySourceConfig>(
  config: GallerySourceConfig,
  ...keys: K[]
): Required<Pick<GallerySourceConfig, K>> {
  const missing = keys.filter((key) => !config[key]);
  if (missing.length) {
    throw new DashError(
      'invalid-config',
      `source="${config.source}" needs ${missing.map((key) => `\`${String(key)}\``).join(', ')}.`,
    );
  }
  return config as unknown as Required<Pick<GallerySourceConfig, K>>;
}
