// The CDN scripts carry no comments but their licence banner (scripts/build/cdn.mjs, `comments:
// false`): the minifier would keep `/* @__PURE__ */` marks, which only a later bundler reads, and a
// CDN script is never bundled again. Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/manifest.mjs';

const cdn = join(root, 'dist/cdn');
const skip = existsSync(join(cdn, 'gallery.js')) ? false : 'dist/ not built: run `npm run build` first';

test('CDN chunks hold no comment after their banner line', { skip }, () => {
  const chunks = readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 0, 'no CDN chunks');
  for (const file of chunks) {
    const code = readFileSync(join(cdn, 'chunks', file), 'utf8').replace(/^\/\*![^\n]*\*\/\n/, '');
    assert.doesNotMatch(code, /@__PURE__|#__PURE__|@__NO_SIDE_EFFECTS__/, `${file} keeps an annotation`);
    assert.doesNotMatch(code, /^\/\*\*?\s*\n|@license/m, `${file} keeps a comment`);
  }
});
