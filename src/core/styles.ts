import { css } from 'lit';
import { coreStyles } from './core.styles.js';
import { controlStyles } from './control.styles.js';

/**
 * Everything: the core rules and the controls (buttons, the error state). Elements that render
 * buttons from their first render use this; <dash-gallery> uses `coreStyles` and adopts
 * `controlStyles` with the code that renders controls (its error state and editing controls).
 */
export const baseStyles = css`${coreStyles}${controlStyles}`;
