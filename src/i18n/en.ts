/**
 * English UI strings — the one table every element reads. Other locales mirror this shape
 * (`Strings`) so a missing key is a type error. Functions take the values they interpolate;
 * everything they return is plain text, rendered by Lit as text, never as HTML.
 *
 * One file per element and per lazily loaded part (en/*.ts): `common` (with the error messages,
 * which every element shows from its first load), `gallery`, `portal`, `picker`, `upload`, and
 * `lightbox` and `edit`, which load with the PhotoSwipe lightbox and the CMS editing controls, and
 * `video`, the words of a Dash video that plays through a download job (portal and lightbox).
 * Code imports the sections it renders from those files, so each section lands with the code
 * that renders it without a bundler having to see through this aggregate. Keep keys short and the
 * wording plain.
 */
import { common, errors } from './en/common.js';
import { gallery } from './en/gallery.js';
import { lightbox } from './en/lightbox.js';
import { edit } from './en/edit.js';
import { portal } from './en/portal.js';
import { picker } from './en/picker.js';
import { upload } from './en/upload.js';
import { video } from './en/video.js';

export { common, errors, gallery, lightbox, edit, portal, picker, upload, video };

/** The whole English table: every section. */
export const en = { common, errors, gallery, lightbox, edit, portal, picker, upload, video };

/** The shape every locale table has. */
export type Strings = typeof en;
