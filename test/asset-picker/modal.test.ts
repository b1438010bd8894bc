import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { $, gridOf, insertButton, mountPicker, tilesOf, until, untilResults } from './helpers.js';

/** A page with an opener button and a modal picker, the way a CMS would wire them. */
async function mountModal(): Promise<{ el: DashAssetPicker; opener: HTMLButtonElement; outside: HTMLInputElement }> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <input id="outside" aria-label="Outside" />
      <button id="opener" type="button">Choose image</button>
    </div>`,
  );
  const el = await mountPicker({ portal: 'press', modal: true, accept: 'image/*' });
  page.append(el);
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  return { el, opener, outside: page.querySelector<HTMLInputElement>('#outside')! };
}

const dialogOf = (el: DashAssetPicker) => $<HTMLDialogElement>(el, 'dialog')!;

describe('dash-asset-picker: modal', () => {
  before(() => resetBackend());

  it('pick() opens a modal dialog, focuses the search, and resolves with the selection', async () => {
    const { el, opener } = await mountModal();
    expect(dialogOf(el).open).to.equal(false);
    opener.focus();
    const picked = el.pick();
    await until(() => dialogOf(el).open, 'dialog did not open');
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    await untilResults(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    await expect(el).to.be.accessible();

    const index = gridOf(el).items.findIndex((asset) => asset.currentAssetFile?.mediaType.type === 'image');
    tilesOf(el)[index].click();
    insertButton(el).click();
    const result = await picked;
    expect(result).to.have.length(1);
    expect(result![0].id).to.equal(gridOf(el).items[index].id);
    expect(result![0].urlKind).to.equal('embeddable');
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('Escape cancels: pick() resolves with null, dash-cancel fires, focus returns to the opener', async () => {
    const { el, opener } = await mountModal();
    let cancelled = 0;
    el.addEventListener('dash-cancel', () => cancelled++);
    opener.focus();
    const picked = el.pick();
    await until(() => dialogOf(el).open, 'dialog did not open');
    await untilResults(el);
    tilesOf(el)[0].focus();
    await sendKeys({ press: 'Escape' });
    expect(await picked).to.equal(null);
    expect(cancelled).to.equal(1);
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps Tab inside the dialog while it is open', async () => {
    const { el, opener, outside } = await mountModal();
    opener.focus();
    await el.show();
    await untilResults(el);
    const visited = new Set<Element | null>();
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      visited.add(document.activeElement);
    }
    expect(visited.has(opener)).to.equal(false);
    expect(visited.has(outside)).to.equal(false);
    expect(visited.has(el)).to.equal(true);
    el.close();
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('close() resolves a pending pick() with null without a dash-cancel; the Cancel button cancels', async () => {
    const { el, opener } = await mountModal();
    let cancelled = 0;
    el.addEventListener('dash-cancel', () => cancelled++);
    opener.focus();
    const first = el.pick();
    await until(() => dialogOf(el).open, 'dialog did not open');
    el.close();
    expect(await first).to.equal(null);
    expect(cancelled).to.equal(0);

    const second = el.pick();
    await until(() => dialogOf(el).open, 'dialog did not reopen');
    await untilResults(el);
    $<HTMLButtonElement>(el, '[part~=cancel-button]')!.click();
    expect(await second).to.equal(null);
    expect(cancelled).to.equal(1);
    expect(document.activeElement).to.equal(opener);
  });

  it('inline pick() resolves on Insert, and with null on Cancel', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    const picked = el.pick();
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    tilesOf(el)[0].click();
    insertButton(el).click();
    expect((await picked)![0].id).to.equal(gridOf(el).items[0].id);

    const cancelled = el.pick();
    $<HTMLButtonElement>(el, '[part~=cancel-button]')!.click();
    expect(await cancelled).to.equal(null);
  });
});
