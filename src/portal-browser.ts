/** `dash-elements/portal-browser`: registers `<dash-portal-browser>`. */
import { DashPortalBrowser } from './elements/portal-browser/portal-browser.js';

DashPortalBrowser.define('dash-portal-browser');

export { DashPortalBrowser };
// Translations: a page that loads only this element (its CDN script) registers them here.
export { registerLocale, type PartialStrings } from './i18n/index.js';
