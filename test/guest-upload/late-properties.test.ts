/**
 * Configuration that arrives after the upgrade (issue 15): React and Next.js hydration, Vue and
 * Angular bindings and page scripts set properties on an element that has already upgraded with
 * no attributes. The uploader shows its loading state meanwhile, never reports a spurious
 * `invalid-config`, lets a newer configuration win over an older load, and reports
 * `invalid-config` once, after settling, when no configuration ever comes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/guest-upload.js';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { backendFor, PROFILES } from '../support/backend.js';
import { bareElement, collectErrors, sleep } from '../support/late-properties.js';
import { $, GUEST_UPLOAD, SUBDOMAIN } from './helpers.js';

/** Records every heading text the element ever renders. */
function watchHeadings(el: DashGuestUpload): { seen: Set<string>; stop: () => void } {
  const seen = new Set<string>();
  const record = () => {
    const text = $(el, '[part=heading]')?.textContent;
    if (text) seen.add(text);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { seen, stop: () => (record(), observer.disconnect()) };
}

for (const profile of PROFILES) {
  describe(`dash-guest-upload: properties set after the upgrade (${profile} profile)`, function () {
    this.timeout(30_000);
    const backend = backendFor(profile);
    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('waits for properties set 10 ms after whenDefined: no dash-error, the email form appears', async () => {
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-guest-upload');
        await customElements.whenDefined('dash-guest-upload');
        await sleep(10);
        expect($(el, '[part=loading]'), 'the loading state shows meanwhile').to.not.equal(null);
        el.apiBase = backend.apiBase;
        el.subdomain = SUBDOMAIN;
        el.guestUpload = GUEST_UPLOAD;
        await waitUntil(() => $(el, '#email'), 'the email form appears', { timeout: 10_000 });
        expect($(el, '[part=heading]')!.textContent).to.equal('Photo submissions');
        await sleep(300); // anything late would have arrived by now
        expect($(el, '[part=error]')).to.equal(null);
      });
      expect(errors, 'no dash-error at all').to.deep.equal([]);
    });

    it('shows the newer guest upload when the configuration changes before the first one loaded', async () => {
      // The first link's texts arrive late; the second link is set before they do.
      await backend.setFaults({ routes: [{ method: 'GET', path: 'hostile-upload', delayMs: 800 }] });
      const errors = await collectErrors(async () => {
        const el = await bareElement('dash-guest-upload');
        const headings = watchHeadings(el);
        el.apiBase = backend.apiBase;
        el.subdomain = SUBDOMAIN;
        el.guestUpload = 'hostile-upload';
        await sleep(50);
        el.guestUpload = GUEST_UPLOAD;
        await waitUntil(() => $(el, '#email'), 'the email form appears', { timeout: 10_000 });
        await sleep(1200); // past the older answer's arrival
        headings.stop();
        expect($(el, '[part=heading]')!.textContent).to.equal('Photo submissions');
        expect([...headings.seen], 'the older link never shows').to.deep.equal(['Photo submissions']);
      });
      expect(errors).to.deep.equal([]);
    });

    it('reports invalid-config once, after settling, when no configuration comes in time, and recovers when it does', async () => {
      const errors = await collectErrors(async (errors) => {
        const el = await bareElement('dash-guest-upload');
        el.apiBase = backend.apiBase;
        await el.updateComplete;
        expect(errors, 'nothing is reported at the first render').to.deep.equal([]);
        expect($(el, '[part=loading]'), 'the loading state shows until then').to.not.equal(null);
        await waitUntil(() => $(el, '[part=error]'), 'the error state appears', { timeout: 5_000 });
        el.accept = 'image/*'; // an unrelated change does not report it again
        await sleep(300);
        // A configuration that comes after all still wins.
        el.subdomain = SUBDOMAIN;
        el.guestUpload = GUEST_UPLOAD;
        await waitUntil(() => $(el, '#email'), 'the email form appears', { timeout: 10_000 });
        expect($(el, '[part=error]')).to.equal(null);
      });
      expect(errors).to.deep.equal(['invalid-config']);
    });
  });
}
