/**
 * English UI strings — the one table every element reads. Other locales mirror this shape
 * (`Strings`) so a missing key is a type error. Functions take the values they interpolate;
 * everything they return is plain text, rendered by Lit as text, never as HTML.
 *
 * One file per section (en/*.ts), so each section lands in the chunk of the code that renders it:
 * a <dash-gallery> page loads the error messages with its error state, the lightbox's strings with
 * the lightbox and the editing strings with the editing controls. Lazily loaded code imports its
 * sections from those files directly, so no bundler has to see through this aggregate to split
 * them. Keep keys short and the wording plain.
 */
import { common } from './en/common.js';
import { errors } from './en/errors.js';
import { gallery } from './en/gallery.js';
import { lightbox } from './en/lightbox.js';
import { edit } from './en/edit.js';
import { portal } from './en/portal.js';
import { picker } from './en/picker.js';
import { upload } from './en/upload.js';

export { common, errors, gallery, lightbox, edit, portal, picker, upload };

/** The whole English table: every section. */
export const en = { common, errors, gallery, lightbox, edit, portal, picker, upload };

/** The shape every locale table has. */
export type Strings = typeof en;
