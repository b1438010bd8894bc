// The framework entry points npm ships (dist/, after `npm run build`; skipped without it):
// - the React wrappers are client modules: each starts with 'use client', which React Server
//   Components (Next.js app router) need to render them from a server component (without it:
//   "useRef is not a function"), one subpath per element so a page registers only what it uses;
// - dash-elements/vue, /jsx and /svelte are types only, shipped as empty modules, so a plain
//   `import 'dash-elements/vue'` bundles to nothing instead of failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashElements, generateManifest, root } from '../../scripts/lib/manifest.mjs';
import pkg from '../../package.json' with { type: 'json' };

const skip = existsSync(join(root, 'dist/react.js')) ? false : 'dist/ not built: run `npm run build` first';
const exportsMap = pkg.exports as Record<string, string | { types?: string; default?: string }>;
const target = (subpath: string) => exportsMap[subpath] as { types: string; default: string };

test('every element has its React subpath (dash-elements/react/<element>) beside dash-elements/react', async () => {
  const elements = dashElements(await generateManifest()).map((e) => e.declaration.tagName!.replace(/^dash-/, ''));
  assert.equal(elements.length, 4);
  for (const element of elements) {
    assert.deepEqual(target(`./react/${element}`), {
      types: `./dist/types/react/${element}.d.ts`,
      default: `./dist/react/${element}.js`,
    });
  }
  assert.equal(target('./react').default, './dist/react.js');
});

test("the React wrappers start with 'use client', and a per-element one imports only its element", { skip }, () => {
  const modules = Object.entries(exportsMap)
    .filter(([subpath]) => subpath === './react' || subpath.startsWith('./react/'))
    .map(([subpath]) => ({ subpath, file: join(root, target(subpath).default) }));
  assert.equal(modules.length, 5);
  for (const { subpath, file } of modules) {
    const code = readFileSync(file, 'utf8');
    assert.match(code, /^"use client";\n/, `${subpath}: ${code.slice(0, 60)}`);
    if (subpath === './react') continue;
    const element = subpath.slice('./react/'.length);
    const registering = [...code.matchAll(/from "\.\.\/([\w-]+)\.js"|import "\.\.\/([\w-]+)\.js"/g)].map(
      (m) => m[1] ?? m[2],
    );
    assert.deepEqual([...new Set(registering)], [element], `${subpath} imports ${registering.join(', ')}`);
  }
});

test('dash-elements/vue, /jsx and /svelte are empty modules with their types beside them', { skip }, () => {
  for (const subpath of ['./vue', './jsx', './svelte']) {
    const { types, default: js } = target(subpath);
    assert.equal(readFileSync(join(root, js), 'utf8').trim(), '', `${js} has code`);
    assert.ok(existsSync(join(root, types)), types);
  }
});
