// Reading the Custom Elements Manifest: generated fresh through the analyzer's programmatic entry
// (so checks never judge a stale custom-elements.json) or read from disk, and walked as the list
// of public dash-* elements that every consumer (React wrappers, README, checks) cares about.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the analyzer with custom-elements-manifest.config.mjs and returns the manifest unwritten. */
export async function generateManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: root,
    noWrite: true,
  });
}

export function readManifest(path = `${root}/custom-elements.json`) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** custom-elements.json when `npm run analyze` wrote it, else a fresh analysis (the generators). */
export async function loadManifest() {
  const file = join(root, 'custom-elements.json');
  return existsSync(file) ? readManifest(file) : generateManifest();
}

/**
 * Where generated code imports an element from: the entry point that registers its tag (so the
 * import defines the element), with whether that entry also exports the class; the declaring
 * module when no entry registers it.
 */
export function elementModules(manifest, { module, declaration }) {
  const entry = manifest.modules.find((m) =>
    m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName),
  );
  const entryExportsClass = entry?.exports?.some((e) => e.kind === 'js' && e.name === declaration.name);
  return { registering: entry?.path ?? module.path, declaring: entryExportsClass ? entry.path : module.path };
}

/**
 * The source module of a manifest module path. The manifest names the files the package ships
 * (`dist/gallery.js`, custom-elements-manifest.config.mjs), and dist/ mirrors src/, so this is
 * `src/gallery.ts`; a source path is returned as it is.
 */
export function sourcePath(modulePath) {
  return modulePath.replace(/^\/?dist\/(.*)\.js$/, 'src/$1.ts');
}

/** The module at `modulePath` (`dist/gallery.js`) as imported from generated source in `outDir`: `../gallery.js`. */
export function importPathFrom(outDir, modulePath) {
  const path = relative(outDir, join(root, sourcePath(modulePath))).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Every class registered under a dash-* tag, with the module that declares it. */
export function dashElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName?.startsWith('dash-'))
      .map((declaration) => ({ module, declaration })),
  );
}

/** Members a page can use: public, instance, not `_`-prefixed. */
export function publicFields(declaration) {
  return (declaration.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      (m.privacy ?? 'public') === 'public' &&
      !m.name.startsWith('_') &&
      !m.name.startsWith('#'),
  );
}

export function publicMethods(declaration) {
  return (declaration.members ?? []).filter(
    (m) =>
      m.kind === 'method' &&
      !m.static &&
      (m.privacy ?? 'public') === 'public' &&
      !m.name.startsWith('_') &&
      !m.name.startsWith('#'),
  );
}

/** `dash-asset-picker` → `DashAssetPicker`. */
export function pascalCase(tag) {
  return tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}

/** `dash-select` → `onDashSelect`. */
export function eventPropName(event) {
  return `on${pascalCase(event)}`;
}
