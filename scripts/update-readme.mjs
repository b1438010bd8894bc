#!/usr/bin/env node
// `npm run docs`: rewrites the generated parts of README.md between their markers —
//   <!-- api:start/end -->    the element reference, from the Custom Elements Manifest;
//   <!-- tokens:start/end -->  the shared --dash-* tokens and parts, from the same manifest;
//   <!-- sri:start/end -->     the CDN snippets with the sha384 of dist/cdn/dash-elements.js and gallery.js
//                              and of the chunk each re-exports (preloaded);
//   <!-- sizes:start/end -->   the size table, from bench/results.json (`npm run bench`).
// Each part is left as it is when its source is missing (no build, no bench run yet).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { sizeTable } from '../bench/lib/report.mjs';
import { dashElements, generateManifest, publicFields, publicMethods, root } from './lib/manifest.mjs';
import { isMain } from './lib/is-main.mjs';
import { facadeTarget } from './build/cdn.mjs';

const readmePath = join(root, 'README.md');

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return text;
  return `${text.slice(0, from + start.length)}\n${body.trim()}\n${text.slice(to)}`;
}

/** Table cells: one line, pipes escaped. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(header, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Names every element shares (documented once, in the Theming section). */
function sharedNames(elements, list) {
  const [first, ...rest] = elements.map((e) => new Set((e.declaration[list] ?? []).map((i) => i.name)));
  return new Set([...(first ?? [])].filter((name) => rest.every((set) => set.has(name))));
}

/** For each shared name, the documentation most elements agree on (the shared JSDoc in src/core). */
function commonDocs(elements, list, names) {
  return [...names].map((name) => {
    const votes = new Map();
    for (const { declaration } of elements) {
      const item = declaration[list]?.find((i) => i.name === name);
      const key = JSON.stringify([item?.default, item?.description]);
      votes.set(key, { item, count: (votes.get(key)?.count ?? 0) + 1 });
    }
    return [...votes.values()].sort((a, b) => b.count - a.count)[0].item;
  });
}

export function apiReference(manifest) {
  const elements = dashElements(manifest).sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
  const sharedTokens = sharedNames(elements, 'cssProperties');
  const sharedParts = sharedNames(elements, 'cssParts');
  const sections = elements.map(({ declaration: d }) => {
    const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
    const fields = publicFields(d);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    const parts = [`### \`<${d.tagName}>\``, '', cell(d.summary ?? d.description ?? '')];
    parts.push(
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        (d.attributes ?? []).map((a) => {
          const field = byName[a.fieldName] ?? a;
          return [
            code(a.name),
            code(a.fieldName),
            code(field.type?.text ?? a.type?.text),
            code(field.default ?? a.default),
            cell(a.description ?? field.description),
          ];
        }),
      ),
    );
    parts.push(
      table(
        ['property only', 'type', 'description'],
        fields
          .filter((f) => !attributeFields.has(f.name) && !f.readonly)
          .map((f) => [code(f.name), code(f.type?.text), cell(f.description)]),
      ),
    );
    parts.push(
      table(
        ['method', 'description'],
        publicMethods(d)
          .filter((m) => !m.inheritedFrom)
          .map((m) => [code(`${m.name}()`), cell(m.description)]),
      ),
    );
    parts.push(
      table(
        ['event', 'description'],
        (d.events ?? []).map((e) => [code(e.name), cell(e.description)]),
      ),
    );
    parts.push(
      table(
        ['slot', 'description'],
        (d.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
      ),
    );
    parts.push(
      table(
        ['CSS part', 'description'],
        (d.cssParts ?? []).filter((p) => !sharedParts.has(p.name)).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    parts.push(
      table(
        ['CSS property', 'default', 'description'],
        (d.cssProperties ?? [])
          .filter((p) => !sharedTokens.has(p.name))
          .map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    );
    return parts.filter(Boolean).join('\n\n');
  });
  const tokens = elements.length
    ? [
        table(
          ['CSS property (every element)', 'default', 'description'],
          commonDocs(elements, 'cssProperties', sharedTokens).map((p) => [
            code(p.name),
            code(p.default),
            cell(p.description),
          ]),
        ),
        table(
          ['CSS part (every element)', 'description'],
          commonDocs(elements, 'cssParts', sharedParts).map((p) => [code(p.name), cell(p.description)]),
        ),
      ]
        .filter(Boolean)
        .join('\n\n')
    : '';
  return {
    api: sections.join('\n\n') || '_No elements yet._',
    tokens: tokens || '_No elements yet._',
  };
}

/**
 * The CDN snippet: the all-in-one script, and one element alone, each with its SRI hash. A script
 * is a small facade of its first-load chunk (scripts/build/cdn.mjs), so the snippet preloads
 * that chunk with its own hash: the browser checks it when the facade imports it, and fetches
 * both at once instead of one after the other.
 */
export function sriSnippet() {
  const scripts = [
    ['dash-elements.js', 'all four elements'],
    ['gallery.js', 'or only the gallery (also portal-browser.js, asset-picker.js, guest-upload.js)'],
  ];
  const cdn = join(root, 'dist/cdn');
  const files = scripts.map(([name]) => join(cdn, name));
  if (!files.every((file) => existsSync(file))) return undefined;
  const base = `https://cdn.jsdelivr.net/npm/dash-elements@${pkg.version}/dist/cdn`;
  const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  const tags = scripts.map(([name, comment], i) => {
    const chunk = facadeTarget(readFileSync(files[i], 'utf8'));
    return [
      `<!-- ${comment} -->`,
      ...(chunk
        ? [
            `<link rel="modulepreload" href="${base}/${chunk}"`,
            `      integrity="${sri(join(cdn, chunk))}" crossorigin="anonymous">`,
          ]
        : []),
      `<script type="module" src="${base}/${name}"`,
      `        integrity="${sri(files[i])}" crossorigin="anonymous"></script>`,
    ].join('\n');
  });
  return ['```html', ...tags, '```'].join('\n');
}

export async function updateReadme({ sizes, manifest } = {}) {
  let text = readFileSync(readmePath, 'utf8');
  const { api, tokens } = apiReference(manifest ?? (await generateManifest()));
  text = replaceBetween(text, 'api', api);
  text = replaceBetween(text, 'tokens', tokens);
  const sri = sriSnippet();
  if (sri) text = replaceBetween(text, 'sri', sri);
  const resultsFile = join(root, 'bench/results.json');
  const sizeRows = sizes ?? (existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')).size : undefined);
  if (Array.isArray(sizeRows)) text = replaceBetween(text, 'sizes', sizeTable(sizeRows));
  writeFileSync(readmePath, text);
}

if (isMain(import.meta.url)) {
  await updateReadme();
  console.log('README.md: generated sections updated');
}
