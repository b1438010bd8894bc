/**
 * Runs inside a /__csp/*.html page (strict CSP + Trusted Types, see support/csp-pages.js): collects
 * violations and uncaught errors while a flow runs, then reports to the test in the parent frame.
 */
import { PageWatch } from '../../support/detectors.js';

export { until } from '../../support/until.js';

export interface CspReport {
  ok: boolean;
  steps: string[];
  violations: string[];
  uncaught: string[];
  error?: string;
}

export const cspConfig = (parent as Window & { __DASH_TEST__?: { api: string; s3: string } }).__DASH_TEST__ ?? {
  api: '',
  s3: '',
};

export async function runCspFlow(flow: (log: (step: string) => void) => Promise<void>): Promise<void> {
  const watch = new PageWatch();
  const steps: string[] = [];
  let error: string | undefined;
  try {
    await flow((step) => steps.push(step));
  } catch (e) {
    error = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
  }
  // Violation events are dispatched asynchronously; let them arrive before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  watch.dispose();
  const report: CspReport = {
    ok: !error,
    steps,
    violations: watch.violations,
    uncaught: watch.uncaught,
    error,
  };
  parent.postMessage({ cspReport: report }, location.origin);
}
