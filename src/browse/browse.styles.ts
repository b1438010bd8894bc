import { css } from 'lit';

/**
 * Rules shared by the browsing elements on top of `baseStyles`: the filter bar and its native
 * fields (see filters.ts), the "recently added" toggle and the passcode form's frame. Each
 * element adds its own layout. (Comments live out here: text inside `css` is shipped as it is.)
 */
export const browseStyles = css`
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
  input,
  select {
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
  .passcode {
    display: grid;
    gap: 0.6rem;
  }
  .passcode .error {
    color: var(--_danger);
    min-height: 1.25rem;
  }
`;
