/**
 * Issue 18: choosing a folder never scrolls the host page (to the top or anywhere): on a tall page
 * scrolled down to the element, the page stays where it was while the folder's results load, and
 * while they load the grid keeps its place with placeholder tiles (no "Loading…" line pushing
 * content), the status still announced.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/portal-browser.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';
import { $, $$, gridOf, statusText, treeOf, until, untilResults } from '../portal-browser/helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('browse: choosing a folder keeps the host page where it is', () => {
  before(() => resetBackend());
  afterEach(() => resetBackend());

  it('on a tall page scrolled down, a folder click leaves scrollY alone, with placeholders while loading', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 2000px">Host content above</div>
        <dash-portal-browser api-base=${apiBase} subdomain="demo" portal="press"></dash-portal-browser>
        <div style="height: 400px">Host content below</div>
      </div>`,
    );
    const el = page.querySelector<DashPortalBrowser>('dash-portal-browser')!;
    await untilResults(el);
    await until(() => $$(treeOf(el), '[role=treeitem]').length > 1, 'no folders');
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 600);
    await frame();
    const before = window.scrollY;
    expect(before, 'page scrolled down').to.be.above(2000);
    await setFaults({ latencyMs: 500 });
    const folder = $$(treeOf(el), '[role=treeitem]')[1];
    folder.click();
    await until(() => gridOf(el).loading, 'no search started');
    await frame();
    expect(window.scrollY, 'while loading').to.be.closeTo(before, 2);
    // Placeholder tiles stand in for the results, hidden from assistive technology; the status speaks.
    const skeleton = $(gridOf(el), '.skeleton');
    expect(skeleton?.checkVisibility(), 'placeholder tiles while loading').to.equal(true);
    expect(skeleton!.getAttribute('aria-hidden')).to.equal('true');
    expect(statusText(el)).to.contain('Loading');
    await untilResults(el);
    await frame();
    expect(window.scrollY, 'after the results').to.be.closeTo(before, 2);
    expect($(gridOf(el), '.skeleton')).to.equal(null);
    window.scrollTo(0, 0);
  });
});
