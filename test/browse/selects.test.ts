/**
 * Issue 18: the browsing elements' menus look like the rest of the design system. Every <select>
 * (file type, sort, the picker's rendition, the portal's download format) is drawn like the
 * buttons and the search field: same height, corner and edge, a caret in the text colour instead
 * of the native arrow (so it follows a dark scheme), the shared focus ring, and at least a 24 px
 * target. In forced colours the native control and its arrow come back. A button that is
 * aria-disabled (busy) looks like a disabled one wherever it is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/browse/asset-grid.js';
import type { DashAssetGrid } from '../../src/browse/asset-grid.js';
import { resetBackend } from '../support/backend.js';
import { emulateFocus, emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { $, $$, gridOf, mountPortal, openImageDownload, until, untilResults } from '../portal-browser/helpers.js';
import { mountPicker, untilResults as untilPickerResults } from '../asset-picker/helpers.js';

/** Checks one select against the search field beside it and the element's buttons. */
function expectStyledLike(select: HTMLSelectElement, field: HTMLElement, button: HTMLElement): void {
  const s = getComputedStyle(select);
  const f = getComputedStyle(field);
  const b = getComputedStyle(button);
  const id = select.id;
  expect(s.appearance, `${id} appearance`).to.equal('none');
  expect(s.backgroundImage, `${id} caret`).to.contain('linear-gradient');
  // The caret is painted in the select's own text colour.
  expect(s.backgroundImage, `${id} caret colour`).to.contain(s.color);
  expect(s.borderTopColor, `${id} edge`).to.equal(f.borderTopColor);
  expect(s.borderTopWidth).to.equal(b.borderTopWidth);
  expect(s.borderTopLeftRadius, `${id} corner`).to.equal(b.borderTopLeftRadius);
  expect(s.backgroundColor, `${id} surface`).to.equal(f.backgroundColor);
  const { height } = select.getBoundingClientRect();
  expect(height, `${id} height`).to.be.closeTo(field.getBoundingClientRect().height, 1);
  expect(height, `${id} height`).to.be.closeTo(button.getBoundingClientRect().height, 1);
  expect(height).to.be.at.least(24);
  // Text never runs under the caret.
  expect(parseFloat(s.paddingInlineEnd), `${id} room for the caret`).to.be.at.least(20);
}

describe('browse: styled selects and busy buttons', () => {
  before(() => resetBackend());
  afterEach(() => resetMediaFeatures());

  it('the portal filter selects look like the search field and the buttons, light and dark', async () => {
    const el = await mountPortal('press');
    el.style.width = '1100px';
    await untilResults(el);
    const search = $<HTMLInputElement>(el, '#search')!;
    const recent = $(el, '.toolbar button.button')!;
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      await el.updateComplete;
      for (const select of $$<HTMLSelectElement>(el, '.toolbar select')) expectStyledLike(select, search, recent);
    }
    expect($$(el, '.toolbar select').map((s) => s.id)).to.deep.equal(['type', 'sort']);
    // Dark and light carets differ: the caret follows the scheme's text colour.
    const caret = () => getComputedStyle($(el, '#sort')!).backgroundImage;
    const dark = caret();
    el.setAttribute('theme', 'light');
    expect(caret()).not.to.equal(dark);
  });

  it('the focus ring of a select is the one the search field and buttons have', async () => {
    // Focus styles are what this checks: the page is the focused window, whichever has it.
    await emulateFocus();
    const el = await mountPortal('press');
    el.style.width = '1100px';
    await untilResults(el);
    const search = $<HTMLInputElement>(el, '#search')!;
    // Focused again until it holds: the results may render once more as the portal's settings
    // arrive, and a field focused just before that can lose it.
    await until(() => {
      if (el.shadowRoot!.activeElement !== search) search.focus();
      return el.shadowRoot!.activeElement === search && search.matches(':focus-visible');
    }, 'the search field focused');
    const ring = getComputedStyle(search);
    const expected = [ring.outlineStyle, ring.outlineWidth, ring.outlineColor];
    await sendKeys({ press: 'Tab' });
    const type = $<HTMLSelectElement>(el, '#type')!;
    await until(() => el.shadowRoot!.activeElement === type, 'Tab onto the type select');
    const s = getComputedStyle(type);
    expect([s.outlineStyle, s.outlineWidth, s.outlineColor]).to.deep.equal(expected);
    expect(s.outlineStyle).to.equal('solid');
    await emulateFocus(false);
  });

  it('the download format and the picker rendition selects share the look', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const download = await openImageDownload(el);
    const format = await (async () => {
      await until(() => $(el, '[part~=format-select]'), 'no format select');
      return $<HTMLSelectElement>(el, '[part~=format-select]')!;
    })();
    expectStyledLike(format, $<HTMLInputElement>(el, '#search')!, download);

    const picker = await mountPicker({ portal: 'press' });
    await untilPickerResults(picker);
    const rendition = picker.shadowRoot!.querySelector<HTMLSelectElement>('#rendition')!;
    const pickerButton = picker.shadowRoot!.querySelector<HTMLElement>('[part~=insert-button]')!;
    expectStyledLike(rendition, picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!, pickerButton);
  });

  it('forced colours bring back the native select with a system-coloured edge', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await emulateForcedColors('dark');
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    await until(() => getComputedStyle(sort).appearance === 'auto', 'native select not back');
    const s = getComputedStyle(sort);
    expect(s.backgroundImage).to.equal('none');
    expect(s.borderTopStyle).to.equal('solid');
    const probe = document.createElement('div');
    probe.style.color = 'ButtonText';
    document.body.append(probe);
    expect(s.borderTopColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('a busy (aria-disabled) button looks like a disabled one in the grid too', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const grid = await fixture<DashAssetGrid>(html`<dash-asset-grid .label=${'Assets'}></dash-asset-grid>`);
    grid.items = gridOf(el).items.slice(0, 2);
    grid.hasMore = true;
    grid.loading = true;
    await grid.updateComplete;
    const more = grid.shadowRoot!.querySelector<HTMLButtonElement>('.more button')!;
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(more).opacity).to.equal('0.55');
    expect(getComputedStyle(more).cursor).to.equal('not-allowed');
  });
});
