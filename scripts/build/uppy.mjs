// Uppy as the CDN scripts bundle it: @uppy/core 5 + @uppy/aws-s3 5 in the lazy upload chunk, with
// some imports replaced by what <dash-guest-upload> actually runs. Used by the CDN build (through
// plugins.mjs) and by the browser tests' Uppy bundle (test/guest-upload/wtr-uppy-plugin.js), so
// what is tested and shipped as a script is the same code; test/node/uppy-build.test.ts checks
// the replacements.
//
// The npm build does not bundle Uppy: it is an ordinary dependency there, imported from the app's
// own copy, so an app that uses Uppy itself gets one copy and `npm audit` sees it; an app's
// bundler then includes all of @uppy/aws-s3's imports. Only a build of ours can drop them:
// @uppy/aws-s3 5 imports @uppy/companion-client at its top level (RequestClient, with `retry`,
// `p-retry` and `is-network-error` behind it) but only constructs it when the `endpoint`
// (Companion) option is set; we pass our own multipart hooks and never use Companion. The package
// exports only ".", so there is no deep import that avoids it. Together with the three
// package.json files imported for their `.version` and lodash's throttle, the trims below keep
// the CDN guest-upload script within its size budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const versionOf = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const PREFIX = '\0dash-uppy:';

/** The image, video and audio entries of Uppy's MIME table, as object-literal source. */
function mediaTypes() {
  const table = readFileSync(join(root, 'node_modules/@uppy/utils/lib/mimeTypes.js'), 'utf8');
  const entries = [...table.matchAll(/^\s*'?([\w-]+)'?: '((?:image|video|audio)\/[^']+)',$/gm)];
  if (entries.length === 0) throw new Error('@uppy/utils/lib/mimeTypes.js has a new shape: update uppy.mjs');
  return entries.map(([, ext, type]) => `${JSON.stringify(ext)}: ${JSON.stringify(type)}`).join(', ');
}

/**
 * What replaces what, by import specifier and importing package. Each replacement keeps the
 * behaviour of every code path our hooks reach; the others throw with a reason instead of
 * running code we do not ship.
 */
const replacements = [
  {
    // aws-s3 constructs it only for Companion (`endpoint`), which dash-elements never sets.
    name: 'companion-client',
    specifier: '@uppy/companion-client',
    importer: /[\\/]@uppy[\\/]aws-s3[\\/]/,
    code: () =>
      'export class RequestClient {\n' +
      "  constructor() { throw new Error('Companion is not used by dash-elements.'); }\n" +
      '}\n',
  },
  {
    // Signs S3 requests itself, only for `getTemporarySecurityCredentials`; our hooks sign.
    name: 'create-signed-url',
    specifier: './createSignedURL.js',
    importer: /[\\/]@uppy[\\/]aws-s3[\\/]/,
    code: () =>
      'export default function createSignedURL() {\n' +
      "  throw new Error('Temporary S3 credentials are not used by dash-elements.');\n" +
      '}\n',
  },
  // Imported whole (~5 kB raw each) only for `static VERSION = packageJson.version`.
  ...['core', 'aws-s3', 'store-default'].map((pkg) => ({
    name: `version-${pkg}`,
    specifier: '../package.json',
    importer: new RegExp(`[\\\\/]@uppy[\\\\/]${pkg}[\\\\/]lib[\\\\/]`),
    code: () => `export default { version: ${JSON.stringify(versionOf(`@uppy/${pkg}`))} };\n`,
  })),
  {
    // Uppy's English UI strings (its Dashboard's, restriction and status messages): Uppy reads them
    // only for messages of its own UI, info bar and log, none of which <dash-guest-upload> shows
    // (it shows its own, localized texts; the errors it reports are the hooks' own). Keys stand
    // in for the strings.
    name: 'core-locale',
    specifier: './locale.js',
    importer: /[\\/]@uppy[\\/]core[\\/]lib[\\/]/,
    code: () => 'export default { strings: {} };\n',
  },
  {
    // The translator behind those strings (interpolation, plurals): a key is its own text.
    name: 'translator',
    specifier: './Translator.js',
    importer: /[\\/]@uppy[\\/]utils[\\/]lib[\\/]/,
    code: () =>
      'export default class Translator {\n' +
      '  locale = { strings: {}, pluralize: (n) => (n === 1 ? 0 : 1) };\n' +
      '  translate(key) { return key; }\n' +
      '  translateArray(key) { return [key]; }\n' +
      '}\n',
  },
  {
    // Uppy's own restrictions (types, sizes, counts, required meta fields), with mime-match,
    // wildcard and prettier-bytes behind them: <dash-guest-upload> checks its restrictions itself
    // before a file reaches Uppy (src/upload/restrictions.ts) and gives Uppy none, so every check
    // passes. Restrictions set on Uppy anyway throw instead of being ignored.
    name: 'restricter',
    specifier: './Restricter.js',
    importer: /[\\/]@uppy[\\/]core[\\/]lib[\\/]/,
    code: () =>
      'export const defaultOptions = { maxFileSize: null, minFileSize: null, maxTotalFileSize: null,\n' +
      '  maxNumberOfFiles: null, minNumberOfFiles: null, allowedFileTypes: null, requiredMetaFields: [] };\n' +
      'export class RestrictionError extends Error {\n' +
      '  isRestriction = true;\n' +
      '  constructor(message, opts) {\n' +
      '    super(message);\n' +
      '    this.isUserFacing = opts?.isUserFacing ?? true;\n' +
      '    if (opts?.file) this.file = opts.file;\n' +
      '  }\n' +
      '}\n' +
      'export class Restricter {\n' +
      '  constructor(getOpts) { this.getOpts = getOpts; }\n' +
      '  #none() {\n' +
      '    const set = Object.values(this.getOpts().restrictions ?? {}).some((v) => v != null && !(Array.isArray(v) && !v.length));\n' +
      "    if (set) throw new Error('Uppy restrictions are not used by dash-elements.');\n" +
      '  }\n' +
      '  validateAggregateRestrictions() { this.#none(); }\n' +
      '  validateSingleFile() { this.#none(); }\n' +
      '  validate() { this.#none(); }\n' +
      '  validateMinNumberOfFiles() { this.#none(); }\n' +
      "  getMissingRequiredMetaFields() { this.#none(); return { missingFields: [], error: new RestrictionError('') }; }\n" +
      '}\n',
  },
  {
    // Uppy's event emitter, the last CommonJS module in the upload chunk (a bundler adds its
    // CommonJS interop runtime for it). The same emitter as an ES module: listeners by name, plus
    // `*` and `prefix:` listeners, a snapshot of the listeners per emit, up to six arguments.
    name: 'namespace-emitter',
    specifier: 'namespace-emitter',
    importer: /[\\/]@uppy[\\/]core[\\/]/,
    code: () =>
      'export default function createNamespaceEmitter() {\n' +
      '  const fns = {};\n' +
      '  const listeners = (e) => {\n' +
      '    let out = fns[e] ?? [];\n' +
      "    const at = e.indexOf(':');\n" +
      '    for (const key of Object.keys(fns)) {\n' +
      "      if (key === '*') out = out.concat(fns[key]);\n" +
      '      if (at !== -1 && e.slice(0, at) === key) { out = out.concat(fns[key]); break; }\n' +
      '    }\n' +
      '    return out;\n' +
      '  };\n' +
      '  const emitter = {\n' +
      '    _fns: fns,\n' +
      '    emit(e, a1, a2, a3, a4, a5, a6) {\n' +
      '      const list = listeners(e);\n' +
      '      for (let i = 0, l = list.length; i < l && list[i]; i++) {\n' +
      '        list[i].event = e;\n' +
      '        list[i].apply(list[i], [a1, a2, a3, a4, a5, a6]);\n' +
      '      }\n' +
      '    },\n' +
      '    on(e, fn) { (fns[e] ??= []).push(fn); },\n' +
      '    once(e, fn) {\n' +
      '      const one = function (...args) { fn.apply(this, args); emitter.off(e, one); };\n' +
      '      emitter.on(e, one);\n' +
      '    },\n' +
      '    off(e, fn) {\n' +
      '      const keep = e && fn ? (fns[e] ?? []).filter((f) => f !== fn) : [];\n' +
      '      if (keep.length) fns[e] = keep;\n' +
      '      else delete fns[e];\n' +
      '    },\n' +
      '  };\n' +
      '  return emitter;\n' +
      '}\n',
  },
  {
    // Uppy's extension → MIME type table, read only when the browser gave a file no type. Only the
    // Dash Social flow sends that type on (as the upload's Content-Type; the Dash flow sends no
    // type at all), and a Social library holds pictures, video and sound: the media entries of
    // Uppy's own table are kept (read from it at build time), the office and archive ones go (such
    // a file is sent as application/octet-stream, as any type the table never knew).
    name: 'mime-types',
    specifier: './mimeTypes.js',
    importer: /[\\/]@uppy[\\/]utils[\\/]lib[\\/]getFileType\.js$/,
    code: () => `export default { __proto__: null, ${mediaTypes()} };\n`,
  },
  {
    // Uppy's default loggers (console with timestamps): <dash-guest-upload> always passes its own,
    // silent logger (src/upload/engine.ts; Uppy's messages can carry presigned URLs).
    name: 'loggers',
    specifier: './loggers.js',
    importer: /[\\/]@uppy[\\/]core[\\/]lib[\\/]/,
    code: () =>
      'export const justErrorsLogger = { debug() {}, warn() {}, error() {} };\n' +
      'export const debugLogger = justErrorsLogger;\n',
  },
  {
    // Sniffs the user agent for EdgeHTML 15–18, whose upload progress events were broken. Those
    // browsers cannot run dash-elements (ES2022), so in every browser that loads this it is true.
    name: 'supports-upload-progress',
    specifier: './supportsUploadProgress.js',
    importer: /[\\/]@uppy[\\/]core[\\/]lib[\\/]/,
    code: () => 'export default function supportsUploadProgress() { return true; }\n',
  },
  {
    // Uppy.js's only lodash use: `throttle(fn, 500, { leading: true, trailing: true })` for its
    // total progress, called without arguments and never cancelled. lodash's throttle brings
    // debounce, toNumber and friends (~8.7 kB raw); this is the same leading + trailing throttle.
    name: 'throttle',
    specifier: 'lodash/throttle.js',
    importer: /[\\/]@uppy[\\/]core[\\/]/,
    code: () =>
      'export default function throttle(fn, wait) {\n' +
      '  let last = 0, timer;\n' +
      '  const run = () => { timer = undefined; last = Date.now(); fn(); };\n' +
      '  return () => {\n' +
      '    const left = last + wait - Date.now();\n' +
      '    if (left <= 0) { clearTimeout(timer); run(); }\n' +
      '    else timer ??= setTimeout(run, left);\n' +
      '  };\n' +
      '}\n',
  },
];

/**
 * @uppy/aws-s3's own implementations of the hooks (Companion requests, temporary-credentials
 * signing, its XHR part upload): the flows pass every hook they use (src/upload/dash-flow.ts,
 * social-flow.ts), so the plugin never calls its own. They are methods of its plugin class, which
 * a bundler cannot leave out; this source transform replaces their bodies with a throw that says
 * so (the constructor still binds each of them as a default).
 */
const awsS3Index = /[\\/]@uppy[\\/]aws-s3[\\/]lib[\\/]index\.js$/;
const ownHooks = [
  'createMultipartUpload',
  'listParts',
  'completeMultipartUpload',
  'createSignedURL',
  'signPart',
  'abortMultipartUpload',
  'getUploadParameters',
  'static uploadPartBytes',
];

/** aws-s3's index.js with its own hooks replaced (see ownHooks); fails on a new shape of the file. */
export function trimAwsS3(code) {
  // From its Companion host check (used by nothing else) to the first method after the hooks.
  const start = code.indexOf('    #assertHost(method) {');
  const end = code.indexOf('    #setS3MultipartState = ');
  const cls = code.indexOf('export default class AwsS3Multipart');
  const region = code.slice(start, end);
  const defines = (hook) => new RegExp(`^    (static )?(async )?${hook.replace('static ', '')}\\(`, 'm').test(region);
  const shape = start > cls && end > start && ownHooks.every(defines);
  if (cls < 0 || !shape) throw new Error('@uppy/aws-s3/lib/index.js has a new shape: update uppy.mjs');
  const stubs = ownHooks
    .map((hook) => `    ${hook}() { notUsed(${JSON.stringify(hook.replace('static ', ''))}); }\n`)
    .join('');
  const notUsed =
    'const notUsed = (hook) => {\n' +
    "  throw new Error(`@uppy/aws-s3's own ${hook} is not used by dash-elements: its flows pass their own.`);\n" +
    '};\n';
  return code.slice(0, cls) + notUsed + code.slice(cls, start) + stubs + code.slice(end);
}

const find = (specifier, importer) =>
  importer && replacements.find((r) => r.specifier === specifier && r.importer.test(importer));

/** The Vite (rolldown) plugin: resolves each replaced import to a module of ours. */
export function uppyPlugin() {
  return {
    name: 'dash-elements:uppy',
    enforce: 'pre',
    resolveId(source, importer) {
      const replacement = find(source, importer);
      return replacement ? PREFIX + replacement.name : null;
    },
    transform(code, id) {
      return awsS3Index.test(id) ? { code: trimAwsS3(code), map: null } : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const replacement = replacements.find((r) => PREFIX + r.name === id);
      return replacement && { code: replacement.code(), moduleSideEffects: false };
    },
  };
}

/** The same replacements for esbuild (the browser tests' Uppy bundle). */
export function uppyEsbuildPlugin() {
  return {
    name: 'dash-elements:uppy',
    setup(build) {
      build.onResolve({ filter: /./ }, ({ path, importer }) => {
        const replacement = find(path, importer);
        return replacement ? { path: replacement.name, namespace: 'dash-uppy' } : undefined;
      });
      build.onLoad({ filter: awsS3Index }, ({ path }) => ({
        contents: trimAwsS3(readFileSync(path, 'utf8')),
        loader: 'js',
      }));
      build.onLoad({ filter: /./, namespace: 'dash-uppy' }, ({ path }) => ({
        contents: replacements.find((r) => r.name === path).code(),
        loader: 'js',
      }));
    },
  };
}
