// Values a page may put in `locale`: the POSIX spelling WordPress uses, a removed attribute (null),
// junk. None may throw (Intl throws RangeError on a malformed tag), each falls back sensibly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatBytes,
  formatDate,
  formatNumber,
  getStrings,
  localize,
  normalizeLocale,
  registerLocale,
} from '../../src/i18n/index.js';
import { common } from '../../src/i18n/en/common.js';

test('en_US and pt_br become BCP 47 tags; null, empty and malformed tags become English', () => {
  assert.equal(normalizeLocale('en_US'), 'en-US');
  assert.equal(normalizeLocale(' pt_br '), 'pt-BR');
  assert.equal(normalizeLocale('de'), 'de');
  for (const junk of [null, undefined, '', '   ', 'not a locale!', 'en__US', 42, {}, '\u0000']) {
    assert.equal(normalizeLocale(junk), 'en', `normalizeLocale(${JSON.stringify(junk)})`);
  }
});

test('formatting and strings never throw on odd locale values', () => {
  for (const value of ['en_US', 'de_DE', 'zz_ZZ_zz', '', 'x'.repeat(300), null] as unknown as string[]) {
    assert.match(formatBytes(1536, value), /1[.,]5/);
    assert.match(formatNumber(12345, value), /12.?345/);
    assert.notEqual(formatDate('2026-01-02T00:00:00Z', value), '');
    assert.equal(typeof localize(value, { common }).common, 'object');
  }
});

test('a translation registered as xx_YY is found for locale="xx-YY" and "xx_YY"', () => {
  registerLocale('xx_YY', { common: { loading: 'Lädt (xx)…' } } as never);
  assert.equal(getStrings('xx-YY').common.loading, 'Lädt (xx)…');
  assert.equal(getStrings('xx_YY').common.loading, 'Lädt (xx)…');
});
