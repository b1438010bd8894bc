import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import { resetBackend, setFaults, sha256Hex } from '../support/backend.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import type { Asset } from '../../src/api/models.js';
import { $, $$, gridOf, mountPortal, nextDownload, tilesOf, until, untilResults } from './helpers.js';

const view = (el: DashPortalBrowser) => $(el, 'dash-asset-view');
const downloadLink = (el: DashPortalBrowser) => $<HTMLAnchorElement>(el, '[part~=download-link]');

/** Opens the first image asset that has a preview; returns it. */
async function openFirstImage(el: DashPortalBrowser): Promise<Asset> {
  const index = gridOf(el).items.findIndex(
    (a) => a.currentAssetFile?.fileType === 'IMAGE' && a.currentAssetFile.previewUrl,
  );
  tilesOf(el)[index].click();
  await until(() => view(el)?.shadowRoot?.querySelector('h2'), 'asset view did not open');
  return gridOf(el).items[index];
}

/**
 * The stored original's bytes, from the local backend's `originalUrl` extension. (The seeded
 * `size` field is synthetic and does not match the generated files, so bytes are compared.)
 */
function originalBytes(asset: Asset): Promise<Uint8Array> {
  return fetchBytes((asset.currentAssetFile as { originalUrl: string } | null)!.originalUrl);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.ok).to.equal(true);
  return new Uint8Array(await response.arrayBuffer());
}

describe('dash-portal-browser: downloads', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('downloads one original from the asset view', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const asset = await openFirstImage(el);
    const done = nextDownload();
    $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
    const event = await done;
    expect(event.detail.assetIds).to.deep.equal([asset.id]);
    await until(() => downloadLink(el), 'no download link');
    expect(downloadLink(el)!.href).to.equal(event.detail.url);
    const bytes = await fetchBytes(event.detail.url);
    expect(await sha256Hex(new Blob([bytes as BlobPart]))).to.equal(
      await sha256Hex(new Blob([(await originalBytes(asset)) as BlobPart])),
    );
    await expect(el).to.be.accessible();
  });

  it('downloads a preset rendition', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await openFirstImage(el);
    const select = $<HTMLSelectElement>(el, '#format-asset')!;
    await until(() => select.options.length > 1, 'presets never loaded');
    select.value = [...select.options].find((o) => o.textContent!.trim() === 'Small')!.value;
    select.dispatchEvent(new Event('change'));
    const done = nextDownload();
    $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
    const { url } = (await done).detail;
    const bytes = await fetchBytes(url);
    expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xd8]); // a JPEG
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
    expect(Math.max(bitmap.width, bitmap.height)).to.be.at.most(400);
  });

  it("offers only the presets that apply to the asset's type, even when the server lists every preset", async () => {
    // A server that answers every preset to APPLICABLE_FOR_ANY_ASSETS, in the seed's spellings.
    const preset = (id: string, name: string, mediaTypes: unknown[]) => ({
      result: {
        id,
        name,
        candidatePresetTransformations: mediaTypes.length
          ? [{ criteria: [{ type: 'MATCHES_MEDIA_TYPES', mediaTypes }], transformationTemplate: [] }]
          : [],
      },
      permittedActions: [],
    });
    const results = [
      preset('web', 'Web image', ['image/*']),
      preset('psd', 'Web image (subtype)', [{ type: 'image', subtype: '*' }]),
      preset('any', 'Any file', []),
    ];
    await setFaults({
      routes: [
        {
          method: 'POST',
          path: '^/preset-transformation-searches$',
          status: 200,
          body: JSON.stringify({ results, totalResults: 3 }),
        },
      ],
    });
    const el = await mountPortal('press');
    await untilResults(el);
    const formats = async (fileType: string) => {
      const index = gridOf(el).items.findIndex((a) => a.currentAssetFile?.fileType === fileType);
      expect(index, fileType).to.be.at.least(0);
      tilesOf(el)[index].click();
      await until(() => ($<HTMLSelectElement>(el, '#format-asset')?.options.length ?? 0) > 1, 'presets');
      const names = [...$<HTMLSelectElement>(el, '#format-asset')!.options].map((o) => o.textContent!.trim());
      $(el, 'dash-asset-view')!.dispatchEvent(new CustomEvent('close'));
      await until(() => !$(el, 'dash-asset-view'), 'view closed');
      return names;
    };
    expect(await formats('IMAGE')).to.deep.equal([
      'Original file',
      'Web image',
      'Web image (subtype)',
      'Any file',
      'Custom size',
    ]);
    expect(await formats('DOCUMENT')).to.deep.equal(['Original file', 'Any file']);
  });

  it('downloads several selected assets as one zip with the right files', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const grid = gridOf(el);
    for (const tile of tilesOf(el).slice(0, 3)) tile.querySelector<HTMLElement>('.check')!.click();
    await until(() => $(el, '[part~=selection-bar]'), 'no selection bar');
    expect($$(grid, '[aria-selected=true]').length).to.equal(3);
    const chosen = grid.items.slice(0, 3);
    await expect(el).to.be.accessible();
    const done = nextDownload();
    $<HTMLButtonElement>(el, '[part~=selection-bar] [part~=download-button]')!.click();
    await until(() => $(el, '[part~=download-status] progress') || downloadLink(el), 'no progress shown');
    const { url, assetIds } = (await done).detail;
    expect(assetIds).to.have.members(chosen.map((a) => a.id));
    const files = unzipSync(await fetchBytes(url));
    const entries = Object.entries(files).map(([name, data]) => [name, data.length]);
    const originals = await Promise.all(
      chosen.map(async (a) => [a.currentAssetFile!.filename, (await originalBytes(a)).length]),
    );
    expect(entries).to.have.deep.members(originals);
  });

  it('cancels a running download job', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await openFirstImage(el);
    await setFaults({ routes: [{ method: 'GET', path: '^/asset-download-batch-jobs/', delayMs: 4000 }] });
    $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
    await until(() => $(el, '[part~=download-status] progress'), 'no progress bar');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=cancel-button]')!.click();
    await until(() => $(el, '[part~=download-status]')?.textContent?.includes('Download cancelled.'), 'not cancelled');
    expect(downloadLink(el)).to.equal(null);
  });

  it('shows a clear error when the download job fails', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    await openFirstImage(el);
    await setFaults({ routes: [{ method: 'POST', path: '^/asset-download-batch-jobs$', status: 500 }] });
    const error = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('dash-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
    expect((await error).detail.code).to.equal('server');
    await until(() => $(el, '[part~=download-status][role=alert]'), 'no error shown');
    expect($(el, '[part~=download-status]')!.textContent).to.contain('could not be prepared');
    await expect(el).to.be.accessible();
  });
});
