// Two copies of the library on one strict-CSP page: the CDN build (dist/cdn, as a site would
// load it from a <script type=module>) first, then the npm/source build. The second copy's
// define() must not throw, the first registration wins, and the elements still work.
import { cspConfig, runCspFlow } from './page-harness.js';

void runCspFlow(async (log) => {
  const cdn = '/dist/cdn/dash-elements.js';
  if (!(await fetch(cdn, { method: 'HEAD' })).ok) {
    log('no-dist');
    return;
  }
  await import(/* @vite-ignore */ cdn);
  const cdnGallery = customElements.get('dash-gallery');
  log(cdnGallery ? 'cdn-registered' : 'cdn-not-registered');
  const { galleryFlow, uploadFlow } = await import('../../support/flows.js'); // imports src/index.ts
  log(customElements.get('dash-gallery') === cdnGallery ? 'first-registration-kept' : 'registration-replaced');
  const root = document.getElementById('root')!;
  await galleryFlow(root, cspConfig, log);
  await uploadFlow(root, cspConfig, (step) => log(`upload:${step}`));
});
