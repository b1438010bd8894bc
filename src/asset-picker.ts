/** `dash-elements/asset-picker`: registers `<dash-asset-picker>` (never twice). */
import { DashAssetPicker } from './elements/asset-picker/asset-picker.js';

DashAssetPicker.define('dash-asset-picker');

export { DashAssetPicker };
export type { PickedAsset, Rendition } from './elements/asset-picker/asset-picker.js';
