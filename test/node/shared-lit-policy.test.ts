// The CDN scripts' copies of Lit share one Trusted Types policy (scripts/build/shared-lit-policy.mjs):
// under `trusted-types lit-html` without 'allow-duplicates' a second createPolicy('lit-html')
// throws, which kept a second CDN script's element from registering (issue 16 class 5).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHARED_POLICY_KEY, shareLitPolicy } from '../../scripts/build/shared-lit-policy.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const litHtml = (file: string) => readFileSync(join(root, 'node_modules/lit-html', file), 'utf8');

/** A Trusted Types factory that, like a CSP without 'allow-duplicates', refuses a second name. */
function strictTrustedTypes() {
  const names: string[] = [];
  return {
    names,
    createPolicy(name: string, options: { createHTML: (s: string) => string }) {
      if (names.includes(name)) throw new TypeError(`Policy "${name}" already exists`);
      names.push(name);
      return { name, createHTML: (s: string) => ({ html: options.createHTML(s) }) };
    },
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'lit-policy-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Evaluates `code` as a module of its own (a separate copy, as a second CDN script would be). */
async function evaluate(code: string, copy: number) {
  const file = join(scratch, `lit-html-copy-${copy}.mjs`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

test('lit-html (production and development builds) creates its policy through the shared slot', () => {
  for (const file of ['lit-html.js', 'development/lit-html.js']) {
    const out = shareLitPolicy(litHtml(file), file);
    assert.match(out, /__dashSharedPolicy\([\w$.]+, ["']lit-html["']/, file);
    assert.doesNotMatch(out, /\.createPolicy\(\s*["']lit-html/, file);
  }
});

test('two transformed copies of lit-html on one page create one policy, and both render', async () => {
  const tt = strictTrustedTypes();
  const fakeNode = { nodeType: 1 };
  Object.assign(globalThis, {
    trustedTypes: tt,
    document: { createTreeWalker: () => ({}), createComment: () => fakeNode, importNode: () => fakeNode },
  });
  try {
    const code = shareLitPolicy(litHtml('lit-html.js'));
    await evaluate(code, 1);
    await evaluate(code, 2); // would throw "already exists" without the shared slot
    assert.deepEqual(tt.names, ['lit-html']);
    assert.ok((globalThis as Record<symbol, unknown>)[Symbol.for(SHARED_POLICY_KEY)]);
  } finally {
    for (const key of ['trustedTypes', 'document']) delete (globalThis as Record<string, unknown>)[key];
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(SHARED_POLICY_KEY)];
  }
});

test('an untransformed second copy is what fails (the control)', async () => {
  const tt = strictTrustedTypes();
  Object.assign(globalThis, {
    trustedTypes: tt,
    document: { createTreeWalker: () => ({}), createComment: () => ({}) },
  });
  try {
    const plain = litHtml('lit-html.js');
    await evaluate(plain, 3);
    await assert.rejects(evaluate(plain, 4), /already exists/);
  } finally {
    for (const key of ['trustedTypes', 'document']) delete (globalThis as Record<string, unknown>)[key];
  }
});

test('a lit-html without the call fails the build rather than shipping unshared policies', () => {
  assert.throws(() => shareLitPolicy('export const x = 1;'), /expected one createPolicy/);
});
