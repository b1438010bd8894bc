import { expect } from '@open-wc/testing';
import type { CspReport } from '../security/csp/page-harness.js';

/** Loads /__csp/<name>.html in an iframe and waits for its report. */
export function runCspPage(name: string, timeoutMs = 60_000): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '768px';
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      frame.remove();
      reject(new Error(`CSP page ${name} sent no report`));
    }, timeoutMs);
    function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || !event.data?.cspReport) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.cspReport as CspReport);
    }
    window.addEventListener('message', onMessage);
    frame.src = `/__csp/${name}.html`;
    document.body.append(frame);
  });
}

/**
 * A page's report says its flow ran: no error, every one of `steps` logged, no uncaught error and,
 * unless `scriptViolations` is false, no violation other than of `style-src`.
 */
export function expectFlowRan(report: CspReport, steps: string[], { scriptViolations = true } = {}): void {
  const summary = JSON.stringify(report, null, 1);
  expect(report.error, summary).to.equal(undefined);
  expect(report.steps, summary).to.include.members(steps);
  if (scriptViolations) {
    expect(
      report.violations.filter((v) => !v.startsWith('style-src')),
      summary,
    ).to.deep.equal([]);
  }
  expect(report.uncaught, summary).to.deep.equal([]);
}
