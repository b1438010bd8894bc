// Issue 18: while the portal opens, the portal browser shows its frame in placeholders — header,
// search bar, folders, two rows of tiles in the grid's own columns — instead of a "Loading…" line,
// so the page after it moves only by the rows of results beyond the two it reserved.
import { expect } from '@open-wc/testing';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { resetBackend, setFaults } from '../support/backend.js';
import {
  HOLD_MS,
  TOLERANCE,
  expectOutlinedWhenForced,
  expectQuietPlaceholders,
  expectStillWhenReduced,
  mountInColumn,
  pageY,
  settled,
} from '../support/skeleton.js';
import { until } from '../support/until.js';
import { apiBase, gridOf, tilesOf, untilResults } from './helpers.js';

const PORTAL_DATA = '^/subdomains/demo/publicly-available-portal-datas/press$';

async function loadingPortal(width: number) {
  await setFaults({ routes: [{ path: PORTAL_DATA, delayMs: HOLD_MS, count: 1 }] });
  const mounted = await mountInColumn<DashPortalBrowser>('dash-portal-browser', width, {
    'api-base': apiBase,
    subdomain: 'demo',
    portal: 'press',
  });
  const root = mounted.el.shadowRoot!;
  await until(
    () => root.querySelector('.skeleton-frame dash-asset-grid')?.shadowRoot?.querySelector('.skeleton'),
    'no placeholders',
  );
  await settled();
  return { ...mounted, root };
}

describe('dash-portal-browser: placeholders while the portal opens (issue 18)', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  for (const width of [390, 1000]) {
    it(`at ${width} px: everything above the grid and its first two rows keep their place; the placeholders are aria-hidden and the status says Loading`, async () => {
      const { el, after, root } = await loadingPortal(width);
      // One synchronous look at the loading state: it cannot change in between.
      const frame = expectQuietPlaceholders(root);
      const skeletonGrid = frame.querySelector('dash-asset-grid')!;
      const tiles = skeletonGrid.shadowRoot!.querySelector('.skeleton')!;
      const reserved = tiles.getBoundingClientRect().height;
      const loading = { after: pageY(after), grid: pageY(skeletonGrid), element: el.getBoundingClientRect().height };
      expect(reserved, 'two rows of placeholder tiles').to.be.greaterThan(200);

      await untilResults(el);
      await settled();
      expect(root.querySelector('[part=loading]'), 'the placeholders are gone').to.equal(null);
      const grid = gridOf(el);
      const shown = tilesOf(el);
      const columns = shown.filter(
        (tile) => tile.getBoundingClientRect().top === shown[0].getBoundingClientRect().top,
      ).length;
      expect(shown.length, 'more than two rows of results').to.be.greaterThan(2 * columns);
      const gap = parseFloat(getComputedStyle(grid.shadowRoot!.querySelector('[role=grid]')!).rowGap);
      const twoRows = shown[2 * columns].getBoundingClientRect().top - shown[0].getBoundingClientRect().top - gap;

      // The header, the search bar, the folders and the status line were reserved: the grid starts where it did.
      expect(pageY(grid), 'the grid starts where its placeholders did').to.be.closeTo(loading.grid, TOLERANCE);
      // The placeholders took the height of the first two rows of results …
      expect(reserved, 'two rows reserved').to.be.closeTo(twoRows, TOLERANCE);
      // … so the text after the portal moves only by what the rows beyond them (and "Load more") add.
      const added = grid.getBoundingClientRect().height - reserved;
      expect(pageY(after) - loading.after, `moved ${pageY(after) - loading.after} px`).to.be.closeTo(added, TOLERANCE);
      // The old "Loading…" line was about 83 px: the loading state now has most of the frame's height.
      expect(loading.element).to.be.greaterThan(5 * 83);
    });
  }

  it('pulses, keeps still under prefers-reduced-motion, keeps its shapes in forced colours; the holder takes focus', async () => {
    const { el, root } = await loadingPortal(1000);
    const frame = expectQuietPlaceholders(root);
    await expectStillWhenReduced(frame);
    await expectOutlinedWhenForced(frame);
    // A Retry's focus waits on the holder while the portal opens (browse/focus.test.ts).
    const holder = root.querySelector<HTMLElement>('[part=loading]')!;
    holder.focus();
    expect(root.activeElement).to.equal(holder);
    await untilResults(el);
  });
});
