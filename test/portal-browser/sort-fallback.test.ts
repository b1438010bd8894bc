/**
 * Sort fallback honesty: a server that refuses the guessed FILENAME sort (400) gets the search
 * again as DATE_LIVE newest first (src/api/assets.ts documentedSearch). The sort menu then says
 * "Newest first", the order actually used, and offers "Name" disabled with the reason — it must
 * not keep saying "Name" over a newest-first list. Shared by the picker (browse/filters.ts).
 */
import { expect } from '@open-wc/testing';
import { backendFor, PROFILES } from '../support/backend.js';
import { $, mountPortal, tileNames, until, untilResults } from './helpers.js';
import {
  mountPicker,
  tileNames as pickerTileNames,
  untilResults as untilPickerResults,
} from '../asset-picker/helpers.js';

const sortMenu = (el: Element) => $<HTMLSelectElement>(el, '#sort')!;

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What the menu says after the server refused the name sort. */
function expectHonestMenu(el: Element): void {
  const menu = sortMenu(el);
  expect(menu.value, 'the order actually used').to.equal('newest');
  const name = menu.querySelector<HTMLOptionElement>('option[value=name]')!;
  expect(name.disabled, 'name can no longer be chosen').to.equal(true);
  expect(name.textContent!.trim()).to.equal('Name (A–Z) (not available here)');
  const note = $(el, '#sort-note')!;
  expect(note.textContent).to.equal('This server cannot sort by name; showing newest first.');
  expect(menu.getAttribute('aria-describedby')).to.equal('sort-note');
}

for (const profile of PROFILES) {
  describe(`sort fallback: the menu shows the order used (${profile} profile)`, function () {
    this.timeout(30_000);
    const backend = backendFor(profile);
    beforeEach(() => backend.reset());
    after(() => backend.reset());

    it('dash-portal-browser: a refused name sort shows "Newest first" and the newest-first results', async () => {
      const el = await mountPortal('press', { apiBase: backend.apiBase });
      await untilResults(el);
      const newest = tileNames(el);
      expect(sortMenu(el).value).to.equal('newest');
      expect($(el, '#sort-note'), 'no note while every sort works').to.equal(null);
      // The next search (by name) is refused once; the API layer sends it again as DATE_LIVE DESC.
      await backend.setFaults({ routes: [{ method: 'POST', path: '/asset-searches$', status: 400, count: 1 }] });
      choose(sortMenu(el), 'name');
      await until(() => $(el, '#sort-note'), 'the menu says what happened');
      await untilResults(el);
      expectHonestMenu(el);
      expect(tileNames(el), 'the list is the newest-first list it says').to.deep.equal(newest);
      const searches = (await backend.requestLog()).filter((r) => r.path === '/asset-searches');
      expect(searches.map((r) => r.status).slice(-2)).to.deep.equal([400, 200]);
    });

    it('dash-asset-picker: the same menu after a refused name sort', async () => {
      const el = await mountPicker({ portal: 'press', apiBase: backend.apiBase });
      await untilPickerResults(el);
      const newest = pickerTileNames(el);
      await backend.setFaults({ routes: [{ method: 'POST', path: '/asset-searches$', status: 400, count: 1 }] });
      choose(sortMenu(el), 'name');
      await until(() => $(el, '#sort-note'), 'the menu says what happened');
      await untilPickerResults(el);
      expectHonestMenu(el);
      expect(pickerTileNames(el)).to.deep.equal(newest);
    });
  });
}
