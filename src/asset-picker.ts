/** `dash-elements/asset-picker`: registers `<dash-asset-picker>` (never twice). */
import { DashAssetPicker } from './elements/asset-picker/asset-picker.js';

DashAssetPicker.define('dash-asset-picker');

export { DashAssetPicker };
// Translations: a page that loads only this element (its CDN script) registers them here.
export { registerLocale, type PartialStrings } from './i18n/index.js';
export type { PickedAsset, Rendition } from './elements/asset-picker/asset-picker.js';
