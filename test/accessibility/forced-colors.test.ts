/**
 * Forced colours (Windows High Contrast) as the runner emulates them: the command sets the media
 * feature and Chromium really forces the palette, so the elements' forced-colours rules can be
 * tested. Element-specific checks (pressed toggles, selected folders, lightbox icons) live with
 * each element's tests and use the same helper.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import {
  $,
  mountPicker,
  mountPortal,
  mountUpload,
  submitEmail,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';

/** Every element with text of its own under `root`, through shadow roots. */
function textElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...textElements(el.shadowRoot));
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (ownText && el.checkVisibility()) out.push(el);
  }
  return out;
}

/**
 * Text drawn on a Highlight fill must keep its own colours (forced-color-adjust: none): left to
 * the browser, the text gets a Canvas backplate on the Highlight fill and, in HighlightText, is
 * drawn in the backplate's own colour — a primary button or a monogram with no visible label.
 */
function unreadableOnHighlight(root: Element): string[] {
  const probe = document.createElement('div');
  probe.style.background = 'Highlight';
  document.body.append(probe);
  const highlight = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return textElements(root.shadowRoot!)
    .filter((el) => {
      let node: Element | null = el;
      while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
      return node !== null && getComputedStyle(node).backgroundColor === highlight;
    })
    .filter((el) => getComputedStyle(el).forcedColorAdjust !== 'none')
    .map((el) => `${el.localName}.${el.className}: ${el.textContent!.trim()}`);
}

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

  it('text on a Highlight fill keeps its colours: primary buttons and the portal monogram stay readable', async () => {
    await resetBackend();
    const stage = document.createElement('div');
    document.body.append(stage);
    try {
      const origins = { api: apiBase, s3: s3Base };
      const portal = mountPortal(stage, origins, 'press');
      const upload = mountUpload(stage, origins);
      const picker = mountPicker(stage, origins);
      await untilPortalResults(portal);
      await untilPickerResults(picker);
      await until(() => $(upload, '#email'), 'the email form');
      submitEmail(upload);
      // "Choose files" is a label drawn as the primary button: not a <button>, so not forced to ButtonFace.
      await until(() => $(upload, 'label.button.primary'), 'the drop zone');
      await emulateForcedColors('dark');
      expect($(portal, '.monogram'), 'the portal shows its monogram').to.not.equal(null);
      const unreadable = [portal, upload, picker].flatMap(unreadableOnHighlight);
      expect(unreadable).to.deep.equal([]);
    } finally {
      stage.remove();
    }
  });
});
