// Issue 21: cropped tiles keep the item's focal point in view (object-position), read from a JSON
// source's `focalPoint: {x, y}` (also `focal_point` and `[x, y]`); junk is ignored.
import { expect } from '@open-wc/testing';
import { focalPoint } from '../../src/api/adapters/normalize.js';
import { jsonItem } from '../../src/api/adapters/json.js';
import { $$, apiBase, mount, serveJson } from './helpers.js';

const FEED = `${apiBase}/demo-data/focal-point-test.json`;
const photo = (seed: number) => `${apiBase}/files/visuals/${seed}/1280x853/640.jpg`;

describe('dash-gallery: focal point (issue 21)', function () {
  this.timeout(30_000);
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('square grid tiles anchor their crop at the focal point; missing or junk keeps the centre', async () => {
    restore = serveJson(FEED, {
      items: [
        { src: photo(1), width: 1280, height: 853, alt: 'object form', focalPoint: { x: 0.3, y: 0.7 } },
        { src: photo(2), width: 1280, height: 853, alt: 'snake case', focal_point: { x: 1, y: 0 } },
        { src: photo(3), width: 1280, height: 853, alt: 'array', focalPoint: [0.25, '0.5'] },
        { src: photo(4), width: 1280, height: 853, alt: 'none' },
        { src: photo(5), width: 1280, height: 853, alt: 'out of range', focalPoint: { x: 1.5, y: 0.2 } },
        { src: photo(6), width: 1280, height: 853, alt: 'not numbers', focalPoint: { x: 'left', y: null } },
        { src: photo(7), width: 1280, height: 853, alt: 'junk type', focalPoint: 'center' },
        { src: photo(8), width: 1280, height: 853, alt: 'NaN', focalPoint: [Number.NaN, 0.5, 0.1] },
      ],
    });
    const el = await mount({ attrs: { source: 'json', src: FEED, columns: 4 } });
    const positions = Object.fromEntries(
      $$<HTMLImageElement>(el, '.cell img').map((img) => [img.alt, getComputedStyle(img).objectPosition]),
    );
    expect(positions).to.deep.equal({
      'object form': '30% 70%',
      'snake case': '100% 0%',
      array: '25% 50%',
      none: '50% 50%',
      'out of range': '50% 50%',
      'not numbers': '50% 50%',
      'junk type': '50% 50%',
      NaN: '50% 50%',
    });
  });

  it('the JSON adapter reads focalPoint tolerantly and drops what is not a point', () => {
    expect(focalPoint({ x: 0.3, y: 0.7 })).to.deep.equal({ x: 0.3, y: 0.7 });
    expect(focalPoint([0, 1])).to.deep.equal({ x: 0, y: 1 });
    expect(focalPoint({ x: '0.4', y: '0.6' })).to.deep.equal({ x: 0.4, y: 0.6 });
    for (const junk of [undefined, null, 0.5, 'x', [], [0.5], { x: 0.5 }, { x: -0.1, y: 0.5 }, { x: '', y: 0.5 }]) {
      expect(focalPoint(junk), JSON.stringify(junk)).to.equal(undefined);
    }
    const base = 'https://example.com/g.json';
    expect(jsonItem({ src: 'a.jpg', focal_point: [0.2, 0.8] }, 0, base)?.focalPoint).to.deep.equal({ x: 0.2, y: 0.8 });
    expect(jsonItem({ src: 'a.jpg', focalPoint: { x: 2, y: 2 } }, 0, base)).to.not.have.property('focalPoint');
  });
});
