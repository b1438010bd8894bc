import { expect } from '@open-wc/testing';
import { resetBackend, setFaults } from '../support/backend.js';
import { $, $$, gridOf, mountPortal, tileNames, tilesOf, until, untilResults } from './helpers.js';

function nextError(): Promise<CustomEvent> {
  return new Promise((resolve) =>
    document.addEventListener('dash-error', (e) => resolve(e as CustomEvent), { once: true }),
  );
}

async function submitPasscode(el: HTMLElement, passcode: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#passcode')!;
  input.value = passcode;
  $<HTMLButtonElement>(el, '.passcode button[type=submit]')!.click();
}

describe('dash-portal-browser: access and errors', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('asks for the passcode, says so when it is wrong, and opens with the right one', async () => {
    const el = await mountPortal('partners');
    await until(() => $(el, '#passcode'), 'no passcode form');
    expect($(el, 'label[for=passcode]')!.textContent).to.contain('Passcode');
    await expect(el).to.be.accessible();

    const reported = nextError();
    await submitPasscode(el, 'nope');
    expect((await reported).detail.code).to.equal('wrong-passcode');
    await until(() => $(el, '#passcode-error')!.textContent!.trim() !== '', 'no wrong-passcode message');
    expect($(el, '#passcode-error')!.getAttribute('role')).to.equal('alert');
    expect($(el, '#passcode-error')!.textContent).to.contain('passcode is not right');
    expect($(el, '#passcode')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await submitPasscode(el, 'letmein');
    await untilResults(el);
    expect($(el, '.welcome h2')!.textContent).to.equal('Partner portal');
    // The passcode typed into the form is never reflected into the DOM.
    expect(el.outerHTML).not.to.contain('letmein');
  });

  it('uses the passcode property without asking', async () => {
    const el = await mountPortal('partners', { passcode: 'letmein' });
    await untilResults(el);
    expect($(el, '#passcode')).to.equal(null);
    expect(tilesOf(el).length).to.be.greaterThan(0);
  });

  it('shows no download UI at all on a VIEW-only portal', async () => {
    const el = await mountPortal('partners', { passcode: 'letmein' });
    await untilResults(el);
    const grid = gridOf(el);
    expect(grid.selectionMode).to.equal('none');
    expect($$(grid, '[aria-selected]').length).to.equal(0);
    expect($$(grid, '.check').length).to.equal(0);
    const opened = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('dash-asset-open', (e) => resolve(e as CustomEvent), { once: true }),
    );
    tilesOf(el)[0].click();
    expect((await opened).detail.asset.id).to.equal(grid.items[0].id);
    await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view did not open');
    expect($$(el, '[part~=download-button], [part~=format-select], [slot=actions]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reports an unknown portal clearly, with a retry', async () => {
    const error = nextError();
    const el = await mountPortal('no-such-portal');
    expect((await error).detail.code).to.equal('not-found');
    await until(() => $(el, '[role=alert]'), 'no error shown');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not find');
    expect($(el, '[part~=retry-button]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('tells the visitor of an unknown portal what to do: check the link, or ask whoever sent it', async () => {
    const el = await mountPortal('no-such-portal');
    await until(() => $(el, '[part=error][role=alert]'), 'no error shown');
    const text = $(el, '[part=error]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('We could not find this portal');
    expect(text).to.contain('Check the link you were given');
    expect(text).to.contain('ask the person who sent it');
    expect($(el, '[part~=retry-button]')!.textContent!.trim()).to.equal('Try again');
  });

  it('reports a network failure and recovers on retry', async () => {
    await setFaults({ routes: [{ path: '^/subdomains/demo/publicly-available-portal-datas/', drop: true }] });
    const error = nextError();
    const el = await mountPortal('press');
    expect((await error).detail.code).to.equal('network');
    await until(() => $(el, '[part~=retry-button]'), 'no retry button');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not reach the server');
    await expect(el).to.be.accessible();
    await setFaults({});
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await untilResults(el);
    expect(tilesOf(el).length).to.be.greaterThan(0);
  });

  it("adopts the account theme's accentColour unless the site sets --dash-accent", async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    // The theme search (by subdomain, no token) runs beside the portal's first search.
    // The default accent is the account's colour pushed towards the scheme's text colour (core.styles.ts).
    await until(() => getComputedStyle(el).getPropertyValue('--_accent').includes('#0b6bcb'), 'theme colour');
    expect(getComputedStyle(gridOf(el)).getPropertyValue('--_accent')).to.include('#0b6bcb');
    el.style.setProperty('--dash-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).getPropertyValue('--_accent').trim()).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(gridOf(el)).getPropertyValue('--_accent').trim()).to.equal('rgb(1, 2, 3)');
  });

  it('keeps hostile portal text, folder names and filenames as text', async () => {
    const el = await mountPortal('hostile');
    await untilResults(el);
    const tree = $(el, 'dash-folder-tree')!;
    await until(() => $$(tree, '[role=treeitem]').length > 1, 'no folders');
    // Open every hostile folder level, then an asset, so every payload gets rendered.
    for (let depth = 0; depth < 3; depth++) {
      for (const item of $$(tree, '[role=treeitem][aria-expanded=false]')) {
        item.querySelector<HTMLElement>('.twisty')!.click();
      }
      await until(() => $$(tree, '[aria-busy=true]').length === 0, 'folders did not load');
    }
    expect($(el, '.welcome h3')!.textContent).to.contain('<');
    expect(tileNames(el).some((name) => name.includes('<script>'))).to.equal(true);
    tilesOf(el)[0].click();
    await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view did not open');
    expect($(el, 'dash-asset-view')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(tileNames(el)[0]);
    // No payload became an element in any of the shadow roots.
    const hosts = [el, tree, gridOf(el), $(el, 'dash-asset-view')!];
    expect(hosts.flatMap((host) => $$(host, 'script, iframe, svg, object, embed')).length).to.equal(0);
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
