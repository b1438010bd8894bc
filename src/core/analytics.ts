/**
 * The `dash-analytics` event stream: what visitors do with the elements, as typed events a site
 * forwards to its own tag manager (docs/analytics.md). The elements track nothing themselves and
 * send nothing anywhere: each event is dispatched on the element and goes no further than the
 * page's listeners.
 */
import { DashElement } from './dash-element.js';

/** Which element, so a site with several can tell them apart. */
export interface AnalyticsSource {
  /** The element's tag name: `dash-gallery`, `dash-portal-browser`, `dash-asset-picker`. */
  element: string;
  /** The element's `id` attribute, when it has one. */
  elementId?: string;
}

/** One item of what the element shows: its id, and its 0-based position in the list. */
export interface AnalyticsItem {
  itemId: string;
  index: number;
}

/**
 * What a download was made of: the assets, and the rendition (none of these: the original).
 * No URL: a download job's URL is a temporary credential, not something to hand to a tag manager.
 */
export interface AnalyticsDownload {
  itemIds: string[];
  /** A preset's id, when one was chosen. */
  presetId?: string;
  /** A custom size or format, when one was chosen. */
  width?: number;
  height?: number;
  format?: string;
  /** Several assets as one zip. */
  zip?: boolean;
}

/**
 * The detail of `dash-analytics`, told apart by `action`:
 * - `impression`: an item was at least half in the viewport for a second; once per item for the
 *   element's lifetime (the gallery) or per result set (the portal browser and picker's searches).
 * - `slide-change`: the lightbox shows another item (`previousIndex` is the one it showed).
 * - `zoom`: the lightbox zoomed in on an item.
 * - `video-play`: a video started playing.
 * - `download-start`, `download-finish`: a download job was asked for; its file is ready and was
 *   handed to the visitor.
 * - `search`: a query's results arrived (`resultCount` 0 for a search that found nothing); a
 *   keyword search is reported once typing has paused, not per keystroke. `query` is the keywords
 *   (empty when only browsing a folder or filtering).
 * - `pick`: the picker's selection was confirmed (`dash-select`).
 */
export type DashAnalyticsDetail = AnalyticsSource &
  (
    | ({ action: 'impression' } & AnalyticsItem)
    | ({ action: 'slide-change'; previousIndex: number } & AnalyticsItem)
    | ({ action: 'zoom' } & AnalyticsItem)
    | ({ action: 'video-play' } & Partial<AnalyticsItem> & { itemId: string })
    | ({ action: 'download-start' } & AnalyticsDownload)
    | ({ action: 'download-finish' } & AnalyticsDownload)
    | {
        action: 'search';
        query: string;
        resultCount: number;
        /** Dash file types filtered on (IMAGE, VIDEO, …); empty: all. */
        fileTypes: string[];
        folderId?: string;
        /** "Recently added" rather than a search. */
        recent?: boolean;
      }
    | { action: 'pick'; itemIds: string[] }
  );

/** Every `action` of `dash-analytics`. */
export type AnalyticsAction = DashAnalyticsDetail['action'];

/** A detail as an element reports it; the element's tag and id are filled in. */
type WithoutSource<T> = T extends unknown ? Omit<T, keyof AnalyticsSource> : never;
export type AnalyticsEvent = WithoutSource<DashAnalyticsDetail>;

/**
 * Dispatches `dash-analytics` from the element the page placed (through its `emit()`: it bubbles
 * and crosses shadow roots, so `document.addEventListener('dash-analytics', …)` hears every element
 * on the page), with that element's tag name and id filled in. `from` is that element or anything
 * rendered inside it (the asset grid inside the portal browser, a button in the gallery's
 * lightbox): the event names the portal browser or gallery. The one way the elements report what
 * visitors do.
 *
 * @example trackAnalytics(this, { action: 'pick', itemIds: ['a1', 'a2'] });
 */
export function trackAnalytics(from: Element, event: AnalyticsEvent): void {
  const host = placedElement(from);
  if (!host) return; // no longer in an element (a closed lightbox's leftovers): nobody to tell
  const source: AnalyticsSource = { element: host.localName };
  if (host.id) source.elementId = host.id;
  host.emit('dash-analytics', { ...source, ...event } as DashAnalyticsDetail);
}

/** The outermost dash-elements element `from` is, or is rendered in. */
function placedElement(from: Element): DashElement | undefined {
  let placed = from instanceof DashElement ? from : undefined;
  for (let node = hostOf(from); node; node = hostOf(node)) {
    if (node instanceof DashElement) placed = node;
    else if (placed) break; // the page's own component around the element
  }
  return placed;
}

function hostOf(element: Element): Element | undefined {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}
