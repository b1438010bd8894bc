import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Asset } from '../../src/api/models.js';
import { assetExpiry, assetFieldText, fieldDateEnd } from '../../src/browse/asset-info.js';

const asset = (values: Record<string, string[]>): Asset => ({
  id: 'a',
  currentAssetFile: null,
  metadata: { values },
});

test('a field reads as its values joined, trimmed; unset or unnamed fields read empty', () => {
  const a = asset({ credit: [' Ana ', '', 'Kenji'] });
  assert.equal(assetFieldText(a, 'credit'), 'Ana, Kenji');
  assert.equal(assetFieldText(a, 'other'), '');
  assert.equal(assetFieldText(a, undefined), '');
  assert.equal(assetFieldText({ id: 'b', currentAssetFile: null }, 'credit'), '');
});

test('a bare day lasts to its end in UTC; a date-time is that moment; other text is no date', () => {
  assert.equal(fieldDateEnd('2024-06-30'), Date.parse('2024-07-01T00:00:00Z'));
  assert.equal(fieldDateEnd('2024-06-30T12:00:00Z'), Date.parse('2024-06-30T12:00:00Z'));
  assert.equal(fieldDateEnd('30/06/2024'), undefined);
  assert.equal(fieldDateEnd('soon'), undefined);
  assert.equal(fieldDateEnd('2024-13-45'), undefined);
});

test('expiry: the earliest readable date, expired once it has passed', () => {
  const a = asset({ expiry: ['never', '2099-12-31', '2024-06-30'] });
  assert.deepEqual(assetExpiry(a, 'expiry', Date.parse('2024-06-30T23:00:00Z')), {
    value: '2024-06-30',
    expired: false,
  });
  assert.deepEqual(assetExpiry(a, 'expiry', Date.parse('2024-07-01T00:00:00Z')), {
    value: '2024-06-30',
    expired: true,
  });
  assert.equal(assetExpiry(asset({ expiry: ['unknown'] }), 'expiry'), undefined);
  assert.equal(assetExpiry(a, undefined), undefined);
});
