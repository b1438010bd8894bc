// Uppy as the builds ship it (scripts/build/uppy.mjs): the Companion client, temporary-credentials
// signing, the package.json files and lodash are gone from the bundle, the rest is Uppy's own
// code, and the throttle that replaces lodash's keeps its leading + trailing calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { uppyPlugin } from '../../scripts/build/uppy.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the upload chunk bundles Uppy without the code dash-elements never runs', async () => {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [uppyPlugin()],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      rollupOptions: { input: 'src/upload/engine.ts', preserveEntrySignatures: 'strict' },
    },
  })) as Rolldown.RolldownOutput;
  const modules = out.output.flatMap((o) => (o.type === 'chunk' ? Object.keys(o.modules) : []));
  const code = out.output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
  const from = (pattern: RegExp) => modules.filter((id) => pattern.test(id));
  assert.deepEqual(from(/@uppy[\\/]companion-client|node_modules[\\/](retry|p-retry|lodash)[\\/]/), []);
  assert.deepEqual(from(/createSignedURL|package\.json/), []);
  assert.ok(from(/@uppy[\\/]core[\\/]lib[\\/]Uppy\.js$/).length === 1, 'Uppy core is bundled');
  assert.ok(from(/@uppy[\\/]aws-s3[\\/]lib[\\/]index\.js$/).length === 1, '@uppy/aws-s3 is bundled');
  assert.match(code, /Companion is not used by dash-elements/);
  assert.match(code, /VERSION = .*version/);
});

test('the throttle keeps a leading and a trailing call', async () => {
  const plugin = uppyPlugin() as { load: (id: string) => { code: string } | null };
  const { code } = plugin.load('\0dash-uppy:throttle')!;
  const { default: throttle } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: (fn: () => void, wait: number) => () => void;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let calls = 0;
  const throttled = throttle(() => calls++, 100);
  throttled();
  assert.equal(calls, 1, 'the first call runs at once');
  throttled();
  throttled();
  assert.equal(calls, 1, 'calls within the wait are held');
  await sleep(150);
  assert.equal(calls, 2, 'one trailing call for the held ones');
  await sleep(150);
  assert.equal(calls, 2, 'nothing more without new calls');
  throttled();
  assert.equal(calls, 3, 'after a quiet wait, a call runs at once again');
});
