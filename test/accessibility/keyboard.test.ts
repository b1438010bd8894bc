/**
 * Keyboard-only walks of each element's main flow, entered with Tab from the page (no
 * `.focus()` or clicks on the element): what a keyboard or switch user can actually reach.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import {
  $,
  counterOf,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  nextEvent,
  pswpOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A page with a button before the element's box, focused: the walk starts outside. */
async function page(): Promise<{ root: HTMLDivElement; start(): void }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <div style="width: 900px"></div>
    </div>`,
  );
  return {
    root: wrapper.querySelector('div')!,
    start: () => wrapper.querySelector<HTMLButtonElement>('#before')!.focus(),
  };
}

/** Presses Tab until `predicate(focused)` holds (at most `max` times). */
async function tabUntil(predicate: (el: Element | null) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (predicate(deepActive())) return deepActive()!;
  }
  throw new Error(`Tab never reached ${what}; stuck at ${deepActive()?.outerHTML.slice(0, 120)}`);
}

describe('keyboard-only walks', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('dash-gallery: Tab to a tile, Enter opens, arrows browse, Escape closes and focus returns', async () => {
    const { root, start } = await page();
    const el = await mountGallery(root, origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` });
    start();
    const tile = await tabUntil((a) => !!a?.matches('.tile'), 'a tile');
    expect(tile.closest('.cell')!.getAttribute('aria-posinset')).to.equal('1');
    const opened = nextEvent(el, 'dash-lightbox-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    expect(pswpOf(el)!.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => counterOf(el).startsWith('2'), 'slide 2');
    // Tab never reaches the page behind the open lightbox. Past its last control focus may go
    // to the browser's own UI (as with a native modal <dialog>), shown here as <body>; the next
    // Tab must come back into the lightbox.
    let inside = 0;
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      const where = `Tab ${i + 1}: ${active?.outerHTML.slice(0, 100)}`;
      expect(pswpOf(el)!.contains(active) || active === document.body, where).to.equal(true);
      if (pswpOf(el)!.contains(active)) {
        inside++;
        // Each lightbox control shows where focus is.
        if (active !== pswpOf(el)) {
          const style = getComputedStyle(active!);
          expect(active!.matches(':focus-visible'), where).to.equal(true);
          expect(
            style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            `${where}: outline ${style.outline}`,
          ).to.equal(true);
        }
      }
    }
    expect(inside, 'Tab cycles through the lightbox controls').to.be.at.least(6);
    const closed = nextEvent(el, 'dash-lightbox-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await until(() => deepActive()?.closest('.cell')?.getAttribute('aria-posinset') === '2', 'focus on tile 2');
  });

  it('dash-portal-browser: Tab to search, type, Tab into the grid, Enter opens, Escape closes', async () => {
    const { root, start } = await page();
    const el = mountPortal(root, origins, 'press');
    await untilPortalResults(el);
    start();
    await tabUntil((a) => a?.id === 'search', 'the search box');
    await sendKeys({ type: 'harbour' });
    await until(
      () => /\d/.test($(el, '.status-line')!.textContent!) && !$(el, 'dash-asset-grid')!.hasAttribute('loading'),
      'search',
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await untilPortalResults(el);
    const cell = await tabUntil((a) => a?.getAttribute('role') === 'gridcell', 'the grid');
    expect(cell.textContent).to.match(/harbour/i);
    const opened = nextEvent(el, 'dash-asset-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dash-asset-view'), 'asset view closed');
    expect(deepActive()?.closest('dash-asset-grid') ?? deepActive()?.getRootNode(), 'focus back in the grid').to.exist;
  });

  it('dash-asset-picker: Tab to search, type, Tab into the grid, Space selects, Enter inserts', async () => {
    const { root, start } = await page();
    const el = mountPicker(root, origins, { portal: 'press' });
    await untilPickerResults(el);
    start();
    await tabUntil((a) => a?.id === 'search', 'the search box');
    await sendKeys({ type: 'harbour' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await untilPickerResults(el);
    await tabUntil((a) => a?.getAttribute('role') === 'gridcell', 'the grid');
    await sendKeys({ press: 'Space' });
    const selected = nextEvent<{ assets: unknown[] }>(el, 'dash-select', 30_000);
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.assets).to.have.length(1);
  });

  it('dash-guest-upload: Tab to the email field, type, Enter signs in, Tab reaches the file chooser', async () => {
    const { root, start } = await page();
    const el = mountUpload(root, origins);
    await until(() => $(el, '#email'), 'email form');
    start();
    await tabUntil((a) => a?.id === 'email', 'the email field');
    await sendKeys({ type: 'keyboard@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#file-input'), 'drop zone');
    start();
    const chooser = await tabUntil((a) => a?.id === 'file-input', 'the file input');
    // The native input is the focus target; its label-button shows the focus.
    expect(chooser.matches(':focus-visible')).to.equal(true);
  });
});
