// custom-elements.json as the package ships it, read by editors, Storybook and the README and
// React wrapper docs (scripts/update-readme.mjs, scripts/make-react.mjs): only real elements,
// module paths of files in the package, and each element's summary one whole sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dashElements, generateManifest, root, sourcePath, type Manifest } from '../../scripts/lib/manifest.mjs';
import pkg from '../../package.json' with { type: 'json' };

const manifest: Promise<Manifest> = generateManifest();

/** A summary as one line: the JSDoc wraps it at 100 columns. */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

test("each element's summary is one whole sentence, and an npm scope in the text cuts nothing", async () => {
  const elements = dashElements(await manifest);
  assert.equal(elements.length, 4);
  for (const { declaration } of elements) {
    const summary = oneLine(declaration.summary);
    const label = `<${declaration.tagName}> summary ${JSON.stringify(summary)}`;
    assert.match(summary, /^[A-Z`<][^]*[.!?]$/, `${label}: starts a sentence and ends one`);
    assert.doesNotMatch(summary, /[.!?]\s+[A-Z]/, `${label}: more than one sentence`);
    assert.doesNotMatch(declaration.summary ?? '', /\n\s*\n/, `${label}: more than one paragraph`);
    assert.doesNotMatch(summary, /[(+,:—-]$|\(\s*$/, `${label}: cut mid-phrase`);
    const open = (summary.match(/\(/g) ?? []).length;
    assert.equal(open, (summary.match(/\)/g) ?? []).length, `${label}: unbalanced parentheses`);
  }
  // The uploader's JSDoc names its engine as `@uppy/core`: the analyzer used to take that for a
  // tag and cut the summary at "Uppy (@uppy/core +"; the text now lands whole in the description.
  const upload = elements.find((e) => e.declaration.tagName === 'dash-guest-upload')!.declaration;
  assert.doesNotMatch(upload.summary ?? '', /@uppy/);
  assert.match(
    upload.description ?? '',
    /Uppy \(@uppy\/core \+ @uppy\/aws-s3 5\) is loaded only when the first file is added\./,
  );
});

test('the manifest declares only the four elements, under their tags', async () => {
  const definitions = (await manifest).modules.flatMap((m) =>
    ((m.exports ?? []) as { kind: string; name: string }[])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name),
  );
  assert.deepEqual(definitions.sort(), [
    'dash-asset-picker',
    'dash-gallery',
    'dash-guest-upload',
    'dash-portal-browser',
  ]);
});

test('module paths name the shipped files in dist/ (the package has no src/), each built from a source module', async () => {
  // dist/ as the last `npm run build` left it: a source module newer than that build (someone is
  // editing) is not expected there yet.
  const builtAt = existsSync(join(root, 'dist/gallery.js'))
    ? statSync(join(root, 'dist/gallery.js')).mtimeMs
    : undefined;
  const paths = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') paths.add(child);
      else visit(child);
    }
  };
  visit((await manifest).modules);
  assert.ok(paths.size > 10, `found ${paths.size}`);
  for (const path of paths) {
    assert.match(path, /^dist\/.+\.js$/, path);
    assert.ok(
      pkg.files.some((f) => path.startsWith(`${f}/`)),
      `${path} is not in package.json "files"`,
    );
    assert.ok(existsSync(join(root, sourcePath(path))), `${path}: no source module ${sourcePath(path)}`);
    if (builtAt && statSync(join(root, sourcePath(path))).mtimeMs < builtAt) {
      assert.ok(existsSync(join(root, path)), `${path} missing (dist/ is built)`);
    }
  }
});
