#!/usr/bin/env node
// `npm run check:package` (CI runs it after `npm run build`): the packed tarball, as npm would
// publish it, checked by
// - publint (package.json fields, `exports` targets, file formats), every message an error;
// - are-the-types-wrong, profile esm-only (the package is ES modules only, for bundlers and
//   Node ≥ 20.19, so CommonJS `require` and node10 resolution are out of scope): every entry point
//   resolves to JavaScript and to its types;
// - our own rules: LICENSE and the third-party notices are in; no source maps, no src/, no test
//   files; every `exports` target and `sideEffects` pattern names files that are in the tarball.
// Both tools read the tarball only: no registry is asked (CI may be offline).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packTarball, tarballFiles } from './lib/pack.mjs';
import { root } from './lib/manifest.mjs';
import { isMain } from './lib/is-main.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Our own rules over the tarball's file list; returns problems as lines. */
export function packageProblems(files, manifest = pkg) {
  const problems = [];
  const has = new Set(files);
  for (const required of ['LICENSE', 'THIRD_PARTY_NOTICES.md', 'README.md', 'custom-elements.json']) {
    if (!has.has(required)) problems.push(`${required} is not in the package`);
  }
  for (const file of files) {
    if (file.endsWith('.map'))
      problems.push(`${file}: source maps are left out (vite.config.ts, scripts/build/cdn.mjs)`);
    if (file.startsWith('src/') || /\.test\.[jt]s$/.test(file))
      problems.push(`${file}: sources and tests are not shipped`);
  }
  const targets = (value) =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(targets)
        : [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    for (const path of targets(target)) {
      if (!has.has(path.replace(/^\.\//, ''))) problems.push(`exports["${subpath}"] → ${path}: not in the package`);
    }
  }
  const patternRegExp = (pattern) =>
    new RegExp(
      `^${pattern
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')}$`,
    );
  for (const pattern of manifest.sideEffects ?? []) {
    if (!files.some((file) => patternRegExp(pattern).test(file)))
      problems.push(`sideEffects "${pattern}" names no file in the package`);
  }
  return problems;
}

async function main() {
  const tarball = packTarball();
  const files = tarballFiles(tarball);
  console.log(`${tarball.slice(root.length)}: ${files.length} files`);
  let failed = 0;

  const own = packageProblems(files);
  for (const line of own) console.log(`  ✗ ${line}`);
  console.log(
    own.length
      ? `✗ package rules: ${own.length} problems`
      : '✓ package rules (licence, notices, no maps or sources, exports and sideEffects in the tarball)',
  );
  failed += own.length ? 1 : 0;

  const { messages, pkg: packed } = await publint({
    pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
    level: 'suggestion',
    strict: true,
  });
  for (const message of messages) console.log(`  ✗ publint ${message.type}: ${formatMessage(message, packed)}`);
  console.log(messages.length ? `✗ publint: ${messages.length} messages` : '✓ publint: no messages');
  failed += messages.length ? 1 : 0;

  try {
    execFileSync(
      join(root, 'node_modules/.bin/attw'),
      [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    console.log('✓ are-the-types-wrong (esm-only): every entry point resolves to JavaScript and types');
  } catch (error) {
    console.log(String(error.stdout ?? '') + String(error.stderr ?? ''));
    console.log('✗ are-the-types-wrong (esm-only) found problems');
    failed++;
  }
  if (failed) process.exit(1);
}

if (isMain(import.meta.url)) await main();
