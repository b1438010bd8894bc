/**
 * Upload speed over a sliding window: an average since the start would hide a connection that
 * just slowed down, and the last sample alone jumps with every progress event.
 */
const WINDOW_MS = 5000;

export class SpeedMeter {
  #samples: { at: number; bytes: number }[] = [];

  /** Records the total bytes sent so far. */
  sample(bytes: number, at = performance.now()): void {
    this.#samples.push({ at, bytes });
    while (this.#samples.length > 2 && at - this.#samples[0].at > WINDOW_MS) this.#samples.shift();
  }

  /** Forgets history, e.g. after a pause, so idle time does not count as slowness. */
  reset(): void {
    this.#samples = [];
  }

  /** Bytes per second, 0 until there are two samples a moment apart. */
  get bytesPerSecond(): number {
    const first = this.#samples[0];
    const last = this.#samples[this.#samples.length - 1];
    if (!first || last.at - first.at < 250) return 0;
    return Math.max(0, ((last.bytes - first.bytes) * 1000) / (last.at - first.at));
  }
}
