// <dash-guest-upload> under the strict policy: email → guest token → Uppy multipart upload of a
// small file to completion (Uppy and its plugins load as chunks on the first file).
import { cspConfig, runCspFlow } from './page-harness.js';
import { uploadFlow } from '../support/flows.js';

void runCspFlow(async (log) => {
  await uploadFlow(document.getElementById('root')!, cspConfig, log);
});
