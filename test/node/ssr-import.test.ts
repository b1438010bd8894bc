// Server-side rendering of a host page (Next.js, Nuxt, Astro) imports the library in Node, where
// there is no `window` or `document`. Every entry point must import there without throwing:
// module top levels may not touch the DOM (elements do that in their lifecycle, in the browser).
// Each entry runs in a fresh Node process, so one entry's globals cannot mask another's crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `./gallery` → `src/gallery.ts` and `dist/gallery.js`, from package.json `exports` (types-only
 * entries such as `./vue` have no `default` and nothing to import). */
const entries = Object.entries(pkg.exports as Record<string, string | { default?: string }>)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
  .map(([name, target]) => {
    const dist = (target as { default: string }).default;
    const base = dist.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    // `./react` (dist/react.js) is built from src/react/index.ts, and so are vue, jsx and svelte.
    const source = existsSync(`${root}/src/${base}.ts`) ? `./src/${base}.ts` : `./src/${base}/index.ts`;
    return { name, dist, source };
  });

function importInFreshNode(specifiers: string[]): Promise<string> {
  const script = `for (const s of ${JSON.stringify(specifiers)}) await import(s);
    console.log(typeof window, typeof document);`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(stdout)),
    );
  });
}

test('the package exports every element entry point', () => {
  const names = entries.map((e) => e.name);
  for (const name of ['.', './gallery', './portal-browser', './asset-picker', './guest-upload']) {
    assert.ok(names.includes(name), name);
  }
});

for (const entry of entries) {
  test(`import '${entry.name}' in Node without a DOM (source${existsSync(`${root}/${entry.dist}`) ? ' and dist' : ''})`, async () => {
    const specifiers = [entry.source];
    // dist exists after `npm run build` (CI builds before testing); without it, source only.
    if (existsSync(`${root}/${entry.dist}`)) specifiers.push(entry.dist);
    const out = await importInFreshNode(specifiers);
    assert.equal(out.trim(), 'undefined undefined', 'an import defined window/document globally');
  });
}

test("'dash-elements/server' renders escaped gallery markup in plain Node, without Lit", async () => {
  const target = (pkg.exports as Record<string, { default?: string }>)['./server'];
  assert.equal(target?.default, './dist/server.js');
  const specifiers = ['./src/server/index.ts'];
  if (existsSync(`${root}/dist/server.js`)) specifiers.push('./dist/server.js');
  for (const specifier of specifiers) {
    const script = `const { renderGalleryMarkup } = await import(${JSON.stringify(specifier)});
      console.log(renderGalleryMarkup([{ id: '1', src: 'https://img.example/a.jpg', alt: '"><script>x</script>', caption: '<b>hi</b>', type: 'image', order: 0 }]));
      console.log(typeof window, typeof document);`;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: root, timeout: 60_000 },
        (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(stdout)),
      );
    });
    const [markup, globals] = out.trim().split('\n');
    assert.equal(
      markup,
      '<figure><a href="https://img.example/a.jpg"><img src="https://img.example/a.jpg" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" loading="eager" fetchpriority="high" decoding="async"></a><figcaption>&lt;b&gt;hi&lt;/b&gt;</figcaption></figure>',
      specifier,
    );
    assert.equal(globals, 'undefined undefined', specifier);
    // Nothing it can load (dynamic imports too: the source adapters) is Lit or an element.
    assert.ok(importsOf(join(root, 'src/gallery.ts')).has('lit'), 'the import walk finds Lit where it is');
    const bare = [...importsOf(join(root, specifier))].filter((name) => !name.startsWith('.'));
    assert.deepEqual(bare, [], `${specifier} imports packages`);
  }
});

/** Every module specifier `file` reaches through relative imports, static or dynamic. */
function importsOf(file: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(file)) return found;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports at the start of a line (not `import type`), and import('…').
  const pattern =
    /^(?:import|export)(?!\s+type\b)[^'";(]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const [, fromStatement, bare, fromCall] of code.matchAll(pattern)) {
    const name = fromStatement ?? bare ?? fromCall;
    if (!name.startsWith('.')) {
      found.add(name);
      continue;
    }
    const next = resolve(dirname(file), name);
    importsOf(existsSync(next) ? next : next.replace(/\.js$/, '.ts'), seen, found);
  }
  return found;
}
