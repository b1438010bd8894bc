/**
 * A panorama in a justified or masonry gallery (issue 18, gallery sizing): rows are measured on
 * screen. No justified row is lower than 70% of row-height — a panorama that would squash its
 * row gets a row of its own, cropped at that height on a phone and whole on a wide screen — and a
 * masonry cell is never wider than 3:1. The panorama is given once with its size and once without
 * (its size measured as it loads), so the measured size must reach the layout too.
 */
import { expect } from '@open-wc/testing';
import { apiBase, setFaults } from '../support/backend.js';
import { MIN_ROW_SHARE } from '../../src/elements/gallery/layout.js';
import type { DashGallery } from '../../src/gallery.js';
import { cells, mount, until } from './helpers.js';

const ROW_HEIGHT = 220;
const PANORAMA: [number, number] = [1920, 320];

/** Photos around a 6:1 panorama (position 5); `sized` false leaves width/height out of the JSON. */
function panoramaGallery(sized: boolean) {
  const shapes: [number, number][] = [
    [1280, 853],
    [853, 1280],
    [1280, 853],
    [1280, 1280],
    PANORAMA,
    [1280, 853],
    [1024, 1280],
    [1280, 853],
    [1280, 960],
  ];
  return {
    items: shapes.map(([width, height], i) => ({
      src: `${apiBase}/files/visuals/${860 + i}/${width}x${height}/640.jpg`,
      alt: i === 4 ? 'Panorama from the ridge' : `Photo ${i + 1}`,
      ...(sized || i !== 4 ? { width, height } : {}),
    })),
  };
}

async function mountPanorama(layout: 'justified' | 'masonry', width: number, sized: boolean): Promise<DashGallery> {
  await setFaults({
    routes: [
      {
        method: 'GET',
        path: '^/demo-data/panorama\\.json$',
        status: 200,
        body: JSON.stringify(panoramaGallery(sized)),
      },
    ],
  });
  const src = `${apiBase}/demo-data/panorama.json`;
  const el = await mount({ attrs: { source: 'json', src, layout, 'row-height': ROW_HEIGHT }, width });
  await until(() => cells(el).length === 9 && cells(el).every((c) => c.querySelector('.tile.loaded')), 'tiles loaded');
  return el;
}

const panoramaCell = (el: DashGallery) => cells(el).find((c) => c.querySelector('img')?.alt.startsWith('Panorama'))!;

/** The rendered cells grouped by their top edge, as the visitor sees rows. */
function rowsOnScreen(el: DashGallery): DOMRect[][] {
  const rows = new Map<number, DOMRect[]>();
  for (const cell of cells(el)) {
    const rect = cell.getBoundingClientRect();
    const top = Math.round(rect.top);
    rows.set(top, [...(rows.get(top) ?? []), rect]);
  }
  return [...rows.values()];
}

describe('dash-gallery: a panorama', () => {
  afterEach(() => setFaults({}));

  for (const sized of [true, false]) {
    const given = sized ? 'sized in the data' : 'measured as it loads';
    for (const width of [390, 1280]) {
      it(`justified at ${width} px, ${given}: no row below 70% of row-height, the panorama on a row of its own`, async () => {
        const el = await mountPanorama('justified', width, sized);
        const lowest = ROW_HEIGHT * MIN_ROW_SHARE;
        // Measured: the layout follows the loaded image (an unsized panorama starts as a square).
        const cell = await until(() => {
          const rect = panoramaCell(el).getBoundingClientRect();
          return rect.width / rect.height > 2 ? rect : undefined;
        }, 'the panorama is still laid out as a square');
        for (const row of rowsOnScreen(el)) {
          for (const rect of row) expect(rect.height, `row at ${rect.top}`).to.be.at.least(lowest - 1);
        }
        const own = rowsOnScreen(el).find((row) => row.some((rect) => Math.abs(rect.top - cell.top) < 1))!;
        expect(own, 'the panorama shares its row').to.have.length(1);
        if (width === 390) {
          // 390 px ÷ 6 would be a 65 px strip: it is cropped to the full width at the lowest height.
          expect(cell.height).to.be.closeTo(lowest, 1);
          expect(cell.width).to.be.closeTo(390, 1);
          const img = panoramaCell(el).querySelector('img')!;
          expect(getComputedStyle(img).objectFit).to.equal('cover');
        } else {
          // High enough on its own: the whole picture, 6:1.
          expect(cell.width / cell.height).to.be.closeTo(6, 0.05);
        }
      });
    }

    it(`masonry at 1280 px, ${given}: the panorama's cell is capped at 3:1, no sliver`, async () => {
      const el = await mountPanorama('masonry', 1280, sized);
      const rect = await until(() => {
        const r = panoramaCell(el).getBoundingClientRect();
        return Math.abs(r.width / r.height - 3) < 0.05 ? r : undefined;
      }, 'the panorama cell is not 3:1');
      expect(rect.height).to.be.at.least(rect.width / 3 - 1);
    });
  }
});
