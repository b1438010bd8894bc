// <dash-guest-upload> under the strict policy: email → guest token → Uppy multipart upload of a
// small file to completion (Uppy and its plugins load as chunks on the first file), then the
// `target="dash-social"` flow (upload URL → PUT → create media) with a host token.
import { cspConfig, runCspFlow } from './page-harness.js';
import { $, nextEvent, selectFiles, smallFile, until, uploadFlow } from '../../support/flows.js';

void runCspFlow(async (log) => {
  const root = document.getElementById('root')!;
  await uploadFlow(root, cspConfig, log);
  const social = document.createElement('dash-guest-upload');
  social.setAttribute('api-base', cspConfig.api);
  social.setAttribute('target', 'dash-social');
  social.setAttribute('brand', '1');
  social.accessToken = 'demo';
  root.append(social);
  await until(() => $(social, '#file-input'), 'social drop zone');
  const complete = nextEvent(social, 'dash-upload-complete', 60_000);
  selectFiles(social, [smallFile('social.jpg')]);
  await complete;
  log('social-uploaded');
});
