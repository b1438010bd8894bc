/**
 * Loads a test page in an iframe and resolves with the report it posts back (`packagingReport`).
 * Shared by the packaging tests: the CDN page and the framework demo apps.
 */
export function loadReportingPage<T>(src: string, timeoutMs = 40_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1024px;height:768px;border:0';
    const timer = setTimeout(() => finish(() => reject(new Error(`${src} sent no report`))), timeoutMs);
    function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || !event.data?.packagingReport) return;
      finish(() => resolve(event.data.packagingReport as T));
    }
    function finish(settle: () => void) {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      settle();
    }
    window.addEventListener('message', onMessage);
    frame.src = src;
    document.body.append(frame);
  });
}
