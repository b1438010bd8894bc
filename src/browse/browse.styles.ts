import { css } from 'lit';
import { skeletonStyles } from '../core/skeleton.styles.js';

/**
 * Rules shared by the browsing elements on top of `baseStyles`: the filter bar and its native
 * fields (see filters.ts), the "recently added" toggle and the passcode form's frame, and the
 * narrow layout (a container query, so a narrow sidebar gets it too): the filters behind one
 * "Filters" disclosure and the folder tree in a drawer (results.ts `renderFolders`), their buttons
 * with a chevron saying which way they open (a border-drawn one in `currentColor`, so it follows the
 * scheme and forced colours). Each element adds its own layout. (Comments live out here: text inside `css` is shipped as it is.)
 *
 * While signing in, the loading state (results.ts `renderSigningIn`) is the frame's shape in
 * placeholders (skeleton.styles.ts): fields a fixed width, a status line of the results' status
 * height, and the grid's own placeholder tiles; narrow, only what the narrow layout shows (the search,
 * a Filters and a Folders button). In the picker it fills the rows below the header, as the toolbar,
 * the body and the footer will.
 */
export const browseStyles = css`
  ${skeletonStyles}
  :host {
    display: block;
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.2rem;
    font-size: 0.875rem;
  }
  input {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .search {
    flex: 1 1 13rem;
  }
  .search input {
    inline-size: 100%;
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: ButtonText;
      color: HighlightText;
    }
  }
  .more {
    display: contents;
  }
  .more::details-content {
    display: contents;
    content-visibility: visible;
  }
  .more > summary,
  .drawer-button,
  .drawer-head {
    display: none;
  }
  .drawer {
    display: block;
    position: static;
    inline-size: auto;
    max-inline-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
  }
  @container (max-width: 40rem) {
    .more,
    .more > summary,
    .drawer-button {
      display: flex;
    }
    .more {
      flex-direction: column;
      gap: var(--_gap);
    }
    .more[open] {
      flex-basis: 100%;
    }
    .more > summary::after,
    .drawer-button::after {
      content: '';
      flex: none;
      inline-size: 0.45em;
      block-size: 0.45em;
      margin-inline-start: auto;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: translateY(-25%) rotate(45deg);
    }
    .more[open] > summary::after {
      transform: translateY(25%) rotate(-135deg);
    }
    .drawer-button::after {
      transform: rotate(-45deg);
    }
    /* Right to left the logical borders already draw the chevron's corner mirrored (end and bottom
       edges are now left and bottom), so the turn is mirrored too, not added to. */
    .more > summary:dir(rtl)::after {
      transform: translateY(-25%) rotate(-45deg);
    }
    .more[open] > summary:dir(rtl)::after {
      transform: translateY(25%) rotate(135deg);
    }
    .drawer-button:dir(rtl)::after {
      transform: rotate(45deg);
    }
    .more::details-content {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_gap);
    }
    .more select,
    .more input {
      inline-size: 100%;
    }
    .more:not([open])::details-content,
    .drawer:not([open]) {
      display: none;
    }
    .drawer[open] {
      position: fixed;
      inset: 0 auto 0 0;
      inline-size: min(20rem, 85vw);
      block-size: 100dvh;
      max-block-size: none;
      padding: calc(var(--_gap) * 2);
      overflow: auto;
      background: var(--_surface);
      border-inline-end: 1px solid var(--_border);
    }
    .drawer[open] .drawer-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_gap);
      margin-block-end: var(--_gap);
    }
    .drawer-head h2 {
      margin: 0;
      font-size: 1.1rem;
    }
    .drawer::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
  }
  .skeleton-frame .narrow {
    display: none;
  }
  .skeleton-frame .field {
    inline-size: 8rem;
  }
  .skeleton-frame .action {
    inline-size: 7rem;
  }
  .skeleton-frame .action.narrow {
    inline-size: 5.5rem;
  }
  .skeleton-frame .folder {
    block-size: 1.25rem;
    margin-block: 0.4rem;
  }
  .skeleton-status {
    min-block-size: 1.5rem;
  }
  .signing-in.for-picker {
    grid-row: 2 / -1;
    min-block-size: 0;
    overflow: hidden;
  }
  .picker-frame {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: var(--_gap);
    block-size: 100%;
  }
  @container (max-width: 40rem) {
    .skeleton-frame .wide {
      display: none;
    }
    .skeleton-frame .narrow {
      display: block;
    }
  }
  .passcode {
    display: grid;
    gap: 0.6rem;
  }
  .passcode .error {
    color: var(--_danger);
    min-height: 1.25rem;
  }
`;
