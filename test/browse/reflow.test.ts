/**
 * Issue 19 item 7: the picker (inline and modal) and the portal browser reflow at 320 CSS px
 * (WCAG 1.4.10): nothing in them scrolls sideways, and the page does not either.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { mountPortal, untilResults } from '../portal-browser/helpers.js';
import { $, mountPicker, untilResults as untilPickerResults } from '../asset-picker/helpers.js';

/** Every element in `root` (through shadow roots) that scrolls sideways, by its tag and class. */
function sidewaysScrollers(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    const scrolls = /auto|scroll/.test(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
    if (scrolls) found.push(`${node.localName}.${node.className}`);
    if (node.shadowRoot) found.push(...sidewaysScrollers(node.shadowRoot));
  }
  return found;
}

/** Every visible element in `root` (through shadow roots) that reaches past the screen's right edge. */
function pastTheEdge(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.checkVisibility() && node.getBoundingClientRect().right > innerWidth + 1) {
      found.push(`${node.localName}.${node.className}`);
    }
    if (node.shadowRoot) found.push(...pastTheEdge(node.shadowRoot));
  }
  return found;
}

function expectReflow(el: Element, what: string): void {
  expect(pastTheEdge(el.shadowRoot!), `${what}: past the right edge`).to.deep.equal([]);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(320);
  expect(el.getBoundingClientRect().right, `${what}: wider than the screen`).to.be.at.most(321);
  expect(sidewaysScrollers(el.shadowRoot!), `${what}: scrolls sideways`).to.deep.equal([]);
}

describe('browse: reflow at 320 CSS px', () => {
  before(async () => {
    await resetBackend();
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('the inline picker', async () => {
    const el = await mountPicker({ portal: 'press', multiple: true });
    await untilPickerResults(el);
    expectReflow(el, 'inline picker');
    $<HTMLElement>(el, 'details.more summary')!.click();
    await el.updateComplete;
    expectReflow(el, 'inline picker, filters open');
  });

  it('the modal picker', async () => {
    const el = await mountPicker({ portal: 'press', modal: true });
    await el.show();
    await untilPickerResults(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
    expectReflow(el, 'modal picker');
    el.close();
  });

  it('the portal browser', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    expectReflow(el, 'portal browser');
  });
});
