// The build minifies the CSS in Lit `css` literals (scripts/build/minify-css-literals.mjs). What it
// must never do: change what a stylesheet means, touch templates with `${}` holes, or break the
// template literal it rewrites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssLiterals } from '../../scripts/build/minify-css-literals.mjs';

/** Evaluates a rewritten module with a `css` tag that returns the cooked text, as Lit's does. */
async function stylesOf(code: string): Promise<Record<string, string>> {
  const body = code.replace("import { css } from 'lit';", 'const css = (strings, ...values) => strings.reduce((a, s, i) => a + values[i - 1] + s);');
  return import(`data:text/javascript,${encodeURIComponent(body)}`);
}

const source = [
  "import { css } from 'lit';",
  '/** Docs may say `css` without it being a template. */',
  'export const styles = css`',
  '  :host {',
  '    display: block;',
  '  }',
  "  .quote::before { content: '\\\\201C \\`'; }",
  '  .list :focus-visible { outline: var(--dash-focus-ring, 2px solid red); }',
  '  @media (min-width: 40rem) { .grid { margin: 0 auto; gap: calc(1rem + 2px); } }',
  '`;',
  "export const dynamic = css`.x { color: ${'red'}; }`;",
].join('\n');

test('whitespace goes, meaning stays', async () => {
  const result = minifyCssLiterals(source, 'styles.js');
  assert.ok(result, 'the literal was rewritten');
  const { styles } = await stylesOf(result.code);
  assert.equal(
    styles,
    ':host{display:block}.quote:before{content:"“`"}.list :focus-visible{outline:var(--dash-focus-ring,2px solid red)}' +
      '@media (min-width:40rem){.grid{gap:calc(1rem + 2px);margin:0 auto}}',
  );
});

test('templates with ${} holes ship as written', async () => {
  const result = minifyCssLiterals(source, 'styles.js');
  const { dynamic } = await stylesOf(result!.code);
  assert.equal(dynamic, '.x { color: red; }');
});

test('a module without css literals is left alone', () => {
  assert.equal(minifyCssLiterals("export const a = html`<p>  x  </p>`;", 'a.js'), null);
});
