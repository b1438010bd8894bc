import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * At most this long the other images wait for the first: a hanging image must never keep the
 * rest back for long.
 */
const HOLD_MS = 2000;

/**
 * Sends the gallery's first image alone, and the others once it has arrived (issue 21). A phone's
 * first screen requests every image in it at once, and on a slow connection they share the
 * bandwidth: with eleven photos in view each gets a fraction of it, and the first photo the
 * visitor sees arrives about as late as the last. Sent alone, the first photo arrives in a
 * fraction of that time, and the others take as long in total as before (the bytes are the same).
 * The hold ends once the first image has loaded or failed, after HOLD_MS at most, and when the
 * element leaves the page.
 */
export class FirstImageGate implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #open = false;
  /** The index of the tile whose image goes first, once holding began. */
  #first?: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the image of the tile at `index` waits still. */
  holds(index: number): boolean {
    return !this.#open && this.#first !== undefined && index !== this.#first;
  }

  /** Starts holding the others until the image of the tile at `first` has arrived; once. None: no hold. */
  hold(first: number | undefined): void {
    if (this.#open || this.#first !== undefined) return;
    if (first === undefined) return this.release();
    this.#first = first;
    this.#timer = setTimeout(() => this.release(), HOLD_MS);
  }

  /** The image of the tile at `index` loaded or failed. */
  settled(index: number): void {
    if (index === this.#first) this.release();
  }

  /** Ends the hold (also when there is nothing to gain, as for markup whose images are requested already). */
  release(): void {
    clearTimeout(this.#timer);
    if (this.#open) return;
    this.#open = true;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }
}
