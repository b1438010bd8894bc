// Theming is public API: a site styles the elements only through `--dash-*` custom properties and
// `::part()` names, so each one used in the source must be documented (with its default, for
// tokens) in the manifest, and each documented one must still exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { dashElements, generateManifest, root, type Manifest } from '../../scripts/lib/manifest.mjs';
import { sourceFiles, usedCustomProperties, usedParts, type Uses } from '../../scripts/lib/source-scan.mjs';

const manifest: Promise<Manifest> = generateManifest();
const files = sourceFiles(join(root, 'src'));
// `::part()` reaches only the parts of a public element's own shadow root: parts inside the
// internal helper elements (src/browse) are styling hooks of those, unreachable from the page
// unless exported with `exportparts`. Custom properties, on the other hand, inherit into every
// shadow root, so a token read anywhere is public.
const publicTemplateFiles = [...sourceFiles(join(root, 'src/elements')), ...sourceFiles(join(root, 'src/core'))];

async function documented(list: 'cssProperties' | 'cssParts') {
  const byName = new Map<string, { name: string; default?: string; description?: string }>();
  for (const { declaration } of dashElements(await manifest)) {
    for (const item of declaration[list] ?? []) byName.set(item.name, item);
  }
  return byName;
}

const undocumented = (used: Uses, docs: Map<string, unknown>) =>
  [...used].filter(([name]) => !docs.has(name)).map(([name, where]) => `${name} (${[...where].join(', ')})`);

test('every --dash-* custom property used in src is documented with @cssprop', async () => {
  assert.deepEqual(undocumented(usedCustomProperties(files, root), await documented('cssProperties')), []);
});

test('every documented --dash-* custom property has a default and is used', async () => {
  const used = usedCustomProperties(files, root);
  const problems = [...(await documented('cssProperties')).values()]
    .filter((token) => !token.default || !used.has(token.name))
    .map((token) => (token.default ? `${token.name} is never used` : `${token.name} has no default`));
  assert.deepEqual(problems, []);
});

test('every part= name in a template is documented with @csspart', async () => {
  assert.deepEqual(undocumented(usedParts(publicTemplateFiles, root), await documented('cssParts')), []);
});
