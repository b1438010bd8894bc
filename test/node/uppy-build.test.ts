// Uppy as the builds ship it (scripts/build/uppy.mjs): the Companion client, temporary-credentials
// signing, the package.json files, lodash, Uppy's UI strings, restrictions, default loggers and
// EdgeHTML sniffing, the CommonJS emitter, the office entries of the MIME table and @uppy/aws-s3's own hook
// implementations are gone from the bundle, the rest is Uppy's own code; the throttle that replaces
// lodash's keeps its leading + trailing calls, the emitter behaves as namespace-emitter does, and
// restrictions set on Uppy throw instead of being ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  // Uppy's UI strings, its restrictions and their helpers, and the CommonJS emitter.
  assert.deepEqual(
    from(/@uppy[\\/]core[\\/]lib[\\/](locale|Restricter|loggers|supportsUploadProgress)\.js$|Translator\.js$/),
    [],
  );
  assert.deepEqual(from(/node_modules[\\/](mime-match|wildcard|@transloadit|namespace-emitter)[\\/]/), []);
  assert.ok(from(/@uppy[\\/]core[\\/]lib[\\/]Uppy\.js$/).length === 1, 'Uppy core is bundled');
  assert.ok(from(/@uppy[\\/]aws-s3[\\/]lib[\\/]index\.js$/).length === 1, '@uppy/aws-s3 is bundled');
  assert.match(code, /Companion is not used by dash-elements/);
  assert.match(code, /VERSION = .*version/);
  // @uppy/aws-s3's own hooks (Companion requests, temporary credentials, its part XHR) are stubs.
  assert.doesNotMatch(code, /s3\/multipart|s3\/sts|s3\/params|getTemporarySecurityCredentials\(options\)/);
  assert.match(code, /own \$\{hook\} is not used by dash-elements/);
});

test("@uppy/aws-s3's own hooks throw, saying the flows pass their own", async () => {
  const { trimAwsS3 } = await import('../../scripts/build/uppy.mjs');
  const source = readFileSync(new URL('../../node_modules/@uppy/aws-s3/lib/index.js', import.meta.url), 'utf8');
  const trimmed = trimAwsS3(source);
  for (const hook of ['createMultipartUpload', 'signPart', 'listParts', 'getUploadParameters', 'uploadPartBytes']) {
    assert.match(trimmed, new RegExp(`${hook}\\(\\) \\{ notUsed\\("${hook}"\\); \\}`));
  }
  assert.doesNotMatch(trimmed, /#client\s*\.(get|post|delete)\(/, 'no Companion request is left');
  assert.throws(() => trimAwsS3(source.replace('signPart(file', 'signAPart(file')), /new shape/);
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

/** A replacement module's exports, loaded from the plugin as the bundle would. */
async function replacement<T>(name: string): Promise<T> {
  const plugin = uppyPlugin() as { load: (id: string) => { code: string } | null };
  const { code } = plugin.load(`\0dash-uppy:${name}`)!;
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as T;
}

test('the emitter calls listeners as namespace-emitter does', async () => {
  type Emitter = {
    on(e: string, fn: (...args: unknown[]) => void): void;
    once(e: string, fn: (...args: unknown[]) => void): void;
    off(e: string, fn?: (...args: unknown[]) => void): void;
    emit(e: string, ...args: unknown[]): void;
  };
  /** The same script against an emitter: what its listeners heard. */
  const run = (emitter: Emitter) => {
    const heard: string[] = [];
    const onA = (x: unknown, y: unknown) => heard.push(`a ${x} ${y}`);
    emitter.on('a', onA);
    emitter.on('*', (x: unknown) => heard.push(`* ${x}`));
    emitter.on('up', (x: unknown) => heard.push(`up ${x}`));
    emitter.once('b', (x: unknown) => heard.push(`once ${x}`));
    emitter.emit('a', 1, 2);
    emitter.emit('up:load', 3);
    emitter.emit('b', 4);
    emitter.emit('b', 5);
    emitter.off('a', onA);
    emitter.emit('a', 6);
    emitter.off('up');
    emitter.emit('up:load', 7);
    // A listener added while an event is emitted hears the next one only.
    emitter.on('c', () => emitter.on('c', () => heard.push('late')));
    emitter.emit('c');
    emitter.emit('c');
    emitter.emit('d', 1, 2, 3, 4, 5, 6, 7);
    emitter.on('d', (...args: unknown[]) => heard.push(args.join()));
    emitter.emit('d', 1, 2, 3, 4, 5, 6, 7);
    return heard;
  };
  const { default: create } = await replacement<{ default: () => Emitter }>('namespace-emitter');
  const { default: original } = (await import('namespace-emitter')) as { default: () => Emitter };
  const expected = run(original());
  assert.ok(
    expected.includes('up 3') && expected.includes('once 4') && expected.includes('late'),
    'the script reaches every kind of listener',
  );
  assert.deepEqual(run(create()), expected);
});

test('restrictions set on Uppy throw; without any, every check passes', async () => {
  type Restricter = {
    validate(...args: unknown[]): void;
    getMissingRequiredMetaFields(file: unknown): { missingFields: string[] };
  };
  const { Restricter, defaultOptions, RestrictionError } = await replacement<{
    Restricter: new (getOpts: () => unknown) => Restricter;
    defaultOptions: Record<string, unknown>;
    RestrictionError: new (
      message: string,
      opts?: { file?: unknown },
    ) => Error & { isRestriction: boolean; file?: unknown };
  }>('restricter');
  const none = new Restricter(() => ({ restrictions: defaultOptions }));
  none.validate([], [{ name: 'a' }]);
  assert.deepEqual(none.getMissingRequiredMetaFields({ meta: {} }).missingFields, []);
  const some = new Restricter(() => ({ restrictions: { ...defaultOptions, maxFileSize: 1 } }));
  assert.throws(() => some.validate([], [{ name: 'a' }]), /not used by dash-elements/);
  const error = new RestrictionError('x', { file: 1 });
  assert.equal(error.isRestriction, true);
  assert.equal(error.file, 1);
});

test("Uppy's MIME table keeps its media entries only (the Social flow's Content-Type); the rest is gone", async () => {
  const { default: table } = await replacement<{ default: Record<string, string> }>('mime-types');
  // The package exports only ".": the table is read from its file, as the build plugin reads it.
  const tableUrl = new URL('../../node_modules/@uppy/utils/lib/mimeTypes.js', import.meta.url).href;
  const { default: original } = (await import(tableUrl)) as { default: Record<string, string> };
  const media = Object.entries(original).filter(([, type]) => /^(image|video|audio)\//.test(type));
  assert.ok(media.length > 5, "Uppy's table has media entries");
  assert.deepEqual(Object.entries(table), media);
  assert.equal(table.docx, undefined, 'office types are not kept');
  assert.equal(Object.getPrototypeOf(table), null, "a lookup by extension never reaches Object's own keys");
});
