// Issue 18 ("file-type icons for non-images"): each row of the uploader's list shows what kind of
// file it is — a preview for an image, an icon drawn for its kind for a video, a sound or an
// archive, and a page with its extension for a document — never an <img> for a file that is no image.
import { expect, waitUntil } from '@open-wc/testing';
import type { DashGuestUpload } from '../../src/guest-upload.js';
import { resetBackend } from '../support/backend.js';
import { mountAtEmailForm, randomFile, selectFiles } from './helpers.js';

/** A small PNG the browser can decode, made in the page. */
async function pngFile(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** The list's row of the file called `name`. */
function rowOf(el: DashGuestUpload, name: string): HTMLElement {
  const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=file]')];
  const row = rows.find((r) => r.querySelector('[part=file-name]')!.textContent!.trim() === name);
  expect(row, `a row for ${name}`).to.not.equal(undefined);
  return row!;
}

describe('dash-guest-upload: file-type icons (issue 18)', function () {
  this.timeout(30_000);
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('a PDF, a zip, an MP3 and a MOV each show their own icon, an image its preview; no <img> for non-images', async () => {
    // Before the email: the files wait in the list (nothing is sent), each with its icon or preview.
    const el = await mountAtEmailForm();
    const files = [
      randomFile('report.pdf', 2048, 'application/pdf'),
      randomFile('assets.zip', 2048, 'application/zip'),
      randomFile('interview.mp3', 2048, 'audio/mpeg'),
      randomFile('clip.mov', 2048, 'video/quicktime'),
      await pngFile('photo.png'),
    ];
    selectFiles(el, files);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part=file]').length === files.length, 'five rows');
    await el.updateComplete;

    const expected = {
      'report.pdf': 'document',
      'assets.zip': 'archive',
      'interview.mp3': 'audio',
      'clip.mov': 'video',
    };
    const glyphs = new Set<string>();
    for (const [name, kind] of Object.entries(expected)) {
      const row = rowOf(el, name);
      expect(row.querySelector('img'), `${name}: no image`).to.equal(null);
      const thumbnail = row.querySelector('[part=thumbnail]')!;
      expect(thumbnail.localName, `${name}: an icon in the thumbnail's place`).to.equal('span');
      const icon = thumbnail.querySelector('svg')!;
      expect(icon.getAttribute('data-kind'), name).to.equal(kind);
      expect(icon.getAttribute('aria-hidden'), 'the name beside it says what it is').to.equal('true');
      // Drawn on screen at the thumbnail's size, not collapsed.
      const box = icon.getBoundingClientRect();
      expect(box.width, `${name}: icon width`).to.be.greaterThan(16);
      expect(box.height, `${name}: icon height`).to.be.greaterThan(16);
      glyphs.add(icon.querySelector('path')!.getAttribute('d')!);
    }
    expect(glyphs.size, 'each kind draws its own mark').to.equal(4);
    expect(
      rowOf(el, 'report.pdf').querySelector('svg text')!.textContent!.trim(),
      'a document shows its type',
    ).to.equal('PDF');
    for (const name of ['assets.zip', 'interview.mp3', 'clip.mov']) {
      expect(rowOf(el, name).querySelector('svg text'), `${name}: its mark, no text`).to.equal(null);
    }

    // The image shows itself: a preview of its own bytes, decoded.
    const preview = rowOf(el, 'photo.png').querySelector<HTMLImageElement>('img[part=thumbnail]')!;
    expect(preview, 'an image preview').to.not.equal(null);
    expect(preview.src).to.match(/^blob:/);
    await waitUntil(() => preview.complete && preview.naturalWidth === 8, 'the preview never decoded');
    expect(preview.alt, 'decorative: the name beside it says which file').to.equal('');
  });
});
