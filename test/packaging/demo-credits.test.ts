/**
 * Every demo page names the photographs it shows (issue 18: freely licensed photos, with credits
 * in the demo). Each page of demo/ is loaded as it is, in a frame, with its own scripts: its
 * `credits.js` reads the backend's `/demo-data/credits.json` and writes the credits line at the
 * foot of the page. `npm start` serves the pages' `/demo-config.js`; here an import map gives
 * the pages the same module, naming the test backend.
 */
import { expect } from '@open-wc/testing';
import { apiBase, s3Base } from '../support/backend.js';
import { demoConfig, demoConfigModule } from '../../demo/demo-config.js';

const PAGES = ['index.html', 'gallery.html', 'portal-browser.html', 'asset-picker.html', 'guest-upload.html'];

interface Credits {
  kind: 'photo' | 'paint';
  photos: { title: string; author: string; licence: string; source?: string }[];
}

/** Polls `check` each 50 ms until it gives something (fails after `ms`). */
async function until<T>(check: () => T | null | undefined, message: string, ms = 20_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Loads demo/`page` in a frame, its relative URLs and `/demo-config.js` resolving as under `npm start`. */
async function loadDemoPage(page: string): Promise<HTMLIFrameElement> {
  const html = await (await fetch(`/demo/${page}`)).text();
  const config = `data:text/javascript,${encodeURIComponent(demoConfigModule(demoConfig(apiBase, s3Base)))}`;
  const head = `<base href="${location.origin}/demo/${page}" />
    <script type="importmap">${JSON.stringify({ imports: { '/demo-config.js': config } })}</script>`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:768px;border:0';
  // The import map must come before the page's module scripts: first in <head>.
  frame.srcdoc = html.replace(/<head>/i, `<head>${head}`);
  document.body.append(frame);
  return frame;
}

describe('demo pages: the photo credits line', function () {
  this.timeout(60_000);
  let credits: Credits;

  before(async function () {
    credits = (await (await fetch(`${apiBase}/demo-data/credits.json`)).json()) as Credits;
    // Without the photos (no `bash demo/fetch-photos.sh`) the demo shows generated artwork and
    // credits nobody: there is no line to check.
    if (credits.kind !== 'photo') this.skip();
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const page of PAGES) {
    it(`demo/${page} names every photo, its author and licence, and points to CREDITS.md`, async () => {
      const frame = await loadDemoPage(page);
      const footer = await until(
        () => frame.contentDocument?.querySelector<HTMLElement>('footer.demo-credits'),
        `no credits line on demo/${page}`,
      );
      const text = footer.textContent!;
      expect(credits.photos.length).to.be.greaterThan(0);
      for (const { title, author, licence } of credits.photos) {
        expect(text, `demo/${page}`).to.contain(`${title} by ${author} (${licence})`);
      }
      expect(text).to.contain('CREDITS.md');
      // A photo with a web source links to it, over http(s) only.
      const links = [...footer.querySelectorAll('a')];
      expect(links.map((link) => link.textContent)).to.deep.equal(
        credits.photos.filter((photo) => /^https?:\/\//.test(photo.source ?? '')).map((photo) => photo.title),
      );
      for (const link of links) expect(new URL(link.href).protocol).to.match(/^https?:$/);
      // On the page, not hidden, at its foot.
      expect(footer.checkVisibility()).to.equal(true);
      expect(footer.parentElement).to.equal(frame.contentDocument!.body);
    });
  }
});
