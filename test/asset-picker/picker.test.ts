import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { $, insertButton, mountPicker, nextSelect, tilesOf, untilResults } from './helpers.js';

describe('dash-asset-picker: portal mode', () => {
  beforeEach(() => resetBackend());

  it('picks an asset from an open portal with a permanent link', async () => {
    const el = await mountPicker({ portal: 'press' });
    await untilResults(el);
    expect(tilesOf(el).length).to.be.greaterThan(0);
    tilesOf(el)[0].click();
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    console.log(JSON.stringify(asset));
    expect(asset.urlKind).to.equal('embeddable');
    expect($(el, '[part~=footer]')).to.exist;
  });
});
