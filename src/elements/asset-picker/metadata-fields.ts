/**
 * What travels with a pick from the asset's Dash metadata: alt text, credit, licence and expiry,
 * each from a field the host names by its id (`alt-field` …), the key `Asset.metadata.values`
 * uses. Names are not looked up: that takes `GET /fields`, which a portal's token may not reach.
 */
import type { Asset } from '../../api/models.js';
import { assetExpiry, assetFieldText } from '../../browse/asset-info.js';

/** Field ids, each optional. */
export interface MetadataFields {
  alt?: string;
  credit?: string;
  licence?: string;
  expiry?: string;
}

/** The metadata of one pick; null where the field is unnamed or the asset has no value. */
export interface PickedMetadata {
  /** The alt field's text; undefined when it gives none (the picker's default then applies). */
  alt?: string;
  credit: string | null;
  licence: string | null;
  /** The expiry date as the field holds it (ISO), or null. */
  expires: string | null;
}

export function pickedMetadata(asset: Asset, fields: MetadataFields = {}): PickedMetadata {
  const text = (fieldId: string | undefined) => assetFieldText(asset, fieldId) || null;
  return {
    alt: text(fields.alt) ?? undefined,
    credit: text(fields.credit),
    licence: text(fields.licence),
    expires: assetExpiry(asset, fields.expiry)?.value ?? null,
  };
}

/** Whether the expiry field says the asset's licence has run out. */
export const isExpired = (asset: Asset, fields: MetadataFields): boolean =>
  assetExpiry(asset, fields.expiry)?.expired ?? false;
