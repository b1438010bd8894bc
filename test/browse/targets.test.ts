/**
 * Issue 19 item 6: the tile's tick box and the folder tree's twisty are pointer targets of at
 * least 24 × 24 CSS px (WCAG 2.5.8), and in forced colours the pressed "Recently added" toggle and
 * the selected folder show their state in system colours (Highlight / HighlightText), not by
 * weight alone.
 */
import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { $, $$, mountPortal, tilesOf, treeOf, until, untilResults } from '../portal-browser/helpers.js';

const MIN_TARGET = 24;

function expectTarget(element: Element, what: string): void {
  const { width, height } = element.getBoundingClientRect();
  expect(width, `${what} width`).to.be.at.least(MIN_TARGET);
  expect(height, `${what} height`).to.be.at.least(MIN_TARGET);
}

/** A system colour as the page resolves it right now. */
function systemColour(property: 'color' | 'backgroundColor', value: string): string {
  const probe = document.createElement('div');
  probe.style[property] = value;
  document.body.append(probe);
  const resolved = getComputedStyle(probe)[property];
  probe.remove();
  return resolved;
}

describe('browse: pointer targets and forced colours', () => {
  before(() => resetBackend());
  afterEach(() => resetMediaFeatures());

  it('the tick box and the twisty are at least 24 × 24 px', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    expectTarget(tilesOf(el)[0].querySelector('.check')!, 'tick box');
    await until(() => $$(treeOf(el), '.twisty').some((t) => t.textContent!.trim()), 'no expandable folder');
    const twisty = $$(treeOf(el), '.twisty').find((t) => t.textContent!.trim())!;
    expectTarget(twisty, 'twisty');
    // Clicking it still opens the folder.
    const item = twisty.closest('[role=treeitem]')!;
    twisty.click();
    await until(() => item.getAttribute('aria-expanded') === 'true', 'twisty did not open the folder');
  });

  it('in forced colours the pressed toggle and the selected folder are Highlight', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => $$(treeOf(el), '[role=treeitem]').length > 1, 'no folders');
    $$(treeOf(el), '[role=treeitem]')[1].click();
    const toggle = $$<HTMLButtonElement>(el, '.toolbar button').find((b) => b.textContent!.includes('Recently added'))!;
    toggle.click();
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'toggle not pressed');
    const unpressed = $$<HTMLButtonElement>(el, '.button:not([aria-pressed])')[0]!;
    const selected = $(treeOf(el), '[role=treeitem][aria-selected=true]')!;

    await emulateForcedColors('dark');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const highlight = systemColour('backgroundColor', 'Highlight');
    const highlightText = systemColour('color', 'HighlightText');
    expect(getComputedStyle(toggle).backgroundColor, 'pressed toggle').to.equal(highlight);
    expect(getComputedStyle(toggle).color).to.equal(highlightText);
    expect(getComputedStyle(unpressed).backgroundColor, 'an unpressed button differs').not.to.equal(highlight);
    expect(getComputedStyle(selected).backgroundColor, 'selected folder').to.equal(highlight);
    expect(getComputedStyle(selected).color).to.equal(highlightText);

    await emulateForcedColors('light');
    expect(getComputedStyle(toggle).backgroundColor).to.equal(systemColour('backgroundColor', 'Highlight'));
  });

  it('in forced colours the tick of a selected tile shows in HighlightText on a Highlight box', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const tile = tilesOf(el)[0];
    tile.querySelector<HTMLElement>('.check')!.click();
    await until(() => tile.getAttribute('aria-selected') === 'true', 'tile not selected');
    const check = tile.querySelector('.check')!;
    for (const scheme of ['dark', 'light'] as const) {
      await emulateForcedColors(scheme);
      const style = getComputedStyle(check);
      expect(style.backgroundColor, `${scheme}: tick box`).to.equal(systemColour('backgroundColor', 'Highlight'));
      expect(style.color, `${scheme}: tick`).to.equal(systemColour('color', 'HighlightText'));
      expect(style.color, `${scheme}: tick differs from its box`).not.to.equal(style.backgroundColor);
      // No Canvas backplate behind the tick (the dark block it used to show on the box).
      expect(style.forcedColorAdjust, `${scheme}: own system colours`).to.equal('none');
    }
  });
});
