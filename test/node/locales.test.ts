// The second locale must be complete: every English key translated, with the same kind of value
// (a string, or a function taking the same number of arguments), and reachable by `locale`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.js';
import { de, deTranslations } from '../../src/i18n/de.js';
import { getStrings } from '../../src/i18n/index.js';

type Table = Record<string, unknown>;

/** Key paths of `reference` that `table` lacks or has with another kind of value. */
function gaps(reference: Table, table: Table, path = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const here = `${path}${key}`;
    const other = table[key];
    if (other === undefined) return [`${here} is missing`];
    if (typeof value === 'function') {
      if (typeof other !== 'function') return [`${here} should be a function`];
      return value.length === other.length ? [] : [`${here} takes ${value.length} arguments in English`];
    }
    if (typeof value === 'object' && value !== null) return gaps(value as Table, other as Table, `${here}.`);
    return typeof other === 'string' && other.trim() ? [] : [`${here} is empty`];
  });
}

test('German translates every English string', () => {
  assert.deepEqual(gaps(en, deTranslations), []);
});

test('locale "de" (and regional variants) selects German; unknown locales fall back to English', () => {
  assert.equal(getStrings('de').gallery.label, de.gallery.label);
  assert.equal(getStrings('de-AT').common.retry, 'Erneut versuchen');
  assert.equal(getStrings('fr').common.retry, en.common.retry);
});

test('German functions interpolate their arguments', () => {
  assert.equal(de.portal.position(3, 10), '3 von 10');
  assert.equal(de.upload.allDone(1), 'Fertig: 1 Datei hochgeladen.');
});
