import { expect } from '@open-wc/testing';
import { apiBase, until } from './helpers.js';

/**
 * A page with a strict CSP — no inline styles from markup, no eval, Trusted Types enforced — runs
 * the gallery and its lightbox without a single violation. The page is an iframe so the policy
 * binds only it (the test runner itself needs none of this).
 */
describe('dash-gallery: strict CSP and Trusted Types', () => {
  it('renders, opens the lightbox and plays video with no policy violation', async () => {
    const policy = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src ${apiBase}`,
      `media-src ${apiBase}`,
      `connect-src 'self' ${apiBase}`,
      "require-trusted-types-for 'script'",
    ].join('; ');
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/test/gallery/csp-probe.js"></script>
      <script type="module" src="/src/gallery.ts"></script></head>
      <body><dash-gallery source="json" api-base="${apiBase}" src="${apiBase}/demo-data/gallery.json"></dash-gallery></body></html>`;
    document.body.append(frame);
    try {
      const gallery = await until(() => {
        const el = frame.contentDocument?.querySelector('dash-gallery');
        return el?.shadowRoot?.querySelector('.cell .tile') ? el : null;
      }, 'the gallery did not render under CSP', 15_000);
      const root = gallery.shadowRoot!;
      const tile = root.querySelector<HTMLElement>('.cell[aria-posinset="4"] .tile')!;
      tile.click();
      const video = await until(() => root.querySelector<HTMLVideoElement>('.pswp video'), 'no lightbox video', 15_000);
      video.muted = true;
      await video.play();
      expect(root.querySelector('.pswp__button--close')).to.exist;
      // Cells are placed through the CSSOM, so a blocked style attribute would leave them unplaced.
      expect(root.querySelector<HTMLElement>('.cell')!.style.width).to.match(/px$/);
      const probe = frame.contentWindow as Window & { __violations?: string[] };
      expect(probe.__violations, 'the probe ran').to.be.an('array');
      expect(probe.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
