import { css } from 'lit';

/**
 * Our look over PhotoSwipe's: the modal dialog, white controls on the dark background (round
 * backdrops where they sit over the image), the caption and thumbnails below the image, hotspots,
 * the download menu, video and file slides.
 */
export const lightboxStyles = css`
  .dash-lightbox {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: transparent;
    color-scheme: dark;
  }
  .dash-lightbox::backdrop {
    background: transparent;
  }
  .pswp {
    --pswp-bg: var(--dash-gallery-lightbox-bg, #000);
    --_fg: var(--dash-gallery-lightbox-fg, #fff);
    --_control-bg: var(--dash-gallery-lightbox-control-bg, rgb(0 0 0 / 0.55));
    /* The panels over the image (download menu, hotspot label, product card): the element's own
       surface and text tokens, in the dialog's dark scheme unless the site sets them. */
    --_panel-bg: var(--_surface);
    --_panel-fg: var(--dash-text, CanvasText);
    font-family: var(--dash-font, system-ui, sans-serif);
  }
  .pswp:focus-visible,
  .pswp :focus-visible {
    outline: 2px solid var(--dash-accent, #60a5fa);
    outline-offset: -2px;
  }
  .pswp__top-bar {
    height: 56px;
    align-items: center;
    gap: 4px;
    padding: 0 8px;
    padding-top: env(safe-area-inset-top);
    transition: background-color 0.2s;
  }
  /* Zoomed in, the image runs under the bar and caption: a backdrop keeps them legible. */
  .pswp--zoomed-in .pswp__top-bar,
  .pswp--zoomed-in .dash-pswp-bottom {
    background: var(--_control-bg);
  }
  .pswp__counter {
    height: auto;
    margin: 0;
    margin-inline-start: 8px;
    font-size: 0.9rem;
    line-height: 1;
    color: var(--_fg);
    text-shadow: none;
    opacity: 1;
    font-variant-numeric: tabular-nums;
  }
  .dash-pswp-spacer {
    flex: 1;
  }
  .pswp__button {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    color: var(--_fg);
    opacity: 1;
    transition: background-color 0.15s;
  }
  .pswp .pswp__button:hover {
    background: rgb(255 255 255 / 0.14);
  }
  .pswp__button--close {
    margin: 0;
  }
  .pswp .pswp__button--arrow {
    top: 50%;
    width: 48px;
    height: 48px;
    margin-top: -24px;
    background: var(--_control-bg);
  }
  .pswp .pswp__button--arrow:hover {
    background: rgb(0 0 0 / 0.75);
  }
  /* "Previous" at the start of the line and "next" at its end: on the left right to left. */
  .pswp .pswp__button--arrow--prev {
    inset-inline: 12px auto;
  }
  .pswp .pswp__button--arrow--next {
    inset-inline: auto 12px;
  }
  .pswp__button--zoom {
    display: none;
  }
  .pswp--zoom-allowed .pswp__button--zoom {
    display: grid;
  }
  .dash-pswp-icn {
    display: block;
    pointer-events: none;
  }
  .dash-pswp-bottom {
    position: absolute;
    inset: auto 0 0;
    display: grid;
    padding-bottom: env(safe-area-inset-bottom);
  }
  .dash-pswp-caption {
    max-height: 30vh;
    max-width: 60rem;
    margin: 0 auto;
    overflow: auto;
    padding: 0.75rem 1rem;
    color: var(--_fg);
    font: 0.95rem/1.45 var(--dash-font, system-ui, sans-serif);
    text-align: center;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* Important: the host's ::part(caption) rules reach the measuring copy too, and must not show it. */
  .dash-pswp-sizer {
    position: absolute !important;
    inset: auto 0 0 !important;
    visibility: hidden !important;
    pointer-events: none !important;
  }
  .dash-pswp-thumbs {
    display: flex;
    gap: 6px;
    height: 76px;
    padding: 8px 12px 12px;
    overflow-x: auto;
    scrollbar-width: none;
  }
  .dash-pswp-thumb {
    flex: none;
    display: grid;
    place-items: center;
    width: 56px;
    height: 56px;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 6px;
    overflow: hidden;
    background: rgb(255 255 255 / 0.1);
    color: var(--_fg);
    opacity: 0.6;
    cursor: pointer;
    transition: opacity 0.15s;
  }
  /* Centred while they fit, scrollable from the first one when they do not. */
  .dash-pswp-thumb:first-child {
    margin-inline-start: auto;
  }
  .dash-pswp-thumb:last-child {
    margin-inline-end: auto;
  }
  .dash-pswp-thumb:hover {
    opacity: 0.9;
  }
  .dash-pswp-thumb[aria-current='true'] {
    border-color: var(--_fg);
    opacity: 1;
  }
  .dash-pswp-thumb img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .dash-pswp-thumbs[hidden],
  .pswp__button--zoom[hidden],
  .dash-pswp-caption[hidden],
  .dash-pswp-download[hidden],
  .dash-pswp-menu[hidden],
  .pswp__button[hidden] {
    display: none;
  }
  .dash-pswp-download {
    position: relative;
  }
  .dash-pswp-menu {
    position: absolute;
    top: calc(100% + 8px);
    inset-inline-end: 0;
    display: grid;
    min-width: 12rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg);
    color: var(--_panel-fg);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.5);
  }
  .dash-pswp-option {
    min-block-size: 2.25rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font: 0.9rem var(--dash-font, system-ui, sans-serif);
    text-align: start;
    cursor: pointer;
  }
  .dash-pswp-option:hover {
    background: var(--_placeholder);
  }
  .dash-pswp-status {
    position: absolute;
    top: calc(100% + 8px);
    inset-inline-end: 0;
    margin: 0;
    white-space: nowrap;
    color: var(--_fg);
    font: 0.85rem var(--dash-font, system-ui, sans-serif);
    text-shadow: 0 1px 3px #000;
  }
  .dash-pswp-save {
    position: absolute;
    top: calc(100% + 32px);
    inset-inline-end: 0;
    white-space: nowrap;
    color: var(--_fg);
    font: 0.85rem var(--dash-font, system-ui, sans-serif);
    text-shadow: 0 1px 3px #000;
  }
  .dash-pswp-save[hidden] {
    display: none;
  }
  .dash-pswp-menu:not([hidden]) + .dash-pswp-status {
    top: auto;
    bottom: -2rem;
  }
  .dash-pswp-video {
    display: block;
    background: #000;
    object-fit: contain;
  }
  /* A Dash video's poster until Play, then its player (lightbox-ui.ts buildVideoPoster). */
  .dash-pswp-poster {
    display: grid;
    place-items: center;
    background: #000;
    color: var(--_fg);
    font: 1rem var(--dash-font, system-ui, sans-serif);
  }
  .dash-pswp-poster > * {
    grid-area: 1 / 1;
  }
  .dash-pswp-poster > img,
  .dash-pswp-poster > video {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .dash-pswp-play {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 48px;
    padding-block: 0;
    padding-inline: 1rem 1.25rem;
    border: 2px solid currentColor;
    border-radius: 999px;
    background: var(--_control-bg);
    color: var(--_fg);
    font: 600 1rem var(--dash-font, system-ui, sans-serif);
    cursor: pointer;
  }
  .dash-pswp-play:hover {
    background: rgb(0 0 0 / 0.8);
  }
  .dash-pswp-play[aria-disabled='true'] {
    cursor: progress;
  }
  .dash-pswp-video-note {
    align-self: end;
    max-inline-size: calc(100% - 1.5rem);
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.75rem;
    border-radius: 6px;
    background: var(--_control-bg);
    color: var(--_fg);
    text-align: center;
  }
  .dash-pswp-video-note[role='alert'] {
    align-self: start;
    margin-block: 0.75rem 0;
  }
  .dash-pswp-video-note:empty {
    display: none;
  }
  .dash-pswp-file {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.75rem;
    color: var(--_fg);
    font: 1rem var(--dash-font, system-ui, sans-serif);
  }
  .dash-pswp-file p {
    margin: 0;
    text-align: center;
  }
  .dash-pswp-status-name {
    margin: 0;
    opacity: 0.8;
    max-width: 90vw;
    overflow-wrap: anywhere;
  }
  .dash-pswp-hotspots {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    pointer-events: none;
  }
  .dash-pswp-hotspot {
    position: absolute;
    width: 28px;
    height: 28px;
    margin: -14px 0 0 -14px;
    border: 3px solid var(--_fg);
    border-radius: 50%;
    background: rgb(0 0 0 / 0.45);
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.5);
    pointer-events: auto;
  }
  .dash-pswp-hotspot-label {
    position: absolute;
    top: 30px;
    left: 50%;
    translate: -50%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_panel-bg);
    color: var(--_panel-fg);
    font: 0.8rem var(--dash-font, system-ui, sans-serif);
    white-space: nowrap;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .dash-pswp-hotspot {
    padding: 0;
    cursor: pointer;
  }
  .dash-pswp-hotspot[aria-expanded='true'] {
    background: var(--_accent);
  }
  .dash-pswp-hotspot:hover .dash-pswp-hotspot-label,
  .dash-pswp-hotspot:focus-visible .dash-pswp-hotspot-label {
    opacity: 1;
  }
  /* The card says it all once open. */
  .dash-pswp-hotspot[aria-expanded='true'] .dash-pswp-hotspot-label {
    opacity: 0;
  }
  /* The product card: the dialog's dark scheme gives the surface and text tokens their dark values. */
  .dash-pswp-product {
    position: absolute;
    z-index: 3;
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    width: min(20rem, calc(100% - 16px));
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg);
    color: var(--_panel-fg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.5);
    font: 0.95rem/1.4 var(--dash-font, system-ui, sans-serif);
  }
  .dash-pswp-product[hidden] {
    display: none;
  }
  .dash-pswp-product-image {
    flex: none;
    width: 56px;
    height: 56px;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_placeholder);
  }
  .dash-pswp-product-text {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .dash-pswp-product-name,
  .dash-pswp-product-price {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .dash-pswp-product-name {
    font-weight: 600;
  }
  .dash-pswp-product-price {
    color: var(--_muted);
  }
  .dash-pswp-product-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    margin-top: 0.25rem;
    padding: 0 0.875rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    text-decoration: none;
  }
  /* Outside the link: drawn on its accent fill, the ring would not show. */
  .pswp .dash-pswp-product-link:focus-visible {
    outline-offset: 2px;
  }
  .dash-pswp-product-link:hover {
    text-decoration: underline;
  }
  .dash-pswp-product-close {
    flex: none;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    margin: -0.25rem 0 0;
    margin-inline-end: -0.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .dash-pswp-product-close:hover {
    background: var(--_placeholder);
  }
  /*
   * Forced colours (issue 19 item 6): the controls are system buttons and every state shows in
   * system colours, as the greys and white-on-translucent above would be flattened or lost.
   */
  @media (forced-colors: active) {
    .pswp {
      --_fg: CanvasText;
      --_control-bg: Canvas;
    }
    .pswp .pswp__button,
    .dash-pswp-thumb,
    .dash-pswp-hotspot {
      forced-color-adjust: none;
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      opacity: 1;
    }
    .pswp .pswp__button:hover,
    .pswp .pswp__button[aria-pressed='true'],
    .pswp .pswp__button[aria-expanded='true'],
    .dash-pswp-thumb:hover {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .dash-pswp-thumb[aria-current='true'] {
      border: 3px solid Highlight;
    }
    .pswp:focus-visible,
    .pswp :focus-visible {
      outline-color: Highlight;
      outline-offset: 2px;
    }
    .dash-pswp-menu,
    .dash-pswp-product,
    .dash-pswp-video-note {
      border: 1px solid CanvasText;
    }
    /* The menu and the label are panels (inside a hotspot they inherit its forced-color-adjust:
       none, so they are given their system colours); the option under the pointer is Highlight. */
    .dash-pswp-menu,
    .dash-pswp-hotspot-label {
      --_panel-bg: Canvas;
      --_panel-fg: CanvasText;
      border: 1px solid CanvasText;
    }
    .dash-pswp-option {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .dash-pswp-option:hover {
      background: Highlight;
      color: HighlightText;
    }
    .dash-pswp-play {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .dash-pswp-play:hover {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .dash-pswp-hotspot[aria-expanded='true'] {
      border-color: Highlight;
      background: Highlight;
    }
    .dash-pswp-product-link {
      forced-color-adjust: none;
      border: 1px solid LinkText;
      background: Canvas;
      color: LinkText;
    }
  }
`;
