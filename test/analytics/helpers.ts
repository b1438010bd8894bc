import type { AnalyticsAction, DashAnalyticsDetail } from '../../src/index.js';

export interface AnalyticsLog {
  readonly events: DashAnalyticsDetail[];
  /** The events of one action, typed as that action's detail. */
  of<A extends AnalyticsAction>(action: A): Extract<DashAnalyticsDetail, { action: A }>[];
  stop(): void;
}

/** Records every `dash-analytics` heard on `document`, as a page's tag-manager bridge would. */
export function analyticsLog(): AnalyticsLog {
  const events: DashAnalyticsDetail[] = [];
  const listener = (event: CustomEvent<DashAnalyticsDetail>) => events.push(event.detail);
  document.addEventListener('dash-analytics', listener);
  return {
    events,
    of: <A extends AnalyticsAction>(action: A) =>
      events.filter((event): event is Extract<DashAnalyticsDetail, { action: A }> => event.action === action),
    stop: () => document.removeEventListener('dash-analytics', listener),
  };
}
