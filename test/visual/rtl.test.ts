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
import type { DashGallery } from '../../src/gallery.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { apiBase, resetBackend, s3Base, setFaults } from '../support/backend.js';
import {
  $,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  selectFiles,
  submitEmail,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';
import { freezeAnimations, settle, stage, visualDiff } from './stage.js';

const origins = { api: apiBase, s3: s3Base };

const VIEWPORTS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** `el` speaks Arabic: its strings, and with them its direction. */
function arabic<T extends Element>(el: T): T {
  el.setAttribute('locale', 'ar');
  return el;
}

/** The JSON demo gallery across the whole stage, in Arabic. */
async function arabicGallery(attributes: Record<string, string> = {}): Promise<DashGallery> {
  const el = arabic(document.createElement('dash-gallery'));
  for (const [name, value] of Object.entries({
    'api-base': apiBase,
    source: 'json',
    src: `${apiBase}/demo-data/gallery.json`,
    ...attributes,
  })) {
    el.setAttribute(name, value);
  }
  stage().append(el);
  await until(() => $(el, '.cell .tile'), 'gallery tiles');
  return el;
}

/** A results tile on screen with its preview loaded: the grid has really rendered, not only its DOM. */
function tileShown(el: Element): boolean {
  return tilesOf(el).some((tile) => {
    const image = tile.querySelector('img');
    return image?.complete && image.naturalWidth > 0 && image.checkVisibility({ opacityProperty: true });
  });
}

/** Two real photos from the backend as files a guest would choose, with Arabic names. */
async function photoFiles(): Promise<File[]> {
  const names = ['الميناء-فجرا.jpg', 'old-town.jpg'];
  return Promise.all(
    names.map(async (name, i) => {
      const response = await fetch(`${apiBase}/files/visuals/${701 + i}/1280x853/320.jpg`);
      return new File([await response.blob()], name, { type: 'image/jpeg', lastModified: Date.UTC(2026, 0, 1) });
    }),
  );
}

describe('visual: right to left (Arabic)', function () {
  this.timeout(60_000);

  before(async () => {
    const credits = await (await fetch(`${apiBase}/demo-data/credits.json`)).json();
    if (credits.kind !== 'photo') {
      throw new Error(
        'The baselines show the demo photographs, which this machine lacks: run `bash demo/fetch-photos.sh` (CREDITS.md).',
      );
    }
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // As in elements.test.ts: a first browsing element in a fresh page renders its grid once
    // more after it first showed; warm up with one, unphotographed.
    const warmUp = arabic(mountPortal(stage(), origins, 'press'));
    await until(() => tileShown(warmUp), 'warm-up portal tiles');
    await settle(warmUp);
    document.querySelectorAll('.visual-stage').forEach((node) => node.remove());
  });

  afterEach(async () => {
    document.querySelectorAll('.visual-stage').forEach((node) => node.remove());
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

      /** As elements.test.ts's: the state checked again after the page settled, then frozen. */
      async function snap(what: string, root: HTMLElement, ready: () => unknown = () => true): Promise<void> {
        for (let attempt = 0; ; attempt++) {
          await until(ready, `${what}: its state`);
          await settle(root);
          if (ready() || attempt === 3) break;
        }
        freezeAnimations();
        await nextFrame();
        await nextFrame();
        freezeAnimations();
        await visualDiff(root.closest<HTMLElement>('.visual-stage')!, `rtl-${what}-${viewport.name}-light`);
      }

      it('gallery: grid from the right', async () => {
        const el = await arabicGallery();
        await snap('gallery', el);
      });

      it('gallery: lightbox open, "next" on the left, thumbnails from the right', async () => {
        const el = await arabicGallery({ 'lightbox-thumbnails': '' });
        await openLightbox(el, 3);
        await until(
          () => $<HTMLImageElement>(el, '.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)'),
          'lightbox image',
        );
        await snap('gallery-lightbox', el);
      });

      it('portal browser: signed in, folders', async () => {
        const el = arabic(mountPortal(stage(), origins, 'press'));
        await untilPortalResults(el);
        await snap('portal', el, () => tileShown(el));
      });

      it('asset picker: inline', async () => {
        const el = arabic(mountPicker(stage(), origins, { portal: 'press' }));
        await untilPickerResults(el);
        await snap('picker', el, () => tileShown(el));
      });

      it('guest upload: files in progress', async () => {
        // The part uploads wait, so the files stay at the start of their upload.
        await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs', delayMs: 30_000 }] });
        const el: DashGuestUpload = arabic(mountUpload(stage(), origins));
        await until(() => $(el, '#email'), 'email form');
        submitEmail(el);
        await until(() => $(el, '#file-input'), 'drop zone');
        selectFiles(el, await photoFiles());
        await until(() => el.files.length === 2 && $(el, '[part~="file-name"]'), 'files listed');
        await snap('upload-progress', el);
      });
    });
  }
});
