/**
 * `dash-elements/client`: the typed API client and gallery adapters, for apps that want the data
 * without the UI. Importing it registers no element.
 */
export * from './api/errors.js';
export { dashPaths, socialPaths, cmsPaths } from './api/endpoints.js';
export * from './api/models.js';
export type * from './api/models-social.js';
export type * from './api/models-cms.js';
export { request, parseRetryAfter, type ApiContext, type AuthMode, type RequestOptions } from './api/http.js';
export * from './api/tokens.js';
export * from './api/jobs.js';
export * from './api/portals.js';
export * from './api/assets.js';
export * from './api/asset-cursor.js';
export * from './api/folders.js';
export * from './api/presets.js';
export * from './api/downloads.js';
export * from './api/embeddable-links.js';
export * from './api/guest-uploads.js';
export * from './api/social.js';
export * from './api/cms.js';
export * from './api/client.js';
export * from './api/adapters/index.js';
