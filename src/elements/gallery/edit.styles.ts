import { css } from 'lit';

/** Styles of the editing controls, adopted only when a gallery is editable. */
export const editStyles = css`
  .edit-help {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .edit-error {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .edit-tools {
    position: absolute;
    inset: auto 0.25rem 0.25rem;
    display: flex;
    gap: 0.25rem;
    justify-content: flex-end;
  }
  .edit-tools button,
  .handle {
    display: grid;
    place-items: center;
    min-width: 2rem;
    height: 2rem;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--dash-text, CanvasText);
  }
  /* The arrows point where the tile goes: earlier is to the right when the gallery runs right to
     left, whatever gave it that direction (the page's dir or its strings'). */
  .arrow {
    display: inline-block;
  }
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  .edit-tools button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .handle {
    margin-inline-end: auto;
    cursor: grab;
  }
  .caption-dialog {
    width: min(32rem, 92vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--dash-text, CanvasText);
  }
  .caption-dialog form {
    display: grid;
    gap: 0.5rem;
  }
  .dialog-title {
    margin: 0;
    font-size: 1.1em;
  }
  .caption-dialog textarea {
    font: inherit;
    width: 100%;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
`;
