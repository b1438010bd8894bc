/**
 * WCAG 1.4.12 Text Spacing: with a reader's spacing overrides (line height 1.5, paragraph spacing
 * twice the font size, letter spacing 0.12em, word spacing 0.16em) no text is cut off and nothing
 * scrolls sideways, in each element's main states. Page styles do not reach into shadow roots, so
 * the overrides go into the document and every shadow root, as a reader's user style reaching the
 * whole rendered page would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base } from '../support/backend.js';
import {
  $,
  gridOf,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  openLightbox,
  selectFiles,
  smallFile,
  submitEmail,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

const overrides = new CSSStyleSheet();
overrides.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

/** Every shadow root under `root`, nested ones included. */
function* shadowRoots(root: ParentNode): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      yield element.shadowRoot;
      yield* shadowRoots(element.shadowRoot);
    }
  }
}

/** Adds the overrides to the page and to every shadow root rendered so far; resolves after layout. */
async function applyTextSpacing(): Promise<void> {
  for (const root of [document, ...shadowRoots(document)]) {
    if (!root.adoptedStyleSheets.includes(overrides)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, overrides];
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function removeTextSpacing(): void {
  for (const root of [document, ...shadowRoots(document)]) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== overrides);
  }
}

/** The parent of `node` in the rendered (flat) tree: its slot, or a shadow root's host. */
function flatParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentElement;
}

/** Every text node under `root`, through shadow roots. */
function* textNodes(root: Node): Generator<Text> {
  for (const child of root.childNodes) {
    if (child instanceof Text) yield child;
    else yield* textNodes(child);
  }
  if (root instanceof Element && root.shadowRoot) yield* textNodes(root.shadowRoot);
}

/** Text meant to be seen: shown, not visually hidden, not inert or hidden from everyone. */
function seen(text: Text): boolean {
  const parent = text.parentElement;
  if (!text.data.trim() || !parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (let node: Element | null = parent; node; node = flatParent(node)) {
    if (node.closest('[inert], [aria-hidden=true]')) return false;
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) return false; // the visually-hidden pattern
  }
  return true;
}

/** What `text` shows cut off by an ancestor that hides its overflow, described for the report. */
function clipped(text: Text): string[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  const found: string[] = [];
  for (let node = flatParent(text); node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    const clipsX = /hidden|clip/.test(style.overflowX);
    const clipsY = /hidden|clip/.test(style.overflowY);
    if (!clipsX && !clipsY) continue;
    const box = node.getBoundingClientRect();
    const left = box.left + node.clientLeft;
    const top = box.top + node.clientTop;
    const right = left + (node.clientWidth || box.width);
    const bottom = top + (node.clientHeight || box.height);
    for (const rect of rects) {
      const outX = clipsX && (rect.left < left - 1 || rect.right > right + 1);
      const outY = clipsY && (rect.top < top - 1 || rect.bottom > bottom + 1);
      if (outX || outY) {
        found.push(
          `"${text.data.trim().slice(0, 40)}" cut by ${node.localName}.${node.className} (${outX ? 'x' : ''}${outY ? 'y' : ''})`,
        );
        break;
      }
    }
  }
  return found;
}

/** Every element (through shadow roots) that scrolls both ways. */
function twoAxisScrollers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    const x = /auto|scroll/.test(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
    const y = /auto|scroll/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
    if (x) found.push(`${node.localName}.${node.className}${y ? ' (both ways)' : ' (sideways)'}`);
    if (node.shadowRoot) found.push(...twoAxisScrollers(node.shadowRoot));
  }
  return found;
}

async function expectNothingCut(el: Element, what: string): Promise<void> {
  await applyTextSpacing();
  const texts = [...textNodes(el)].filter(seen);
  expect(texts.length, `${what}: text checked`).to.be.above(0);
  expect(texts.flatMap(clipped), `${what}: text cut off`).to.deep.equal([]);
  expect(twoAxisScrollers(el.shadowRoot!), `${what}: scrolls sideways`).to.deep.equal([]);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(innerWidth);
}

async function box(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width: min(900px, 100%)"></div>`);
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
])
  describe(`WCAG 1.4.12 at ${width} px: text spacing overrides cut no text off`, () => {
    before(async () => {
      await resetBackend();
      await setViewport({ width, height });
    });
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => removeTextSpacing());

    it('gallery with its title and captions, and the lightbox open on a captioned slide', async () => {
      const el = await mountGallery(await box(), origins, { source: 'cms', gallery: 'summer-2026', token: 'demo' });
      el.parentElement!.style.width = '100%'; // the helper's box is 800 px, wider than a phone
      await until(() => document.documentElement.scrollWidth <= innerWidth, 'the gallery lays out to the screen');
      await expectNothingCut(el, 'gallery');
      await openLightbox(el, 1);
      await expectNothingCut(el, 'lightbox');
    });

    it('portal browser with results, then an asset view', async () => {
      const el = mountPortal(await box(), origins, 'press');
      await untilPortalResults(el);
      await expectNothingCut(el, 'portal results');
      tilesOf(el)[0].click();
      await until(() => $(el, 'dash-asset-view')?.shadowRoot?.querySelector('h2'), 'asset view');
      await expectNothingCut(el, 'asset view');
    });

    it('picker with results', async () => {
      const el = mountPicker(await box(), origins);
      await untilPickerResults(el);
      expect(gridOf(el)).to.exist;
      await expectNothingCut(el, 'picker');
    });

    it('uploader with a file in its list', async () => {
      const el = mountUpload(await box(), origins);
      await until(() => $(el, '#email'), 'email form');
      await expectNothingCut(el, 'uploader sign-in');
      submitEmail(el);
      await until(() => $(el, '#file-input'), 'drop zone');
      selectFiles(el, [smallFile('harbour-at-dawn-from-the-north-pier.jpg')]);
      await until(() => el.files.length > 0, 'file listed');
      await expectNothingCut(el, 'uploader with a file');
    });
  });
