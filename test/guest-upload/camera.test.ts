/**
 * Issue 20, camera: on a touch screen (`pointer: coarse`) a "Take photo or video" button opens the
 * camera (`capture`) next to "Choose files", for the kinds the link accepts; with a mouse it is not
 * there at all (not shown, not in the tab order). The touch screen is Chromium's own emulation
 * (the `emulate-touch` command of test/guest-upload/wtr-uppy-plugin.js), which is what makes
 * `(pointer: coarse)` match; a camera cannot be driven in a test, so what it returns is given to
 * its input as the dialog would.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { upload } from '../../src/i18n/en/upload.js';
import { $, expectStoredAsFiles, mountAtEmailForm, mountReady, randomFile, waitForStatus } from './helpers.js';

const emulateTouch = (enabled: boolean) => executeServerCommand('emulate-touch', { enabled });

const shown = (el: Element | null) => Boolean(el && getComputedStyle(el).display !== 'none');

describe('dash-guest-upload: camera on phones', function () {
  this.timeout(60_000);
  beforeEach(() => resetBackend());
  afterEach(() => emulateTouch(false));
  after(() => resetBackend());

  it('is not offered with a mouse or trackpad', async () => {
    expect(matchMedia('(pointer: coarse)').matches, 'no touch screen').to.equal(false);
    const el = await mountAtEmailForm();
    expect(shown($(el, '[part=camera-button]')), 'no camera button').to.equal(false);
    expect(shown($(el, '#camera-input')), 'its input out of the tab order too').to.equal(false);
    expect(shown($(el, '[part=choose-button]'))).to.equal(true);
  });

  it('offers "Take photo or video" next to "Choose files" on a touch screen, and what it takes is uploaded', async () => {
    await emulateTouch(true);
    expect(matchMedia('(pointer: coarse)').matches, 'a touch screen').to.equal(true);
    const el = await mountReady();
    const button = $(el, '[part=camera-button]')!;
    expect(shown(button)).to.equal(true);
    expect(button.textContent!.trim()).to.equal(upload.camera(true, true));
    expect(button.textContent!.trim()).to.equal('Take photo or video');
    // Right after "Choose files" (its input between them).
    expect(button.previousElementSibling?.id).to.equal('camera-input');
    expect(button.previousElementSibling?.previousElementSibling?.getAttribute('part')).to.equal('choose-button');
    const { width, height } = button.getBoundingClientRect();
    expect(Math.min(width, height), 'a 24 px target at least').to.be.at.least(24);
    const input = $<HTMLInputElement>(el, '#camera-input')!;
    expect(button.getAttribute('for')).to.equal('camera-input');
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('image/*,video/*');
    expect(input.getAttribute('capture')).to.equal('environment');

    // What the camera returns, as its dialog gives it to the input.
    const photo = randomFile('IMG_0001.jpg', 300 * 1024, 'image/jpeg');
    const transfer = new DataTransfer();
    transfer.items.add(photo);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitForStatus(el, ['done'], 1);
    expect(el.files.map((f) => f.name)).to.deep.equal(['IMG_0001.jpg']);
    await expectStoredAsFiles(el);
  });

  it('takes photos only on an images-only link, and is not offered where neither is accepted', async () => {
    await emulateTouch(true);
    const images = await mountAtEmailForm({ accept: 'image/*' });
    expect($<HTMLInputElement>(images, '#camera-input')!.accept).to.equal('image/*');
    expect($(images, '[part=camera-button]')!.textContent!.trim()).to.equal('Take photo');
    const videos = await mountAtEmailForm({ accept: 'video/*,.mov' });
    expect($<HTMLInputElement>(videos, '#camera-input')!.accept).to.equal('video/*');
    expect($(videos, '[part=camera-button]')!.textContent!.trim()).to.equal('Record video');
    const documents = await mountAtEmailForm({ accept: '.pdf,.docx' });
    expect($(documents, '#camera-input'), 'no camera for documents').to.equal(null);
    expect($(documents, '[part=camera-button]')).to.equal(null);
  });
});
