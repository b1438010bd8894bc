// What the source actually uses, read from the .ts files: CSS custom properties, `part` names
// and dispatched event names. The documentation checks compare these with the manifest, so a
// token or part added to a template without a JSDoc line fails the build instead of going unseen.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** All .ts files under `dir`, tests and stories excluded. */
export function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.ts$/.test(name) && !/\.(test|stories|d)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Strips comments so JSDoc examples (`@cssprop`, `part="x"` in prose) do not count as uses. */
function code(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function collect(files, root, pattern, split = (m) => [m]) {
  const found = new Map();
  for (const file of files) {
    for (const match of code(readFileSync(file, 'utf8')).matchAll(pattern)) {
      for (const name of split(match[1])) {
        if (!name) continue;
        if (!found.has(name)) found.set(name, new Set());
        found.get(name).add(relative(root, file));
      }
    }
  }
  return found;
}

/** `--dash-*` names read with `var(…)` or set in styles → files using each. */
export function usedCustomProperties(files, root) {
  return collect(files, root, /(--dash-[a-z0-9-]+)/g);
}

/**
 * Static `part="a b"` names in templates → files. Parts built from expressions (`part=${x}`)
 * cannot be read statically; keep those names documented by hand.
 */
export function usedParts(files, root) {
  return collect(files, root, /\bpart="([^"$]*)"/g, (m) => m.trim().split(/\s+/));
}

/** Event names dispatched with `emit('x')` or `new CustomEvent('x')` → files. */
export function dispatchedEvents(files, root) {
  return collect(files, root, /(?:\bemit|new CustomEvent)\(\s*['"`](dash-[a-z-]+)['"`]/g);
}
