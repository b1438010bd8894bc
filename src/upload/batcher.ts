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
  /**
   * Most items per request; a full batch goes at once. A function is asked for each batch as it
   * fills, with the number of requests still unanswered (see DashFlow's first, small job).
   */
  maxItems: number | ((unanswered: number) => number) = Infinity,
): (item: In) => Promise<Out> {
  let pending: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unanswered = 0;
  const limit = () => (typeof maxItems === 'number' ? maxItems : maxItems(unanswered));
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    unanswered++;
    run(batch.map((entry) => entry.item))
      .finally(() => unanswered--)
      .then(
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
      if (pending.length >= limit()) flush();
      else timer ??= setTimeout(flush, windowMs);
    });
}
