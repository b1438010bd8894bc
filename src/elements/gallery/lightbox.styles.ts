import { css } from 'lit';

/** Our additions to PhotoSwipe's look: caption, hotspots, download menu, video and file slides. */
export const lightboxStyles = css`
  .pswp {
    --pswp-bg: var(--dash-gallery-lightbox-bg, #000);
  }
  .pswp:focus-visible,
  .pswp :focus-visible {
    outline: 2px solid var(--dash-accent, #60a5fa);
    outline-offset: -2px;
  }
  .dash-pswp-spacer {
    flex: 1;
  }
  .dash-pswp-caption {
    position: absolute;
    inset: auto 0 0;
    max-height: 30%;
    overflow: auto;
    padding: 0.75rem 1rem calc(0.75rem + env(safe-area-inset-bottom));
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    font: 0.95rem/1.4 var(--dash-font, system-ui, sans-serif);
    text-align: center;
    white-space: pre-line;
    z-index: 5;
  }
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
    top: 56px;
    right: 0;
    display: grid;
    min-width: 12rem;
    padding: 0.25rem;
    border-radius: 8px;
    background: #fff;
    color: #111;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.35);
  }
  .dash-pswp-option {
    padding: 0.5rem 0.75rem;
    border: 0;
    background: none;
    color: inherit;
    font: 0.9rem var(--dash-font, system-ui, sans-serif);
    text-align: start;
    cursor: pointer;
  }
  .dash-pswp-option:hover {
    background: #eef2ff;
  }
  .dash-pswp-status {
    position: absolute;
    top: 56px;
    right: 0;
    margin: 0;
    white-space: nowrap;
    color: #fff;
    font: 0.85rem var(--dash-font, system-ui, sans-serif);
    text-shadow: 0 1px 3px #000;
  }
  .dash-pswp-save {
    position: absolute;
    top: 80px;
    right: 0;
    white-space: nowrap;
    color: #fff;
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
    background: #000;
  }
  .dash-pswp-file {
    display: grid;
    place-content: center;
    justify-items: center;
    color: #fff;
    font: 1rem var(--dash-font, system-ui, sans-serif);
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
    border: 3px solid #fff;
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
    border-radius: 4px;
    background: #fff;
    color: #111;
    font: 0.8rem var(--dash-font, system-ui, sans-serif);
    white-space: nowrap;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .dash-pswp-hotspot:hover .dash-pswp-hotspot-label,
  .dash-pswp-hotspot:focus-visible .dash-pswp-hotspot-label {
    opacity: 1;
  }
`;
