import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnalyticsItem } from './analytics.js';

/** Share of an item's box that must be in the viewport (the usual viewability rule). */
const VISIBLE_RATIO = 0.5;
/** How long it must stay there, in ms. */
const DWELL_MS = 1000;

export interface ImpressionOptions {
  /** The item an element shows (read again when its dwell ends: windowed lists reuse elements). */
  itemOf(element: Element): AnalyticsItem | undefined;
  /** An item was seen: called once per item id until {@link ImpressionController.reset}. */
  onImpression(item: AnalyticsItem): void;
  /** While true nothing counts as seen (a lightbox covers the tiles). */
  paused?(): boolean;
}

/**
 * Impressions of the items a list shows: an item counts as seen once at least half of it has been
 * in the viewport for a second, while the page is visible; each item id counts once until
 * `reset()` (a new result set). The host hands over its item elements after each render
 * (`observe()`), since windowed lists add and remove them outside Lit's own rendering.
 */
export class ImpressionController implements ReactiveController {
  readonly #options: ImpressionOptions;
  #observer?: IntersectionObserver;
  /** Item ids already reported. */
  readonly #seen = new Set<string>();
  /** The item id each element is observed for, so an element reused for another item starts afresh. */
  #observed = new WeakMap<Element, string>();
  /** Dwell timers of the elements in view. */
  readonly #timers = new Map<Element, ReturnType<typeof setTimeout>>();

  constructor(host: ReactiveControllerHost, options: ImpressionOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver((entries) => entries.forEach((entry) => this.#onEntry(entry)), {
      threshold: VISIBLE_RATIO,
    });
  }

  hostDisconnected(): void {
    this.#stop();
    this.#observer = undefined;
  }

  /** Watches `elements` (the host's item elements, after a render); known ones are skipped. */
  observe(elements: Iterable<Element>): void {
    const observer = this.#observer;
    if (!observer) return;
    for (const element of elements) {
      const id = this.#options.itemOf(element)?.itemId;
      if (id === undefined || this.#seen.has(id) || this.#observed.get(element) === id) continue;
      this.#observed.set(element, id);
      this.#clearTimer(element);
      // Observing afresh reports the element's current state, for the item it now shows.
      observer.unobserve(element);
      observer.observe(element);
    }
  }

  /** A new result set: its items count again. The host observes its elements afresh after this. */
  reset(): void {
    this.#seen.clear();
    this.#stop();
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observed = new WeakMap();
    this.#timers.forEach((timer) => clearTimeout(timer));
    this.#timers.clear();
  }

  #onEntry({ target, intersectionRatio }: IntersectionObserverEntry): void {
    this.#clearTimer(target);
    if (!target.isConnected) {
      this.#observer?.unobserve(target);
      this.#observed.delete(target);
    } else if (intersectionRatio >= VISIBLE_RATIO) {
      this.#arm(target);
    }
  }

  #arm(element: Element): void {
    this.#timers.set(
      element,
      setTimeout(() => this.#dwelt(element), DWELL_MS),
    );
  }

  #clearTimer(element: Element): void {
    clearTimeout(this.#timers.get(element));
    this.#timers.delete(element);
  }

  /** A second in view: reported unless hidden or covered meanwhile (then it waits another second). */
  #dwelt(element: Element): void {
    this.#timers.delete(element);
    if (document.visibilityState !== 'visible' || this.#options.paused?.()) return this.#arm(element);
    const item = this.#options.itemOf(element);
    const observedFor = this.#observed.get(element);
    this.#observer?.unobserve(element);
    this.#observed.delete(element);
    if (!item || item.itemId !== observedFor || this.#seen.has(item.itemId)) return;
    this.#seen.add(item.itemId);
    this.#options.onImpression(item);
  }
}
