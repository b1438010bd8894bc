import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DashAssetPicker, PickedAsset } from '../../src/asset-picker.js';
import type { Asset } from '../../src/api/models.js';
import { resetBackend, setFaults } from '../support/backend.js';
import {
  $,
  gridOf,
  insertButton,
  mountPicker,
  nextSelect,
  parseSnippet,
  tilesOf,
  until,
  untilResults,
} from './helpers.js';

/** Decodes an image URL's pixels (the file the link serves). */
async function pixels(url: string): Promise<ImageData> {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The mean colour of a 16 × 16 block at `x`, `y`. */
function mean(image: ImageData, x: number, y: number): number[] {
  const sum = [0, 0, 0];
  for (let row = y; row < y + 16; row++)
    for (let col = x; col < x + 16; col++)
      for (let c = 0; c < 3; c++) sum[c]! += image.data[(row * image.width + col) * 4 + c]!;
  return sum.map((value) => value / 256);
}

const box = (el: DashAssetPicker) => $(el, '[part~=crop-box]')!;
const valueText = (el: DashAssetPicker) => box(el).getAttribute('aria-valuetext') ?? '';
/** The rectangle the box's value text names: width, height, left, top. */
const rectOf = (el: DashAssetPicker) => valueText(el).match(/\d+/g)!.slice(2).map(Number);

/** Picks the first landscape image wide enough to crop, and waits for its crop box. */
async function pickImage(el: DashAssetPicker): Promise<Asset> {
  await untilResults(el);
  const index = gridOf(el).items.findIndex((asset) => {
    const size = asset.currentAssetFile?.dimensions;
    return asset.currentAssetFile?.mediaType.type === 'image' && size && size.width >= 800 && size.width > size.height;
  });
  tilesOf(el)[index]!.click();
  await until(() => $(el, '[part~=crop-box]'), 'no crop box for the chosen image');
  return gridOf(el).items[index]!;
}

describe('asset picker: crop to a preset aspect ratio', () => {
  afterEach(async () => {
    await resetMouse();
    await resetBackend();
  });

  it('starts with the largest centred 16:9 box, moves it by keys, drag and a click, and inserts a link of that crop', async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    el.setAttribute('crops', '16:9 hero, 1:1 card');
    const asset = await pickImage(el);
    const source = asset.currentAssetFile!.dimensions!;
    const options = [...$(el, '#crop')!.querySelectorAll('option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['No crop', '16:9 hero', '1:1 card']);

    // Default: as wide as the image, centred vertically.
    const [width, height, left, top] = rectOf(el);
    expect(box(el).getAttribute('aria-label')).to.equal('Crop 16:9 hero');
    expect(width).to.equal(source.width);
    expect(Math.abs(height! - (source.width * 9) / 16)).to.be.at.most(1);
    expect(left).to.equal(0);
    expect(Math.abs(top! - (source.height - height!) / 2)).to.be.at.most(1);
    expect(valueText(el)).to.equal(`Crop 16:9, ${width} × ${height} px from left ${left}, top ${top}`);

    // − shrinks keeping the ratio and the centre; arrows move, Shift further.
    box(el).focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: '-' });
    const [smallWidth, smallHeight, x0, y0] = rectOf(el);
    expect(smallWidth).to.be.below(width! / 1.5);
    expect(Math.abs(smallWidth! / smallHeight! - 16 / 9)).to.be.below(0.02);
    const step = Math.max(1, Math.round(source.width / 100));
    await sendKeys({ press: 'ArrowLeft' });
    expect(rectOf(el)[2]).to.equal(x0! - step);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    expect(rectOf(el)[2]).to.equal(x0! - 11 * step);
    await sendKeys({ press: 'ArrowUp' });
    expect(rectOf(el)[3]).to.equal(y0! - step);

    // Dragging the box to the left edge and up moves it there (clamped inside the image).
    const rect = box(el).getBoundingClientRect();
    const start = [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] as [number, number];
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start[0] - 400, start[1] - 400] });
    await sendMouse({ type: 'up' });
    await until(
      () => rectOf(el)[2] === 0 && rectOf(el)[3] === 0,
      `the drag did not reach the corner: ${valueText(el)}`,
    );

    // A single click on the picture, away from the box, centres the box there (no drag needed).
    const stage = $(el, '.crop-stage')!.getBoundingClientRect();
    const [, , cornerX, cornerY] = rectOf(el);
    await sendMouse({ type: 'click', position: [Math.round(stage.right - 4), Math.round(stage.bottom - 4)] });
    await until(() => rectOf(el)[2]! > cornerX! && rectOf(el)[3]! > cornerY!, 'the click did not move the box');
    const [, , clickedX, clickedY] = rectOf(el);
    // Clamped inside the image: the box ends at the bottom right corner.
    expect(clickedX! + smallWidth!).to.be.closeTo(source.width, 1);
    expect(clickedY! + smallHeight!).to.be.closeTo(source.height, 1);
    await sendMouse({ type: 'click', position: [Math.round(stage.left + 2), Math.round(stage.top + 2)] });
    await until(() => rectOf(el)[2] === 0 && rectOf(el)[3] === 0, 'the click did not bring the box back');

    const selected = nextSelect(el);
    insertButton(el).click();
    const [picked] = (await selected) as [PickedAsset];
    const crop = picked.crop!;
    expect(crop).to.deep.include({ ratio: '16:9', label: 'hero', x: 0, y: 0, width: smallWidth, height: smallHeight });
    expect(picked.urlKind).to.equal('embeddable');
    expect([picked.width, picked.height]).to.deep.equal([crop.width, crop.height]);

    // The link serves the crop: 16:9 to a pixel, and the original's top-left region.
    const served = await pixels(picked.url);
    expect(Math.abs(served.height - (served.width * 9) / 16)).to.be.at.most(1);
    expect([served.width, served.height]).to.deep.equal([crop.width, crop.height]);
    const original = await pixels((asset.currentAssetFile as { originalUrl?: string }).originalUrl!);
    for (const [x, y] of [
      [0, 0],
      [crop.width - 16, crop.height - 16],
      [Math.round(crop.width / 2), Math.round(crop.height / 3)],
    ] as const) {
      const got = mean(served, x, y);
      const want = mean(original, crop.x + x, crop.y + y);
      got.forEach((value, c) => expect(Math.abs(value - want[c]!), `block ${x},${y}`).to.be.below(14));
    }
  });

  it('resizes the crop for a width rendition, and "No crop" inserts the plain rendition', async () => {
    const el = await mountPicker({ accessToken: 'demo', rendition: 'width:320' });
    el.crops = [{ label: 'card', ratio: '1:1' }];
    await pickImage(el);
    const selected = nextSelect(el);
    insertButton(el).click();
    const [square] = await selected;
    expect([square!.width, square!.height]).to.deep.equal([320, 320]);
    const served = await pixels(square!.url);
    expect([served.width, served.height]).to.deep.equal([320, 320]);
    expect(square!.crop?.ratio).to.equal('1:1');

    const select = $<HTMLSelectElement>(el, '#crop')!;
    select.value = '-1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '[part~=crop-box]')).to.equal(null);
    const again = nextSelect(el);
    insertButton(el).click();
    const [plain] = await again;
    expect(plain!.crop).to.equal(undefined);
    expect(plain!.width).to.equal(320);
    expect(plain!.height).to.not.equal(320);
  });

  it("serves the crop at a preset's size and at a width: its ratio kept, the rendition's size and file type", async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    el.crops = '16:9 hero';
    await pickImage(el);
    const [cropWidth, cropHeight] = rectOf(el) as [number, number];
    const select = $<HTMLSelectElement>(el, '#rendition')!;
    await until(() => [...select.options].some((option) => option.textContent!.trim() === 'Small'), 'no presets');
    select.value = [...select.options].find((option) => option.textContent!.trim() === 'Small')!.value;
    select.dispatchEvent(new Event('change'));
    expect(el.rendition).to.match(/^preset:/);

    /** Inserts, and checks the link serves the crop's ratio at `width` (the file decoded). */
    const insertsAt = async (width: number) => {
      const selected = nextSelect(el);
      insertButton(el).click();
      const [picked] = (await selected) as [PickedAsset];
      expect(picked.crop).to.deep.include({ ratio: '16:9', width: cropWidth, height: cropHeight });
      expect(picked.urlKind).to.equal('embeddable');
      const height = Math.round((width * cropHeight) / cropWidth);
      expect([picked.width, picked.height]).to.deep.equal([width, height]);
      const served = await pixels(picked.url);
      expect([served.width, served.height]).to.deep.equal([width, height]);
      const img = parseSnippet(picked.snippet)[0]!;
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([`${width}`, `${height}`]);
    };
    // Small fits 400 × 400: a 16:9 crop comes out 400 wide.
    await insertsAt(400);
    el.rendition = 'width:480';
    await el.updateComplete;
    await insertsAt(480);
    // A preset that also converts (Small PNG) keeps its file type after the crop.
    const png = [...select.options].find((option) => option.textContent!.trim() === 'Small PNG')!;
    select.value = png.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await insertsAt(400);
    const selected = nextSelect(el);
    insertButton(el).click();
    const [picked] = (await selected) as [PickedAsset];
    const head = new Uint8Array(await (await (await fetch(picked.url)).blob()).slice(0, 4).arrayBuffer());
    expect([...head]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });

  it('follows crops given after the image is chosen and changed later, and is not re-synced by other updates', async () => {
    const { CropController } = await import('../../src/elements/asset-picker/crop-editor.js');
    const sync = CropController.prototype.sync;
    let syncs = 0;
    CropController.prototype.sync = function (...args) {
      syncs++;
      return sync.apply(this, args);
    };
    try {
      const el = await mountPicker({ accessToken: 'demo' });
      await untilResults(el);
      const index = gridOf(el).items.findIndex(
        (asset) => asset.currentAssetFile?.mediaType.type === 'image' && asset.currentAssetFile.dimensions,
      );
      tilesOf(el)[index]!.click();
      await el.updateComplete;
      el.crops = '16:9 hero';
      await until(() => $(el, '[part~=crop-box]'), 'no crop box for crops given after the choice');
      el.crops = '1:1 card';
      await until(() => box(el).getAttribute('aria-label') === 'Crop 1:1 card', 'the box did not follow new crops');
      const square = rectOf(el);
      expect(square[0]).to.equal(square[1]);

      // An update that changes neither crops nor the selection leaves the editor alone.
      const before = syncs;
      expect(before, 'the editor was told of the crops and the selection').to.be.at.least(2);
      el.rendition = 'width:300';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(syncs).to.equal(before);
      expect(rectOf(el)).to.deep.equal(square);
    } finally {
      CropController.prototype.sync = sync;
    }
  });

  it('inserts the preview, uncropped, when the access may not create the link (403)', async () => {
    await setFaults({ routes: [{ method: 'POST', path: '^/embeddable-link-batch-jobs$', status: 403 }] });
    const el = await mountPicker({ accessToken: 'demo' });
    el.crops = '16:9 hero';
    await pickImage(el);
    const selected = nextSelect(el);
    insertButton(el).click();
    const [asset] = await selected;
    expect(asset!.urlKind).to.equal('preview');
    expect(asset!.crop).to.equal(undefined);
  });

  it('is accessible with the crop box shown', async () => {
    const el = await mountPicker({ accessToken: 'demo' });
    el.crops = '4:5 social';
    await pickImage(el);
    await expect(el).to.be.accessible();
  });
});
