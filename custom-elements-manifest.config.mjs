// Custom Elements Manifest (`custom-elements.json`) from the elements' JSDoc. `npm run analyze`
// writes it; `npm run build` runs that first, and the React wrappers, Storybook controls, the
// README reference and the documentation check (scripts/check-manifest.mjs) all read it.
//
// Three plugins fill gaps the analyzer leaves with this codebase's conventions:
// - elements register through `DashElement.define()` (`DashGallery.define('dash-gallery')`),
//   which the analyzer does not recognise as `customElements.define`, so it would miss tag names;
// - the shared design tokens, shared state parts and shared events are documented once in
//   src/core (the JSDoc of `baseStyles`, the state renderers, `DashEventMap`), not on each
//   element class, yet they belong to every element's public API;
// - internal reactive state is declared in `static properties` as `{ state: true }` (no
//   decorators, to keep the decorator runtime out of the bundles), which the analyzer reads as a
//   public attribute.
import { parse } from 'comment-parser';

export default {
  globs: ['src/elements/**/*.ts', 'src/core/**/*.ts', 'src/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/index.ts', 'src/client.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [defineCallPlugin(), sharedStyleDocsPlugin(), internalStatePlugin()],
};

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
            description: (member.jsDoc ?? []).map((d) => d.comment ?? '').join('\n').trim(),
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
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName?.startsWith('dash-')) continue;
          for (const key of ['cssProperties', 'cssParts', 'events']) {
            const own = (decl[key] ??= []);
            for (const item of shared[key]) {
              if (!own.some((o) => o.name === item.name)) own.push({ ...item });
            }
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
