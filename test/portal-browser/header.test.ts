import { expect } from '@open-wc/testing';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { $, found, mountPortal, until, untilResults } from './helpers.js';

/**
 * Issue 18, the portal's header: a brand portal's — the account's logo (read tolerantly: the
 * seed names a LOGO theme image but prints no field with its URL) or the name's first letter on
 * the account's colour, the name, the welcome title and body — falling back cleanly when parts
 * are absent. Text is text; only an http(s) logo reaches `src`.
 */

/** An image the test server serves, on another origin than the API's. */
const IMAGE = new URL('/test/visual/baselines/gallery-1280-light.png', location.href).href;

function answerTheme(theme: Record<string, unknown>) {
  const body = JSON.stringify({ results: [{ result: theme, permittedActions: [] }], totalResults: 1 });
  return setFaults({ routes: [{ method: 'POST', path: '^/theme-searches$', status: 200, body }] });
}

const headerOf = (el: DashPortalBrowser) => $(el, '[part~=header]')!;
const logoOf = (el: DashPortalBrowser) => $<HTMLImageElement>(el, 'img[part~=logo]');
const monogramOf = (el: DashPortalBrowser) => $(el, '.monogram[part~=logo]');

describe('dash-portal-browser: the brand header', () => {
  afterEach(() => resetBackend());

  it("shows the account's logo and colour from its theme, beside the name and the welcome message", async () => {
    await answerTheme({ accentColour: '#7c3aed', logoUrl: IMAGE });
    const el = await mountPortal('press');
    await untilResults(el);
    const logo = await found(() => logoOf(el), 'no logo');
    expect(logo.getAttribute('src')).to.equal(IMAGE);
    expect(logo.alt, 'the name beside it says whose it is').to.equal('');
    await until(() => logo.complete && logo.naturalWidth > 0, 'the logo loads');
    expect(logo.getBoundingClientRect().height).to.be.within(1, 48.5);
    expect(monogramOf(el)).to.equal(null);
    const header = headerOf(el);
    expect(header.querySelector('h2')!.textContent).to.equal('Press portal');
    expect(header.querySelector('h3')!.textContent).to.equal('Welcome to our press portal');
    expect(header.querySelector('p')!.textContent).to.contain('free to use in coverage');
    expect(getComputedStyle(el).getPropertyValue('--_portal-accent').trim()).to.equal('#7c3aed');
    await expect(el).to.be.accessible();
  });

  it('reads the logo as `logo.url` too, and refuses anything but http(s)', async () => {
    await answerTheme({ logo: { url: IMAGE } });
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => logoOf(el)?.getAttribute('src') === IMAGE, 'logo.url is read');
    await resetBackend();
    for (const hostile of ['javascript:alert(1)', 'data:image/svg+xml,<svg/onload=alert(1)>', 'blob:x']) {
      await answerTheme({ logoUrl: hostile });
      const other = await mountPortal('press');
      await untilResults(other);
      await until(() => monogramOf(other), `${hostile}: the monogram`);
      expect(logoOf(other), hostile).to.equal(null);
    }
  });

  it('without a logo, or when it fails to load, shows the first letter of the name, hidden from screen readers', async () => {
    await answerTheme({ logoUrl: `${apiBase}/no-such-logo.png` });
    const el = await mountPortal('press');
    await untilResults(el);
    const monogram = await found(() => monogramOf(el), 'the monogram after the failed logo');
    expect(monogram.textContent!.trim()).to.equal('P');
    expect(monogram.getAttribute('aria-hidden')).to.equal('true');
    expect(logoOf(el)).to.equal(null);
  });

  it('without a welcome message the header is the name alone, with nothing empty left behind', async () => {
    const real = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
    delete real.result.welcomeMessage;
    await setFaults({
      routes: [
        {
          method: 'GET',
          path: '^/subdomains/demo/publicly-available-portal-datas/press$',
          status: 200,
          body: JSON.stringify(real),
        },
      ],
    });
    const el = await mountPortal('press');
    await untilResults(el);
    const header = headerOf(el);
    expect(header.querySelector('h2')!.textContent).to.equal('Press portal');
    expect(header.querySelector('.message, h3, p')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
