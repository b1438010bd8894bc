// `trusted-types lit-html` (no 'allow-duplicates'): gallery.js and guest-upload.js, each with a
// copy of Lit inside, on one page. Both register and work: the copies share one policy
// (scripts/build/shared-lit-policy.mjs; issue 16 class 5).
import { runCspFlow } from './page-harness.js';
import { galleryOpens, importCdnScripts, uploadCompletes } from './cdn-scripts.js';

void runCspFlow(async (log) => {
  if (!(await importCdnScripts(['gallery', 'guest-upload'], log))) return;
  if (customElements.get('dash-gallery')) log('gallery-registered');
  if (customElements.get('dash-guest-upload')) log('upload-registered');
  const root = document.getElementById('root')!;
  await galleryOpens(root, log);
  await uploadCompletes(root, log);
});
