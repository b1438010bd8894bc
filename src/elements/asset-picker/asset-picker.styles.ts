import { css } from 'lit';

/**
 * The picker's own rules on top of `baseStyles` and `browseStyles`. Inline, the frame has a fixed height
 * (`--dash-picker-height`) so the footer with Insert stays in view while the results scroll. A modal
 * host is `display: contents`, so the dialog is the container its narrow layout queries; on a narrow
 * screen the dialog itself fills it (a media query: a container cannot query itself).
 * The footer and the rendition chooser are toolbars (browseStyles).
 * Narrow, open Filters take half a phone's height: the frame then scrolls as a whole (filters and
 * results together, as phone pickers do) with the results keeping a usable height of their own and
 * the footer pinned to the frame's foot, instead of squeezing the results to a strip; a tile that
 * keyboard focus scrolls into view then stops clear of that footer (the frame's scroll padding, the
 * footer's height: one row of buttons and its padding, under 5rem), never partly under it (WCAG 2.4.11).
 * (Comments live out here: text inside `css` is shipped as it is.)
 */
export const assetPickerStyles = css`
  :host([modal]) {
    display: contents;
  }
  [part='dialog'] {
    container-type: inline-size;
    inline-size: min(64rem, calc(100vw - 2rem));
    block-size: min(48rem, calc(100dvh - 2rem));
    max-inline-size: none;
    max-block-size: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--dash-text, CanvasText);
    font-family: var(--dash-font, inherit);
  }
  [part='dialog']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .picker {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    gap: var(--_gap);
    block-size: 100%;
    min-block-size: 24rem;
    padding: calc(var(--_gap) * 2);
  }
  :host(:not([modal])) .picker {
    block-size: var(--dash-picker-height, 36rem);
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  .width input {
    inline-size: 7rem;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr);
    gap: calc(var(--_gap) * 2);
    align-items: start;
    min-block-size: 0;
    overflow: auto;
  }
  @media (max-width: 40rem) {
    [part='dialog'] {
      inline-size: 100vw;
      block-size: 100dvh;
      border-radius: 0;
    }
  }
  @container (max-width: 40rem) {
    .picker {
      padding: var(--_gap);
    }
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr);
      block-size: 100%;
    }
    .footer .hint {
      display: none;
    }
    .picker:has(.more[open]) {
      grid-template-rows: auto auto minmax(25rem, 1fr) auto;
      overflow: auto;
      scroll-padding-block-end: 5rem;
    }
    .picker:has(.more[open]) .footer {
      position: sticky;
      inset-block-end: calc(var(--_gap) * -1);
      padding-block-end: var(--_gap);
      background: var(--_surface);
    }
  }
  .footer {
    justify-content: space-between;
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_gap);
  }
  .actions {
    display: flex;
    gap: var(--_gap);
    margin-inline-start: auto;
  }
  .status,
  .hint {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .problem {
    color: var(--_danger);
  }
  .passcode {
    max-inline-size: 24rem;
  }
`;
