/**
 * Configuration that arrives after the upgrade (issue 15): React and Next.js hydration, Vue and
 * Angular bindings and page scripts set properties on an element that has already upgraded with
 * no attributes. The portal browser shows its loading state meanwhile, never reports a spurious
 * `invalid-config`, lets a newer portal win over an older one still resolving, and reports
 * `invalid-config` once, after settling, when no configuration ever comes.
 */
import { expect } from '@open-wc/testing';
import '../../src/portal-browser.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { backendFor, PROFILES } from '../support/backend.js';
import { bareElement, collectErrors, sleep } from '../support/late-properties.js';
import { $, $$, mountPortal, statusText, tileNames, until, untilResults } from './helpers.js';

/** Samples the portal name and the result count the element shows, until stopped. */
function watch(el: DashPortalBrowser): { names: Set<string>; counts: Set<string>; stop: () => void } {
  const names = new Set<string>();
  const counts = new Set<string>();
  const record = () => {
    const name = $(el, '[part=header] h2')?.textContent?.trim();
    if (name) names.add(name);
    if (/\d/.test(statusText(el))) counts.add(statusText(el));
  };
  const timer = setInterval(record, 10);
  return { names, counts, stop: () => (record(), clearInterval(timer)) };
}

for (const profile of PROFILES) {
  describe(`dash-portal-browser: properties set after the upgrade (${profile} profile)`, function () {
    this.timeout(30_000);
    const backend = backendFor(profile);
    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('waits for properties set 10 ms after whenDefined: no dash-error, the results show', async () => {
      const reference = await mountPortal('press', { apiBase: backend.apiBase });
      await untilResults(reference);
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-portal-browser');
        await customElements.whenDefined('dash-portal-browser');
        await sleep(10);
        expect($(el, '[part=loading]'), 'the loading state shows meanwhile').to.not.equal(null);
        el.apiBase = backend.apiBase;
        el.subdomain = 'demo';
        el.portal = 'press';
        await until(() => /\d/.test(statusText(el)), 'results never arrived');
        await untilResults(el);
        expect($(el, '[part=header] h2')!.textContent).to.equal('Press portal');
        expect(tileNames(el)).to.deep.equal(tileNames(reference));
        await sleep(300); // anything late would have arrived by now
        expect($(el, '[part=error]')).to.equal(null);
      });
      expect(errors, 'no dash-error at all').to.deep.equal([]);
    });

    it('shows only the newer portal when the portal changes before the first one resolved', async () => {
      const reference = await mountPortal('press', { apiBase: backend.apiBase });
      await untilResults(reference);
      // The first portal's data arrives late; the second portal is set before it does.
      await backend.setFaults({
        routes: [{ method: 'GET', path: 'publicly-available-portal-datas/big$', delayMs: 800 }],
      });
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-portal-browser');
        const seen = watch(el);
        el.apiBase = backend.apiBase;
        el.subdomain = 'demo';
        el.portal = 'big';
        await sleep(50);
        el.portal = 'press';
        await until(() => /\d/.test(statusText(el)), 'results never arrived');
        await untilResults(el);
        await sleep(1200); // past the older answer's arrival
        await untilResults(el);
        seen.stop();
        expect([...seen.names], 'the older portal never shows').to.deep.equal(['Press portal']);
        expect([...seen.counts], 'only the newer portal’s results').to.deep.equal([statusText(reference)]);
        expect(tileNames(el)).to.deep.equal(tileNames(reference));
      });
      expect(errors).to.deep.equal([]);
    });

    it('reports invalid-config once, after settling, when no configuration ever comes', async () => {
      const errors = await collectErrors(async (errors) => {
        const el = await bareElement('dash-portal-browser');
        el.apiBase = backend.apiBase;
        await el.updateComplete;
        expect(errors, 'nothing is reported at the first render').to.deep.equal([]);
        expect($(el, '[part=loading]'), 'the loading state shows until then').to.not.equal(null);
        await until(() => $(el, '[part=error]'), 'the error state appears', 5_000);
        el.syncUrl = false;
        el.locale = 'de'; // an unrelated change does not report it again
        await sleep(300);
      });
      expect(errors).to.deep.equal(['invalid-config']);
    });
  });
}

describe('dash-portal-browser: another portal after the first one loaded', function () {
  this.timeout(30_000);
  const backend = backendFor('seed');
  beforeEach(() => backend.reset());
  after(() => backend.reset());

  it('shows the new portal from its top: its tree, all its assets, no folder or view of the old one', async () => {
    const reference = await mountPortal('big', { apiBase: backend.apiBase });
    await untilResults(reference);
    const rootsOf = (portal: DashPortalBrowser) =>
      $$(portal.shadowRoot!.querySelector('dash-folder-tree')!, '[role=treeitem][aria-level="1"]')
        .map((item) => item.dataset.id)
        .filter(Boolean);
    await until(() => rootsOf(reference).length > 0, 'the reference tree');
    const referenceRoots = rootsOf(reference);
    const el = await mountPortal('press', { apiBase: backend.apiBase });
    await untilResults(el);
    // Open a folder of the first portal and an asset in it.
    const tree = el.shadowRoot!.querySelector('dash-folder-tree')!;
    const folders = () => $$(tree, '[role=treeitem][aria-level="1"]').filter((item) => item.dataset.id);
    await until(() => folders().length > 0, 'folders');
    folders().at(-1)!.click();
    await until(
      () => $(el, '[part~=breadcrumb] [aria-current=page]')?.textContent?.trim() !== 'All assets',
      'folder opened',
    );
    await untilResults(el);

    el.portal = 'big';
    await until(() => $(el, '[part=header] h2')?.textContent === 'Archive (10,050 assets)', 'the new portal');
    await untilResults(el);
    await until(
      () => JSON.stringify(rootsOf(el)) === JSON.stringify(referenceRoots),
      `the new tree: ${referenceRoots}`,
    );
    expect($(el, '[part~=breadcrumb] [aria-current=page]')!.textContent!.trim()).to.equal('All assets');
    expect(statusText(el)).to.equal(statusText(reference));
    expect(tileNames(el)).to.deep.equal(tileNames(reference));
  });
});
