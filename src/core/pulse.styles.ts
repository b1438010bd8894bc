import { css } from 'lit';

/**
 * `.pulse` on a loading placeholder (or the frame holding them) makes it breathe gently, as every
 * element's loading state does (the gallery's placeholder tiles too); it keeps still under
 * prefers-reduced-motion.
 */
export const pulseStyles = css`
  .pulse {
    animation: dash-pulse 1.6s ease-in-out infinite alternate;
  }
  @keyframes dash-pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pulse {
      animation: none;
    }
  }
`;
