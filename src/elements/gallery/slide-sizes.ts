/**
 * Sizes of lightbox images the data did not give (CMS media, Dash Social `latest_media`, plain
 * links). PhotoSwipe must know a slide's size before it shows it, so an unsized image is measured
 * once by decoding it; the result — a size or a failure — is final.
 *
 * Why final (issue 16, class 1): a failure that left the item "still needing a size" made the
 * lightbox refresh the slide, which fired `change`, which measured again — hundreds of requests a
 * second for one missing file, and a frozen page with several. Here a failure is recorded and
 * never retried, an image in flight is not requested twice, and nothing refreshes after a failure.
 */

export interface Size {
  width: number;
  height: number;
}

/** A known size, or the image could not be loaded. */
export type SizeState = Size | 'failed';

/** Size of a decoded image that has no intrinsic size (an SVG without width/height). */
const UNSIZED: Size = { width: 1600, height: 1200 };

/** Natural size of an image URL, decoded off-DOM; rejects when the file cannot be loaded. */
async function measureImage(url: string): Promise<Size> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img.naturalWidth && img.naturalHeight ? { width: img.naturalWidth, height: img.naturalHeight } : UNSIZED;
}

export class SlideSizes {
  readonly #done = new Map<number, SizeState>();
  readonly #inFlight = new Map<number, Promise<SizeState>>();
  readonly #urlOf: (index: number) => string;
  /** What the gallery already knows (a loaded or failed tile). */
  readonly #known: (index: number) => SizeState | undefined;
  readonly #onResult: (index: number, state: SizeState) => void;

  constructor(
    urlOf: (index: number) => string,
    known: (index: number) => SizeState | undefined,
    onResult: (index: number, state: SizeState) => void,
  ) {
    this.#urlOf = urlOf;
    this.#known = known;
    this.#onResult = onResult;
  }

  /** The size or failure recorded for `index`, if any. */
  get(index: number): SizeState | undefined {
    return this.#done.get(index) ?? this.#known(index);
  }

  /** Measures `index` at most once; later calls share the first call's answer. */
  measure(index: number): Promise<SizeState> {
    const done = this.get(index);
    if (done) return Promise.resolve(done);
    let pending = this.#inFlight.get(index);
    if (!pending) {
      pending = measureImage(this.#urlOf(index)).then(
        (size): SizeState => size,
        (): SizeState => 'failed',
      );
      pending = pending.then((state) => {
        this.#done.set(index, state);
        this.#inFlight.delete(index);
        this.#onResult(index, state);
        return state;
      });
      this.#inFlight.set(index, pending);
    }
    return pending;
  }
}
