import { css } from 'lit';
import { skeletonStyles } from '../../core/skeleton.styles.js';

/**
 * The loading state (skeleton.ts) is laid out like the panel: its placeholders sit in the panel's
 * own classes (heading, message, email row, hint, drop zone, restrictions), so each takes the height
 * of what it stands for; the drop zone's edge is the quieter border colour while it is a placeholder.
 * (Comments live out here: text inside `css` is shipped as it is.)
 */
export const guestUploadStyles = css`
  ${skeletonStyles}
  :host {
    display: block;
    --_dropzone-bg: var(--dash-upload-dropzone-bg, transparent);
    --_dropzone-active-bg: var(--dash-upload-dropzone-active-bg, color-mix(in srgb, var(--_accent) 10%, transparent));
    --_thumb: var(--dash-upload-thumb-size, 48px);
    --_retrying: var(--dash-upload-retrying, color-mix(in srgb-linear, #d97706 80%, CanvasText));
  }
  .base {
    display: grid;
    gap: calc(var(--_gap) * 2);
    container-type: inline-size;
  }
  .skeleton-frame {
    display: grid;
    gap: calc(var(--_gap) * 2);
  }
  .skeleton-frame .dropzone {
    border-color: var(--_border);
  }
  .skeleton-frame .field {
    flex: 1 1 10rem;
    block-size: calc(1lh + 1rem + 2px);
    margin: 0;
    border-radius: var(--_radius);
  }
  .skeleton-frame .action {
    inline-size: 8rem;
  }
  .skeleton-frame .narrow {
    display: none;
  }
  .heading {
    margin: 0;
    font-size: 1.25rem;
  }
  .message {
    margin: 0;
    white-space: pre-line;
  }
  .email-form {
    display: grid;
    gap: 0.35rem;
  }
  .email-form label {
    font-weight: 600;
  }
  .email-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .email-form input {
    flex: 1 1 10rem;
    min-width: 0;
    font: inherit;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .email-form input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .hint,
  .restrictions,
  .sender,
  .summary-text {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .offline {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    font-size: 0.875rem;
  }
  .field-error,
  .reason {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .dropzone {
    display: grid;
    justify-items: center;
    gap: var(--_gap);
    padding: 1.75rem 1rem;
    border: 2px dashed var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_dropzone-bg);
    text-align: center;
  }
  .dropzone.dragging {
    border-color: var(--_accent);
    background: var(--_dropzone-active-bg);
  }
  .choose {
    cursor: pointer;
  }
  .check {
    color: var(--_accent);
    font-size: 2rem;
    line-height: 1;
  }
  .summary {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    font-size: 1.125rem;
  }
  .unfinished ul {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.25rem;
  }
  /* The real input is visually hidden; its focus shows on the label-button beside it. */
  /* The camera is for phones and tablets: on a mouse or trackpad it would open the file dialog again. */
  @media not (pointer: coarse) {
    .camera {
      display: none;
    }
  }
  input:focus-visible + .choose {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .notices {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
  }
  .total {
    display: grid;
    gap: 0.35rem;
  }
  .total-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .total-label {
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .file {
    display: grid;
    grid-template-columns: var(--_thumb) 1fr auto;
    align-items: center;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Narrow: a file's buttons go under its name, which keeps the row's width. */
  @container (max-width: 30rem) {
    .file {
      grid-template-columns: var(--_thumb) 1fr;
    }
    .file .actions {
      grid-column: 2;
    }
    .skeleton-frame .narrow {
      display: block;
    }
  }
  .folder {
    display: grid;
    gap: var(--_gap);
  }
  .folder > .files {
    padding-inline-start: var(--_gap);
    border-inline-start: 2px solid var(--_border);
  }
  .file.waiting progress {
    display: none;
  }
  .file[data-retrying] progress {
    appearance: none;
    border: 0;
    border-radius: 999px;
    background:
      repeating-linear-gradient(
          -45deg,
          color-mix(in srgb, var(--_retrying) 45%, transparent) 0 0.35rem,
          transparent 0 0.7rem
        )
        0 0 / 0.99rem 100%,
      var(--_placeholder);
  }
  .file[data-retrying] progress::-webkit-progress-bar {
    background: transparent;
  }
  .file[data-retrying] progress::-webkit-progress-value {
    border-radius: inherit;
    background: var(--_retrying);
  }
  .file[data-retrying] progress::-moz-progress-bar {
    border-radius: inherit;
    background: var(--_retrying);
  }
  @media (prefers-reduced-motion: no-preference) {
    .file[data-retrying] progress {
      animation: dash-upload-resend 1s linear infinite;
    }
  }
  @keyframes dash-upload-resend {
    to {
      background-position-x: 0.99rem;
    }
  }
  @media (forced-colors: active) {
    .file[data-retrying] progress {
      forced-color-adjust: none;
      border: 1px dashed CanvasText;
      background: Canvas;
    }
    .file[data-retrying] progress::-webkit-progress-value {
      background: GrayText;
    }
    .file[data-retrying] progress::-moz-progress-bar {
      background: GrayText;
    }
  }
  .file.failed {
    border-color: var(--_danger);
  }
  .thumb {
    width: var(--_thumb);
    height: var(--_thumb);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_placeholder);
  }
  .icon {
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .icon svg {
    width: 70%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.25;
    stroke-linejoin: round;
  }
  .icon text {
    fill: currentColor;
    stroke: none;
    font: 600 5px sans-serif;
    text-anchor: middle;
  }
  .info {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
  }
  /* Whole names, wrapped anywhere (long names without spaces too): a cut name could be any file. */
  .name {
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .button.small {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    font-size: 0.875rem;
  }
`;
