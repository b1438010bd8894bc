/**
 * Issue 18's design system in the browse views: on narrow widths the "Filters" disclosure and the
 * "Folders" drawer button carry a chevron in the text colour saying which way they open (down,
 * up once open; towards the drawer's side), and a tile shows a stronger edge under the pointer.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { $, mountPortal, tilesOf, until, untilResults } from '../portal-browser/helpers.js';

const chevron = (element: Element) => getComputedStyle(element, '::after');

describe('browse: disclosure chevrons and tile hover', () => {
  before(() => resetBackend());
  afterEach(() => resetMouse());

  it("the narrow layout's Filters and Folders buttons show which way they open", async () => {
    const el = await mountPortal('press');
    el.style.width = '360px';
    await untilResults(el);
    const summary = $(el, '.more > summary')!;
    const folders = $(el, '.drawer-button')!;
    await until(() => getComputedStyle(summary).display !== 'none', 'no Filters button at 360 px');
    for (const button of [summary, folders]) {
      const mark = chevron(button);
      expect(mark.content, 'chevron drawn').to.equal('""');
      expect(mark.borderInlineEndStyle).to.equal('solid');
      expect(mark.borderInlineEndColor, 'in the text colour').to.equal(getComputedStyle(button).color);
    }
    const closed = chevron(summary).transform;
    expect(chevron(folders).transform, 'the drawer opens sideways').not.to.equal(closed);
    $<HTMLDetailsElement>(el, '.more')!.open = true;
    await until(() => chevron(summary).transform !== closed, 'chevron did not turn when open');
  });

  it('wide screens show the filters inline, with no disclosure buttons', async () => {
    const el = await mountPortal('press');
    el.style.width = '1100px';
    await untilResults(el);
    expect(getComputedStyle($(el, '.more > summary')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.drawer-button')!).display).to.equal('none');
  });

  it('a tile under the pointer shows a stronger edge', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const tile = tilesOf(el)[0];
    tile.scrollIntoView();
    const resting = getComputedStyle(tile).borderTopColor;
    const box = tile.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await until(() => getComputedStyle(tile).borderTopColor !== resting, 'no hover edge');
  });
});
