/**
 * Issue 19 item 3: each element tags what it renders with the language of its strings (`lang`)
 * and that language's direction (`dir`), so a screen reader speaks German strings with a German
 * voice inside an English page, and English fallback strings with an English one inside a German
 * page. Checked through `:lang()` on a node inside each element's shadow root, which is how the
 * browser (and the accessibility tree) resolves an element's language.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/i18n/de.js';
import { registerLocale } from '../../src/i18n/index.js';
import type { DashElement } from '../../src/core/dash-element.js';

const TAGS = ['dash-gallery', 'dash-portal-browser', 'dash-asset-picker', 'dash-guest-upload'] as const;

/** The first element the component rendered in its shadow root. */
function renderedNode(el: Element): Element {
  const node = el.shadowRoot?.querySelector('*:not(style)');
  if (!node) throw new Error(`${el.localName} rendered nothing`);
  return node;
}

/**
 * Where the element puts its strings' language: the host, except on the gallery, whose `lang`
 * attribute is its content's language (and the CMS translation), so what it rendered carries it.
 */
function languageCarrier(el: Element): Element {
  if (el.localName !== 'dash-gallery') return el;
  expect(el.hasAttribute('lang'), 'the gallery leaves its own lang attribute to the page').to.equal(false);
  return renderedNode(el);
}

async function mount(tag: string, locale?: string): Promise<DashElement> {
  const el = document.createElement(tag) as DashElement;
  // No API: the elements render their configuration state, which is enough to carry strings.
  el.setAttribute('api-base', 'http://127.0.0.1:9');
  if (locale !== undefined) el.setAttribute('locale', locale);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('language and direction of what the elements render', () => {
  const mounted: Element[] = [];
  const pageLang = document.documentElement.lang;
  const pageDir = document.documentElement.dir;

  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    document.documentElement.lang = pageLang;
    document.documentElement.dir = pageDir;
  });

  for (const tag of TAGS) {
    it(`<${tag} locale="de"> in an English page is German, left to right`, async () => {
      document.documentElement.lang = 'en';
      const el = await mount(tag, 'de');
      mounted.push(el);
      expect(languageCarrier(el).getAttribute('lang')).to.equal('de');
      expect(languageCarrier(el).getAttribute('dir')).to.equal('ltr');
      expect(renderedNode(el).matches(':lang(de)'), 'the rendered node is German').to.equal(true);
      expect(renderedNode(el).matches(':lang(en)')).to.equal(false);
    });

    it(`<${tag}> without a translation inside a right-to-left German page is English, left to right`, async () => {
      document.documentElement.lang = 'de';
      document.documentElement.dir = 'rtl';
      for (const locale of [undefined, 'fr_FR', 'junk tag!']) {
        const el = await mount(tag, locale);
        mounted.push(el);
        expect(languageCarrier(el).getAttribute('lang'), String(locale)).to.equal('en');
        expect(languageCarrier(el).getAttribute('dir'), String(locale)).to.equal('ltr');
        expect(renderedNode(el).matches(':lang(en)'), `${String(locale)}: the rendered node is English`).to.equal(true);
        expect(getComputedStyle(renderedNode(el)).direction).to.equal('ltr');
      }
    });
  }

  it('a right-to-left translation turns the element right to left, and changing locale follows', async () => {
    registerLocale('ar', { common: { retry: 'أعد المحاولة' } });
    const el = await mount('dash-portal-browser', 'ar');
    mounted.push(el);
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(renderedNode(el)).direction).to.equal('rtl');
    el.locale = 'de';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('de');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(renderedNode(el)).direction).to.equal('ltr');
  });

  it('<dash-gallery lang> stays the content language; the strings carry the locale language', async () => {
    const el = document.createElement('dash-gallery') as DashElement;
    el.setAttribute('lang', 'fr');
    el.setAttribute('locale', 'de');
    document.body.append(el);
    mounted.push(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('fr');
    expect(el.lang).to.equal('fr');
    expect(renderedNode(el).matches(':lang(de)'), 'the strings are German').to.equal(true);
  });
});
