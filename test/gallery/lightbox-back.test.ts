/**
 * Issue 18: the browser's Back, and Android's back gesture, close the lightbox instead of leaving
 * the page. The back gesture reaches a page as a close request to its modal dialog — the dialog
 * is the platform's CloseWatcher — which fires `cancel` on the lightbox's `<dialog>`
 * (lightbox-dialog.ts). Escape never takes that path (PhotoSwipe handles the key and cancels it),
 * so the close request is made here as the platform makes it: a cancelable `cancel` event (a
 * gesture after the visitor interacted), and `requestClose()` without user activation (its
 * `cancel` cannot be refused, and the dialog closes at once).
 *
 * Each way: `dash-lightbox-close` fires, focus returns to the tile the lightbox was opened from,
 * the page's own history entry is current again, the URL is the page's, and opening and closing
 * again adds no entry.
 */
import { expect } from '@open-wc/testing';
import type { DashGallery } from '../../src/gallery.js';
import { $, apiBase, mount, nextEvent, openAt, pswp, until } from './helpers.js';

const JSON_SRC = `${apiBase}/demo-data/gallery.json`;

/** The lightbox's modal `<dialog>` in the gallery's shadow root. */
const dialogOf = (el: DashGallery) => $<HTMLDialogElement>(el, 'dialog.dash-lightbox');

/** The tile at `position` (1-based). */
const tileAt = (el: DashGallery, position: number) => $(el, `.cell[aria-posinset="${position}"] .tile`);

/** An entry of the test's own, so the page's entry can be told from the lightbox's. */
const markPage = () => history.pushState({ page: 'gallery' }, '', location.href);
const onPageEntry = () => (history.state as { page?: string } | null)?.page === 'gallery';
const lightboxEntry = () => (history.state as { dashLightbox?: string } | null)?.dashLightbox;

/**
 * Where the history stands: whether the page's own entry is current, and the URL. (Not the
 * Navigation API's entry index: in a full run's test page it did not follow pushState.)
 */
function historySnapshot() {
  return { page: onPageEntry(), href: location.href };
}

/**
 * Opens the lightbox from tile `position`, runs `closeRequest`, and checks the lightbox closed
 * the way Back or the back gesture must: the event, focus on the tile, the page's entry current.
 */
async function openAndClose(el: DashGallery, position: number, closeRequest: (dialog: HTMLDialogElement) => void) {
  const before = historySnapshot();
  const tile = await until(() => tileAt(el, position), `no tile ${position}`);
  await openAt(el, position);
  const dialog = dialogOf(el)!;
  expect(dialog.open && dialog.matches(':modal'), 'the lightbox is a modal dialog').to.equal(true);
  expect(lightboxEntry(), 'opening pushed the lightbox entry').to.be.a('string');

  const closed = nextEvent<{ index: number }>(el, 'dash-lightbox-close');
  closeRequest(dialog);
  expect((await closed).detail.index).to.equal(position - 1);
  await until(() => !pswp(el) && !dialogOf(el), 'the lightbox stayed in the DOM');
  await until(() => !lightboxEntry(), 'the lightbox entry is still the current one');
  await until(() => el.shadowRoot!.activeElement === tile, 'focus did not return to the tile');
  expect(historySnapshot(), 'back on the page entry, at the same URL').to.deep.equal(before);
  expect(el.isConnected, 'the page stayed').to.equal(true);
}

describe('dash-gallery: Back and the back gesture close the lightbox', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('a close request the page may refuse (a cancelable `cancel`) closes the lightbox, not the dialog alone', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    markPage();
    let refused = false;
    await openAndClose(el, 2, (dialog) => {
      const cancel = new Event('cancel', { cancelable: true });
      dialog.dispatchEvent(cancel);
      // Refused: PhotoSwipe closes with its animation and removes the dialog itself.
      refused = cancel.defaultPrevented;
      expect(dialog.open, 'the dialog waits for the closing animation').to.equal(true);
    });
    expect(refused, 'the lightbox takes the close request').to.equal(true);

    // Again from another tile: no entry piles up.
    const length = history.length;
    await openAndClose(el, 4, (dialog) => dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(history.length, 'a second open and close adds no entry').to.equal(length);
  });

  it("dialog.requestClose(), the close request Android's back gesture makes, closes the lightbox", async function () {
    if (!('requestClose' in HTMLDialogElement.prototype)) this.skip();
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    markPage();
    await openAndClose(el, 3, (dialog) => (dialog as HTMLDialogElement & { requestClose(): void }).requestClose());
  });

  it('a close request the page cannot refuse (the dialog closes at once) closes the lightbox too', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    markPage();
    await openAndClose(el, 3, (dialog) => {
      // What the platform does when the page may not refuse: a `cancel` that cannot be cancelled,
      // then the dialog closes.
      dialog.dispatchEvent(new Event('cancel'));
      dialog.close();
    });
    // The lightbox opens again after it (nothing of the closed one is left in the way).
    const length = history.length;
    await openAndClose(el, 1, (dialog) => dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(history.length).to.equal(length);
  });

  it('the browser Back closes the lightbox and the page stays, focus on the tile', async () => {
    const el = await mount({ attrs: { source: 'json', src: JSON_SRC } });
    markPage();
    await openAndClose(el, 5, () => history.back());
  });
});
