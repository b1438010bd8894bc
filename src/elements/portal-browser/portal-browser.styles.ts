import { css } from 'lit';

/**
 * The portal browser's layout on top of `baseStyles` and `browseStyles`. The selection bar sticks
 * to the top of the screen while the grid scrolls; narrow, it moves below the grid and sticks to
 * the bottom, within thumb's reach. The download toast sits in the top layer at the bottom corner
 * (at the top on a phone, clear of that bar). In forced colours the header's monogram keeps its
 * own Highlight and HighlightText: forced, its letter got the browser's Canvas backplate on the
 * Highlight square and vanished into it.
 * While the selection bar is shown, a tile that keyboard focus scrolls into view comes to rest
 * clear of it (WCAG 2.4.11): the grid's tiles take `--_focus-clear-start`/`-end` as their scroll
 * margins: the bar's height and a gap. Wide, the bar is one row of buttons and its padding (under
 * 5rem); narrow, its buttons wrap to a second row (under 8rem). A scroll margin, not a measurement:
 * the tiles are in the grid's shadow root and focus scrolling reads it with no script.
 */

export const portalBrowserStyles = css`
  .portal {
    display: grid;
    gap: calc(var(--_gap) * 2);
  }
  .welcome {
    display: grid;
    gap: 0.75rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-inline-size: 0;
  }
  .logo {
    display: block;
    max-block-size: 3rem;
    max-inline-size: 10rem;
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 1.35rem;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .monogram {
      forced-color-adjust: none;
    }
  }
  .welcome h2 {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .welcome h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
    overflow-wrap: anywhere;
  }
  .welcome p {
    margin: 0;
    max-inline-size: 65ch;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    gap: calc(var(--_gap) * 2);
    align-items: start;
  }
  .results:has(.bar) {
    --_focus-clear-start: calc(5rem + var(--_gap));
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .results:not([hidden]) {
      display: flex;
      flex-direction: column;
    }
    .results .bar {
      order: 1;
      inset-block: auto 0;
      margin: 0;
    }
    .results:has(.bar) {
      --_focus-clear-start: 0px;
      --_focus-clear-end: calc(8rem + var(--_gap));
    }
    nav.top {
      display: none;
    }
    .portal,
    .layout {
      gap: calc(var(--_gap) * 1.5);
    }
    .welcome {
      gap: 0.5rem;
      padding: 0.75rem;
    }
    .monogram {
      inline-size: 2rem;
      block-size: 2rem;
      font-size: 1rem;
    }
    .logo {
      max-block-size: 2rem;
    }
    .welcome h2 {
      font-size: 1.2rem;
    }
    .welcome h3 {
      font-size: 1rem;
      margin: 0;
    }
    .welcome p {
      font-size: 0.9375rem;
      line-height: 1.35;
    }
  }
  .results .bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface);
    box-shadow: 0 2px 8px #0000001f;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
  }
  nav li + li::before {
    content: '/';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
  }
  .link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  [aria-current='page'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status-line {
    min-height: 1.5rem;
    color: var(--_muted);
  }
  .bar,
  .download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: var(--_gap);
  }
  [part~='download-button'][aria-disabled='true'] {
    cursor: progress;
  }
  /* A manual popover: the top layer keeps it over the page, with no host ancestor to clip it. */
  .toast {
    position: fixed;
    inset: auto 1rem 1rem auto;
    inline-size: min(24rem, calc(100vw - 2rem));
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    overflow: visible;
  }
  @media (max-width: 40rem) {
    .toast {
      inset: 0.5rem 0.5rem auto;
      inline-size: auto;
    }
  }
  .toast .download {
    display: grid;
    margin: 0;
    padding: 0.75rem 1rem;
    background: var(--_surface);
    box-shadow: 0 6px 24px #00000040;
  }
  .toast .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_gap);
  }
  .toast a.button {
    text-decoration: none;
  }
  .toast a.button:not(.primary) {
    color: inherit;
  }
  .download progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .download.error {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  /* Custom size: a row of its own under the format menu, its fields side by side while they fit. */
  .custom-size {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_gap);
    flex-basis: 100%;
    min-inline-size: 0;
    margin: 0;
    padding: var(--_gap) calc(var(--_gap) * 1.5) calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .custom-size legend {
    padding-inline: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .custom-size input {
    inline-size: 5.5rem;
  }
  .custom-size [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .custom-size .field-error,
  .custom-size .hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .custom-size .field-error {
    color: var(--_danger);
  }
  /* The terms: a modal in the top layer, its text scrolling while the buttons stay in view. */
  .terms {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    gap: 0.75rem;
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: min(40rem, calc(100dvh - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    box-shadow: 0 12px 40px #00000059;
  }
  .terms:not([open]) {
    display: none;
  }
  .terms::backdrop {
    background: #0000007a;
  }
  .terms h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  .terms p {
    margin: 0;
  }
  .terms-text {
    overflow: auto;
    min-block-size: 4rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .terms-text .plain {
    white-space: pre-line;
  }
  .terms .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_gap);
  }
  @media (forced-colors: active) {
    .terms,
    .custom-size [aria-invalid='true'] {
      border: 2px solid CanvasText;
    }
  }
  /* The loading state's header (results.ts renderSigningIn): the frame without the account's colours, not yet known. */
  .skeleton-frame .welcome {
    border-block-start-color: var(--_border);
    background: none;
  }
  .skeleton-frame .monogram {
    background: none;
  }
  .skeleton-frame .monogram::after {
    inset: 0;
    border-radius: var(--_radius);
  }
  .skeleton-frame .brand h2 {
    flex: 1;
  }
  .skeleton-frame .welcome p {
    white-space: normal;
  }
  .skeleton-frame nav li {
    inline-size: 6rem;
  }
  .passcode {
    max-inline-size: 22rem;
    margin-inline: auto;
    padding: 1.5rem;
  }
  .passcode h2 {
    margin: 0;
  }
`;
