import { css } from 'lit';

/**
 * The shared design tokens and the few rules every element needs (buttons are in control.styles.ts;
 * most elements use both, as `baseStyles` from styles.ts). Each token is read through
 * `var(--dash-x, fallback)` so a site sets only what it wants to change; the fallbacks follow
 * `prefers-color-scheme`, and `color-scheme` on the host (or `--dash-*` tokens) overrides them.
 *
 * @cssprop [--dash-accent=#2563eb] - Accent colour: buttons, focus rings, selection.
 * @cssprop [--dash-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--dash-radius=8px] - Corner radius of tiles, buttons and panels.
 * @cssprop [--dash-gap=8px] - Space between tiles.
 * @cssprop [--dash-font=inherit] - Font family.
 * @cssprop [--dash-surface=Canvas] - Background of panels and tiles.
 * @cssprop [--dash-text=CanvasText] - Text colour.
 * @cssprop [--dash-muted=#6b7280] - Secondary text.
 * @cssprop [--dash-border=#d1d5db] - Borders and dividers.
 * @cssprop [--dash-placeholder=#e5e7eb] - Background of images while they load.
 * @cssprop [--dash-danger=#b91c1c] - Error text and borders.
 * @cssprop [--dash-focus-ring=2px solid var(--dash-accent)] - Focus outline.
 */
export const coreStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--dash-font, inherit);
    color: var(--dash-text, CanvasText);
    --_accent: var(--dash-accent, #2563eb);
    --_accent-contrast: var(--dash-accent-contrast, #ffffff);
    --_radius: var(--dash-radius, 8px);
    --_gap: var(--dash-gap, 8px);
    --_surface: var(--dash-surface, Canvas);
    --_muted: var(--dash-muted, #6b7280);
    --_border: var(--dash-border, #d1d5db);
    --_placeholder: var(--dash-placeholder, #e5e7eb);
    --_danger: var(--dash-danger, #b91c1c);
    --_focus-ring: var(--dash-focus-ring, 2px solid var(--_accent));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_muted: var(--dash-muted, #9ca3af);
      --_border: var(--dash-border, #4b5563);
      --_placeholder: var(--dash-placeholder, #374151);
      --_danger: var(--dash-danger, #f87171);
      --_accent: var(--dash-accent, #60a5fa);
      --_accent-contrast: var(--dash-accent-contrast, #0b1220);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    padding: 2rem 1rem;
    text-align: center;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
