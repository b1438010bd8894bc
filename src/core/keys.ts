/**
 * The key as the layout means it: right to left, ArrowLeft moves forward and ArrowRight back,
 * as the APG asks of grids, trees and carousels, so the arrow pressed points where focus goes.
 * Read from where the event happened (`:dir()` of `element`), since one page can hold both.
 */
export function logicalKey(event: KeyboardEvent, element: Element): string {
  if (!element.matches(':dir(rtl)')) return event.key;
  if (event.key === 'ArrowLeft') return 'ArrowRight';
  if (event.key === 'ArrowRight') return 'ArrowLeft';
  return event.key;
}
