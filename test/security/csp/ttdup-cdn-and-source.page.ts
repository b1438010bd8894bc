// `trusted-types lit-html 'allow-duplicates'`: a CDN script beside a copy of Lit we did not build
// (here the sources, as an app's bundle would bring its own Lit). The README's CSP section
// prescribes 'allow-duplicates' for such pages; this page proves that policy works.
import { runCspFlow } from './page-harness.js';
import { galleryOpens, importCdnScripts, uploadCompletes } from './cdn-scripts.js';

void runCspFlow(async (log) => {
  if (!(await importCdnScripts(['gallery'], log))) return;
  await import('../../../src/guest-upload.js'); // the sources' own Lit: a second 'lit-html' policy
  if (customElements.get('dash-gallery')) log('gallery-registered');
  if (customElements.get('dash-guest-upload')) log('upload-registered');
  const root = document.getElementById('root')!;
  await galleryOpens(root, log);
  await uploadCompletes(root, log);
});
