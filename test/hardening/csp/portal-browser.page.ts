// <dash-portal-browser> under the strict policy: load `press`, open a folder, search, open an
// asset, download it (a job with progress).
import { cspConfig, runCspFlow } from './page-harness.js';
import { portalFlow } from '../support/flows.js';

void runCspFlow(async (log) => {
  await portalFlow(document.getElementById('root')!, cspConfig, log);
});
