/**
 * Configuration that arrives after the upgrade (issue 15): React and Next.js hydration, Vue and
 * Angular bindings and page scripts set properties on an element that has already upgraded with
 * no attributes. The picker shows its loading state meanwhile, never reports a spurious
 * `invalid-config`, lets a newer portal win over an older one still resolving, and reports
 * `invalid-config` once, after settling, when no configuration ever comes.
 */
import { expect } from '@open-wc/testing';
import '../../src/asset-picker.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { backendFor, PROFILES } from '../support/backend.js';
import { bareElement, collectErrors, sleep } from '../support/late-properties.js';
import { $, mountPicker, statusText, tileNames, until, untilResults } from './helpers.js';

/** Samples the result count and the tiles the element shows, until stopped. */
function watch(el: DashAssetPicker): { counts: Set<string>; tiles: Set<string>; stop: () => void } {
  const counts = new Set<string>();
  const tiles = new Set<string>();
  const record = () => {
    if (/\d/.test(statusText(el))) counts.add(statusText(el));
    for (const name of tileNames(el)) tiles.add(name);
  };
  const timer = setInterval(record, 10);
  return { counts, tiles, stop: () => (record(), clearInterval(timer)) };
}

for (const profile of PROFILES) {
  describe(`dash-asset-picker: properties set after the upgrade (${profile} profile)`, function () {
    this.timeout(30_000);
    const backend = backendFor(profile);
    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('waits for properties set 10 ms after whenDefined: no dash-error, the results show', async () => {
      const reference = await mountPicker({ portal: 'press', apiBase: backend.apiBase });
      await untilResults(reference);
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-asset-picker');
        await customElements.whenDefined('dash-asset-picker');
        await sleep(10);
        expect($(el, '[part=loading]'), 'the loading state shows meanwhile').to.not.equal(null);
        el.apiBase = backend.apiBase;
        el.subdomain = 'demo';
        el.portal = 'press';
        await until(() => /\d/.test(statusText(el)), 'results never arrived');
        await untilResults(el);
        expect(tileNames(el)).to.deep.equal(tileNames(reference));
        await sleep(300); // anything late would have arrived by now
        expect($(el, '[part=error]')).to.equal(null);
      });
      expect(errors, 'no dash-error at all').to.deep.equal([]);
    });

    it('shows only the newer portal when the portal changes before the first one resolved', async () => {
      const reference = await mountPicker({ portal: 'press', apiBase: backend.apiBase });
      await untilResults(reference);
      // The first portal's data arrives late; the second portal is set before it does.
      await backend.setFaults({
        routes: [{ method: 'GET', path: 'publicly-available-portal-datas/big$', delayMs: 800 }],
      });
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-asset-picker');
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
        expect([...seen.counts], 'only the newer portal’s count').to.deep.equal([statusText(reference)]);
        const expected = new Set(tileNames(reference));
        expect(
          [...seen.tiles].filter((name) => !expected.has(name)),
          'no tile of the older portal',
        ).to.deep.equal([]);
        expect(tileNames(el)).to.deep.equal(tileNames(reference));
      });
      expect(errors).to.deep.equal([]);
    });

    it('reports invalid-config once, after settling, when no configuration ever comes', async () => {
      const errors = await collectErrors(async (errors) => {
        const el = await bareElement('dash-asset-picker');
        el.apiBase = backend.apiBase;
        await el.updateComplete;
        expect(errors, 'nothing is reported at the first render').to.deep.equal([]);
        expect($(el, '[part=loading]'), 'the loading state shows until then').to.not.equal(null);
        await until(() => $(el, '[part=error]'), 'the error state appears', 5_000);
        el.multiple = true; // an unrelated change does not report it again
        await sleep(300);
      });
      expect(errors).to.deep.equal(['invalid-config']);
    });
  });
}
