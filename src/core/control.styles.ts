import { css, type CSSResult } from 'lit';

/**
 * Buttons, menus (`<select>`) and the error state's colour, on top of `coreStyles` (core.styles.ts);
 * every element uses both, as `baseStyles` (styles.ts).
 *
 * A select is drawn like a button (same height, edge, corner and focus ring) with a caret of two
 * gradient triangles in `currentColor` instead of the native arrow, so it follows the scheme and
 * the text colour; the caret sits at the end of the line in either writing direction. In forced
 * colours the native control comes back, with its system-coloured edge and arrow. A button that is
 * busy or not yet usable is `aria-disabled` (it keeps focus, unlike `disabled`) and looks the same
 * as a disabled one. In forced colours a primary button keeps its Highlight and HighlightText
 * (the accent there): forced, its label got the browser's Canvas backplate on the Highlight fill
 * and could not be read.
 */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  select {
    --_caret: 0.3rem;
    --_caret-end: 0.85rem;
    font: inherit;
    color: inherit;
    min-block-size: 2.25rem;
    padding-block: 0.3rem;
    padding-inline: 0.6rem calc(var(--_caret-end) + 2 * var(--_caret) + 0.5rem);
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background-color: var(--_surface);
    background-image:
      linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-size: var(--_caret) var(--_caret);
    background-repeat: no-repeat;
    background-position:
      right calc(var(--_caret-end) + var(--_caret)) center,
      right var(--_caret-end) center;
    appearance: none;
    cursor: pointer;
  }
  select:dir(rtl) {
    background-position:
      left var(--_caret-end) center,
      left calc(var(--_caret-end) + var(--_caret)) center;
  }
  select:hover:not(:disabled) {
    border-color: currentColor;
  }
  select:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    select {
      appearance: auto;
      background-image: none;
      padding-inline-end: 0.3rem;
      border-color: ButtonText;
    }
  }
  .state.error {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .button.primary {
      forced-color-adjust: none;
    }
  }
`;

/**
 * Adds `styles` to a shadow root that does not have them yet: for a lazily loaded part (the CMS
 * editing controls) whose rules cannot be in the element's static `styles`.
 */
export function adoptStyles(root: ShadowRoot, ...styles: CSSResult[]): void {
  const sheets = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
