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
