import { css } from 'lit';

/**
 * A tile's image fades in once it has loaded, except the first screen's (`data-instant`): those
 * are what the visitor waits for, and are shown the moment they are decoded rather than a fade
 * after the load event, which a busy page runs late.
 */
export const galleryStyles = css`
  :host {
    display: block;
    --_tile-radius: var(--dash-gallery-tile-radius, var(--_radius));
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.25em;
    font-weight: 600;
  }
  /* A long word (a URL, a file name) wraps rather than scrolling a narrow page sideways. */
  .title,
  .description {
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .banner {
    display: block;
    width: 100%;
    height: auto;
    margin-bottom: var(--_gap);
    border-radius: var(--_tile-radius);
  }
  /* Tiles are absolutely placed from computed geometry: no reflow, no shift as images load. */
  .list {
    position: relative;
    /* The gallery keeps the visible tile in place itself when measured sizes re-lay it out. */
    overflow-anchor: none;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cell {
    position: absolute;
  }
  /*
   * A carousel: one row scrolled sideways, snapping to a tile's start; reaching its end does not
   * scroll the page (or go back in history). No scrollbar: it would take the row's height, and
   * swiping, the keys and the buttons scroll it.
   */
  .row {
    position: relative;
  }
  .carousel {
    overflow: auto hidden;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
  }
  .carousel .cell {
    scroll-snap-align: start;
  }
  /* The row clips what lies outside it: the focus ring goes inside the tile. */
  .carousel .tile:focus-visible {
    outline-offset: -4px;
  }
  .row-button {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: color-mix(in srgb, var(--_surface) 90%, transparent);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
  }
  .row-button.previous {
    inset-inline-start: 0.5rem;
  }
  .row-button.next {
    inset-inline-end: 0.5rem;
  }
  .row-button:disabled {
    visibility: hidden;
  }
  .row-button:hover {
    background: var(--_surface);
  }
  .row-button:dir(rtl) svg {
    scale: -1 1;
  }
  @media (forced-colors: active) {
    .row-button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  /* Loading: placeholder tiles where the first rows will be, so nothing below moves when they come. */
  .skeleton-tiles {
    position: relative;
  }
  .placeholder {
    position: absolute;
    border-radius: var(--_tile-radius);
    background: var(--_placeholder);
  }
  /* The placeholders carry no state, but an outline keeps their shape visible in forced colours. */
  @media (forced-colors: active) {
    .placeholder {
      border: 1px solid GrayText;
    }
  }
  .tile {
    position: relative;
    display: block;
    width: 100%;
    height: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--_tile-radius);
    overflow: hidden;
    background: var(--_placeholder);
  }
  .tile img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    opacity: 0;
    transition: opacity 0.25s ease;
  }
  .tile.loaded img,
  .tile img[data-instant] {
    opacity: 1;
  }
  /* Held back (FirstImageGate): the tile's placeholder shows, never the alt text. */
  .tile img:not([src]) {
    visibility: hidden;
  }
  button.tile:hover img {
    filter: brightness(1.06);
  }
  .badge {
    position: absolute;
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
  }
  /* Over any image: white on a dark disc, as the video badge. */
  .products-badge {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
  }
  @media (forced-colors: active) {
    .products-badge {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  .file {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.4rem;
    height: 100%;
    padding: 0.5rem;
    font-size: 0.85em;
  }
  .file-icon {
    color: var(--_muted);
  }
  .filename {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;
