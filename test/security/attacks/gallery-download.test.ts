/**
 * Issue 16 class 10 for <dash-gallery>: the lightbox's download clicked an `<a download>` in the
 * host page's own window. Cross-origin, `download` is ignored for a file not served as an
 * attachment, so the click navigated the host page away to the file. Now the finished file opens
 * in a new browsing context (`target=_blank rel=noopener`), started for the visitor while their
 * click still counts as one, else offered as a "Save the file" link they follow.
 *
 * Real clicks and key presses (sendKeys) give the page real user activation, so the browser
 * decides as it would for a visitor. One row per attack: adding one is one line in ATTACKS.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { apiBase, resetBackend, setFaults, type RouteFault } from '../../support/backend.js';
import { $, $$, key, mount, nextEvent, openAt, pswp, until } from '../../gallery/helpers.js';

interface Attack {
  name: string;
  /** How the finished file is served (route faults on the backend's download URL). */
  faults: RouteFault[];
  /** The option the visitor chooses: 0 = Original file, 1 = the first preset. */
  option: number;
}

/** The file answered inline, as JSON: not an attachment, so `download` is ignored cross-origin. */
const INLINE: RouteFault = { method: 'GET', path: '^/downloads/', status: 200, body: '{"inline":"not an attachment"}' };

/**
 * Chosen by a script click (no user activation): the file is not opened for the visitor; the
 * "Save the file" link (new context) is offered and focused, and the host page stays.
 */
const ATTACKS: Attack[] = [
  { name: 'a cross-origin file served inline, the original', faults: [INLINE], option: 0 },
  { name: 'a cross-origin file served inline, a preset', faults: [INLINE], option: 1 },
  { name: 'a cross-origin file served as an attachment', faults: [], option: 0 },
  {
    name: 'a slow job, file served inline',
    faults: [INLINE, { method: 'GET', path: '^/asset-download-batch-jobs/', delayMs: 1200 }],
    option: 0,
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Watches for the host page leaving: pagehide/beforeunload, a changed URL, a new document. */
function watchNavigation(): { check: () => void; stop: () => void } {
  const page = location.href;
  const marker = Symbol('still this document');
  const record = window as unknown as Record<symbol, boolean>;
  record[marker] = true;
  let left = false;
  const onLeave = () => (left = true);
  window.addEventListener('pagehide', onLeave);
  window.addEventListener('beforeunload', onLeave);
  return {
    check() {
      expect(left, 'no pagehide/beforeunload').to.equal(false);
      expect(location.href).to.equal(page);
      expect(record[marker]).to.equal(true);
    },
    stop() {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
    },
  };
}

/** A downloadable Dash portal gallery with its lightbox open on an image and the menu listing options. */
async function openDownloadMenu(minOptions: number) {
  const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
  const el = await mount({
    attrs: {
      source: 'dash-portal',
      subdomain: 'demo',
      portal: 'press',
      folder: portal.result.whitelistedFolderFieldOptionIds[0],
    },
  });
  const image = await until(() => $(el, '.cell img')?.closest('.cell'), 'an image tile');
  await openAt(el, Number(image.getAttribute('aria-posinset')));
  $<HTMLButtonElement>(el, '.dash-pswp-download-toggle')!.click();
  const options = await until(() => {
    const found = $$<HTMLButtonElement>(el, '.dash-pswp-option');
    return found.length >= minOptions ? found : null;
  }, 'the download options');
  return { el, options };
}

function expectSaveLink(el: Element): HTMLAnchorElement {
  const save = $<HTMLAnchorElement>(el, '.dash-pswp-save')!;
  expect(save.hidden, 'the save link is offered').to.equal(false);
  expect(save.target).to.equal('_blank');
  expect(save.relList.contains('noopener')).to.equal(true);
  expect(new URL(save.href).origin).to.equal(new URL(apiBase).origin);
  expect(new URL(save.href).pathname).to.match(/^\/downloads\//);
  return save;
}

describe('attacks on the <dash-gallery> lightbox download (issue 16 class 10)', function () {
  this.timeout(40_000);
  afterEach(() => resetBackend());

  for (const attack of ATTACKS) {
    it(`${attack.name}: the host page stays, the file is offered in a new context`, async () => {
      await setFaults({ routes: attack.faults });
      const navigation = watchNavigation();
      try {
        const { el, options } = await openDownloadMenu(attack.option + 1);
        options[attack.option].click();
        const status = () => $(el, '.dash-pswp-status')!.textContent;
        await until(() => status() === 'Your download is ready.', 'the download is ready', 15_000);
        const save = expectSaveLink(el);
        expect(el.shadowRoot!.activeElement, 'the link has focus').to.equal(save);
        await sleep(500);
        navigation.check();
        // Another slide: the link to the last file leaves with its status.
        key('ArrowRight');
        await until(() => save.hidden, 'the save link hides on another slide');
        const closed = nextEvent(el, 'dash-lightbox-close');
        key('Escape');
        await closed;
        await until(() => !pswp(el), 'the lightbox closed');
        navigation.check();
      } finally {
        navigation.stop();
      }
    });
  }

  // The file really opens, in a new tab that then has the browser's focus, so this page (in the
  // background) gets no animation frames until that tab is closed: only timers are used before.
  it('a cross-origin file served inline, chosen with a real key press: it opens in a new context, the host page stays', async () => {
    await setFaults({ routes: [INLINE] });
    const navigation = watchNavigation();
    try {
      const { el, options } = await openDownloadMenu(1);
      options[0].focus();
      await sendKeys({ press: 'Enter' }); // a trusted key press: user activation, as a visitor's
      const status = () => $(el, '.dash-pswp-status')!.textContent;
      for (let waited = 0; !/started|ready/.test(status() ?? '') && waited < 15_000; waited += 100) await sleep(100);
      expect(status()).to.equal('Your download has started.');
      expectSaveLink(el);
      await sleep(1500); // a navigation of this page would have begun by now
      navigation.check();
      expect(pswp(el), 'the lightbox is still open').to.not.equal(null);
    } finally {
      navigation.stop();
      await executeServerCommand('close-other-tabs');
    }
  });

  it('after the new tab is closed, this page is in front again: animation frames run', async () => {
    const frame = new Promise((resolve) => requestAnimationFrame(resolve));
    const timeout = sleep(2_000).then(() => 'no frame');
    expect(await Promise.race([frame.then(() => 'frame'), timeout])).to.equal('frame');
    expect(document.visibilityState).to.equal('visible');
  });
});
