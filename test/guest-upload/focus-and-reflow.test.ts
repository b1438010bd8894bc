/**
 * Issue 19 for the uploader, what axe cannot see: after every action (Pause, Resume, Pause all,
 * Resume all, Retry, Cancel, Cancel all, and a file finishing under the keyboard) focus is on a
 * control of the panel, never on the page's <body>; file names are readable in full; at 320 CSS px
 * the panel reflows without scrolling in two directions (WCAG 1.4.10).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { $, MiB, mountReady, randomFile, selectFiles, shadow, untilListShows, waitForStatus } from './helpers.js';

/** The focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus is on a button or the file input inside the uploader: the keyboard is where it was. */
function expectFocusInPanel(el: DashGuestUpload, after: string): Element {
  const active = deepActiveElement();
  expect(active, `focus after ${after}`).to.not.equal(document.body);
  expect(shadow(el).contains(active), `focus after ${after} is in the uploader (${active?.outerHTML})`).to.equal(true);
  expect(active!.matches('button, input'), `focus after ${after} is on a control (${active?.outerHTML})`).to.equal(
    true,
  );
  return active!;
}

/** Focuses a button and clicks it, as Enter on it would. */
function press(el: DashGuestUpload, selector: string): HTMLButtonElement {
  const button = $<HTMLButtonElement>(el, selector)!;
  expect(button, selector).to.not.equal(null);
  button.focus();
  button.click();
  return button;
}

describe('dash-guest-upload: focus after every action, reflow at 320 px', function () {
  this.timeout(120_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('never leaves focus on <body>: pause, resume, pause all, resume all, retry, a file finishing, cancel, cancel all', async () => {
    // Every part PUT is refused (and retried) until the faults are cleared: the files stay going.
    await setFaults({ partPut: { failRate: 1, status: 503 } });
    const el = await mountReady();
    selectFiles(el, [randomFile('focus-a.bin', 6 * MiB), randomFile('focus-b.bin', 6 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading'], 2);
    await untilListShows(el);

    const toggle = press(el, 'button[data-action=pause-all]');
    await waitForStatus(el, ['paused'], 2);
    await untilListShows(el);
    expect(expectFocusInPanel(el, 'Pause all'), 'the same button, now Resume all').to.equal(toggle);
    expect(toggle.dataset.action).to.equal('resume-all');
    press(el, 'button[data-action=resume-all]');
    await waitForStatus(el, ['queued', 'uploading'], 2);
    await untilListShows(el);
    expect(expectFocusInPanel(el, 'Resume all')).to.equal(toggle);

    const pause = press(el, 'button[data-action=pause]');
    await waitUntil(() => el.files[0].status === 'paused', 'the first file pauses');
    await untilListShows(el);
    expect(expectFocusInPanel(el, 'Pause')).to.equal(pause);
    press(el, 'button[data-action=resume]');
    await waitUntil(() => el.files[0].status !== 'paused', 'the first file resumes');
    await untilListShows(el);
    expect(expectFocusInPanel(el, 'Resume')).to.equal(pause);

    // Out of retries, both fail; Retry on the first once the storage takes parts again.
    await waitForStatus(el, ['failed'], 2, 60_000);
    await untilListShows(el);
    await setFaults({});
    press(el, 'button[data-action=retry]');
    await waitUntil(() => el.files[0].status === 'done', 'the retried file finishes', { timeout: 30_000 });
    await untilListShows(el);
    // Its button went with the upload: focus moved on to the other file's Retry.
    expect(expectFocusInPanel(el, 'Retry, then the file finishing').getAttribute('data-action')).to.equal('retry');

    press(el, 'button[data-action=cancel]');
    await waitUntil(() => el.files.length === 1, 'the cancelled file leaves the list');
    await untilListShows(el);
    expectFocusInPanel(el, 'Cancel');

    await setFaults({ partPut: { failRate: 1, status: 503 } });
    selectFiles(el, [randomFile('focus-c.bin', 6 * MiB), randomFile('focus-d.bin', 6 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading', 'done'], 3);
    await untilListShows(el);
    press(el, 'button[data-action=cancel-all]');
    await waitUntil(() => !$(el, '[part=total]'), 'cancel all empties the batch and its total goes');
    expect(expectFocusInPanel(el, 'Cancel all').id).to.equal('file-input');
    await setFaults({});
  });

  it('shows long file names in full and reflows at 320 CSS px without two-axis scrolling', async () => {
    await setFaults({ partPut: { failRate: 1, status: 503 } });
    const el = await mountReady();
    el.style.width = '320px'; // a 320 CSS px wide page, as WCAG 1.4.10 reflow sets it
    await el.updateComplete;
    const longName = `${'holiday-'.repeat(12)}final-final-2.jpg`;
    selectFiles(el, [randomFile(longName, 1 * MiB, 'image/jpeg'), randomFile('short.bin', 1 * MiB)]);
    await waitForStatus(el, ['queued', 'uploading'], 2);
    await el.updateComplete;

    const name = $(el, '[part=file-name]')!;
    expect(name.textContent).to.equal(longName);
    // Readable in full: nothing of the name is clipped (it wraps instead).
    expect(name.scrollWidth, 'the name is not cut').to.be.at.most(name.clientWidth);
    expect(getComputedStyle(name).textOverflow).to.not.equal('ellipsis');
    expect(name.getBoundingClientRect().height, 'the name wraps onto several lines').to.be.greaterThan(30);

    // Nothing in the panel is wider than the 320 px it has: no horizontal scrolling.
    const right = el.getBoundingClientRect().right + 0.5;
    for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
      if (node.closest('.visually-hidden') || getComputedStyle(node).display === 'none') continue;
      expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className} fits 320 px`).to.be.at.most(right);
    }
    expect(el.scrollWidth, 'the element does not scroll sideways').to.be.at.most(320);
    await setFaults({});
  });
});
