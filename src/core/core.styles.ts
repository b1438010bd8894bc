import { css } from 'lit';

/**
 * The one token set every colour comes from, and the few rules every element needs (buttons are in
 * control.styles.ts; most elements use both, as `baseStyles` from styles.ts).
 *
 * The scheme is decided once, by `color-scheme`: an element inherits the page's (a page that
 * declares none is light, `light dark` follows the visitor's OS, `dark` is dark), and its `theme`
 * attribute overrides it (`light`, `dark`, or `auto` to follow the OS) and then paints its own
 * surface, as the page's background may not match. Every default colour is derived from the
 * scheme's `Canvas` and `CanvasText`, so it follows the scheme by itself, never
 * `prefers-color-scheme` alone (a dark OS on a light-only page stays light): greys are a translucent
 * slate over whatever is beneath (borders, placeholders) or a slate pushed towards the text colour
 * (muted text),
 * and the red and the accent are pushed towards the text colour: a little darker on light, lighter
 * on dark. (`color-mix()` rather than `light-dark()`: the supported engines predate the latter.)
 * Every pair meets WCAG AA (4.5:1 for text, 3:1 for field borders, focus ring and selection) on
 * the surface and on a light or dark page: test/accessibility/contrast.test.ts. In forced colours
 * the accent is `Highlight`, so pressed, selected and focused controls still show their state.
 *
 * `.own-direction` is for a name that is the author's text in any script (a file, folder or asset
 * name): its own first letter sets its direction, so a Latin name keeps its punctuation in place in
 * a right-to-left element, and it is aligned with the rest of the line, which `text-align: start`
 * would take from the name instead (`match-parent` is not in Chromium).
 *
 * A site sets any token with `--dash-x`, used as given in both schemes.
 *
 * @cssprop [--dash-accent=#2563eb towards the text colour] - Accent colour: primary buttons, focus ring, links, selection. Without it the portal browser uses the account's colour.
 * @cssprop [--dash-accent-contrast=Canvas] - Text on the accent colour.
 * @cssprop [--dash-radius=8px] - Corner radius of tiles, buttons and panels.
 * @cssprop [--dash-gap=8px] - Space between tiles.
 * @cssprop [--dash-font=inherit] - Font family.
 * @cssprop [--dash-surface=Canvas] - Background of fields, buttons, tiles and panels (and of the element when `theme` is set).
 * @cssprop [--dash-text=CanvasText] - Text colour.
 * @cssprop [--dash-muted=color-mix(in oklab, #737b88 82%, CanvasText)] - Secondary text.
 * @cssprop [--dash-border=#737b8859] - Dividers and the edges of tiles and panels.
 * @cssprop [--dash-field-border=#737b88e6] - Edges of fields, buttons and the drop zone.
 * @cssprop [--dash-placeholder=#737b8833] - Background of images while they load, and of file tiles.
 * @cssprop [--dash-danger=color-mix(in srgb-linear, #dc2626 75%, CanvasText)] - Error text and borders.
 * @cssprop [--dash-focus-ring=2px solid var(--dash-accent)] - Focus outline.
 */
export const coreStyles = css`
  :host {
    font-family: var(--dash-font, inherit);
    color: var(--dash-text, CanvasText);
    --_surface: var(--dash-surface, Canvas);
    --_muted: var(--dash-muted, color-mix(in oklab, #737b88 82%, CanvasText));
    --_border: var(--dash-border, #737b8859);
    --_field-border: var(--dash-field-border, #737b88e6);
    --_placeholder: var(--dash-placeholder, #737b8833);
    --_danger: var(--dash-danger, color-mix(in srgb-linear, #dc2626 75%, CanvasText));
    --_accent: var(--dash-accent, color-mix(in srgb-linear, var(--_portal-accent, #2563eb) 78%, CanvasText));
    --_accent-contrast: var(--dash-accent-contrast, Canvas);
    --_radius: var(--dash-radius, 8px);
    --_gap: var(--dash-gap, 8px);
    --_focus-ring: var(--dash-focus-ring, 2px solid var(--_accent));
  }
  :host([theme]) {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
    color-scheme: var(--_scheme, light dark);
  }
  :host([theme='light']) {
    --_scheme: light;
  }
  :host([theme='dark']) {
    --_scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_accent-contrast: HighlightText;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  :host,
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  .own-direction {
    unicode-bidi: plaintext;
    text-align: left;
  }
  .own-direction:dir(rtl) {
    text-align: right;
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
