/**
 * The picker's selection as an ordered id → asset map. Preselected ids (the host's current
 * values) start as placeholders — an asset with no file yet — and become real assets when a
 * results page contains them or `GET /assets/{id}` answers (see `resolved`).
 */
import { getAsset } from '../../api/assets.js';
import { toDashError, type DashError } from '../../api/errors.js';
import type { ApiContext } from '../../api/http.js';
import type { Asset } from '../../api/models.js';
import { PermittedActions } from '../../browse/permissions.js';

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

/**
 * Looks up preselected ids with `GET /assets/{id}`, each once per sign-in, and remembers what
 * the access may do with them (they are not in the search's answers). `forget()` on a new
 * sign-in aborts the lookups still running.
 */
export class PreselectLookups {
  #abort = new AbortController();
  #asked = new Set<string>();
  #actions = new PermittedActions();

  forget(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#asked = new Set();
    this.#actions = new PermittedActions();
  }

  /** Whether the lookup of `assetId` allowed `action`. */
  permits(assetId: string, action: string): boolean {
    return this.#actions.permits(assetId, action);
  }

  /**
   * Looks up the placeholders of `selection` not asked about yet. Not found (gone, or outside a
   * portal) leaves the placeholder; other failures go to `onError` and leave the id as it is.
   */
  lookUp(
    ctx: ApiContext,
    selection: Selection,
    onFound: (asset: Asset) => void,
    onError: (error: DashError) => void,
  ): void {
    const { signal } = this.#abort;
    for (const [id, asset] of selection) {
      if (!isPlaceholder(asset) || this.#asked.has(id)) continue;
      this.#asked.add(id);
      getAsset(ctx, id, { signal }).then(
        (found) => {
          if (!signal.aborted) onFound(this.#actions.note(found));
        },
        (error: unknown) => {
          const dashError = signal.aborted ? undefined : toDashError(error);
          if (dashError && dashError.code !== 'not-found') onError(dashError);
        },
      );
    }
  }
}
