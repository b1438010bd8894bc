/**
 * Events between the browse pieces and the element that hosts them. They neither bubble nor
 * cross shadow roots: they are wiring inside one element, not part of the public API (the host
 * element re-dispatches what the page should hear as a typed `dash-*` event).
 */
export function dispatchInternal<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: false, composed: false }));
}
