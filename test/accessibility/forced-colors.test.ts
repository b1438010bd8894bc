/**
 * Forced colours (Windows High Contrast) as the runner emulates them: the command sets the media
 * feature and Chromium really forces the palette, so the elements' forced-colours rules can be
 * tested. Element-specific checks (pressed toggles, selected folders, lightbox icons) live with
 * each element's tests and use the same helper.
 */
import { expect } from '@open-wc/testing';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';

describe('forced colours emulation', () => {
  afterEach(() => resetMediaFeatures());

  it('turns forced colours on and off, and Chromium then forces author colours to system ones', async () => {
    const probe = document.createElement('div');
    probe.style.cssText = 'color: rgb(1, 2, 3); background: rgb(250, 240, 10)';
    document.body.append(probe);
    try {
      await emulateForcedColors('dark');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const forced = getComputedStyle(probe).color;
      expect(forced, 'the author colour survived forced colours').not.to.equal('rgb(1, 2, 3)');
      await resetMediaFeatures();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
    } finally {
      probe.remove();
    }
  });
});
