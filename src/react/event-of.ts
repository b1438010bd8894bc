/**
 * The event type dispatched under `name`: its entry in `HTMLElementEventMap` (each element module
 * adds its events there), or a plain `CustomEvent` for a name no module has typed. Used by the
 * generated wrappers so `onDashSelect={(e) => e.detail.assets}` is typed.
 */
export type EventOf<K extends string> = K extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[K]
  : CustomEvent<unknown>;
