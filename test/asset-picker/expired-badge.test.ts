import { expect, fixture, html } from '@open-wc/testing';
import '../../src/asset-picker.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { apiBase, gridOf, until, untilResults } from './helpers.js';

/** The local backend's expiry field (demo/backend/seed/assets.js METADATA_FIELDS). */
const EXPIRY_FIELD = 'a17e0000-0000-4000-a000-000000000004';

describe('asset picker: the "Licence expired" badge', () => {
  it('starts a wrapped line at the badge edge, not indented under the text after its icon', async () => {
    // Small tiles in a phone-wide picker: the badge has too little room for its text on one line.
    const el = await fixture<DashAssetPicker>(
      html`<dash-asset-picker
        style="inline-size: 358px; --dash-tile-size: 80px"
        api-base=${apiBase}
        subdomain="demo"
        .accessToken=${'demo'}
        expiry-field=${EXPIRY_FIELD}
      ></dash-asset-picker>`,
    );
    await untilResults(el);
    const grid = gridOf(el);
    await until(() => grid.shadowRoot!.querySelector('[part~=expired-badge]'), 'no expired badge');
    const badge = grid.shadowRoot!.querySelector<HTMLElement>('[part~=expired-badge]')!;
    const icon = badge.querySelector('[aria-hidden=true]')!.getBoundingClientRect();
    const text = [...badge.childNodes].find((node) => node instanceof Text && /\S/.test(node.data))!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const last = lines.reduce((a, b) => (b.top > a.top ? b : a));
    expect(new Set(lines.map((rect) => Math.round(rect.top))).size, 'the badge text does not wrap here').to.be.above(1);
    expect(Math.abs(last.left - icon.left), 'the wrapped line is indented').to.be.below(1);
    expect(badge.getBoundingClientRect().right).to.be.at.most(
      badge.closest('[role=gridcell]')!.getBoundingClientRect().right,
    );
  });
});
