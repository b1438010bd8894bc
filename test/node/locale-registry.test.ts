// One table of registered languages per page, whatever copy of the library registers into it:
// the CDN's per-element scripts and locale-de.js are separate builds, and an npm build may sit
// beside them. Here two real copies meet: the built package's `dash-elements/locale-de` (dist/)
// and the sources. (node:test runs each file in a process of its own, so nothing else has
// registered German here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../../scripts/lib/manifest.mjs';
import { getStrings, registerLocale } from '../../src/i18n/index.js';

test('German registered by the built dash-elements/locale-de reaches the sources’ copy, and back', async (t) => {
  if (!existsSync(join(root, 'dist/i18n/de.js'))) return t.skip('not built: run `npm run build`');
  assert.equal(getStrings('de').common.retry, 'Try again', 'English before anything registered German');

  // Through the package's own export map (the self-reference), as an app imports it.
  await import('dash-elements/locale-de');
  assert.equal(getStrings('de').common.retry, 'Erneut versuchen');

  // A registration in this copy is seen by the built copy's elements too: it shares the registry.
  registerLocale('fr', { common: { retry: 'Réessayer' } });
  const distIndex = (await import(
    pathToFileURL(join(root, 'dist/i18n/index.js')).href
  )) as typeof import('../../src/i18n/index.js');
  // `localize` with the English section an element would pass (dist keeps what elements use).
  const english = { common: getStrings('en').common };
  assert.equal(distIndex.localize('fr', english).common.retry, 'Réessayer');
  assert.equal(distIndex.localize('de', english).common.retry, 'Erneut versuchen');
});
