/**
 * Right-to-left screenshot tests (issue 22): each element in Arabic (`locale="ar"`) on a page that
 * is itself Arabic (`<html lang="ar" dir="rtl">`), at 1280 px and 390 px in the light scheme,
 * compared with `baselines/rtl-<state>-<width>-light.png` as elements.test.ts's shots are (stage,
 * threshold and update command: stage.ts, plugin.js, README.md). What they hold: tiles from the
 * right, the folder tree right of the grid, the lightbox's "next" on the left and its thumbnail
 * strip from the right, the uploader's file actions on the left.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/i18n/ar.js';
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

/** `el` speaks Arabic: its strings, and with them its direction. */
function arabic<T extends Element>(el: T): T {
  el.setAttribute('locale', 'ar');
  return el;
}

describe('visual: right to left (Arabic)', function () {
  this.timeout(60_000);

  before(async () => {
    await requireDemoPhotos();
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await warmUp(arabic);
  });

  afterEach(async () => {
    clearStages();
    await resetBackend();
  });

  after(async () => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const viewport of VIEWPORTS) {
    describe(`${viewport.name} px, light`, () => {
      before(() => setViewport({ width: viewport.width, height: viewport.height }));

      const shot = (what: string) => `rtl-${what}-${viewport.name}-light`;

      it('gallery: grid from the right', async () => {
        const el = await stageGallery({}, arabic);
        await snap(shot('gallery'), el);
      });

      it('gallery: lightbox open, "next" on the left, thumbnails from the right', async () => {
        const el = await stageGallery({ 'lightbox-thumbnails': '' }, arabic);
        await openLightbox(el, 3);
        await until(
          () => $<HTMLImageElement>(el, '.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)'),
          'lightbox image',
        );
        await snap(shot('gallery-lightbox'), el);
      });

      it('portal browser: signed in, folders', async () => {
        const el = arabic(mountPortal(stage(), origins, 'press'));
        await untilPortalResults(el);
        await snap(shot('portal'), el, () => tileShown(el));
      });

      it('asset picker: inline', async () => {
        const el = arabic(mountPicker(stage(), origins, { portal: 'press' }));
        await untilPickerResults(el);
        await snap(shot('picker'), el, () => tileShown(el));
      });

      it('guest upload: files in progress', async () => {
        // The part uploads wait, so the files stay at the start of their upload.
        await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs', delayMs: 30_000 }] });
        const el: DashGuestUpload = arabic(mountUpload(stage(), origins));
        await until(() => $(el, '#email'), 'email form');
        submitEmail(el);
        await until(() => $(el, '#file-input'), 'drop zone');
        selectFiles(el, await photoFiles(['الميناء-فجرا.jpg', 'old-town.jpg']));
        await until(() => el.files.length === 2 && $(el, '[part~="file-name"]'), 'files listed');
        await snap(shot('upload-progress'), el);
      });
    });
  }
});
