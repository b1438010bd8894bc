/**
 * axe in every colour scheme, not only the light one: each element's main states under the four
 * scheme cases a visitor can bring — a dark OS on a page that declares nothing (the element stays
 * light), a dark OS on a `color-scheme: light dark` page (the element turns dark), `theme="dark"`
 * on a light page, and forced colours (Windows High Contrast). a11y.test.ts walks every state in
 * the light scheme; contrast.test.ts computes the token pairs; this file runs axe's own checks
 * (contrast of what is really painted, names, roles) in the other schemes.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../support/media-features.js';
import {
  $,
  closeLightbox,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  submitEmail,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

interface SchemeCase {
  name: string;
  /** Sets the OS preference (or forced colours) and the page's own `color-scheme`. */
  apply(): Promise<void>;
  /** `theme` set on the element, if any. */
  theme?: 'dark';
}

const CASES: SchemeCase[] = [
  {
    name: 'dark OS, page declares nothing',
    apply: async () => {
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = '';
    },
  },
  {
    name: 'dark OS, page is "light dark"',
    apply: async () => {
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
    },
  },
  {
    name: 'light OS, theme="dark"',
    theme: 'dark',
    apply: async () => {
      await emulateMedia({ colorScheme: 'light' });
      document.documentElement.style.colorScheme = '';
    },
  },
  {
    name: 'forced colours',
    apply: async () => {
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' });
      document.documentElement.style.colorScheme = '';
    },
  },
];

async function axe(el: Element, state: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${el.localName} [${state}]: ${(error as Error).message}`, { cause: error });
  }
}

function themed<T extends HTMLElement>(el: T, scheme: SchemeCase): T {
  if (scheme.theme) el.setAttribute('theme', scheme.theme);
  return el;
}

describe('axe in every colour scheme', function () {
  this.timeout(90_000);
  let host: HTMLElement;

  beforeEach(async () => {
    await resetBackend();
    host = document.createElement('div');
    host.style.width = '900px';
    // The page's canvas, painted: axe takes an unpainted background for white, which a dark
    // page's canvas is not.
    host.style.background = 'Canvas';
    host.style.color = 'CanvasText';
    document.body.append(host);
  });

  afterEach(async () => {
    host.remove();
    document.documentElement.style.colorScheme = '';
    await resetMediaFeatures();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of CASES) {
    it(`${scheme.name}: gallery loaded and lightbox open, portal loaded, picker loaded, uploader email form and error`, async () => {
      await scheme.apply();
      const gallery = await mountGallery(host, origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` });
      themed(gallery, scheme);
      await gallery.updateComplete;
      await axe(gallery, `${scheme.name}, loaded`);
      await openLightbox(gallery, 1);
      await axe(gallery, `${scheme.name}, lightbox open`);
      await closeLightbox(gallery);

      const portal = themed(mountPortal(host, origins, 'press'), scheme);
      await untilPortalResults(portal);
      await axe(portal, `${scheme.name}, loaded`);

      const picker = themed(mountPicker(host, origins, { portal: 'press' }), scheme);
      await untilPickerResults(picker);
      await axe(picker, `${scheme.name}, loaded`);

      const upload = themed(mountUpload(host, origins), scheme);
      await until(() => $(upload, '#email'), 'email form');
      await axe(upload, `${scheme.name}, email form`);
      submitEmail(upload, 'not-an-email');
      await until(() => $(upload, '[part=email-error]'), 'invalid email message');
      await axe(upload, `${scheme.name}, invalid email`);
    });
  }
});
