/**
 * Collects calls made in the same moment into one request: Uppy asks for each file's upload (and
 * each part's URL) separately, but the Dash API takes many items per call — one asset-and-upload
 * job for ten files is one job to poll instead of ten.
 */
export function createBatcher<In, Out>(
  run: (items: In[]) => Promise<Out[]>,
  /** Milliseconds to wait for more items. 0 still merges everything queued in the same task. */
  windowMs = 0,
): (item: In) => Promise<Out> {
  let pending: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    run(batch.map((entry) => entry.item)).then(
      (results) => batch.forEach((entry, i) => entry.resolve(results[i])),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (item) =>
    new Promise<Out>((resolve, reject) => {
      if (pending.length === 0) setTimeout(flush, windowMs);
      pending.push({ item, resolve, reject });
    });
}
