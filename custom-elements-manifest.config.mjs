// Custom Elements Manifest (`custom-elements.json`) from the elements' JSDoc. `npm run analyze`
// writes it; `npm run build` runs that first, and the React wrappers, Storybook controls, the
// README reference and the documentation check (scripts/check-manifest.mjs) all read it.
//
// Plugins fill gaps the analyzer leaves with this codebase's conventions:
// - elements register through `DashElement.define()` (`DashGallery.define('dash-gallery')`),
//   which the analyzer does not recognise as `customElements.define`, so it would miss tag names;
// - the shared design tokens, shared state parts and shared events are documented once in
//   src/core (the JSDoc of `baseStyles`, the state renderers, `DashEventMap`), not on each
//   element class, yet they belong to every element's public API;
// - internal reactive state is declared in `static properties` as `{ state: true }` (no
//   decorators, to keep the decorator runtime out of the bundles), which the analyzer reads as a
//   public attribute;
// - the guarded `customElements.define(tag, this)` inside `DashElement.define()` is not an element
//   named `tag`;
// - a field whose default is an imported constant (`apiBase = DASH_API_BASE`) would show the
//   constant's name; its `@default` JSDoc tag gives the value a reader of the docs needs;
// - a class's `@summary` is its first paragraph, and text that merely contains an `@` (an npm
//   scope such as `@uppy/core`) is not a tag: the analyzer cut the summary there;
// and the last one points the manifest at the files the package ships (`dist/gallery.js`), not at
// the sources (`src/gallery.ts`), which are not in the npm package. The build mirrors src/ in dist/
// (vite.config.ts), so `sourcePath()` in scripts/lib/manifest.mjs maps a module back to its source.
import { posix } from 'node:path';
import { parse } from 'comment-parser';

export default {
  globs: ['src/elements/**/*.ts', 'src/core/**/*.ts', 'src/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/index.ts', 'src/client.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    defineCallPlugin(),
    dynamicDefinePlugin(),
    typeExportsPlugin(),
    classTextPlugin(),
    sharedStyleDocsPlugin(),
    internalStatePlugin(),
    defaultTagPlugin(),
    shippedPathsPlugin(),
  ],
};

/**
 * Drops the definitions the analyzer makes of `customElements.define(someVariable, …)` calls: the
 * generic `define()` of DashElement would otherwise be listed as an element named `tag`. Real tags
 * are string literals (`DashGallery.define('dash-gallery')`, read by defineCallPlugin).
 */
function dynamicDefinePlugin() {
  const dynamic = []; // { path, name }
  return {
    name: 'dash-dynamic-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tagArg] = node.arguments;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'define' &&
        callee.expression.getText() === 'customElements' &&
        tagArg &&
        !ts.isStringLiteralLike(tagArg)
      ) {
        dynamic.push({ path: moduleDoc.path, name: tagArg.getText() });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const names = new Set(dynamic.filter((d) => d.path === mod.path).map((d) => d.name));
        if (!names.size || !mod.exports) continue;
        mod.exports = mod.exports.filter((e) => !(e.kind === 'custom-element-definition' && names.has(e.name)));
      }
    },
  };
}

/**
 * Drops `export type { X } from './types.js'` (and `export { type X }`) from a module's exports:
 * the analyzer lists them as JavaScript exports, but a type has no value at run time, and a module
 * of types alone has no file in dist/.
 */
function typeExportsPlugin() {
  const typeExports = new Map(); // module path -> Set of names
  return {
    name: 'dash-type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      const names = typeExports.get(moduleDoc.path) ?? new Set();
      for (const specifier of node.exportClause.elements) {
        if (node.isTypeOnly || specifier.isTypeOnly) names.add(specifier.name.text);
      }
      typeExports.set(moduleDoc.path, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const names = typeExports.get(mod.path);
        if (names?.size && mod.exports)
          mod.exports = mod.exports.filter((e) => !(e.kind === 'js' && names.has(e.name)));
      }
    },
  };
}

/**
 * Summary and description of each class from its JSDoc, read line by line: a tag starts only at
 * the start of a line, `@summary` is the paragraph that follows it (one sentence, shown in the
 * README table and the React wrappers' docs), and the other untagged paragraphs, before the tags
 * or after the summary's paragraph, are the description.
 */
function classTextPlugin() {
  const texts = new Map(); // class name -> { summary, description }
  return {
    name: 'dash-class-text',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name || !node.jsDoc?.length) return;
      const jsDoc = node.jsDoc[node.jsDoc.length - 1];
      const lines = jsDoc
        .getText()
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, '').trimEnd());
      const intro = [];
      const summary = [];
      const after = [];
      let block = intro;
      for (const line of lines) {
        const tag = /^@(\w+)\s*(.*)$/.exec(line);
        if (tag) {
          block = tag[1] === 'summary' ? summary : null;
          if (block) block.push(tag[2]);
        } else if (block === summary && line === '' && summary.length) {
          block = after;
        } else if (block) {
          block.push(line);
        }
      }
      const paragraphs = (list) => list.join('\n').trim();
      const description = [paragraphs(intro), paragraphs(after)].filter(Boolean).join('\n\n');
      texts.set(node.name.text, { summary: paragraphs(summary), description });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const text = decl.kind === 'class' && texts.get(decl.name);
          if (!text) continue;
          if (text.summary) decl.summary = text.summary;
          else delete decl.summary;
          if (text.description) decl.description = text.description;
          else delete decl.description;
        }
      }
    },
  };
}

/**
 * `src/gallery.ts` (or `/src/gallery.js`, as inherited members name it, or `./results.js`, as a
 * re-export names it relative to its module) → `dist/gallery.js` wherever the manifest names a
 * module (the last plugin).
 */
function shippedPathsPlugin() {
  const shipped = (path, from) => {
    const absolute = /^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path;
    return absolute.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  };
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child, from);
      else visit(child, from);
    }
  };
  return {
    name: 'dash-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      // A module that declares and exports nothing documentable (only types, such as
      // src/core/events.ts) has no file in dist/: the build emits no empty modules.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations?.length || m.exports?.length,
      );
      for (const mod of customElementsManifest.modules) visit(mod, mod.path);
    },
  };
}

/** Tag names from `SomeElement.define('dash-x')` calls (the guarded define of DashElement). */
function defineCallPlugin() {
  const definitions = [];
  return {
    name: 'dash-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tagArg] = node.arguments;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'define' &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text !== 'customElements' &&
        tagArg &&
        ts.isStringLiteral(tagArg)
      ) {
        definitions.push({ className: callee.expression.text, tag: tagArg.text, path: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { className, tag, path } of definitions) {
        const found = findClass(customElementsManifest, className);
        if (!found) continue;
        found.declaration.tagName = tag;
        found.declaration.customElement = true;
        const definingModule = customElementsManifest.modules.find((m) => m.path === path);
        definingModule?.exports?.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: found.module.path },
        });
      }
    },
  };
}

/**
 * `@cssprop` / `@csspart` tags on JSDoc that is not a class's (a shared stylesheet, a shared
 * template) in src/core, and the events of `DashEventMap` in src/core, added to every dash-*
 * element that does not document them itself.
 */
function sharedStyleDocsPlugin() {
  const shared = { cssProperties: [], cssParts: [], events: [] };
  return {
    name: 'dash-shared-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.startsWith('src/core/')) return;
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'DashEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.name || !member.type) continue;
          shared.events.push({
            name: member.name.getText().replace(/^['"]|['"]$/g, ''),
            type: { text: member.type.getText() },
            description: (member.jsDoc ?? [])
              .map((d) => d.comment ?? '')
              .join('\n')
              .trim(),
          });
        }
        return;
      }
      if (!ts.isVariableStatement(node) && !ts.isFunctionDeclaration(node)) return;
      for (const jsDoc of node.jsDoc ?? []) {
        for (const block of parse(jsDoc.getFullText())) {
          for (const tag of block.tags) {
            const list = tagList(shared, tag.tag);
            if (list && !list.some((item) => item.name === tag.name)) list.push(toDoc(tag));
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((decl) => decl.customElement && decl.tagName?.startsWith('dash-'));
      // An event of the map that some element documents with its own `@fires` (dash-analytics) is
      // fired by those elements only: the others do not get it.
      const ownEvents = new Set(elements.flatMap((decl) => (decl.events ?? []).map((event) => event.name)));
      for (const decl of elements) {
        for (const key of ['cssProperties', 'cssParts', 'events']) {
          const own = (decl[key] ??= []);
          for (const item of shared[key]) {
            if (key === 'events' && ownEvents.has(item.name)) continue;
            if (!own.some((o) => o.name === item.name)) own.push({ ...item });
          }
        }
      }
    },
  };
}

function tagList(shared, tag) {
  if (tag === 'cssprop' || tag === 'cssproperty') return shared.cssProperties;
  if (tag === 'csspart' || tag === 'part') return shared.cssParts;
  return undefined;
}

/** Same shape the analyzer gives class tags: `@cssprop [--x=default] - description`. */
function toDoc(tag) {
  const doc = { name: tag.name };
  const description = tag.description.replace(/^-\s*/, '').trim();
  if (description) doc.description = description;
  if (tag.default) doc.default = tag.default;
  return doc;
}

function findClass(manifest, className) {
  for (const module of manifest.modules) {
    const declaration = module.declarations?.find((d) => d.kind === 'class' && d.name === className);
    if (declaration) return { module, declaration };
  }
  return undefined;
}

/**
 * `static properties = { name: { state: true } }` entries are internal reactive state, like
 * Lit's `@state()`: no attribute, not public API. Drops them (and the attribute the analyzer
 * infers for them) from the manifest.
 */
function internalStatePlugin() {
  const stateFields = new Map(); // class name -> field names
  return {
    name: 'dash-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer);
        if (!isStaticProperties) continue;
        const names = member.initializer.properties
          .filter(
            (entry) =>
              ts.isPropertyAssignment(entry) &&
              ts.isObjectLiteralExpression(entry.initializer) &&
              entry.initializer.properties.some(
                (option) =>
                  ts.isPropertyAssignment(option) &&
                  option.name.getText() === 'state' &&
                  option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((entry) => entry.name.getText());
        stateFields.set(node.name.text, new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const names = stateFields.get(decl.name);
          if (!names) continue;
          decl.attributes = decl.attributes?.filter((a) => !names.has(a.fieldName));
          decl.members = decl.members?.filter((member) => !names.has(member.name));
        }
      }
    },
  };
}

/**
 * `@default <value>` on a class field wins over the initializer's text: the analyzer writes an
 * imported constant's name (`DASH_API_BASE`) as the default, which means nothing to a reader.
 */
function defaultTagPlugin() {
  const defaults = []; // { className, field, value }
  return {
    name: 'dash-default-tag',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.text !== 'default' || typeof tag.comment !== 'string') continue;
          defaults.push({ className: node.parent.name.text, field: node.name.getText(), value: tag.comment.trim() });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            const owner = member.inheritedFrom?.name ?? declaration.name;
            const found = defaults.find((d) => d.className === owner && d.field === member.name);
            if (found) member.default = found.value;
          }
          for (const attribute of declaration.attributes ?? []) {
            const owner = attribute.inheritedFrom?.name ?? declaration.name;
            const found = defaults.find((d) => d.className === owner && d.field === attribute.fieldName);
            if (found) attribute.default = found.value;
          }
        }
      }
    },
  };
}
