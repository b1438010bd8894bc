/**
 * Every event the library dispatches, with its detail type, in one place. Each element's module
 * augments `DashEventMap` with its own events (see `src/elements/*`), and the map is merged into
 * `HTMLElementEventMap` so `el.addEventListener('dash-select', e => e.detail.assets)` is typed, and
 * (they all bubble out of shadow roots) into `DocumentEventMap` and `WindowEventMap`.
 */
import type { DashErrorDetail } from '../api/errors.js';
import type { DashAnalyticsDetail } from './analytics.js';

export interface DashEventMap {
  /** Any failure an element shows to the visitor is also reported here. */
  'dash-error': CustomEvent<DashErrorDetail>;
  /**
   * What visitors do (impressions, lightbox slides and zoom, video plays, downloads, searches,
   * picks), for a site to forward to its tag manager; see `DashAnalyticsDetail`.
   */
  'dash-analytics': CustomEvent<DashAnalyticsDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends DashEventMap {}
  // Every event is dispatched with `bubbles` and `composed` (DashElement.emit), so it reaches
  // `document` and `window` too: `document.addEventListener('dash-select', e => e.detail)` is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends DashEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends DashEventMap {}
}
