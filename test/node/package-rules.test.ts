// The package's own rules (scripts/check-package.mjs, run on the packed tarball by
// `npm run check:package` in CI beside publint and are-the-types-wrong), here on file lists: what
// passes and what each rule reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageProblems } from '../../scripts/check-package.mjs';
import pkg from '../../package.json' with { type: 'json' };

const manifest = {
  exports: {
    '.': { types: './dist/types/index.d.ts', default: './dist/index.js' },
    './package.json': './package.json',
  },
  sideEffects: ['./dist/index.js', './dist/cdn/*.js'],
};
const complete = [
  'LICENSE',
  'THIRD_PARTY_NOTICES.md',
  'README.md',
  'custom-elements.json',
  'package.json',
  'dist/index.js',
  'dist/types/index.d.ts',
  'dist/cdn/gallery.js',
];

test('a complete package passes', () => {
  assert.deepEqual(packageProblems(complete, manifest), []);
});

test('each rule reports what it finds', () => {
  const files = complete.filter((f) => f !== 'LICENSE' && f !== 'dist/types/index.d.ts' && f !== 'dist/cdn/gallery.js');
  files.push('dist/index.js.map', 'src/gallery.ts');
  assert.deepEqual(packageProblems(files, { ...manifest, sideEffects: [...manifest.sideEffects, './src/index.ts'] }), [
    'LICENSE is not in the package',
    'dist/index.js.map: source maps are left out (vite.config.ts, scripts/build/cdn.mjs)',
    'src/gallery.ts: sources and tests are not shipped',
    'exports["."] → ./dist/types/index.d.ts: not in the package',
    'sideEffects "./dist/cdn/*.js" names no file in the package',
    'sideEffects "./src/index.ts" names no file in the package',
  ]);
});

test('package.json: MIT with a LICENSE, optional framework peers, no source paths in sideEffects', () => {
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.files.includes('THIRD_PARTY_NOTICES.md'));
  for (const peer of ['react', '@lit/react', 'vue', 'svelte']) {
    assert.ok(peer in pkg.peerDependencies, peer);
    assert.equal((pkg.peerDependenciesMeta as Record<string, { optional?: boolean }>)[peer]?.optional, true, peer);
    assert.ok(!(peer in pkg.dependencies), `${peer} is a dependency: it would land in every app`);
  }
  assert.deepEqual(
    pkg.sideEffects.filter((p) => !p.startsWith('./dist/')),
    [],
  );
});
