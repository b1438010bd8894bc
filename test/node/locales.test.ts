// Every locale must be complete: every English key translated, with the same kind of value
// (a string, or a function taking the same number of arguments), and reachable by `locale`.
// Each translation file also imports on its own (as dash-elements/locale-xx does), and its
// counts follow the language's plural rules (Intl.PluralRules), its numbers the language's format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { en } from '../../src/i18n/en.js';
import { de, deTranslations } from '../../src/i18n/de.js';
import { fr, frTranslations } from '../../src/i18n/fr.js';
import { es, esTranslations } from '../../src/i18n/es.js';
import { it as italian, itTranslations } from '../../src/i18n/it.js';
import { nl, nlTranslations } from '../../src/i18n/nl.js';
import { pt, ptTranslations } from '../../src/i18n/pt.js';
import { ja, jaTranslations } from '../../src/i18n/ja.js';
import { ar, arTranslations } from '../../src/i18n/ar.js';
import { getStrings, textDirection } from '../../src/i18n/index.js';

type Table = Record<string, unknown>;

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Each locale: its translations (what the file writes) and its merged table (what it registers). */
const locales = {
  de: { translations: deTranslations, table: de },
  fr: { translations: frTranslations, table: fr },
  es: { translations: esTranslations, table: es },
  it: { translations: itTranslations, table: italian },
  nl: { translations: nlTranslations, table: nl },
  pt: { translations: ptTranslations, table: pt },
  ja: { translations: jaTranslations, table: ja },
  ar: { translations: arTranslations, table: ar },
};

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

/** Every string of a table, functions called with sample arguments (names, counts, sizes). */
function texts(table: Table, path = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const here = `${path}${key}`;
    if (typeof value === 'string') return [[here, value]];
    if (typeof value === 'function') {
      // A String object stands for any argument: text for a name or a size, a number for a count.
      return [0, 1, 2, 5, 12, 100].map((count) => {
        const args = Array.from({ length: value.length }, () => new String(count));
        return [`${here}(${count})`, String((value as (...a: unknown[]) => unknown)(...args))];
      });
    }
    return texts(value as Table, `${here}.`);
  });
}

for (const [locale, { translations }] of Object.entries(locales)) {
  test(`${locale} translates every English string`, () => {
    assert.deepEqual(gaps(en, translations), []);
  });
}

test('no translation shows an English sentence, a placeholder or "undefined"', () => {
  for (const [locale, { table }] of Object.entries(locales)) {
    for (const [path, text] of texts(table)) {
      assert.doesNotMatch(text, /undefined|NaN|\[object|#|\$\{/, `${locale} ${path}: ${text}`);
    }
    // A sample of sentences that must not be left in English (brand words such as "Video" are).
    for (const path of ['errors.network', 'portal.noResults', 'upload.offline', 'edit.reorderHelp']) {
      const [section, key] = path.split('.') as [keyof typeof en, string];
      assert.notEqual(
        (table[section] as Table)[key],
        (en[section] as Table)[key],
        `${locale} ${path} is still English`,
      );
    }
  }
});

test('each locale is selected by its tag and regional variants; unknown locales fall back to English', () => {
  for (const [locale, { table }] of Object.entries(locales)) {
    assert.equal(getStrings(locale).common.retry, table.common.retry, locale);
    assert.equal(
      getStrings(`${locale}-XX`.replace('-XX', locale === 'pt' ? '-BR' : '-CH')).common.retry,
      table.common.retry,
    );
    assert.equal(getStrings(`${locale}_ZZ`).errors.title, table.errors.title);
  }
  assert.equal(getStrings('de-AT').common.retry, 'Erneut versuchen');
  assert.equal(getStrings('sv').common.retry, en.common.retry);
});

test('only Arabic is written right to left', () => {
  for (const locale of Object.keys(locales)) assert.equal(textDirection(locale), locale === 'ar' ? 'rtl' : 'ltr');
});

test('German functions interpolate their arguments', () => {
  assert.equal(de.portal.position(3, 10), '3 von 10');
  assert.equal(de.upload.allDone(1), 'Fertig: 1 Datei hochgeladen.');
});

test('counts take each language’s plural forms from Intl.PluralRules', () => {
  // French and Portuguese: 0 and 1 are singular; a million takes « de ».
  assert.equal(fr.upload.uploadFiles(0), 'Envoyer 0 fichier');
  assert.equal(fr.upload.uploadFiles(1), 'Envoyer 1 fichier');
  assert.equal(fr.upload.uploadFiles(3), 'Envoyer 3 fichiers');
  assert.equal(fr.upload.uploadFiles(1_000_000), 'Envoyer 1\u202f000\u202f000 de fichiers');
  assert.equal(pt.upload.uploadFiles(0), 'Enviar 0 arquivo');
  assert.equal(pt.upload.uploadFiles(2), 'Enviar 2 arquivos');
  // Spanish, Italian, Dutch: 1 alone is singular.
  assert.equal(es.upload.uploaded(1), '1 archivo subido');
  assert.equal(es.upload.uploaded(0), '0 archivos subidos');
  assert.equal(italian.upload.restrictions('', '', 1), 'al massimo 1 file');
  assert.equal(nl.upload.allDone(1), 'Klaar: 1 bestand geüpload.');
  assert.equal(nl.upload.allDone(2), 'Klaar: 2 bestanden geüpload.');
  // Japanese has one form: a counter word for every count.
  assert.equal(ja.upload.uploadFiles(1), '1 件のファイルをアップロード');
  assert.equal(ja.upload.uploadFiles(12), '12 件のファイルをアップロード');
  // Arabic: zero, one, two (the dual), few (3–10), many (11–99), other (100+).
  const arabic = (value: number) => new Intl.NumberFormat('ar').format(value);
  assert.deepEqual(
    [0, 1, 2, 3, 10, 11, 99, 100, 1000].map((count) => ar.upload.uploadFiles(count)),
    [
      `رفع ${arabic(0)} ملف`,
      'رفع ملف واحد',
      'رفع ملفين',
      `رفع ${arabic(3)} ملفات`,
      `رفع ${arabic(10)} ملفات`,
      `رفع ${arabic(11)} ملفًا`,
      `رفع ${arabic(99)} ملفًا`,
      `رفع ${arabic(100)} ملف`,
      `رفع ${arabic(1000)} ملف`,
    ],
  );
  assert.deepEqual(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.sort(), [
    'few',
    'many',
    'one',
    'other',
    'two',
    'zero',
  ]);
  assert.equal(ar.upload.restrictions('', '', 2), 'ملفان كحد أقصى');
  // A count the element wrote out already (the result count) is read back for its plural.
  assert.equal(fr.portal.resultCount('1'), '1 ressource');
  assert.equal(fr.portal.resultCount('1\u202f234'), '1\u202f234 ressources');
  assert.equal(ar.portal.resultCount(arabic(2)), 'أصلان');
  assert.equal(ar.portal.resultCount(arabic(11)), `${arabic(11)} أصلًا`);
  assert.equal(ar.portal.resultCount('\u0661\u0662'), '\u0661\u0662 أصلًا', 'Arabic-Indic digits read as 12');
});

test('numbers, percentages and running times go through Intl in the locale', () => {
  assert.equal(fr.portal.position(1234, 5000), '1\u202f234 sur 5\u202f000');
  assert.equal(es.portal.dimensionsValue(1920, 1080), '1920 × 1080 px'); // Spanish groups from 5 digits
  assert.equal(es.portal.dimensionsValue(12000, 1080), '12.000 × 1080 px');
  assert.equal(nl.portal.position(1234, 5000), '1.234 van 5.000');
  assert.equal(ja.portal.position(1234, 5000), '1,234 / 5,000');
  const percent = new Intl.NumberFormat('fr', { style: 'percent' }).format(0.42);
  assert.equal(fr.upload.progressAnnouncement(42), `Envoi terminé à ${percent}.`);
  // Intl puts a no-break space between number and unit.
  assert.equal(fr.portal.durationSpoken(1, 2, 11).replace(/\s/g, ' '), '1 heure, 2 minutes et 11 secondes');
  assert.equal(italian.portal.durationSpoken(0, 0, 1), '1 secondo');
  assert.equal(ja.portal.durationSpoken(0, 1, 4).replace(/\s/g, ' '), '1 分 4 秒');
  assert.equal(
    ar.portal.durationSpoken(0, 0, 2),
    new Intl.NumberFormat('ar', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(2),
  );
});

test('each locale file imports on its own and registers only its own language', async () => {
  for (const locale of Object.keys(locales)) {
    const script = `const { getStrings } = await import('./src/i18n/index.ts');
      await import('./src/i18n/${locale}.ts');
      const others = ${JSON.stringify(Object.keys(locales))}.filter((l) => l !== '${locale}');
      console.log(JSON.stringify({ own: getStrings('${locale}').common.retry,
        others: others.map((l) => getStrings(l).common.retry) }));`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: root, timeout: 60_000 },
        (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(stdout)),
      ),
    );
    const { own, others } = JSON.parse(out) as { own: string; others: string[] };
    assert.equal(own, locales[locale as keyof typeof locales].table.common.retry, locale);
    assert.deepEqual(new Set(others), new Set([en.common.retry]), `${locale} registered another language too`);
  }
});

test('each locale ships as German does: an npm subpath, a CDN script, a module with effects', async () => {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as {
    exports: Record<string, unknown>;
    sideEffects: string[];
  };
  const srcPkg = JSON.parse(await readFile(`${root}src/package.json`, 'utf8')) as { sideEffects: string[] };
  const cdn = await readFile(`${root}scripts/build/cdn.mjs`, 'utf8');
  const vite = await readFile(`${root}vite.config.ts`, 'utf8');
  for (const locale of Object.keys(locales)) {
    assert.deepEqual(pkg.exports[`./locale-${locale}`], {
      types: `./dist/types/i18n/${locale}.d.ts`,
      default: `./dist/i18n/${locale}.js`,
    });
    assert.ok(pkg.sideEffects.includes(`./dist/i18n/${locale}.js`), `package.json sideEffects: ${locale}`);
    assert.ok(srcPkg.sideEffects.includes(`./i18n/${locale}.ts`), `src/package.json sideEffects: ${locale}`);
    assert.ok(cdn.includes(`'locale-${locale}': 'src/i18n/${locale}.ts'`), `CDN script locale-${locale}.js`);
    // German is built through the all-in-one entry, which imports it; the others are entries.
    if (locale !== 'de') assert.ok(vite.includes(`'i18n/${locale}': 'src/i18n/${locale}.ts'`), `npm entry ${locale}`);
  }
});
