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

test('POSIX and regional tags of every shipped language find its translation; sizes and dates follow it', async () => {
  const shipped = { de: 'Erneut versuchen', fr: 'Réessayer', es: 'Reintentar', it: 'Riprova', nl: 'Opnieuw proberen' };
  const more = { pt: 'Tentar de novo', ja: '再試行', ar: 'إعادة المحاولة' };
  for (const locale of [...Object.keys(shipped), ...Object.keys(more)]) await import(`../../src/i18n/${locale}.ts`);
  const retry: Record<string, string> = { ...shipped, ...more };
  const variants: Record<string, string[]> = {
    de: ['de_DE', 'de-CH'],
    fr: ['fr_FR', 'fr-CA', ' fr_be '],
    es: ['es_ES', 'es-419', 'es_MX'],
    it: ['it_IT', 'it-CH'],
    nl: ['nl_NL', 'nl-BE'],
    pt: ['pt_br', 'pt-PT', 'pt_BR'],
    ja: ['ja_JP', 'ja-JP'],
    ar: ['ar_EG', 'ar-SA', 'ar_MA'],
  };
  for (const [locale, tags] of Object.entries(variants)) {
    for (const tag of tags) {
      assert.equal(getStrings(tag).common.retry, retry[locale], `${JSON.stringify(tag)} → ${locale}`);
      const tagged = normalizeLocale(tag);
      assert.equal(
        formatBytes(1_500_000, tag),
        new Intl.NumberFormat(tagged, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(1.5),
      );
      assert.equal(formatNumber(12345, tag), new Intl.NumberFormat(tagged).format(12345));
      assert.equal(
        formatDate('2026-01-02T12:00:00Z', tag),
        new Intl.DateTimeFormat(tagged, { dateStyle: 'medium' }).format(new Date('2026-01-02T12:00:00Z')),
      );
    }
  }
  // Sizes read as the language writes them: a decimal comma, the unit's own letters.
  assert.match(formatBytes(1_500_000, 'fr'), /^1,5\sMo$/);
  assert.match(formatBytes(1_500_000, 'ja'), /^1\.5\s?MB$/);
});
