import { toDashError, type DashError } from '../api/errors.js';
import { searchPresets, type ApiContext, type Preset } from './api.js';

/** Large selections are asked about in one search; the API takes a list of asset ids. */
const MAX_ASSET_IDS = 500;
/** No assets, no presets: one shared list, so asking again is no change. */
const NONE: Preset[] = [];

/**
 * The presets applicable to the assets about to be downloaded or inserted: a preset search with
 * `APPLICABLE_FOR_ANY_ASSETS` (seed 002 ≈L461–487) over their ids, so a PDF is not offered an
 * image preset. Each set of ids is asked once per context; a newer set supersedes an older one
 * still in flight.
 */
export class ApplicablePresets {
  /** The presets for the last requested set; `undefined` until they have arrived. */
  presets?: Preset[];

  private ctx?: ApiContext;
  private key?: string;
  private readonly cache = new Map<string, Preset[]>();

  constructor(
    private readonly onChange: () => void,
    private readonly onError?: (error: DashError) => void,
  ) {}

  /** Loads (or recalls) the presets for `assetIds`; none for an empty set. */
  async load(ctx: ApiContext, assetIds: readonly string[]): Promise<Preset[]> {
    if (ctx !== this.ctx) {
      this.ctx = ctx;
      this.cache.clear();
    }
    const ids = [...new Set(assetIds)].sort().slice(0, MAX_ASSET_IDS);
    const key = ids.join(' ');
    const known = ids.length === 0 ? NONE : this.cache.get(key);
    if (known) return this.show(key, known);
    if (key === this.key) return this.presets ?? [];
    this.key = key;
    this.presets = undefined;
    this.onChange();
    try {
      const presets = await searchPresets(ctx, { assetIds: ids });
      this.cache.set(key, presets);
      return this.ctx === ctx && this.key === key ? this.show(key, presets) : presets;
    } catch (error) {
      if (this.key === key) this.key = undefined;
      const dashError = toDashError(error);
      if (dashError) this.onError?.(dashError);
      return [];
    }
  }

  private show(key: string, presets: Preset[]): Preset[] {
    const changed = this.key !== key || this.presets !== presets;
    this.key = key;
    this.presets = presets;
    if (changed) this.onChange();
    return presets;
  }
}
