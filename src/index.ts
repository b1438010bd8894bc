/**
 * `dash-elements`: registers all four elements. Each is also importable alone
 * (`dash-elements/gallery`, …); importing twice never registers a tag twice.
 */
import './gallery.js';
import './portal-browser.js';
import './asset-picker.js';
import './guest-upload.js';
// German beside the built-in English, so `locale="de"` works with the all-in-one import and CDN.
import './i18n/de.js';

export * from './client.js';
export { registerLocale, type Strings, type PartialStrings } from './i18n/index.js';
export { de } from './i18n/de.js';
export { DashElement } from './core/dash-element.js';
export type { DashEventMap } from './core/events.js';
export type { DashAnalyticsDetail, AnalyticsAction } from './core/analytics.js';
