#!/usr/bin/env node
// `npm run check:manifest`: fails when a dash-* element's public API is undocumented — a public
// attribute, property or method without a description, an event it dispatches without `@fires`,
// a `part` in its templates without `@csspart`, a `--dash-*` token in its styles without
// `@cssprop`. The manifest is what React wrappers, Storybook controls and the README reference
// are generated from, so a gap here is a gap in all of them.
//
//   node scripts/check-manifest.mjs            analyzes src afresh
//   node scripts/check-manifest.mjs --file custom-elements.json
import { dirname, join } from 'node:path';
import {
  dashElements,
  generateManifest,
  publicFields,
  publicMethods,
  readManifest,
  root,
  sourcePath,
} from './lib/manifest.mjs';
import { isMain } from './lib/is-main.mjs';
import { dispatchedEvents, sourceFiles, usedCustomProperties, usedParts } from './lib/source-scan.mjs';

const hasText = (item) => Boolean((item.description || item.summary || '').trim());

/** Problems with one element's documentation, as readable lines. */
export function checkElement({ module, declaration }, projectRoot = root) {
  const tag = declaration.tagName;
  const problems = [];
  const missing = (what) => problems.push(`<${tag}> ${what}`);

  if (!hasText(declaration)) missing('has no class description');
  for (const field of publicFields(declaration)) {
    if (!hasText(field)) missing(`property \`${field.name}\` has no description`);
  }
  for (const method of publicMethods(declaration)) {
    if (!hasText(method)) missing(`method \`${method.name}()\` has no description`);
  }
  for (const attribute of declaration.attributes ?? []) {
    if (!hasText(attribute)) missing(`attribute \`${attribute.name}\` has no description`);
  }
  for (const list of ['events', 'cssParts', 'cssProperties', 'slots']) {
    for (const item of declaration[list] ?? []) {
      if (!hasText(item)) missing(`${list} entry \`${item.name || '(default)'}\` has no description`);
      // The analyzer reads one tag per line: a second tag on the same line becomes description
      // text, and what it documents is silently missing.
      const swallowed = /(?:^|\s)(@(?:csspart|part|cssprop|cssproperty|fires|event|slot)\s+\S+)/.exec(
        item.description ?? '',
      );
      if (swallowed) missing(`${list} entry \`${item.name}\` swallows "${swallowed[1]}": put each tag on its own line`);
    }
  }

  // What the element's own folder uses must be in its manifest entry.
  const folder = join(projectRoot, dirname(sourcePath(module.path)));
  const files = sourceFiles(folder);
  const documented = (list) => new Set((declaration[list] ?? []).map((i) => i.name));
  const compare = (used, list, tagName) => {
    const names = documented(list);
    for (const [name, where] of used) {
      if (!names.has(name)) missing(`uses ${name} (${[...where].join(', ')}) without @${tagName}`);
    }
  };
  compare(dispatchedEvents(files, projectRoot), 'events', 'fires');
  compare(usedParts(files, projectRoot), 'cssParts', 'csspart');
  compare(usedCustomProperties(files, projectRoot), 'cssProperties', 'cssprop');
  return problems;
}

export function checkManifest(manifest, projectRoot = root) {
  return dashElements(manifest).flatMap((element) => checkElement(element, projectRoot));
}

if (isMain(import.meta.url)) {
  const fileIndex = process.argv.indexOf('--file');
  const manifest = fileIndex > 0 ? readManifest(process.argv[fileIndex + 1]) : await generateManifest();
  const elements = dashElements(manifest);
  const problems = checkManifest(manifest);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  console.log(
    `${elements.length} element(s) checked: ${elements.map((e) => e.declaration.tagName).join(', ') || 'none yet'}; ${problems.length} undocumented item(s).`,
  );
  process.exit(problems.length > 0 ? 1 : 0);
}
