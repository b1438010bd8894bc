/**
 * What the polite live region says. Progress is announced at most every few seconds — a screen
 * reader reading every percent would drown everything else — while errors and completions go
 * out at once (and reset the progress clock).
 */
const PROGRESS_INTERVAL_MS = 5000;

export class Announcer {
  #lastProgressAt = 0;
  #onMessage: (message: string) => void;

  constructor(onMessage: (message: string) => void) {
    this.#onMessage = onMessage;
  }

  say(message: string): void {
    this.#lastProgressAt = performance.now();
    this.#onMessage(message);
  }

  progress(message: string): void {
    const now = performance.now();
    if (now - this.#lastProgressAt < PROGRESS_INTERVAL_MS) return;
    this.#lastProgressAt = now;
    this.#onMessage(message);
  }
}
