/**
 * Whether uploads can reach the network. The browser says so (`offline` / `online` events,
 * `navigator.onLine`), but a captive portal or a dead Wi-Fi access point keeps `onLine` true while
 * every request fails: a few network failures in a row with no answer between them count as
 * offline too, and the uploads try again after a growing wait (a request that then gets an answer
 * ends it). While offline the engine holds every upload (nothing is sent, so no retry is used up).
 */

/** Network failures in a row, with no answer between them, that count as being offline. */
const FAILURES_TO_OFFLINE = 3;
/** Waits before trying again after failures said "offline" while the browser said online. */
const PROBE_DELAYS_MS = [3000, 10_000, 30_000];

/** Every watch on the page: part uploads report to all of them (the connection is the page's). */
const watches = new Set<ConnectionWatch>();

/** A request reached its server (any HTTP answer: true) or failed to (a network error: false). */
export function reportReach(reached: boolean): void {
  for (const watch of watches) watch.report(reached);
}

export class ConnectionWatch {
  /** False from a network loss until the connection is back (or is to be tried again). */
  online = navigator.onLine !== false;
  readonly #onChange: (online: boolean) => void;
  #failures = 0;
  #probes = 0;
  #probe?: ReturnType<typeof setTimeout>;

  constructor(onChange: (online: boolean) => void) {
    this.#onChange = onChange;
    watches.add(this);
    addEventListener('online', this.#onEvent);
    addEventListener('offline', this.#onEvent);
  }

  /** The browser thinks it is online: a held upload may try again (after a phone slept, say). */
  get mayTry(): boolean {
    return navigator.onLine !== false;
  }

  report(reached: boolean): void {
    if (reached) {
      this.#failures = 0;
      this.#probes = 0;
      this.#set(true);
    } else if (!this.mayTry || ++this.#failures >= FAILURES_TO_OFFLINE) {
      this.#failures = 0;
      this.#set(false);
    }
  }

  stop(): void {
    watches.delete(this);
    clearTimeout(this.#probe);
    removeEventListener('online', this.#onEvent);
    removeEventListener('offline', this.#onEvent);
  }

  #onEvent = (): void => {
    this.#probes = 0;
    this.#set(this.mayTry);
  };

  #set(online: boolean): void {
    clearTimeout(this.#probe);
    // Offline by failures while the browser says online: nothing announces the way back, so try
    // again later (an `online` event still ends the wait at once).
    if (!online && this.mayTry) {
      const delay = PROBE_DELAYS_MS[Math.min(this.#probes++, PROBE_DELAYS_MS.length - 1)];
      this.#probe = setTimeout(() => this.#set(this.mayTry), delay);
    }
    if (online === this.online) return;
    this.online = online;
    this.#onChange(online);
  }
}
