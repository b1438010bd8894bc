/**
 * localize(): the strings of the sections a caller names, in its locale, English key by key where
 * a translation has a gap; normalizeLocale() for every value a page may put in `locale`; one
 * registry for every copy of the library on a page; a German table as complete as the English one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { common, en, errors, gallery, lightbox, upload } from '../../src/i18n/en.js';
import { deTranslations } from '../../src/i18n/de.js';
import {
  FALLBACK_LOCALE,
  formatBytes,
  languageInUse,
  localize,
  normalizeLocale,
  registerLocale,
  textDirection,
} from '../../src/i18n/index.js';

describe('localize', () => {
  it('returns the English sections given, and only those', () => {
    const strings = localize('en', { common, lightbox });
    assert.equal(strings.common.retry, 'Try again');
    assert.equal(strings.lightbox, lightbox);
    assert.deepEqual(Object.keys(strings).sort(), ['common', 'lightbox']);
  });

  it('falls back to English per key and per section', () => {
    registerLocale('xa', { common: { retry: 'Encore' }, gallery: { label: 'Galerie' } });
    const strings = localize('xa', { common, errors, gallery });
    assert.equal(strings.common.retry, 'Encore');
    assert.equal(strings.common.close, common.close, 'a key the translation lacks');
    assert.equal(strings.gallery.label, 'Galerie');
    assert.equal(strings.gallery.openItem('a.jpg'), gallery.openItem('a.jpg'), 'a function the translation lacks');
    assert.equal(strings.errors, errors, 'a section the translation lacks');
  });

  it('merges nested groups key by key', () => {
    registerLocale('xb', { upload: { status: { done: 'Fini' } } });
    const { upload: strings } = localize('xb', { upload });
    assert.equal(strings.status.done, 'Fini');
    assert.equal(strings.status.failed, upload.status.failed);
  });

  it('tries the region, then the language, then English', () => {
    registerLocale('xc', { common: { loading: 'Laden (xc)' } });
    registerLocale('xc-YY', { common: { retry: 'Nog eens (xc-YY)' } });
    assert.equal(localize('xc-YY', { common }).common.retry, 'Nog eens (xc-YY)');
    assert.equal(
      localize('xc-YY', { common }).common.loading,
      common.loading,
      'a regional table is not merged with its language',
    );
    assert.equal(localize('xc-ZZ', { common }).common.loading, 'Laden (xc)');
    assert.equal(localize('xc_ZZ', { common }).common.loading, 'Laden (xc)', 'the POSIX spelling');
    assert.equal(localize('xd', { common }).common.loading, common.loading);
  });

  it('sees a translation registered after an earlier lookup, and a replaced one', () => {
    const sections = { common };
    assert.equal(localize('xe', sections).common.cancel, common.cancel);
    registerLocale('xe', { common: { cancel: 'Abbruch 1' } });
    assert.equal(localize('xe', sections).common.cancel, 'Abbruch 1');
    registerLocale('XE', { common: { cancel: 'Abbruch 2' } });
    assert.equal(localize('xe', sections).common.cancel, 'Abbruch 2');
  });

  it('types the result with the sections passed (checked by the typecheck)', () => {
    const strings = localize('en', { common, gallery });
    // @ts-expect-error a section the caller did not pass
    assert.equal(strings.lightbox, undefined);
    // @ts-expect-error a key of another section
    assert.equal(strings.common.label, undefined);
    // @ts-expect-error a section name that does not exist (a typo)
    void localize('en', { common, comon: common });
  });
});

describe('formatBytes', () => {
  it('says plain bytes in words with the plural, larger sizes with the short unit', () => {
    assert.equal(formatBytes(0), '0 bytes');
    assert.equal(formatBytes(1), '1 byte');
    assert.equal(formatBytes(512), '512 bytes');
    assert.equal(formatBytes(37_300), '37.3 kB');
    assert.equal(formatBytes(2_100_000), '2.1 MB');
    assert.equal(formatBytes(0, 'de'), '0 Byte');
  });
});

describe('normalizeLocale', () => {
  const cases: [unknown, string][] = [
    ['en', 'en'],
    ['en_US', 'en-US'],
    ['de_DE', 'de-DE'],
    ['  pt_br  ', 'pt-BR'],
    ['DE', 'de'],
    ['zh_hant_tw', 'zh-Hant-TW'],
    ['', FALLBACK_LOCALE],
    ['   ', FALLBACK_LOCALE],
    [null, FALLBACK_LOCALE],
    [undefined, FALLBACK_LOCALE],
    [42, FALLBACK_LOCALE],
    ['not a tag!', FALLBACK_LOCALE],
    ['en--US', FALLBACK_LOCALE],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value) ?? String(value)} → ${expected}`, () => {
      assert.equal(normalizeLocale(value), expected);
    });
  }
});

describe('the registry', () => {
  it('is shared by every copy of the library on the page', async () => {
    // A second instance of the module, as a CDN script beside an npm build would be.
    const copy = (await import(
      `../../src/i18n/index.ts?copy=${Date.now()}`
    )) as typeof import('../../src/i18n/index.js');
    assert.notEqual(copy.localize, localize, 'a distinct copy');
    copy.registerLocale('xf', { common: { close: 'Zu (copy)' } });
    assert.equal(localize('xf', { common }).common.close, 'Zu (copy)', 'registered in the copy, seen here');
    registerLocale('xg', { common: { close: 'Zu (here)' } });
    assert.equal(copy.localize('xg', { common }).common.close, 'Zu (here)', 'registered here, seen in the copy');
  });
});

describe('the German table', () => {
  /** Every key path of a table with the kind of its value (`string`, or a function's arity). */
  function shape(table: object, path = ''): string[] {
    return Object.entries(table).flatMap(([key, value]) => {
      const here = `${path}${key}`;
      if (typeof value === 'function') return [`${here}(${value.length})`];
      if (typeof value === 'object' && value) return shape(value, `${here}.`);
      return [`${here}: ${typeof value}`];
    });
  }

  it('has every English key, with the same kind of value, and no other', () => {
    assert.deepEqual(shape(deTranslations).sort(), shape(en).sort());
  });

  it('has no empty string', () => {
    const empty = shape(deTranslations)
      .filter((entry) => entry.endsWith(': string'))
      .filter((entry) => {
        const value = entry
          .slice(0, -': string'.length)
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], deTranslations);
        return !(value as string).trim();
      });
    assert.deepEqual(empty, []);
  });
});

describe('languageInUse and textDirection', () => {
  it('names the language whose strings are shown: the tag asked for when translated, else English', () => {
    registerLocale('xd', { common: { retry: 'Nochmal (xd)' } });
    assert.equal(languageInUse('xd'), 'xd');
    assert.equal(languageInUse('xd_ZZ'), 'xd-ZZ', 'the region falls back to the registered language');
    assert.equal(languageInUse('qq'), FALLBACK_LOCALE, 'no translation: the strings are English');
    assert.equal(languageInUse(null), FALLBACK_LOCALE);
    assert.equal(languageInUse('not a tag!'), FALLBACK_LOCALE);
  });

  it('reads right-to-left languages and scripts as rtl, everything else as ltr', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab', 'yi'])
      assert.equal(textDirection(tag), 'rtl', tag);
    for (const tag of ['en', 'de-DE', 'ja', 'ku-Latn', 'ar-Latn', 'pt-BR', 'tr', 'hat', 'arn', 'fr-CA'])
      assert.equal(textDirection(tag), 'ltr', tag);
  });
});
