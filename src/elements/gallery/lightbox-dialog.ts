/**
 * The lightbox's modal `<dialog>`. Shown with `showModal()` it is in the top layer: no host CSS
 * (a transformed or clipping ancestor, as scroll-reveal libraries leave behind, or a z-index) can
 * trap or cover it, and everything outside it is inert — the page, the gallery's own tiles — so
 * Tab and screen readers stay in the lightbox.
 *
 * Escape is PhotoSwipe's (it closes with the animation and cancels the key). The dialog's other
 * close requests — Android's back gesture — close the lightbox too: with the animation when the
 * browser lets the request be cancelled, at once (the dialog already hidden) when it does not.
 */
import { el } from './lightbox-ui.js';

export function showLightboxDialog(root: ShadowRoot, label: string, close: () => void): HTMLDialogElement {
  const dialog = el('dialog', 'dash-lightbox', { 'aria-label': label, part: 'lightbox' });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('close', close);
  root.append(dialog);
  dialog.showModal();
  return dialog;
}
