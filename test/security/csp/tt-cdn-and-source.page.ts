// The control for ttdup-cdn-and-source: the same two copies under `trusted-types lit-html`
// without 'allow-duplicates'. The copy we did not build cannot create its policy, which is why
// the README asks such pages for 'allow-duplicates'.
import { runCspFlow } from './page-harness.js';
import { importCdnScripts } from './cdn-scripts.js';

void runCspFlow(async (log) => {
  if (!(await importCdnScripts(['gallery'], log))) return;
  try {
    await import('../../../src/guest-upload.js');
    log('source-copy-loaded');
  } catch {
    log('source-copy-refused');
  }
});
