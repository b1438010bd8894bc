/** Polls until `predicate` holds (shadow DOM renders asynchronously); returns what it returned. */
export async function until<T>(
  predicate: () => T | undefined | null | false | 0 | '',
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
