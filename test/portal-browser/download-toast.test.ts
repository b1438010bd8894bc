import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { resetBackend, setFaults } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import {
  $,
  found,
  gridOf,
  mountPortal,
  nextDownload,
  tilesOf,
  until,
  untilResults,
  openImageDownload,
} from './helpers.js';

/**
 * Issue 18, the portal's downloads: the job's progress is a toast over the page (it pushes
 * nothing down and no host ancestor clips it), and a single download is one click — the file is
 * saved when ready, in a new browsing context, while the host page stays.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const toastOf = (el: DashPortalBrowser) => $(el, '.toast');

describe('dash-portal-browser: the download toast and one-click downloads', function () {
  this.timeout(40_000);
  afterEach(() => resetBackend());

  it('shows progress in a toast in the top layer, announced politely, without moving the page', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    // Inside a transformed ancestor (what scroll-reveal libraries leave behind): still the viewport's.
    el.parentElement!.style.transform = 'translateY(0)';
    for (const tile of tilesOf(el).slice(0, 2)) tile.querySelector<HTMLElement>('.check')!.click();
    const button = await found(
      () => $<HTMLButtonElement>(el, '[part~=selection-bar] [part~=download-button]'),
      'no selection bar',
    );
    const gridTop = gridOf(el).getBoundingClientRect().top;
    await setFaults({ routes: [{ method: 'GET', path: '^/asset-download-batch-jobs/', delayMs: 3000 }] });
    button.click();
    const toast = await found(() => toastOf(el), 'no toast');
    await until(() => toast.matches(':popover-open'), 'the toast is not in the top layer');
    const status = toast.querySelector('[part~=download-status]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.querySelector('progress')).to.exist;
    expect(toast.querySelector('[part~=cancel-button]')).to.exist;
    expect(gridOf(el).getBoundingClientRect().top, 'nothing pushed down').to.be.closeTo(gridTop, 1);
    const box = toast.getBoundingClientRect();
    expect(getComputedStyle(toast).position).to.equal('fixed');
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(box.right).to.be.at.most(innerWidth);
    expect(box.height, 'a toast, not a panel').to.be.below(innerHeight / 3);
    await expect(el).to.be.accessible();
    el.parentElement!.style.transform = '';
  });

  it('a failure is an alert in the toast with Try again and Close', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const button = await openImageDownload(el);
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', status: 500 }] });
    button.click();
    const status = await found(() => $(el, '.toast [part~=download-status][role=alert]'), 'no alert');
    expect(status.textContent).to.contain('could not be prepared');
    const labels = [...status.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Try again', 'Close']);
  });

  // Last in this file: the file really opens, in a new tab that then has the browser's focus,
  // so this page gets no animation frames until that tab is closed (only timers before that).
  it('one click on Download saves a single file when ready, in a new context; the host page stays', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const button = await openImageDownload(el);
    const page = location.href;
    let left = false;
    const onLeave = () => (left = true);
    addEventListener('pagehide', onLeave);
    addEventListener('beforeunload', onLeave);
    try {
      const done = nextDownload();
      button.focus();
      await sendKeys({ press: 'Enter' }); // a trusted key press: the visitor's activation
      const { url } = (await done).detail;
      const status = () => $(el, '[part~=download-status]')?.textContent ?? '';
      for (let waited = 0; !/started|ready/.test(status()) && waited < 10_000; waited += 100) await sleep(100);
      expect(status(), 'no second step').to.contain('Your download has started.');
      const link = $<HTMLAnchorElement>(el, '[part~=download-link]')!;
      expect(link.href).to.equal(url);
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.equal(true);
      await sleep(1500); // a navigation of this page would have begun by now
      expect(left, 'no pagehide/beforeunload').to.equal(false);
      expect(location.href).to.equal(page);
    } finally {
      removeEventListener('pagehide', onLeave);
      removeEventListener('beforeunload', onLeave);
      await executeServerCommand('close-other-tabs');
    }
  });

  it('after the new tab is closed, this page is in front again: animation frames run', async () => {
    const frame = new Promise((resolve) => requestAnimationFrame(resolve));
    const timeout = sleep(2_000).then(() => 'no frame');
    expect(await Promise.race([frame.then(() => 'frame'), timeout])).to.equal('frame');
  });
});
