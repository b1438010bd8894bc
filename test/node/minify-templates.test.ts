// The shipped builds minify Lit's `html` and `css` templates with Lit's own plugin
// (scripts/build/plugins.mjs). What it must never do: change what a stylesheet means, rewrite CSS
// into syntax the supported engines lack, lose a template's `${}` values, or touch a file in
// node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { minifyTemplatesPlugin } from '../../scripts/build/plugins.mjs';
import { root } from '../../scripts/lib/manifest.mjs';

type Transform = (this: unknown, code: string, id: string) => Promise<{ code: string } | undefined>;
const context = {
  error(message: string) {
    throw new Error(message);
  },
  warn(message: string) {
    throw new Error(`warned: ${message}`);
  },
};

async function minified(code: string, id = join(root, 'src/styles.js')): Promise<string | undefined> {
  const transform = (minifyTemplatesPlugin() as unknown as { transform: Transform }).transform;
  return (await transform.call(context, code, id))?.code;
}

/** Evaluates a module with `css` and `html` tags that return the cooked text, as Lit's do. */
async function valuesOf(code: string): Promise<Record<string, string>> {
  const tag = 'strings.reduce((a, s, i) => a + values[i - 1] + s)';
  const body = code.replace(
    "import { css, html } from 'lit';",
    `const css = (strings, ...values) => ${tag}; const html = (strings, ...values) => ${tag};`,
  );
  return import(`data:text/javascript,${encodeURIComponent(body)}`);
}

const source = [
  "import { css, html } from 'lit';",
  '/** Docs may say `css` without it being a template. */',
  'export const styles = css`',
  '  :host {',
  '    display: block;',
  '  }',
  "  .quote::before { content: '\\\\201C'; }",
  '  .list :focus-visible { outline: var(--dash-focus-ring, 2px solid red); }',
  '  @media (min-width: 40rem) { .grid { margin: 0 auto; gap: calc(1rem + 2px); } }',
  '`;',
  "export const dynamic = css`.x { color: ${'red'}; }`;",
  'export const markup = html`<ul class="list">\n    <li title=${\'a b\'}>  one  </li>\n  </ul>`;',
].join('\n');

test('whitespace goes, meaning stays', async () => {
  const code = await minified(source);
  assert.ok(code, 'the module was rewritten');
  const { styles } = await valuesOf(code);
  assert.equal(
    styles,
    ':host{display:block}.quote:before{content:"\\201C"}.list :focus-visible{outline:var(--dash-focus-ring,2px solid red)}' +
      '@media (min-width:40rem){.grid{gap:calc(1rem + 2px);margin:0 auto}}',
  );
});

test('templates with ${} holes keep their values in place', async () => {
  const { dynamic, markup } = await valuesOf((await minified(source))!);
  assert.equal(dynamic, '.x{color:red}');
  assert.equal(markup, '<ul class="list"><li title="a b">one</li></ul>');
});

test('modules in node_modules are left alone', async () => {
  assert.equal(await minified(source, join(root, 'node_modules/x/styles.js')), undefined);
});
