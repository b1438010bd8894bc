/**
 * Accessibility across states: axe-core on every element in every state the local backend can
 * put it in (loading, loaded, empty, error, passcode, lightbox open, modal open, uploading,
 * done, failed), a visible focus indicator on keyboard focus, `prefers-reduced-motion` honoured
 * by the lightbox, and live regions that exist and change for progress and errors.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base, setFaults } from '../support/backend.js';
import { deepElements } from '../support/detectors.js';
import {
  $,
  closeLightbox,
  counterOf,
  keydown,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  selectFiles,
  smallFile,
  submitEmail,
  submitPasscode,
  tilesOf,
  typeInto,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';

const origins = { api: apiBase, s3: s3Base };
let states = 0;

/** axe on the element (shadow DOM included), counted for the report. */
async function axe(el: Element, state: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${el.localName} [${state}]: ${(error as Error).message}`, { cause: error });
  }
  states++;
}

async function box(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs from a button placed before `el` into it; returns the focused control. */
async function tabInto(el: Element): Promise<Element> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  const active = deepActive();
  before.remove();
  if (!active || active === before) throw new Error(`Tab did not enter ${el.localName}`);
  return active;
}

function expectFocusVisible(control: Element): void {
  expect(control.matches(':focus-visible'), `${control.localName} matches :focus-visible`).to.equal(true);
  const style = getComputedStyle(control);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow !== 'none';
  expect(
    outline || ring,
    `${control.localName}.${control.className}: outline ${style.outline}, box-shadow ${style.boxShadow}`,
  ).to.equal(true);
}

/** Records the text of every live region in `el` each time it changes. */
function recordLiveRegions(el: Element): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const observer = new MutationObserver(() => {
    for (const region of [...deepElements(el.shadowRoot!)].filter((n) =>
      n.matches('[aria-live], [role=status], [role=alert]'),
    )) {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text && messages.at(-1) !== text && !messages.includes(text)) messages.push(text);
    }
  });
  const observe = (root: Node) => observer.observe(root, { subtree: true, childList: true, characterData: true });
  observe(el.shadowRoot!);
  for (const node of deepElements(el.shadowRoot!)) if (node.shadowRoot) observe(node.shadowRoot);
  return { messages, stop: () => observer.disconnect() };
}

describe('accessibility in every state', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  after(async () => {
    await resetBackend();
    await emulateMedia({ reducedMotion: 'no-preference' });

    console.log(`[accessibility/a11y] ${states} element states passed axe`);
  });

  it('dash-gallery: loading, loaded, empty, error, lightbox open; focus ring on tiles', async () => {
    await setFaults({ latencyMs: 1_500 });
    const loading = await box();
    const el = document.createElement('dash-gallery');
    el.setAttribute('source', 'json');
    el.setAttribute('src', `${apiBase}/demo-data/gallery.json`);
    loading.append(el);
    await until(() => $(el, '[part=loading]'), 'loading state');
    await axe(el, 'loading');
    await setFaults({});

    const loaded = await mountGallery(await box(), origins, {
      source: 'json',
      src: `${apiBase}/demo-data/gallery.json`,
    });
    await axe(loaded, 'loaded');
    expectFocusVisible(await tabInto(loaded));
    const pswp = await openLightbox(loaded, 1);
    await axe(loaded, 'lightbox open');
    expect(pswp.contains(deepActive()) || deepActive() === pswp, 'focus moved into the lightbox').to.equal(true);
    await closeLightbox(loaded);

    const empty = await mountGallery(await box(), origins, {
      source: 'json',
      src: `${apiBase}/demo-data/large.json?count=0`,
    });
    expect($(empty, '[part=empty]')).to.exist;
    await axe(empty, 'empty');

    const editable = await mountGallery(await box(), origins, { source: 'cms', gallery: 'summer-2026', token: 'demo' });
    editable.setAttribute('editable', '');
    await until(() => $(editable, '[part=edit-tools]'), 'editing tools');
    await axe(editable, 'editable');

    await setFaults({ routes: [{ path: '^/demo-data/gallery\\.json$', status: 404 }] });
    const failed = await mountGallery(await box(), origins, {
      source: 'json',
      src: `${apiBase}/demo-data/gallery.json`,
    });
    expect($(failed, '[part=error][role=alert]')).to.exist;
    await axe(failed, 'error');
  });

  it('dash-gallery: prefers-reduced-motion opens the lightbox without the zoom animation', async () => {
    /** Longest transition that ran while the lightbox opened (s). */
    async function openingTransition(reduce: boolean): Promise<number> {
      await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      const el = await mountGallery(await box(), origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` });
      let longest = 0;
      const onRun = (event: Event) => {
        const target = event.composedPath()[0] as Element;
        const durations = getComputedStyle(target)
          .transitionDuration.split(',')
          .map((d) => parseFloat(d));
        longest = Math.max(longest, ...durations);
      };
      el.shadowRoot!.addEventListener('transitionrun', onRun);
      await openLightbox(el, 1);
      keydown('ArrowRight');
      await until(() => counterOf(el).startsWith('2'), 'next slide');
      await closeLightbox(el);
      el.shadowRoot!.removeEventListener('transitionrun', onRun);
      return longest;
    }
    // Control: without the preference the zoom transition runs (so the detector works).
    expect(await openingTransition(false), 'animated by default').to.be.greaterThan(0.1);
    expect(await openingTransition(true), 'no animation when reduced').to.be.at.most(0.01);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('dash-portal-browser: loading, passcode, wrong passcode, loaded, empty, asset view, error', async () => {
    await setFaults({ latencyMs: 1_500 });
    const loading = mountPortal(await box(), origins, 'press');
    await until(() => $(loading, '[part=loading]'), 'loading state');
    await axe(loading, 'loading');
    await setFaults({});

    const locked = mountPortal(await box(), origins, 'partners');
    await until(() => $(locked, '#passcode'), 'passcode form');
    await axe(locked, 'passcode');
    const live = recordLiveRegions(locked);
    submitPasscode(locked, 'wrong');
    await until(() => $(locked, '#passcode-error')!.textContent!.trim(), 'wrong passcode message');
    await axe(locked, 'wrong passcode');
    expect(live.messages.join(' | '), 'the wrong passcode is announced').to.match(/passcode/i);
    live.stop();

    const el = mountPortal(await box(), origins, 'press');
    await untilPortalResults(el);
    await axe(el, 'loaded');
    expectFocusVisible(await tabInto(el));
    const search = recordLiveRegions(el);
    typeInto($<HTMLInputElement>(el, '#search')!, 'zzzz-nothing-matches');
    await until(() => $(el, '[part=empty]'), 'empty state');
    await axe(el, 'no results');
    expect(search.messages.length, `status announcements: ${search.messages.join(' | ')}`).to.be.greaterThan(0);
    search.stop();
    typeInto($<HTMLInputElement>(el, '#search')!, '');
    await until(() => tilesOf(el).length > 0, 'results back');
    tilesOf(el)[0].click();
    await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view');
    await axe(el, 'asset view');
    // A download job in progress (slowed down), announced, then done.
    const downloadLive = recordLiveRegions(el);
    await setFaults({ latencyMs: 500 });
    const button = await until(
      () => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]'),
      'download button',
    );
    button.click();
    await until(() => $(el, '[part=download-status] progress'), 'download progress');
    await axe(el, 'downloading');
    await until(() => $(el, '[part~=download-link]'), 'download ready', 30_000);
    await setFaults({});
    await axe(el, 'download ready');
    expect(downloadLive.messages.length, `download announcements: ${downloadLive.messages.join(' | ')}`).to.be.at.least(
      2,
    );
    downloadLive.stop();
    // A custom size with wrong sides, then the terms dialog before a download (issue 22).
    const format = $<HTMLSelectElement>(el, '#format-asset')!;
    format.value = 'custom-size';
    format.dispatchEvent(new Event('change'));
    (await until(() => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]'), 'button')).click();
    await until(() => $(el, '.custom-size .field-error'), 'custom size errors');
    await axe(el, 'custom size, wrong sides');
    format.value = '';
    format.dispatchEvent(new Event('change'));
    el.setAttribute('terms', 'Press use only.');
    (await until(() => $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]'), 'button')).click();
    await until(() => $(el, 'dialog[open]'), 'terms dialog');
    await axe(el, 'terms dialog');
    $<HTMLButtonElement>(el, '[part~=terms-cancel-button]')!.click();

    const missing = mountPortal(await box(), origins, 'no-such-portal');
    await until(() => $(missing, '[part=error][role=alert]'), 'error state');
    await axe(missing, 'error');
  });

  it('dash-asset-picker: loading, loaded, selection, modal open, error, licence expired', async () => {
    await setFaults({ latencyMs: 1_500 });
    const loading = mountPicker(await box(), origins, { portal: 'press' });
    await until(() => $(loading, '[part=loading]'), 'loading state');
    await axe(loading, 'loading');
    await setFaults({});

    const el = mountPicker(await box(), origins, { portal: 'press' });
    await untilPickerResults(el);
    await axe(el, 'loaded');
    expectFocusVisible(await tabInto(el));
    const live = recordLiveRegions(el);
    tilesOf(el)[0].click();
    await until(() => live.messages.some((m) => /1/.test(m)), 'selection announced');
    await axe(el, 'selected');
    live.stop();

    const modal = document.createElement('dash-asset-picker') as DashAssetPicker;
    modal.setAttribute('api-base', apiBase);
    modal.setAttribute('subdomain', 'demo');
    modal.setAttribute('portal', 'press');
    modal.setAttribute('modal', '');
    (await box()).append(modal);
    await modal.show();
    await untilPickerResults(modal);
    expect($<HTMLDialogElement>(modal, 'dialog')?.open, 'dialog open').to.equal(true);
    await axe(modal, 'modal open');
    modal.close();

    const failed = mountPicker(await box(), origins, { portal: 'no-such-portal' });
    await until(() => $(failed, '[part=error][role=alert]'), 'error state');
    await axe(failed, 'error');
    // An expired licence (the demo's expiry field): the badge, and the tile blocked with its reason.
    const expired = document.createElement('dash-asset-picker') as DashAssetPicker;
    Object.assign(expired, { accessToken: 'demo', expiryField: 'a17e0000-0000-4000-a000-000000000004' });
    expired.setAttribute('api-base', apiBase);
    expired.setAttribute('subdomain', 'demo');
    expired.setAttribute('block-expired', '');
    (await box()).append(expired);
    await untilPickerResults(expired);
    const search = $<HTMLInputElement>(expired, '#search')!;
    search.value = 'mountain-001';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => tilesOf(expired)[0]?.querySelector('[part~=expired-badge]'), 'expired badge');
    await axe(expired, 'licence expired, not selectable');
  });

  it('dash-guest-upload: loading, email, invalid email, ready, uploading, done, failed; live announcements', async () => {
    await setFaults({ latencyMs: 1_500 });
    const loading = mountUpload(await box(), origins);
    await until(() => $(loading, '[part=loading]'), 'loading state');
    await axe(loading, 'loading');
    await setFaults({});

    const el = mountUpload(await box(), origins);
    await until(() => $(el, '#email'), 'email form');
    await axe(el, 'email form');
    expectFocusVisible(await tabInto(el));
    submitEmail(el, 'not-an-email');
    await until(() => $(el, '[part=email-error]'), 'invalid email message');
    await axe(el, 'invalid email');
    submitEmail(el);
    await until(() => $(el, '#file-input'), 'drop zone');
    await axe(el, 'ready');

    // Slow the parts down so the uploading state can be checked while it lasts.
    await setFaults({ latencyMs: 400 });
    const live = recordLiveRegions(el);
    selectFiles(el, [smallFile('a11y-one.jpg', 256 * 1024), smallFile('a11y-two.jpg', 128 * 1024)]);
    await until(() => el.files.some((f) => f.status === 'uploading'), 'uploading');
    await axe(el, 'uploading');
    await until(() => el.files.length === 2 && el.files.every((f) => f.status === 'done'), 'done', 30_000);
    await axe(el, 'done');
    await setFaults({});

    // A file that fails: the batch job is refused.
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-and-upload-batch-jobs$', status: 403 }] });
    selectFiles(el, [smallFile('a11y-fails.jpg', 16 * 1024)]);
    await until(() => el.files.some((f) => f.status === 'failed'), 'failed');
    await until(() => live.messages.some((m) => m.includes('a11y-fails.jpg')), 'failure announced');
    await axe(el, 'failed');
    live.stop();
    expect(live.messages.length, `announcements: ${live.messages.join(' | ')}`).to.be.at.least(3);
    // Progress and completion were announced, not only shown.
    expect(
      live.messages.some((m) => /%|progress|upload/i.test(m)),
      live.messages.join(' | '),
    ).to.equal(true);
  });
});
