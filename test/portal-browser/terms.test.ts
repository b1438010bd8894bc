import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requestLog, resetBackend } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { TermsAcceptDetail } from '../../src/elements/portal-browser/terms.js';
import {
  $,
  apiBase,
  deepActiveElement,
  found,
  nextDownload,
  openImageDownload,
  until,
  untilResults,
} from './helpers.js';

const TERMS = 'Use these files for press coverage only.\nCredit <b>Acme</b> with every image.';

/** Download jobs the backend was asked for since the last reset. */
async function jobRequests(): Promise<number> {
  return (await requestLog()).filter((entry) => entry.method === 'POST' && entry.path === '/asset-download-batch-jobs')
    .length;
}

const dialogOf = (el: DashPortalBrowser) => $<HTMLDialogElement>(el, '[part~=terms-dialog]');

async function mountWithTerms(terms: string, slotted?: ReturnType<typeof html>): Promise<DashPortalBrowser> {
  return fixture<DashPortalBrowser>(
    html`<dash-portal-browser api-base=${apiBase} subdomain="demo" portal="press" terms=${terms}
      >${slotted ?? ''}</dash-portal-browser
    >`,
  );
}

function nextAcceptance(): Promise<CustomEvent<TermsAcceptDetail>> {
  return new Promise((resolve) =>
    document.addEventListener('dash-terms-accept', (e) => resolve(e as CustomEvent), { once: true }),
  );
}

describe('dash-portal-browser: terms before download', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('asks no download job of the server until the visitor accepts the terms, then only once', async () => {
    const el = await mountWithTerms(TERMS);
    await untilResults(el);
    const button = await openImageDownload(el);
    button.focus();
    button.click();

    // The gate: a modal dialog with the terms as text, focus inside it.
    const dialog = await found(() => dialogOf(el), 'no terms dialog');
    await until(() => dialog.open && dialog.matches(':modal'), 'the dialog is not modal');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('terms-title');
    const text = dialog.querySelector('.terms-text')!;
    expect(text.textContent!.trim()).to.equal(TERMS.trim());
    expect(text.querySelector('b'), 'the attribute is text, never HTML').to.equal(null);
    expect(dialog.contains(deepActiveElement()), 'focus moved into the dialog').to.equal(true);
    await expect(el).to.be.accessible();
    expect(await jobRequests(), 'no job while the terms are open').to.equal(0);

    // Cancel: no job, focus back on the download button.
    $<HTMLButtonElement>(el, '[part~=terms-cancel-button]')!.click();
    await until(() => !dialogOf(el), 'the dialog stayed open');
    expect(deepActiveElement()).to.equal(button);
    expect(await jobRequests(), 'no job after Cancel').to.equal(0);

    // Escape cancels too.
    button.click();
    await until(() => dialogOf(el)?.open, 'no terms dialog the second time');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(el), 'Escape did not close the dialog');
    expect(deepActiveElement()).to.equal(button);
    expect(await jobRequests(), 'no job after Escape').to.equal(0);

    // Accepted with the keyboard: Tab from the terms to Cancel, then to Accept, then Enter.
    button.click();
    await until(() => dialogOf(el)?.open, 'no terms dialog the third time');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('terms-accept-button');
    const accepted = nextAcceptance();
    const downloaded = nextDownload();
    const before = Date.now();
    await sendKeys({ press: 'Enter' });
    const { detail } = await accepted;
    expect(detail.terms).to.equal(TERMS.trim());
    expect(detail.timestamp).to.be.within(before, Date.now());
    await downloaded;
    expect(dialogOf(el)).to.equal(null);
    expect(await jobRequests(), 'one job once accepted').to.equal(1);

    // Accepted once per element: the next download goes straight to the server.
    const again = nextDownload();
    button.click();
    await again;
    expect(dialogOf(el), 'not asked again').to.equal(null);
    expect(await jobRequests()).to.equal(2);
  });

  it("shows the host's markup from the terms slot, and asks again when the terms change", async () => {
    const el = await mountWithTerms(
      '',
      html`<div slot="terms">
        <p>Press use only.</p>
        <a href="https://example.com/licence">Full licence</a>
      </div>`,
    );
    await untilResults(el);
    const button = await openImageDownload(el);
    button.click();
    const dialog = await found(() => dialogOf(el), 'no terms dialog for slotted terms');
    const slot = dialog.querySelector<HTMLSlotElement>('slot[name=terms]')!;
    expect(slot.assignedElements()[0].querySelector('a')!.textContent).to.equal('Full licence');
    await expect(el).to.be.accessible();
    const accepted = nextAcceptance();
    const downloaded = nextDownload();
    $<HTMLButtonElement>(el, '[part~=terms-accept-button]')!.click();
    expect((await accepted).detail.terms).to.match(/^Press use only\.\s*Full licence$/);
    await downloaded;
    expect(await jobRequests()).to.equal(1);

    // New wording is new terms.
    el.querySelector('p')!.textContent = 'Press and partner use only.';
    $<HTMLButtonElement>(el, '[part~=download-button]')!.click();
    await until(() => dialogOf(el)?.open, 'changed terms were not asked for');
    expect(await jobRequests()).to.equal(1);
  });
});
