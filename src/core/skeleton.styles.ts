import { css } from 'lit';
import { pulseStyles } from './pulse.styles.js';

/**
 * Loading placeholders ("bones") drawn in the shape of the frame an element will show, for the
 * portal browser, the picker and the uploader (the gallery draws its own tiles). A bone stands for
 * one line of the text it sits in: an invisible zero-width character makes it a line of that text's
 * own height (font, size and line height included), with the bar drawn across its middle; so a bone
 * inside the element's own heading, label or hint class takes exactly the height that text will.
 * `.control` is a field or button (2.25rem, the controls' height), `.short` and `.medium` are
 * partial lines. The colour is the placeholder token, which is translucent, so it works on light
 * and dark surfaces alike; in forced colours, where backgrounds give way to the system's, an
 * outline in GrayText keeps the shapes; `.pulse` (pulse.styles.ts) on the frame makes it breathe.
 * (Comments live out here: text inside `css` is shipped as it is.)
 */
export const skeletonStyles = css`
  ${pulseStyles}
  .bone {
    position: relative;
    display: block;
    inline-size: 100%;
  }
  .bone::before {
    content: '\\200b';
  }
  .bone::after {
    content: '';
    position: absolute;
    inset: 0.2lh 0;
    border-radius: 4px;
    background: var(--_placeholder);
  }
  .bone.short {
    inline-size: 35%;
  }
  .bone.medium {
    inline-size: 65%;
  }
  .bone.control {
    block-size: 2.25rem;
  }
  .bone.control::before {
    content: none;
  }
  .bone.control::after {
    inset: 0;
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .bone::after {
      border: 1px solid GrayText;
    }
  }
`;
