import { DashError } from './errors.js';

/** How long one request may take — headers and body — before it is a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * `fetch()` and the body read as text, under the caller's signal and a timeout. The body is read
 * under the same signals because a server can hang after sending the headers. The caller's abort
 * is rethrown as it is (an abort is a decision, not an error); the timeout becomes `timeout` and
 * any other failure `network`, so nothing leaves here as a bare TypeError.
 */
export async function fetchText(
  url: string,
  init: RequestInit,
  options: { signal?: AbortSignal; timeoutMs?: number; fetch?: typeof fetch; what: string },
): Promise<{ response: Response; text: string }> {
  const { signal, what } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return { response, text: await response.text() };
  } catch (error) {
    signal?.throwIfAborted();
    if (timeout.aborted) throw new DashError('timeout', `${what} timed out.`, { cause: error });
    throw new DashError('network', `${what} failed: the network request failed.`, { cause: error });
  }
}
