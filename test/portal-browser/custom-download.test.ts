import { expect } from '@open-wc/testing';
import { requestLog, resetBackend } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { Asset } from '../../src/api/models.js';
import {
  $,
  $$,
  deepActiveElement,
  gridOf,
  mountPortal,
  nextDownload,
  tilesOf,
  typeInto,
  until,
  untilResults,
} from './helpers.js';

/** The first JPEG whose sides divide by 4, opened in the asset view. */
async function openQuarterableJpeg(el: DashPortalBrowser): Promise<{ width: number; height: number }> {
  const fits = (a: Asset) => {
    const file = a.currentAssetFile;
    const size = file?.dimensions;
    return file?.mediaType?.subType === 'jpeg' && size && size.width % 4 === 0 && size.height % 4 === 0;
  };
  const index = gridOf(el).items.findIndex(fits);
  expect(index, 'a JPEG to resize').to.be.at.least(0);
  tilesOf(el)[index].click();
  await until(() => $(el, '[slot=actions] [part~=download-button]'), 'no download button');
  return gridOf(el).items[index].currentAssetFile!.dimensions!;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function chooseCustomSize(el: DashPortalBrowser): Promise<HTMLFieldSetElement> {
  const select = $<HTMLSelectElement>(el, '#format-asset')!;
  await until(() => [...select.options].some((o) => o.value === 'custom-size'), 'no "Custom size" choice');
  expect([...select.options].find((o) => o.value === 'custom-size')!.textContent!.trim()).to.equal('Custom size');
  choose(select, 'custom-size');
  await until(() => $(el, '[part~=custom-size]'), 'no custom size fields');
  return $<HTMLFieldSetElement>(el, '[part~=custom-size]')!;
}

/** The bodies of the download jobs the element asks for, read as it sends them. */
function recordJobBodies(): { bodies: Record<string, unknown>[]; stop(): void } {
  const bodies: Record<string, unknown>[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method === 'POST' && url.endsWith('/asset-download-batch-jobs')) {
      bodies.push(JSON.parse(String(init.body)) as Record<string, unknown>);
    }
    return original(input, init);
  };
  return { bodies, stop: () => (window.fetch = original) };
}

/** Format and pixel size read from the file's own header: PNG IHDR, a JPEG's SOF segment, WebP's VP8L. */
function imageHeader(bytes: Uint8Array): { format: string; width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89 && String.fromCharCode(...bytes.slice(1, 4)) === 'PNG') {
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 9 < bytes.length;) {
      const marker = bytes[at + 1];
      const length = view.getUint16(at + 2);
      // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { format: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      }
      at += 2 + length;
    }
  }
  if (String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') {
    // Lossless (VP8L, what the local backend writes): signature 0x2f, then 14-bit sides less one.
    if (String.fromCharCode(...bytes.slice(12, 16)) !== 'VP8L' || bytes[20] !== 0x2f)
      return { format: 'webp', width: 0, height: 0 };
    const bits = view.getUint32(21, true);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return { format: 'unknown', width: 0, height: 0 };
}

/** The asset id of a job's one item. */
function gridAssetId(body: Record<string, unknown>): string {
  return (body.items as { assetId: string }[])[0].assetId;
}

async function download(el: DashPortalBrowser): Promise<Uint8Array> {
  const done = nextDownload();
  $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
  const response = await fetch((await done).detail.url);
  expect(response.ok).to.equal(true);
  return new Uint8Array(await response.arrayBuffer());
}

describe('dash-portal-browser: custom size downloads', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('downloads an image in the width, height and file type typed, as RESIZE and CONVERT steps', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const original = await openQuarterableJpeg(el);
    const fieldset = await chooseCustomSize(el);
    const width = original.width / 4;
    const height = original.height / 4;
    typeInto($<HTMLInputElement>(fieldset, '#width-asset')!, String(width));
    typeInto($<HTMLInputElement>(fieldset, '#height-asset')!, ` ${height} `);
    choose($<HTMLSelectElement>(fieldset, '#type-asset')!, 'png');
    await expect(el).to.be.accessible();

    const sent = recordJobBodies();
    const analytics: Record<string, unknown>[] = [];
    const onAnalytics = (event: Event) => analytics.push((event as CustomEvent<Record<string, unknown>>).detail);
    document.addEventListener('dash-analytics', onAnalytics);
    try {
      const png = imageHeader(await download(el));
      expect(png).to.deep.equal({ format: 'png', width, height });
      // Start and finish reach the page's analytics, with the size and type but no URL.
      const downloads = analytics.filter((detail) => String(detail.action).startsWith('download-'));
      const expected = { element: 'dash-portal-browser', itemIds: sent.bodies[0] && [gridAssetId(sent.bodies[0])] };
      expect(downloads).to.deep.equal(
        ['download-start', 'download-finish'].map((action) => ({
          ...expected,
          action,
          zip: false,
          width,
          height,
          format: 'png',
        })),
      );
      // A JPEG of another size, in the same form.
      await until(() => $(el, '[part~=download-link]'), 'the first download did not finish');
      typeInto($<HTMLInputElement>(fieldset, '#width-asset')!, String(width / 2));
      typeInto($<HTMLInputElement>(fieldset, '#height-asset')!, String(height / 2));
      choose($<HTMLSelectElement>(fieldset, '#type-asset')!, 'jpeg');
      const jpeg = imageHeader(await download(el));
      expect(jpeg).to.deep.equal({ format: 'jpeg', width: width / 2, height: height / 2 });
      // And WebP, which the browser itself decodes to that size.
      await until(() => $(el, '[part~=download-link]'), 'the second download did not finish');
      choose($<HTMLSelectElement>(fieldset, '#type-asset')!, 'webp');
      const webpBytes = await download(el);
      expect(imageHeader(webpBytes)).to.deep.equal({ format: 'webp', width: width / 2, height: height / 2 });
      const bitmap = await createImageBitmap(new Blob([webpBytes as BlobPart], { type: 'image/webp' }));
      expect([bitmap.width, bitmap.height]).to.deep.equal([width / 2, height / 2]);
    } finally {
      sent.stop();
      document.removeEventListener('dash-analytics', onAnalytics);
    }
    // The seed's CUSTOM description (002 ≈L1759–1786): the steps as it spells them.
    expect(sent.bodies[0].transformationDescription).to.deep.equal({
      type: 'CUSTOM',
      candidateTransformations: [
        {
          criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: 'image', subType: '*' }] }],
          transformation: [
            { type: 'RESIZE', width, height },
            { type: 'CONVERT', mediaType: { type: 'image', subType: 'png' } },
          ],
        },
        {
          criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes: [{ type: '*', subType: '*' }] }],
          transformation: [],
        },
      ],
    });
  });

  it('says in plain words what is wrong with a size, and sends nothing until it is right', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await openQuarterableJpeg(el);
    const fieldset = await chooseCustomSize(el);
    const widthInput = $<HTMLInputElement>(fieldset, '#width-asset')!;
    const heightInput = $<HTMLInputElement>(fieldset, '#height-asset')!;
    const button = $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!;
    const errors = () => $$(fieldset, '.field-error').map((e) => e.textContent!.trim());

    for (const [width, height] of [
      ['', '0'],
      ['12.5', '-3'],
      ['20000', 'big'],
    ]) {
      typeInto(widthInput, width);
      typeInto(heightInput, height);
      await el.updateComplete;
      expect(errors(), 'an edited field is no longer marked').to.deep.equal([]);
      button.focus();
      button.click();
      await until(() => errors().length === 2, `no errors for ${width} × ${height}`);
      expect(errors()).to.deep.equal([
        'Enter the width as a whole number of pixels, from 1 to 10,000.',
        'Enter the height as a whole number of pixels, from 1 to 10,000.',
      ]);
      expect(widthInput.getAttribute('aria-invalid')).to.equal('true');
      expect(widthInput.getAttribute('aria-describedby')).to.contain('width-asset-error');
      expect(deepActiveElement(), 'focus on the first wrong field').to.equal(widthInput);
    }
    await expect(el).to.be.accessible();

    // Editing a field clears its mark; a right width alone still holds back the download.
    typeInto(widthInput, '300');
    await until(() => errors().length === 1, 'the corrected width is still marked');
    button.click();
    await until(() => deepActiveElement() === heightInput, 'focus did not move to the height');
    const jobs = (await requestLog()).filter((e) => e.method === 'POST' && e.path === '/asset-download-batch-jobs');
    expect(jobs, 'no job for a wrong size').to.have.length(0);
  });
});
