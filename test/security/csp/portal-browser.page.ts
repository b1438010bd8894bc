// <dash-portal-browser> under the strict policy: load `press`, open a folder, search, open an
// asset, download it (a job with progress).
import { cspConfig, runCspFlow } from './page-harness.js';
import { $, mountPortal, portalFlow, submitPasscode, until, untilPortalResults } from '../../support/flows.js';

void runCspFlow(async (log) => {
  const root = document.getElementById('root')!;
  await portalFlow(root, cspConfig, log);
  // The passcode form: a wrong passcode, then the right one.
  const locked = mountPortal(root, cspConfig, 'partners');
  await until(() => $(locked, '#passcode'), 'passcode form');
  submitPasscode(locked, 'wrong');
  await until(() => $(locked, '#passcode-error')?.textContent?.trim(), 'wrong passcode message');
  submitPasscode(locked, 'letmein');
  await untilPortalResults(locked);
  log('passcode-portal-loaded');
});
