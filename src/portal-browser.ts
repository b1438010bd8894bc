/** `dash-elements/portal-browser`: registers `<dash-portal-browser>`. */
import { DashPortalBrowser } from './elements/portal-browser/portal-browser.js';

DashPortalBrowser.define('dash-portal-browser');

export { DashPortalBrowser };
