/**
 * A lane of at most `limit` tasks at a time, the rest waiting their turn in order. The uploader's
 * upload completions go through one beside Uppy's queue (see DashFlow.finish), so a batch of
 * small files does not spend Uppy's part-upload slots waiting on API answers.
 */
export function createLane(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
