import { css } from 'lit';
import { coreStyles } from './core.styles.js';
import { controlStyles } from './control.styles.js';

/** Every element's shared rules: the design tokens, the core rules and the controls (buttons, the error state). */
export const baseStyles = css`
  ${coreStyles}${controlStyles}
`;
