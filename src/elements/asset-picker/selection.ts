/**
 * The picker's selection as an ordered id → asset map. Preselected ids (the host's current
 * values) start as placeholders — an asset with no file yet — and become real assets when a
 * results page contains them or `GET /assets/{id}` answers (see `resolved`).
 */
import type { Asset } from '../../api/models.js';

export type Selection = ReadonlyMap<string, Asset>;

export const isPlaceholder = (asset: Asset): boolean => asset.currentAssetFile === null;

/** The selection for `ids`, reusing assets already known; `undefined` when nothing changes. */
export function preselect(current: Selection, ids: Iterable<string>): Selection | undefined {
  const wanted = new Set(ids);
  const same = current.size === wanted.size && [...current.keys()].every((id) => wanted.has(id));
  if (same) return undefined;
  return new Map([...wanted].map((id) => [id, current.get(id) ?? { id, currentAssetFile: null }]));
}

/** Swaps placeholders for loaded assets; `undefined` when none of them was loaded. */
export function resolvePlaceholders(current: Selection, loaded: readonly Asset[]): Selection | undefined {
  if (![...current.values()].some(isPlaceholder)) return undefined;
  const byId = new Map(loaded.map((asset) => [asset.id, asset]));
  if (![...current.values()].some((asset) => isPlaceholder(asset) && byId.has(asset.id))) return undefined;
  return new Map([...current].map(([id, asset]) => [id, isPlaceholder(asset) ? (byId.get(id) ?? asset) : asset]));
}

/** The selection with one placeholder replaced by its asset; `undefined` when it is not a placeholder there. */
export function resolved(current: Selection, asset: Asset): Selection | undefined {
  const held = current.get(asset.id);
  if (!held || !isPlaceholder(held)) return undefined;
  return new Map([...current].map(([id, item]) => [id, id === asset.id ? asset : item]));
}
