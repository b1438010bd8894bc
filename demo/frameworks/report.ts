/**
 * What an example app tells the packaging test (test/packaging/frameworks.test.ts) once its
 * framework code has handled the element's event: posted to the parent frame.
 */
export interface FrameworkReport {
  framework: string;
  /** `detail.count` of `dash-gallery-load`, as the framework's own state received it. */
  loadedCount: number;
  /** The text the framework rendered from that state. */
  statusText: string;
  images: number;
}

/** The backend origin the test passes as `?api=`; the demo backend's default otherwise. */
export const apiBase = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000';

export function reportToParent(report: FrameworkReport): void {
  if (parent !== window) parent.postMessage({ packagingReport: report }, '*');
}
