import { css, type CSSResult } from 'lit';

/**
 * Buttons and the error state's colour, on top of `coreStyles` (core.styles.ts); every element
 * uses both, as `baseStyles` (styles.ts).
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
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .state.error {
    color: var(--_danger);
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
