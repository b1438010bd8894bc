import { expect } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import {
  $,
  deepActiveElement,
  found,
  gridOf,
  mountPortal,
  nextDownload,
  openImageDownload,
  tilesOf,
  until,
  untilResults,
} from './helpers.js';

/**
 * Issue 19 item 1, the portal's part: an action never destroys or disables the focused control
 * without moving focus somewhere meaningful — after each one the focused element (through shadow
 * roots) is a control the visitor can go on from, never <body>.
 */

const SLOW_JOB = { method: 'GET', path: '^/asset-download-batch-jobs/', delayMs: 1500 };
const selectionButton = (el: DashPortalBrowser) =>
  $<HTMLButtonElement>(el, '[part~=selection-bar] [part~=download-button]');
const assetButton = (el: DashPortalBrowser) => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]');
const toastButton = (el: DashPortalBrowser, label: string) =>
  [...(el.shadowRoot!.querySelectorAll<HTMLElement>('.toast button, .toast a') ?? [])].find(
    (control) => control.textContent!.trim() === label,
  );

/** Focuses and activates a control, as a keyboard user's Enter does. */
function press(control: HTMLElement): void {
  control.focus();
  control.click();
}

function expectFocusOn(expected: Element | null | undefined, after: string): void {
  const active = deepActiveElement();
  expect(active, `${after}: focus is not on <body>`).to.not.equal(document.body);
  expect(active, `${after}: focus is on ${active?.outerHTML.slice(0, 80)}`).to.equal(expected);
}

async function selectTwo(el: DashPortalBrowser): Promise<HTMLButtonElement> {
  for (const tile of tilesOf(el).slice(0, 2)) tile.querySelector<HTMLElement>('.check')!.click();
  return found(() => selectionButton(el), 'no selection bar');
}

describe('dash-portal-browser: focus is never lost (issue 19)', function () {
  this.timeout(30_000);
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('selection-bar Download keeps focus while the job runs (aria-disabled, not disabled), then Close returns it there', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const button = await selectTwo(el);
    await setFaults({ routes: [SLOW_JOB] });
    const done = nextDownload();
    press(button);
    await until(() => $(el, '[part~=download-status] progress'), 'no progress');
    expectFocusOn(button, 'Download while the job runs');
    expect(button.disabled, 'not disabled').to.equal(false);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    // Pressed again while running: nothing new starts.
    button.click();
    await done;
    await until(() => !button.hasAttribute('aria-disabled'), 'the button is enabled again');
    // Without the visitor's activation the file waits in the toast, and its link takes focus.
    const link = await found(() => $(el, '[part~=download-link]'), 'no save link');
    expectFocusOn(link, 'the finished job');
    press(toastButton(el, 'Close')!);
    await until(() => !$(el, '.toast'), 'the toast closes');
    expectFocusOn(selectionButton(el), 'Close');
  });

  it('asset-view Download keeps focus while the job runs; Cancel returns it to Download', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const button = await openImageDownload(el);
    await setFaults({ routes: [{ ...SLOW_JOB, delayMs: 4000 }] });
    press(button);
    await until(() => $(el, '[part~=download-status] progress'), 'no progress');
    expectFocusOn(button, 'asset-view Download while the job runs');
    expect(button.disabled).to.equal(false);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    press($<HTMLButtonElement>(el, '[part~=cancel-button]')!);
    await until(() => $(el, '[part~=download-status]')?.textContent?.includes('Download cancelled.'), 'not cancelled');
    expectFocusOn(assetButton(el), 'Cancel');
    press(toastButton(el, 'Close')!);
    await until(() => !$(el, '.toast'), 'the toast closes');
    expectFocusOn(assetButton(el), 'Close after Cancel');
  });

  it('Retry after a failed job moves focus to Cancel of the new job', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const button = await openImageDownload(el);
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', status: 500 }] });
    press(button);
    await until(() => $(el, '[part~=download-status][role=alert]'), 'no error shown');
    await setFaults({ routes: [{ ...SLOW_JOB, delayMs: 4000 }] });
    press(toastButton(el, 'Try again')!);
    await until(() => $(el, '[part~=cancel-button]'), 'the job runs again');
    expectFocusOn($(el, '[part~=cancel-button]'), 'Retry');
  });

  it('Close with the starting button gone moves focus to the grid', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    press(await selectTwo(el));
    await until(() => $(el, '[part~=download-link]'), 'no save link', 15_000);
    // The selection (and its bar) leaves while the toast stays.
    press($$button(el, 'Clear selection'));
    await until(() => !selectionButton(el), 'the bar is gone');
    press(toastButton(el, 'Close')!);
    await until(() => !$(el, '.toast'), 'the toast closes');
    const active = deepActiveElement();
    expect(active === gridOf(el) || gridOf(el).shadowRoot!.contains(active), 'focus in the grid').to.equal(true);
  });

  it('Clear selection moves focus to the grid', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await selectTwo(el);
    press($$button(el, 'Clear selection'));
    await until(() => !$(el, '[part~=selection-bar]'), 'the bar is gone');
    const active = deepActiveElement();
    expect(active, 'not <body>').to.not.equal(document.body);
    expect(active === gridOf(el) || gridOf(el).shadowRoot!.contains(active), 'focus in the grid').to.equal(true);
    expect(active!.closest('[role=gridcell], [role=grid]') ?? active, 'a grid control').to.exist;
  });
});

function $$button(el: DashPortalBrowser, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=selection-bar] button')].find(
    (button) => button.textContent!.trim() === label,
  );
  expect(found, label).to.exist;
  return found!;
}
