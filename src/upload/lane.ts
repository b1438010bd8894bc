/**
 * A lane of at most `limit` tasks at a time, the rest waiting their turn in order. The uploader
 * sends its part uploads through one (see UploadEngine) and its upload completions through
 * another (see DashFlow.finish): each kind of request has its own bound, and a request waiting
 * on the API never holds a place a part upload could use.
 */
export type Lane = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLane(limit: number): Lane {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its place straight to the next in line, so a task arriving in between
  // cannot take it too and run one more than the limit.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      signal?.throwIfAborted();
      if (running < limit) {
        running++;
        resolve();
        return;
      }
      // A task given up while it waits (a paused or cancelled file) leaves the line at once.
      const leave = () => {
        const index = waiting.indexOf(go);
        if (index >= 0) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      const go = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      waiting.push(go);
      signal?.addEventListener('abort', leave, { once: true });
    });
  return async (task, signal) => {
    await acquire(signal);
    try {
      return await task();
    } finally {
      release();
    }
  };
}
