import { css } from 'lit';

/**
 * The portal browser's layout on top of `baseStyles` and `browseStyles`. Narrow, the selection bar
 * moves below the grid and sticks to the bottom of the screen while the grid scrolls.
 */

export const portalBrowserStyles = css`
  .portal {
    display: grid;
    gap: calc(var(--_gap) * 2);
  }
  .welcome h2 {
    margin: 0 0 0.25rem;
  }
  .welcome h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .welcome p {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    gap: calc(var(--_gap) * 2);
    align-items: start;
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
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
      margin: 0;
      background: var(--_surface);
    }
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
  .download progress {
    flex: 1 1 8rem;
    accent-color: var(--_accent);
  }
  .download.error {
    border-color: var(--_danger);
    color: var(--_danger);
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
