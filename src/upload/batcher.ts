/**
 * Collects calls made in the same moment into one request: Uppy asks for each file's upload (and
 * each part's URL) separately, but the Dash API takes many items per call — one asset-and-upload
 * job for ten files is one job to poll instead of ten.
 */
export function createBatcher<In, Out>(
  /** Answers each item in order; an Error in the answer fails that item alone. */
  run: (items: In[]) => Promise<(Out | Error)[]>,
  /** Milliseconds to wait for more items. 0 still merges everything queued in the same task. */
  windowMs = 0,
  /** Most items per request; a full batch goes at once. */
  maxItems = Infinity,
): (item: In) => Promise<Out> {
  let pending: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    run(batch.map((entry) => entry.item)).then(
      (results) =>
        batch.forEach((entry, i) => {
          const result = results[i];
          if (result instanceof Error) entry.reject(result);
          else entry.resolve(result);
        }),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (item) =>
    new Promise<Out>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (pending.length >= maxItems) flush();
      else timer ??= setTimeout(flush, windowMs);
    });
}
