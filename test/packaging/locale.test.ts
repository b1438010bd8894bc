// `locale` switches an element's UI language at runtime; the all-in-one entry registers German.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { de } from '../../src/index.js';
import { en } from '../../src/i18n/en.js';
import { apiBase } from '../support/backend.js';

const errorText = (el: Element) => el.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';

describe('locale switch', () => {
  it('shows German with locale="de" and English again after switching back', async () => {
    // A gallery with a source but no src: the invalid-config error state, all built-in text.
    const el = await fixture(html`<dash-gallery api-base=${apiBase} source="json" locale="de"></dash-gallery>`);
    await waitUntil(() => errorText(el).includes(de.errors['invalid-config']), `German error text: ${errorText(el)}`);
    expect(errorText(el)).to.include(de.errors.title);

    el.setAttribute('locale', 'en');
    await waitUntil(() => errorText(el).includes(en.errors['invalid-config']), `English error text: ${errorText(el)}`);
    expect(errorText(el)).to.include(en.errors.title);
  });

  it('falls back to English for an unregistered locale', async () => {
    const el = await fixture(html`<dash-gallery api-base=${apiBase} source="json" locale="xx"></dash-gallery>`);
    await waitUntil(() => errorText(el).includes(en.errors['invalid-config']), `fallback text: ${errorText(el)}`);
  });
});
