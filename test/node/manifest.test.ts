// The Custom Elements Manifest is the source of the React wrappers, Storybook controls and the
// README reference: every public piece of every dash-* element must be documented in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkElement, checkManifest } from '../../scripts/check-manifest.mjs';
import { dashElements, generateManifest, type Manifest } from '../../scripts/lib/manifest.mjs';

const manifest: Promise<Manifest> = generateManifest();

test('every public attribute, property, event, part and CSS property is documented', async () => {
  assert.deepEqual(checkManifest(await manifest), []);
});

test('each element is listed under its tag with the shared tokens and dash-error', async () => {
  for (const { declaration } of dashElements(await manifest)) {
    const names = (list: { name: string }[] = []) => list.map((i) => i.name);
    assert.ok(names(declaration.cssProperties).includes('--dash-accent'), declaration.tagName);
    assert.ok(names(declaration.events).includes('dash-error'), declaration.tagName);
    assert.ok(names(declaration.attributes).includes('subdomain'), declaration.tagName);
  }
});

test('the check reports what an undocumented element leaves out', () => {
  // A throwaway element folder: the check reads templates and styles from the module's folder.
  const root = mkdtempSync(join(tmpdir(), 'dash-manifest-'));
  try {
    mkdirSync(join(root, 'src/elements/demo'), { recursive: true });
    writeFileSync(
      join(root, 'src/elements/demo/demo.ts'),
      'this.emit(\'dash-demo-open\');\nhtml`<ul part="list item"></ul>`;\ncss`a { color: var(--dash-demo-ink); }`;',
    );
    const problems = checkElement(
      {
        module: { kind: 'javascript-module', path: 'src/elements/demo/demo.ts' },
        declaration: {
          kind: 'class',
          name: 'DashDemo',
          tagName: 'dash-demo',
          customElement: true,
          description: 'A demo.',
          members: [{ kind: 'field', name: 'size' }],
          attributes: [{ name: 'size', description: 'Size.' }],
          cssParts: [{ name: 'list', description: 'The list. @csspart item - An item.' }],
        },
      },
      root,
    );
    assert.deepEqual(problems.sort(), [
      '<dash-demo> cssParts entry `list` swallows "@csspart item": put each tag on its own line',
      '<dash-demo> property `size` has no description',
      '<dash-demo> uses --dash-demo-ink (src/elements/demo/demo.ts) without @cssprop',
      '<dash-demo> uses dash-demo-open (src/elements/demo/demo.ts) without @fires',
      '<dash-demo> uses item (src/elements/demo/demo.ts) without @csspart',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
