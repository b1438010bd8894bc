// Issue 18: while the portal opens, the picker shows its search bar, folders and two rows of tiles
// as placeholders in the rows below its heading instead of a "Loading…" line; its frame keeps its
// height throughout, so nothing after it moves.
import { expect } from '@open-wc/testing';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { resetBackend, setFaults } from '../support/backend.js';
import {
  HOLD_MS,
  TOLERANCE,
  expectQuietPlaceholders,
  expectStillWhenReduced,
  mountInColumn,
  pageY,
  settled,
} from '../support/skeleton.js';
import { until } from '../support/until.js';
import { $, apiBase, gridOf, tilesOf, untilResults } from './helpers.js';

const PORTAL_DATA = '^/subdomains/demo/publicly-available-portal-datas/press$';

describe('dash-asset-picker: placeholders while the portal opens (issue 18)', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  for (const width of [390, 1000]) {
    it(`at ${width} px: the search bar, folders and tiles as aria-hidden placeholders below the heading, the status says Loading; nothing moves when the results come`, async () => {
      await setFaults({ routes: [{ path: PORTAL_DATA, delayMs: HOLD_MS, count: 1 }] });
      const { el, after } = await mountInColumn<DashAssetPicker>('dash-asset-picker', width, {
        'api-base': apiBase,
        subdomain: 'demo',
        portal: 'press',
      });
      const root = el.shadowRoot!;
      await until(
        () => root.querySelector('.skeleton-frame dash-asset-grid')?.shadowRoot?.querySelector('.skeleton'),
        'no placeholders',
      );
      await settled();
      const frame = expectQuietPlaceholders(root);
      const section = $(el, '[part=base]')!.getBoundingClientRect();
      const skeletonGrid = frame.querySelector('dash-asset-grid')!;
      const loading = {
        after: pageY(after),
        grid: pageY(skeletonGrid),
        tiles: skeletonGrid.shadowRoot!.querySelector('.skeleton')!.getBoundingClientRect().height,
        bottom: frame.getBoundingClientRect().bottom,
      };
      // The placeholders fill the frame below the heading, down to its padding.
      expect(section.bottom - loading.bottom, 'down to the frame padding').to.be.within(0, 24);
      expect(loading.tiles, 'placeholder tiles').to.be.greaterThan(100);
      await expectStillWhenReduced(frame);

      await untilResults(el);
      await settled();
      expect(root.querySelector('[part=loading]')).to.equal(null);
      expect(tilesOf(el).length).to.be.greaterThan(0);
      expect(pageY(after), 'the text after the picker did not move').to.be.closeTo(loading.after, 1);
      expect(pageY(gridOf(el)), 'the results start where their placeholders did').to.be.closeTo(
        loading.grid,
        TOLERANCE,
      );
    });
  }
});
