import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { $, gridOf, mountPortal, statusText, tilesOf, untilResults } from './helpers.js';

describe('dash-portal-browser: open portal', () => {
  beforeEach(() => resetBackend());

  it('resolves press, shows the welcome message, folders and a grid, and fires dash-portal-ready', async () => {
    const ready = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('dash-portal-ready', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await mountPortal('press');
    const event = await ready;
    expect(event.detail.portal.name).to.equal('Press portal');
    await untilResults(el);
    expect($(el, '.welcome h2')!.textContent).to.equal('Press portal');
    expect($(el, '.welcome h3')!.textContent).to.equal('Welcome to our press portal');
    expect(statusText(el)).to.match(/^\d+ assets$/);
    expect(tilesOf(el).length).to.be.greaterThan(0);
    expect(gridOf(el).getAttribute('aria-hidden')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
