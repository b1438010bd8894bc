/**
 * The gallery is one Tab stop (issue 19 item 5): roving tabindex over the tiles, the arrow keys
 * move in the rendered layout, Home/End and the Page keys jump, Enter opens the lightbox on the
 * focused tile and focus comes back to the tile shown last. Real key presses (sendKeys), as a
 * keyboard user gives them.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { $, $$, apiBase, cells, counterText, mount, nextEvent, pswp, until } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The 1-based position of the focused tile, or undefined when focus is not on a tile. */
const focusedPosition = () => {
  const active = deepActive();
  return active?.matches('.tile') ? Number(active.closest('.cell')!.getAttribute('aria-posinset')) : undefined;
};

async function press(key: string): Promise<void> {
  if (!key.startsWith('Shift+')) return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key.slice('Shift+'.length) });
  await sendKeys({ up: 'Shift' });
}

/** The focused tile's position once focus left tile `from`. */
const movedFrom = (from: number) => () => {
  const position = focusedPosition();
  return position !== from ? position : undefined;
};

async function pressUntilFocused(key: string, position: number): Promise<void> {
  await press(key);
  await until(() => focusedPosition() === position, `${key}: focus on tile ${position}, not ${focusedPosition()}`);
}

const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** A page: a button, the gallery, a button; focus starts on the first button. */
async function page(attrs: Record<string, string | number>, width = 800) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <div class="box"></div>
      <button id="after">after</button>
    </div>`,
  );
  const box = wrapper.querySelector<HTMLDivElement>('.box')!;
  box.style.width = `${width}px`;
  const el = await mount({ attrs, width });
  // mount() puts the gallery in its own fixture: move it between the two buttons.
  box.append(el);
  await el.updateComplete;
  await until(() => cells(el).length, 'tiles');
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return { el, after: wrapper.querySelector<HTMLButtonElement>('#after')! };
}

const large = { source: 'json', src: `${apiBase}/demo-data/large.json?count=10000`, columns: 4 };

describe('dash-gallery: one Tab stop, arrow keys inside (roving tabindex)', function () {
  this.timeout(60_000);
  before(() => resetBackend());
  afterEach(() => window.scrollTo(0, 0));

  it('Tab crosses a 10,000-item gallery with one press; Shift+Tab from below lands on the tile focused last', async () => {
    const { el, after } = await page(large);
    await press('Tab');
    expect(focusedPosition(), 'Tab enters on the first tile').to.equal(1);
    expect($$(el, '.tile[tabindex="0"]').length, 'one tile in the Tab order').to.equal(1);
    await press('Tab');
    expect(document.activeElement, 'one more Tab leaves the gallery').to.equal(after);
    await press('Shift+Tab');
    expect(focusedPosition(), 'Shift+Tab comes back to the first tile').to.equal(1);
    await pressUntilFocused('ArrowRight', 2);
    await pressUntilFocused('ArrowDown', 6);
    await press('Tab');
    expect(document.activeElement).to.equal(after);
    await press('Shift+Tab');
    expect(focusedPosition(), 'Shift+Tab lands on the tile focused last').to.equal(6);
    expect($$(el, '.tile[tabindex="0"]').map((tile) => tile.closest('.cell')!.getAttribute('aria-posinset'))).to.eql([
      '6',
    ]);
  });

  it('arrows move by cell and row, Home/End and PageDown jump; focus survives its tile leaving the window', async () => {
    const { el } = await page(large);
    await press('Tab');
    await pressUntilFocused('ArrowLeft', 1); // nothing before the first tile: focus stays
    await pressUntilFocused('ArrowDown', 5);
    await pressUntilFocused('ArrowRight', 6);
    await pressUntilFocused('ArrowUp', 2);
    await pressUntilFocused('ArrowLeft', 1);
    // PageDown: about a viewport further, in the same column.
    await press('PageDown');
    const paged = await until(movedFrom(1), 'PageDown moved');
    expect((paged - 1) % 4, 'same column').to.equal(0);
    expect(paged, 'at least a row down').to.be.above(5);
    // End: the 10,000th tile, far outside the window, is rendered for focus.
    await pressUntilFocused('End', 10000);
    await pressUntilFocused('ArrowUp', 9996);
    await pressUntilFocused('Home', 1);
    // Scrolling the focused tile far out of the window does not recycle it (nor lose focus).
    const list = $(el, '[part=list]')!;
    window.scrollTo(0, list.getBoundingClientRect().bottom + window.scrollY - 2 * innerHeight);
    await until(() => !$(el, '.cell[aria-posinset="2"]'), 'the window moved on');
    await frames();
    expect(focusedPosition(), 'focus stays on its tile').to.equal(1);
    expect(cells(el).length, 'the DOM stays small').to.be.lessThan(130);
    await pressUntilFocused('ArrowRight', 2);
  });

  it('Enter opens the lightbox on the focused tile; focus returns to the tile shown last', async () => {
    const { el } = await page(large);
    await press('Tab');
    await pressUntilFocused('ArrowDown', 5);
    await pressUntilFocused('ArrowRight', 6);
    const opened = nextEvent<{ index: number }>(el, 'dash-lightbox-open');
    await press('Enter');
    expect((await opened).detail.index).to.equal(5);
    await until(() => counterText(el) === '6 of 10000', `counter says ${counterText(el)}`);
    await press('ArrowRight');
    await until(() => counterText(el).startsWith('7 '), 'slide 7');
    const closed = nextEvent(el, 'dash-lightbox-close');
    await press('Escape');
    await closed;
    await until(() => !pswp(el) && focusedPosition() === 7, `focus on tile 7, not ${focusedPosition()}`);
    expect($$(el, '.tile[tabindex="0"]').length).to.equal(1);
    // Space opens too.
    const again = nextEvent<{ index: number }>(el, 'dash-lightbox-open');
    await press('Space');
    expect((await again).detail.index).to.equal(6);
    const closedAgain = nextEvent(el, 'dash-lightbox-close');
    await press('Escape');
    await closedAgain;
  });

  for (const layout of ['justified', 'masonry'] as const) {
    it(`${layout}: ArrowDown and ArrowUp go to the tile below / above the focused tile's centre`, async () => {
      const { el } = await page({ source: 'json', src: `${apiBase}/demo-data/gallery.json`, layout }, 900);
      const box = (position: number) => $(el, `.cell[aria-posinset="${position}"]`)!.getBoundingClientRect();
      /** Presses `key` and checks that focus went to a tile beyond this one that spans its centre. */
      const step = async (key: 'ArrowDown' | 'ArrowUp', from: number) => {
        const before = box(from);
        await press(key);
        const to = await until(movedFrom(from), `${key} moved`);
        const after = box(to);
        const centre = before.left + before.width / 2;
        if (key === 'ArrowDown') expect(after.top, 'below').to.be.at.least(before.bottom);
        else expect(after.bottom, 'above').to.be.at.most(before.top);
        // Within the gap: a justified row's gap may sit under the centre.
        expect(after.left - 8, 'spans the centre').to.be.at.most(centre);
        expect(after.right + 8, 'spans the centre').to.be.at.least(centre);
        return to;
      };
      await press('Tab');
      await pressUntilFocused('ArrowRight', 2);
      const below = await step('ArrowDown', 2);
      expect(await step('ArrowUp', below)).to.be.below(below);
    });
  }
});
