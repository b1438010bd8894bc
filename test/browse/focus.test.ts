/**
 * Issue 19 item 1, the browse session's part: an action never leaves keyboard focus on `<body>`.
 * After the breadcrumb's "All assets", Retry (of a search and of a sign-in), a right passcode and
 * "Load more", the deep active element (through shadow roots) is a control in the element, the
 * one the action led to. Focus alone changes nothing (WCAG 3.2.1): Tab onto "Load more" loads no
 * page; pressing it does.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend, setFaults } from '../support/backend.js';
import { $, $$, gridOf, mountPortal, tilesOf, treeOf, until, untilResults } from '../portal-browser/helpers.js';
import { mountPicker, untilResults as untilPickerResults } from '../asset-picker/helpers.js';

/** The focused element, followed into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus is on something inside `host` (not on the page's body), matching `selector`. */
function expectFocusOn(host: Element, selector: string, what: string): void {
  const active = deepActiveElement();
  expect(active, `${what}: focus fell to <body>`).not.to.equal(document.body);
  expect(active, `${what}: focus left the element`).not.to.equal(null);
  expect(host.contains(active) || host.shadowRoot!.contains(active) || active!.getRootNode() !== document).to.equal(
    true,
  );
  expect(active!.matches(selector), `${what}: focus on <${active!.localName} class="${active!.className}">`).to.equal(
    true,
  );
}

/** Resolves once an observer of the grid's sentinel reports it in view. */
function sentinelInView(grid: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(grid.shadowRoot!.querySelector('.sentinel')!);
  });
}

const SEARCH_REFUSED = { routes: [{ method: 'POST', path: '^/asset-searches$', status: 403, count: 1 }] };

describe('browse: focus is never lost to <body>', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('breadcrumb "All assets" moves focus to the results status, not <body>', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => $$(treeOf(el), '[role=treeitem]').length > 1, 'no folders');
    $$(treeOf(el), '[role=treeitem]')[1].click();
    await until(() => $(el, 'nav[part~=breadcrumb] button'), 'no "All assets" link');
    await untilResults(el);
    $<HTMLButtonElement>(el, 'nav[part~=breadcrumb] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectFocusOn(el, '.status-line', 'right after "All assets"');
    await untilResults(el);
    expectFocusOn(el, '.status-line', 'once the results are in');
    expect($(el, 'nav[part~=breadcrumb] button')).to.equal(null);
  });

  it('Retry after a failed search moves focus to the results status, not <body>', async () => {
    await setFaults(SEARCH_REFUSED);
    const el = await mountPortal('press');
    await until(() => $(el, '[part~=error] [part~=retry-button]'), 'no error with a retry');
    $<HTMLButtonElement>(el, '[part~=error] [part~=retry-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectFocusOn(el, '.status-line', 'right after Retry');
    await untilResults(el);
    expectFocusOn(el, '.status-line', 'once the results are in');
  });

  it('Retry after a failed sign-in keeps focus on the loading state, then the results', async () => {
    await setFaults({
      latencyMs: 150,
      routes: [{ path: '^/subdomains/demo/publicly-available-portal-datas/press$', status: 403, count: 1 }],
    });
    const el = await mountPortal('press');
    await until(() => $(el, '[part~=retry-button]'), 'no sign-in error with a retry');
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectFocusOn(el, '.signing-in', 'while signing in again');
    await untilResults(el);
    expectFocusOn(el, '.status-line', 'once signed in');
  });

  for (const element of ['portal', 'picker'] as const) {
    it(`a right passcode moves focus to the search field (${element})`, async () => {
      const el = element === 'portal' ? await mountPortal('partners') : await mountPicker({ portal: 'partners' });
      await until(() => $(el, '#passcode'), 'no passcode form');
      const field = $<HTMLInputElement>(el, '#passcode')!;
      field.focus();
      field.value = 'letmein';
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // While the passcode is checked the field keeps focus (read-only, not disabled).
      if ($(el, '#passcode')) expectFocusOn(el, '#passcode', 'while checking');
      if (element === 'portal') await untilResults(el as Awaited<ReturnType<typeof mountPortal>>);
      else await untilPickerResults(el as Awaited<ReturnType<typeof mountPicker>>);
      expectFocusOn(el, '#search', 'after the right passcode');
    });
  }

  it('a wrong passcode keeps focus in the field, which stays focusable while checked', async () => {
    await setFaults({ latencyMs: 200 });
    const el = await mountPortal('partners');
    await until(() => $(el, '#passcode'), 'no passcode form');
    const field = $<HTMLInputElement>(el, '#passcode')!;
    field.focus();
    field.value = 'nope';
    await sendKeys({ press: 'Enter' });
    await until(() => field.readOnly, 'field not read-only while checking');
    expect($(el, '.passcode button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    expectFocusOn(el, '#passcode', 'while checking');
    await until(() => !field.readOnly, 'check never ended');
    await el.updateComplete;
    expectFocusOn(el, '#passcode', 'after a wrong passcode');
  });

  it('Tab onto "Load more" loads nothing: focus stays on it, and Enter loads the next page with focus on its first tile', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => $$(treeOf(el), '[role=treeitem]').length > 1, 'no folders');
    const grid = gridOf(el);
    const first = tilesOf(el).length;
    expect(grid.hasMore).to.equal(true);
    let asked = 0;
    grid.addEventListener('load-more', () => asked++);
    grid.focus();
    await sendKeys({ press: 'Tab' });
    expectFocusOn(el, '.more button', 'Tab onto Load more');
    // Focusing the button scrolled it, and the sentinel above it, into view: what used to load the
    // next page. The grid's own observer has had its report once this one has.
    await sentinelInView(grid);
    await new Promise(requestAnimationFrame);
    await grid.updateComplete;
    expect(asked, 'focus alone asked for no page').to.equal(0);
    expect(grid.loading).to.equal(false);
    expect(tilesOf(el).length).to.equal(first);
    expectFocusOn(el, '.more button', 'after the sentinel came into view');

    await sendKeys({ press: 'Enter' });
    expect(asked, 'Enter asks for the next page').to.equal(1);
    await until(() => tilesOf(el).length > first, 'no second page');
    await grid.updateComplete;
    expectFocusOn(el, `[role=gridcell][data-index="${first}"]`, 'after the next page');
  });

  it('scrolling the end of the results into view, focus elsewhere, still loads the next page', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const grid = gridOf(el);
    const first = tilesOf(el).length;
    expect(grid.hasMore).to.equal(true);
    $<HTMLInputElement>(el, '#search')!.focus();
    $(grid, '.sentinel')!.scrollIntoView();
    await until(() => tilesOf(el).length > first, 'scrolling to the end loaded no page');
    expectFocusOn(el, '#search', 'after the next page');
  });

  it('"Load more" stays focusable (aria-disabled) while its page loads', async () => {
    await setFaults({ latencyMs: 400 });
    const el = await mountPortal('press');
    await untilResults(el);
    const button = $<HTMLButtonElement>(gridOf(el), '.more button')!;
    button.click();
    await until(() => gridOf(el).loading, 'no page requested');
    await gridOf(el).updateComplete;
    expect(button.isConnected && !button.disabled).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
  });
});
