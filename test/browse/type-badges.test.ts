/**
 * Issue 18: tiles show what they are. A video's thumbnail carries a round play mark and a chip with
 * its running time, a non-image with a preview a chip with its type, and an asset without a preview
 * a file-type icon with its extension instead of an empty box. The marks are hidden from assistive
 * technology; the tile's accessible name says the type (and a running time in words) instead. The
 * chips stay legible in forced colours (system colours and a border).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { DashAssetGrid } from '../../src/browse/asset-grid.js';
import type { Asset, AssetFile } from '../../src/api/models.js';
import { resetBackend } from '../support/backend.js';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { gridOf, mountPortal, tilesOf, tileNames, until, untilResults } from '../portal-browser/helpers.js';

function tileNamed(el: DashPortalBrowser, filename: string): HTMLElement {
  const tile = tilesOf(el).find((t) => t.querySelector('.name')!.textContent!.trim() === filename);
  expect(tile, `tile ${filename}`).to.exist;
  return tile!;
}

const badges = (tile: HTMLElement) => ({
  play: tile.querySelector('[part~=play-badge]'),
  chip: tile.querySelector<HTMLElement>('[part~=type-badge]'),
  icon: tile.querySelector<HTMLElement>('[part~=file-icon]'),
  img: tile.querySelector('img'),
});

/**
 * A grid cell's accessible name as computed from its content (the cells have no aria-label): its
 * text, leaving out what is hidden from assistive technology.
 */
function nameFromContent(cell: Element): string {
  expect(cell.hasAttribute('aria-label') || cell.hasAttribute('aria-labelledby'), 'named from content').to.be.false;
  const text = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(text).join('');
  };
  return text(cell).replace(/\s+/g, ' ').trim();
}

describe('browse: type badges on asset tiles', () => {
  before(() => resetBackend());
  afterEach(() => resetMediaFeatures());

  it('a video shows a play mark and its running time; a PDF and a preview-less image a file icon', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => tileNames(el).includes('coast-008.webm'), 'no seeded video on the first page');

    const video = badges(tileNamed(el, 'coast-008.webm'));
    expect(video.img, 'video preview').to.exist;
    expect(video.play, 'play mark').to.exist;
    expect(video.chip!.textContent!.trim()).to.equal('0:04');

    const pdf = badges(tileNamed(el, 'festival-014.pdf'));
    expect(pdf.img, 'the seeded PDF has no preview').to.be.null;
    expect(pdf.play).to.be.null;
    expect(pdf.icon!.querySelector('svg'), 'file-type icon').to.exist;
    expect(pdf.icon!.textContent!.trim()).to.equal('PDF');

    const noPreview = badges(tileNamed(el, 'forest-006.jpg'));
    expect(noPreview.img).to.be.null;
    expect(noPreview.icon!.querySelector('svg')).to.exist;
    expect(noPreview.icon!.textContent!.trim()).to.equal('JPG');

    const image = badges(tileNamed(el, 'harbour-002.jpg'));
    expect([image.play, image.chip, image.icon], 'a plain image carries no marks').to.deep.equal([null, null, null]);

    // Every mark is decorative: the name says the type.
    for (const mark of [video.play!, video.chip!, pdf.icon!, noPreview.icon!]) {
      expect(mark.closest('[aria-hidden=true]'), mark.className).to.exist;
    }
    expect(nameFromContent(tileNamed(el, 'coast-008.webm'))).to.equal('coast-008.webm, Video, 4 seconds');
    expect(nameFromContent(tileNamed(el, 'festival-014.pdf'))).to.equal('festival-014.pdf, PDF');
    expect(nameFromContent(tileNamed(el, 'harbour-002.jpg'))).to.equal('harbour-002.jpg');
    expect(nameFromContent(tileNamed(el, 'forest-006.jpg'))).to.equal('forest-006.jpg');
  });

  it('audio shows its running time; a document or other file with a preview a type chip', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    // The seed's one audio file is staged (in no portal), and its documents have no previews:
    // copies of a seeded image stand in for them, with the media types the API would give.
    const image = gridOf(el).items.find((a) => a.currentAssetFile?.filename === 'harbour-002.jpg')!;
    const as = (filename: string, file: Partial<AssetFile>): Asset => ({
      ...image,
      id: filename,
      currentAssetFile: { ...image.currentAssetFile!, filename, ...file },
    });
    const grid = await fixture<DashAssetGrid>(
      html`<dash-asset-grid style="width: 700px" .label=${'Assets'}></dash-asset-grid>`,
    );
    grid.items = [
      as('jingle.wav', { fileType: 'AUDIO', mediaType: { type: 'audio', subType: 'wav' }, duration: 75 }),
      as('brochure.docx', { fileType: 'DOCUMENT', mediaType: { type: 'application', subType: 'msword' } }),
      as('model.glb', { fileType: 'OTHER', mediaType: { type: 'model', subType: 'gltf-binary' } }),
      as('talk.mp4', { fileType: 'VIDEO', mediaType: { type: 'video', subType: 'mp4' }, duration: 3723 }),
    ];
    await grid.updateComplete;
    const tiles = [...grid.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell]')];
    expect(tiles.map((t) => badges(t).chip?.textContent?.trim())).to.deep.equal([
      '1:15',
      'Document',
      'File',
      '1:02:03',
    ]);
    expect(tiles.map((t) => !!badges(t).play)).to.deep.equal([false, false, false, true]);
    expect(tiles.map(nameFromContent)).to.deep.equal([
      'jingle.wav, Audio, 1 minute 15 seconds',
      'brochure.docx, Document',
      'model.glb, File',
      'talk.mp4, Video, 1 hour 2 minutes 3 seconds',
    ]);
  });

  it("the asset view shows a preview-less file as its type icon and a video's running time", async () => {
    const viewOf = (el: DashPortalBrowser) => el.shadowRoot!.querySelector('dash-asset-view')?.shadowRoot ?? null;
    const details = (el: DashPortalBrowser) =>
      [...(viewOf(el)?.querySelectorAll('dt') ?? [])].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`,
      );
    const open = async (filename: string) => {
      const el = await mountPortal('press');
      await untilResults(el);
      await until(() => tileNames(el).includes(filename), `no ${filename} on the first page`);
      tileNamed(el, filename).click();
      await until(() => details(el).length > 0, `no view of ${filename}`);
      return el;
    };

    const pdf = await open('festival-014.pdf');
    const icon = viewOf(pdf)!.querySelector('.icon')!;
    expect(icon.getAttribute('role')).to.equal('img');
    expect(icon.getAttribute('aria-label')).to.equal('No preview: festival-014.pdf');
    expect(icon.querySelector('svg')).to.exist;
    expect(icon.textContent!.trim()).to.equal('PDF');
    expect(details(pdf).some((d) => d.startsWith('Duration'))).to.be.false;

    const video = await open('coast-008.webm');
    expect(details(video)).to.include('Duration: 0:04');
  });

  it('chips are white on a dark translucent fill with a ring, and system colours in forced colours', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await until(() => tileNames(el).includes('coast-008.webm'), 'no seeded video on the first page');
    const chip = badges(tileNamed(el, 'coast-008.webm')).chip!;
    const style = getComputedStyle(chip);
    expect(style.color).to.equal('rgb(255, 255, 255)');
    const alpha = Number(/rgba\(0, 0, 0, ([\d.]+)\)/.exec(style.backgroundColor)?.[1]);
    // White over black at this opacity is at least 3:1 against a white image beneath.
    expect(alpha).to.be.at.least(0.55);
    expect(style.boxShadow).to.contain('rgba(255, 255, 255');

    await emulateForcedColors('dark');
    await until(() => getComputedStyle(chip).borderTopStyle === 'solid', 'no border in forced colours');
    const forced = getComputedStyle(chip);
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const system = getComputedStyle(probe);
    expect(forced.color).to.equal(system.color);
    expect(forced.backgroundColor).to.equal(system.backgroundColor);
    expect(forced.borderTopColor).to.equal(system.color);
    probe.remove();
  });
});
