/**
 * `dash-elements/client`: the typed API client and gallery adapters, for apps that want the data
 * without the UI. Importing it registers no element.
 */
export * from './api/errors.js';
export { dashPaths, socialPaths, cmsPaths } from './api/endpoints.js';
