import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requestLog, resetBackend, setFaults } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { $, gridOf, mountPortal, statusText, treeOf, until, untilResults } from './helpers.js';

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabUntil(predicate: (el: Element | null) => boolean, message: string): Promise<void> {
  for (let i = 0; i < 40 && !predicate(deepActive()); i++) await sendKeys({ press: 'Tab' });
  expect(predicate(deepActive()), message).to.equal(true);
}

const tokenRequests = async () => (await requestLog()).filter((r) => /\/access-token$/.test(r.path));

describe('dash-portal-browser: session and keyboard', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('refreshes an expired token once and keeps browsing', async () => {
    await setFaults({ tokenTtlSeconds: 3 });
    const errors: Event[] = [];
    document.addEventListener('dash-error', (e) => errors.push(e));
    const el = await mountPortal('press');
    await untilResults(el);
    expect((await tokenRequests()).length).to.equal(1);
    // Let the token expire while the visitor looks at the page.
    await new Promise((resolve) => setTimeout(resolve, 3200));
    $<HTMLSelectElement>(el, '#sort')!.value = 'oldest';
    $<HTMLSelectElement>(el, '#sort')!.dispatchEvent(new Event('change'));
    await untilResults(el);
    expect(statusText(el)).to.match(/^\d+ assets$/);
    expect((await tokenRequests()).length).to.equal(2);
    expect(errors.length).to.equal(0);
  });

  it('can be used with the keyboard alone: folders → asset → download', async () => {
    const el: DashPortalBrowser = await mountPortal('press');
    await untilResults(el);
    await until(() => (treeOf(el).shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) > 1, 'no folders');

    // Into the tree, down to "Products", open it and select it.
    await tabUntil((a) => a?.getAttribute('role') === 'treeitem', 'tree not reachable by Tab');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()!.textContent).to.contain('Products');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => deepActive()?.getAttribute('aria-expanded') === 'true', 'folder did not open');
    await until(() => treeOf(el).shadowRoot!.querySelector('[aria-level="2"]'), 'children did not load');
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()!.getAttribute('aria-level')).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActive()!.textContent).to.contain('Products');
    await sendKeys({ press: 'Enter' });
    await untilResults(el);
    expect($(el, 'nav [aria-current=page]')!.textContent!.trim()).to.equal('Products');

    // Into the grid, move around, open an asset.
    await tabUntil((a) => a?.getAttribute('role') === 'gridcell', 'grid not reachable by Tab');
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()!.getAttribute('data-index')).to.equal('1');
    await sendKeys({ press: 'Home' });
    expect(deepActive()!.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.tagName === 'H2', 'asset view heading not focused');
    expect(deepActive()!.textContent).to.equal(gridOf(el).items[0].currentAssetFile!.filename);

    // Next asset with the arrow key, then Tab to the download button and press it.
    await sendKeys({ press: 'ArrowRight' });
    await until(
      () => deepActive()?.textContent === gridOf(el).items[1].currentAssetFile!.filename,
      'next did not work',
    );
    const done = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('dash-download', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await tabUntil((a) => a?.getAttribute('part') === 'download-button', 'download button not reachable');
    await sendKeys({ press: 'Enter' });
    expect((await done).detail.assetIds).to.deep.equal([gridOf(el).items[1].id]);

    // Escape back to the grid; focus returns to it.
    await until(() => $(el, '[part~=download-link]'), 'no download link');
    $(el, 'dash-asset-view')!.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => deepActive()?.getAttribute('role') === 'gridcell', 'focus did not return to the grid');
  });
});
