// Minifies the CSS inside Lit `css` tagged templates at build time. JavaScript minifiers leave
// template text alone, so without this every shipped stylesheet keeps its indentation and line
// breaks — about 0.5 kB gzip per element. Used by every build that ships or measures code
// (through plugins.mjs); dev servers and tests use the sources as written.
import MagicString from 'magic-string';
import { transform as transformCss } from 'lightningcss';
import { parseAst } from 'rolldown/parseAst';

/**
 * The oldest engines the library supports (the same ones `target: 'es2022'` implies). Named so
 * lightningcss neither adds prefixes nor rewrites syntax these engines lack — e.g. it would turn
 * `(min-width: 40rem)` into the range syntax, which Safari only reads from 16.4.
 */
const targets = { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };

/** Minified CSS text, or `undefined` when lightningcss cannot parse it (then it ships as written). */
export function minifyCss(cssText, filename = 'literal.css') {
  try {
    return transformCss({ filename, code: Buffer.from(cssText), minify: true, targets })
      .code.toString();
  } catch {
    return undefined;
  }
}

/** Every `css\`…\`` template without `${}` holes in an ESTree program, in source order. */
function* cssTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* cssTemplates(child);
    return;
  }
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag.type === 'Identifier' &&
    node.tag.name === 'css' &&
    node.quasi.expressions.length === 0
  ) {
    yield node.quasi;
    return;
  }
  for (const key in node) if (key !== 'parent') yield* cssTemplates(node[key]);
}

/** Escapes text for a template literal: backslashes, backticks and `${` keep their meaning. */
const asTemplateText = (text) => text.replace(/[\\`]|\$\{/g, (m) => `\\${m}`);

/** Rewrites the `css` literals of one module; `null` when there is nothing to change. */
export function minifyCssLiterals(code, id) {
  if (!code.includes('css`')) return null;
  const program = parseAst(code, { lang: 'js' }, id);
  const output = new MagicString(code);
  let changed = false;
  for (const quasi of cssTemplates(program.body)) {
    const text = quasi.quasis[0].value.cooked;
    if (text == null) continue;
    const minified = minifyCss(text, id);
    if (minified === undefined || minified.length >= text.length) continue;
    output.overwrite(quasi.start + 1, quasi.end - 1, asTemplateText(minified));
    changed = true;
  }
  return changed ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
}

/** Vite/Rollup plugin: runs after TypeScript is stripped, on the library's own modules. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'dash:minify-css-literals',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id.split('?')[0])) return null;
      return minifyCssLiterals(code, id);
    },
  };
}
