/**
 * Screenshot tests: every element in its main states, at 1280 px and 390 px, light and dark,
 * compared with the baselines in test/visual/baselines/ (threshold and update command:
 * test/visual/plugin.js and test/visual/README.md). Each shot is the whole viewport: the element
 * sits on a fixed stage that covers it, so the lightbox and the picker's modal, in the top layer,
 * are in the picture too.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { resetBackend, setFaults } from '../support/backend.js';
import {
  $,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  selectFiles,
  submitEmail,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../support/media-features.js';
import { stage } from './stage.js';
import {
  clearStages,
  origins,
  photoFiles,
  requireDemoPhotos,
  snap,
  stageGallery,
  tileShown,
  VIEWPORTS,
  warmUp,
} from './shots.js';

/**
 * Colour schemes: the OS's light and dark, and forced colours (Windows High Contrast, on its dark
 * palette), where only system colours paint and state must still show (issue 19 item 6). Forced
 * colours are photographed at the desktop width only.
 */
const SCHEMES = [
  { name: 'light', apply: () => emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' }) },
  { name: 'dark', apply: () => emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' }) },
  {
    name: 'forced',
    widths: ['1280'],
    apply: () =>
      emulateMediaFeatures({
        'forced-colors': 'active',
        'prefers-color-scheme': 'dark',
        'prefers-reduced-motion': 'reduce',
      }),
  },
] as const;

/** Whether `text` is on screen in `root`'s tree (shadow trees included): rendered, not only in the DOM. */
function showsText(root: Element | ShadowRoot, text: string): boolean {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot && showsText(element.shadowRoot, text)) return true;
    const own = [...element.childNodes].some(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(text),
    );
    if (own && element.getBoundingClientRect().height > 0 && element.checkVisibility()) return true;
  }
  return false;
}

describe('visual', function () {
  this.timeout(60_000);

  before(async () => {
    await requireDemoPhotos();
    await warmUp();
  });

  afterEach(async () => {
    clearStages();
    await resetBackend();
  });

  after(async () => {
    await resetMediaFeatures();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      if ('widths' in scheme && !(scheme.widths as readonly string[]).includes(viewport.name)) continue;
      const shot = (what: string) => `${what}-${viewport.name}-${scheme.name}`;

      describe(`${viewport.name} px, ${scheme.name}`, () => {
        before(async () => {
          await setViewport({ width: viewport.width, height: viewport.height });
          await scheme.apply();
        });

        after(() => resetMediaFeatures());

        it('gallery: justified grid', async () => {
          const el = await stageGallery({ layout: 'justified' });
          await snap(shot('gallery'), el);
        });

        it('gallery: lightbox open', async () => {
          const el = await stageGallery({ layout: 'grid' });
          await openLightbox(el, 1);
          await until(
            () =>
              $<HTMLImageElement>(el, '.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)'),
            'lightbox image',
          );
          await snap(shot('gallery-lightbox'), el);
        });

        it('portal browser: signed in, folders', async () => {
          const box = stage();
          const el = mountPortal(box, origins, 'press');
          await untilPortalResults(el);
          await snap(shot('portal'), el, () => tileShown(el));
        });

        it('asset picker: inline', async () => {
          const box = stage();
          const el = mountPicker(box, origins, { portal: 'press' });
          await untilPickerResults(el);
          await snap(shot('picker'), el, () => tileShown(el));
        });

        it('asset picker: modal open', async () => {
          const box = stage();
          const el: DashAssetPicker = mountPicker(box, origins, { portal: 'press' });
          el.setAttribute('modal', '');
          void el.pick();
          await until(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
          await untilPickerResults(el);
          await snap(shot('picker-modal'), el, () => tileShown(el));
          el.close();
        });

        it('guest upload: files in progress', async () => {
          // The part uploads wait, so the files stay at the start of their upload.
          await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs', delayMs: 30_000 }] });
          const box = stage();
          const el: DashGuestUpload = mountUpload(box, origins);
          await until(() => $(el, '#email'), 'email form');
          submitEmail(el);
          await until(() => $(el, '#file-input'), 'drop zone');
          selectFiles(el, await photoFiles());
          await until(() => el.files.length === 2 && showsText(el.shadowRoot!, 'old-town.jpg'), 'files listed');
          await snap(shot('upload-progress'), el);
        });

        it('guest upload: finished', async () => {
          const box = stage();
          const el: DashGuestUpload = mountUpload(box, origins);
          await until(() => $(el, '#email'), 'email form');
          submitEmail(el);
          await until(() => $(el, '#file-input'), 'drop zone');
          selectFiles(el, await photoFiles());
          await until(() => el.files.length === 2 && el.files.every((f) => f.status === 'done'), 'files done', 30_000);
          await snap(shot('upload-done'), el);
        });
      });
    }
  }
});
