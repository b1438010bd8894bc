// Licences of the third-party code we ship (scripts/build/notices.mjs): THIRD_PARTY_NOTICES.md
// quotes the licence of every package bundled into dist/cdn/ (the CDN scripts; the npm build
// bundles none: test/node/dist-layout.test.ts), and each CDN chunk holding a library's code starts with a line naming it, since the
// minifier drops the libraries' own licence comments. Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/manifest.mjs';
import { noticesFile, packageInfo, packageOf } from '../../scripts/build/notices.mjs';

const cdn = join(root, 'dist/cdn');
const skip = existsSync(join(cdn, 'gallery.js')) ? false : 'dist/ not built: run `npm run build` first';

const notices = () => readFileSync(join(root, noticesFile), 'utf8');
const sections = () => new Set([...notices().matchAll(/^## (\S+) (\S+)$/gm)].map((m) => m[1]));
const cdnFiles = () =>
  readdirSync(cdn, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: f, code: readFileSync(join(cdn, f), 'utf8') }));
const banner = (code: string) => /^\/\*! Includes (.*?)\. Licence texts: /.exec(code)?.[1] ?? '';

test('packageOf reads package names from module paths', () => {
  assert.equal(packageOf('/a/node_modules/@uppy/core/lib/Uppy.js'), '@uppy/core');
  assert.equal(packageOf('/a/node_modules/x/node_modules/lit-html/lit-html.js'), 'lit-html');
  assert.equal(packageOf('node_modules/photoswipe/dist/photoswipe.esm.js'), 'photoswipe');
  assert.equal(packageOf('/a/src/gallery.ts'), undefined);
});

test('every package named in a CDN chunk has its licence quoted in the notices', { skip }, () => {
  const quoted = sections();
  const named = cdnFiles().flatMap(({ code }) =>
    banner(code)
      .split(', ')
      .filter(Boolean)
      .map((entry) => entry.replace(/@[^@]+ \(.*\)$/, '')),
  );
  for (const library of ['lit-html', 'photoswipe', '@uppy/core'])
    assert.ok(named.includes(library), `${library} in no CDN banner`);
  for (const name of new Set(named)) {
    assert.ok(quoted.has(name), `${name} is not in ${noticesFile}`);
    const { version, text } = packageInfo(name);
    assert.ok(notices().includes(`## ${name} ${version}`), `${name}: the notice names another version`);
    if (text) assert.ok(notices().includes(text), `${name}: its licence text is not quoted`);
  }
});

test('each CDN chunk with Lit, PhotoSwipe or Uppy code names them in its first line', { skip }, () => {
  const markers: [string, RegExp][] = [
    ['lit-element', /litElementVersions/],
    ['photoswipe', /pswp__scroll-wrap/],
    ['@uppy/core', /@uppy\/core/],
  ];
  let checked = 0;
  for (const { path, code } of cdnFiles()) {
    for (const [library, marker] of markers) {
      if (!marker.test(code.replace(/^\/\*![^]*?\*\//, ''))) continue;
      checked++;
      assert.match(
        banner(code),
        new RegExp(`(^|, )${library.replace('/', '\\/')}@`),
        `${path} holds ${library} code without naming it`,
      );
    }
  }
  assert.ok(checked >= 3, `found library code in ${checked} chunks`);
});
