// Issue 18: while the link's texts load, the uploader shows its panel as placeholders — heading,
// message, email field and drop zone — instead of a "Loading…" line, so the page after it keeps
// its place when the panel comes.
import { expect } from '@open-wc/testing';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';
import {
  HOLD_MS,
  TOLERANCE,
  expectOutlinedWhenForced,
  expectQuietPlaceholders,
  expectStillWhenReduced,
  mountInColumn,
  pageY,
} from '../support/skeleton.js';
import { until } from '../support/until.js';
import { GUEST_UPLOAD, SUBDOMAIN } from './helpers.js';

const LINK_DATA = `^/subdomains/${SUBDOMAIN}/publicly-available-guest-upload-data/${GUEST_UPLOAD}$`;

async function loadingUploader(width: number, attributes: Record<string, string> = {}) {
  await setFaults({ routes: [{ path: LINK_DATA, delayMs: HOLD_MS, count: 1 }] });
  const mounted = await mountInColumn<DashGuestUpload>('dash-guest-upload', width, {
    'api-base': apiBase,
    subdomain: SUBDOMAIN,
    'guest-upload': GUEST_UPLOAD,
    ...attributes,
  });
  const root = mounted.el.shadowRoot!;
  await until(() => root.querySelector('.skeleton-frame'), 'no placeholders');
  return { ...mounted, root };
}

describe('dash-guest-upload: placeholders while the link loads (issue 18)', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  const cases: { width: number; attributes: Record<string, string> }[] = [
    { width: 390, attributes: {} },
    { width: 1000, attributes: {} },
    { width: 390, attributes: { accept: 'image/*', 'max-file-size': '10000000', 'max-files': '3' } },
  ];
  for (const { width, attributes } of cases) {
    const restricted = Object.keys(attributes).length > 0;
    it(`at ${width} px${restricted ? ', with restrictions' : ''}: the panel's shape as aria-hidden placeholders, the status says Loading; the text after it moves less than a line`, async () => {
      const { el, after, root } = await loadingUploader(width, attributes);
      const frame = expectQuietPlaceholders(root);
      const zone = frame.querySelector('.dropzone')!;
      expect(zone.querySelectorAll('.bone.control').length, 'the drop zone with its buttons').to.be.at.least(2);
      expect(Boolean(zone.querySelector('.restrictions')), 'the restrictions line').to.equal(restricted);
      const loading = { after: pageY(after), height: el.getBoundingClientRect().height, zone: pageY(zone) };

      await until(() => root.querySelector('#email'), 'the email form never came');
      expect(root.querySelector('[part=loading]')).to.equal(null);
      const finalHeight = el.getBoundingClientRect().height;
      const moved = pageY(after) - loading.after;
      expect(
        Math.abs(moved),
        `moved ${moved} px (${loading.height} px while loading, ${finalHeight} px loaded)`,
      ).to.be.at.most(TOLERANCE);
      expect(pageY(root.querySelector('[part=dropzone]')!), 'the drop zone is where its placeholder was').to.be.closeTo(
        loading.zone,
        TOLERANCE,
      );
    });
  }

  it('pulses, keeps still under prefers-reduced-motion, keeps its shapes in forced colours', async () => {
    const { root } = await loadingUploader(1000);
    const frame = expectQuietPlaceholders(root);
    await expectStillWhenReduced(frame);
    await expectOutlinedWhenForced(frame);
  });
});
