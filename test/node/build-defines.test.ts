// Every `SomeElement.define('dash-x')` in the sources must survive into the builds. Bundlers drop
// modules that package.json `sideEffects` does not list when nothing uses their exports, and a
// module whose only job is to register an element is exactly that: it silently vanishes from
// dist/ and the CDN build while every source-level test still passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/manifest.mjs';
import { sourceFiles } from '../../scripts/lib/source-scan.mjs';

const defined = new Set(
  sourceFiles(join(root, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b[A-Z]\w*\.define\(\s*['"`](dash-[a-z-]+)['"`]\s*\)/g)].map((m) => m[1]),
  ),
);

/** The JavaScript below `dir`, leaving out `skip` (dist/ holds the CDN build in dist/cdn/). */
function jsUnder(dir: string, skip?: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && !(skip && f.startsWith(`${skip}/`)))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

for (const [name, dir, skip] of [
  ['npm build (dist/)', 'dist', 'cdn'],
  ['CDN build (dist/cdn/)', 'dist/cdn'],
]) {
  test(`the ${name} keeps every element registration`, (t) => {
    const code = jsUnder(join(root, dir), skip);
    if (!code) return t.skip('not built: run `npm run build`');
    const missing = [...defined].filter((tag) => !new RegExp(`\\.define\\(\\s*['"\`]${tag}['"\`]\\s*\\)`).test(code));
    assert.deepEqual(missing, [], 'package.json "sideEffects" must list the modules that register these');
  });
}
