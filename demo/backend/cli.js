#!/usr/bin/env node
// `npm run backend`: S3 + the local Dash API alone. Prints `Dash API: http://127.0.0.1:<port>`.
// DASH_API_PORT picks the port (default: a free one); DASH_TEST_CONTROLS=1 enables /__control/*;
// DASH_BACKEND_PROFILE=seed answers only what the seed documents print (see index.js).
import { startBackend } from './index.js';

const backend = await startBackend({
  testControls: process.env.DASH_TEST_CONTROLS === '1',
  profile: /** @type {'default' | 'seed'} */ (process.env.DASH_BACKEND_PROFILE || 'default'),
});
console.log(`Dash API: ${backend.apiUrl}`);
console.log(`Profile: ${backend.profile}`);
console.log(`S3: ${backend.s3Url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await backend.close().catch(() => {});
    process.exit(0);
  });
}
