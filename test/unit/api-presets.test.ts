import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { presetsForAssets } from '../../src/api/presets.js';
import type { Asset, Preset } from '../../src/api/models.js';

/** presetsForAssets(): a preset is offered only for assets whose media type one of its candidates matches. */

const asset = (type: string, subType: string): Asset =>
  ({ id: `${type}/${subType}`, currentAssetFile: { mediaType: { type, subType } } }) as unknown as Asset;

const preset = (name: string, ...patterns: unknown[][]): Preset =>
  ({
    id: name,
    name,
    candidatePresetTransformations: patterns.map((mediaTypes) => ({
      criteria: [
        { type: 'MATCHES_MEDIA_TYPES', mediaTypes },
        { type: 'IS_TRANSPARENT', isTransparent: true },
      ],
      transformationTemplate: [],
    })),
  }) as unknown as Preset;

const names = (presets: Preset[]) => presets.map((p) => p.name);
const JPEG = asset('image', 'jpeg');
const PDF = asset('application', 'pdf');
const PSD = asset('application', 'psd');

describe('presetsForAssets', () => {
  it('reads the three spellings the seed prints: {type, subType}, {type, subtype} and "type/subType"', () => {
    const presets = [
      preset('camel', [{ type: 'image', subType: '*' }]),
      preset('lower', [{ type: 'image', subtype: '*' }]),
      preset('text', ['image/*']),
    ];
    assert.deepEqual(names(presetsForAssets(presets, [JPEG])), ['camel', 'lower', 'text']);
    assert.deepEqual(names(presetsForAssets(presets, [PDF])), []);
  });

  it('matches exact subtypes (an image preset that also takes PSDs is a PSD’s, not a PDF’s)', () => {
    const medium = preset('Medium', [{ type: 'image', subType: '*' }, 'application/psd']);
    assert.deepEqual(names(presetsForAssets([medium], [PSD])), ['Medium']);
    assert.deepEqual(names(presetsForAssets([medium], [PDF])), []);
  });

  it('offers a preset for a selection only when it applies to every asset in it', () => {
    const image = preset('image', ['image/*']);
    assert.deepEqual(names(presetsForAssets([image], [JPEG, asset('image', 'png')])), ['image']);
    assert.deepEqual(names(presetsForAssets([image], [JPEG, PDF])), []);
  });

  it('keeps what it cannot judge: no candidates, unknown criteria, an asset without a media type', () => {
    const bare = { id: 'bare', name: 'bare' } as Preset;
    const other = {
      id: 'other',
      name: 'other',
      candidatePresetTransformations: [{ criteria: [{ type: 'SOMETHING_NEW' }], transformationTemplate: [] }],
    } as unknown as Preset;
    assert.deepEqual(names(presetsForAssets([bare, other], [PDF])), ['bare', 'other']);
    const unknown = { id: 'x', currentAssetFile: null } as unknown as Asset;
    assert.deepEqual(names(presetsForAssets([preset('image', ['image/*'])], [unknown])), ['image']);
  });
});
