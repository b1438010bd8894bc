/**
 * Dash batch jobs (downloads, embeddable links, uploads): reading a job as the API answers it, the
 * URL a finished one names, and polling until it finishes. Only the code that makes jobs loads this
 * (the lightbox's downloads, the picker's insert, the uploader), not a gallery's first page.
 */
import { DashError } from './errors.js';
import { sleep } from './http.js';
import { isRecord } from '../core/is-record.js';
import { safeUrl } from './safe-url.js';
import type { BatchJob, JobStep, Wrapped } from './models.js';
import { expectRecord, expectShape, parseEach, readItem, type ItemsRead, type Parser } from './validate.js';
import { expectCount, keepText, permittedActionsOf } from './validate-dash.js';

/**
 * The first field of `record` named in `names` that holds an http(s) URL (through `safeUrl`), for
 * URLs the seed prints no name for. Failing those, the one field whose name ends in "url" (any
 * case) that holds one — but only when exactly one does, so an unrelated URL is never taken.
 */
export function urlField(record: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const url = safeUrl(record[name]);
    if (url) return url;
  }
  const others = Object.keys(record)
    .filter((key) => /url$/i.test(key))
    .map((key) => safeUrl(record[key]))
    .filter((url): url is string => url !== undefined);
  return others.length === 1 ? others[0] : undefined;
}

/** A job step: how many items it has done of how many (numeric strings coerced). */
const parseStep: Parser<JobStep> = (value, path = 'step') => {
  const step = expectRecord(value, path);
  return {
    ...keepText({ ...step }, ['id', 'name']),
    status: typeof step.status === 'string' ? step.status : '',
    completedItems: expectCount(step.completedItems, `${path}.completedItems`),
    totalItems: expectCount(step.totalItems, `${path}.totalItems`),
  };
};

/**
 * A batch job. Its items are read once it has COMPLETED, each on its own with `item`: a success
 * whose result fails the check is left out of `successes` and counted in `skipped`, so a caller
 * reading `successes[id].result` can trust it. A success printed without a `result` (the seed's
 * finished download job, ≈L1834) is kept as it is. Steps that cannot be read do not count towards
 * progress.
 */
export function parseJob<T>(value: unknown, item?: Parser<T>, path = 'job'): BatchJob<T> {
  const job = expectShape<BatchJob<T>>(value, path, { id: 'string', type: 'string' });
  const parsed: BatchJob<T> = { ...job };
  if (isRecord(job.progress) && Array.isArray(job.progress.steps)) {
    const steps = parseEach(job.progress.steps, parseStep, `${path}.progress.steps`).items;
    parsed.progress = { ...job.progress, steps };
  } else {
    delete parsed.progress;
  }
  if (!isRecord(job.result)) {
    delete parsed.result;
    return parsed;
  }
  const successes: NonNullable<BatchJob<T>['result']>['successes'] = {};
  const read: Omit<ItemsRead<unknown>, 'items'> = { skipped: 0 };
  for (const [id, success] of Object.entries(isRecord(job.result.successes) ? job.result.successes : {})) {
    const entryPath = `${path}.result.successes.${id}`;
    const entry = readItem(read, () => {
      const record = expectRecord(success, entryPath);
      return {
        ...record,
        ...(record.result !== undefined && item ? { result: item(record.result, `${entryPath}.result`) } : {}),
        permittedActions: permittedActionsOf(record.permittedActions),
      } as Partial<Wrapped<T>>;
    });
    if (entry) successes[id] = entry.value;
  }
  parsed.result = { ...job.result, successes };
  if (!isRecord(job.result.failures)) delete parsed.result.failures;
  parsed.skipped = read.skipped;
  if (read.skippedReason) parsed.skippedReason = read.skippedReason;
  return parsed;
}

/** How far a job has got, summed over its steps. */
export interface JobProgress {
  completedItems: number;
  totalItems: number;
  /** 0…1; 0 while the total is still unknown. */
  fraction: number;
}

export interface PollOptions<J> {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress, job: J) => void;
  /** First wait between polls, in ms. Default 250. */
  intervalMs?: number;
  /** Waits grow by half each poll up to this, in ms. Default 2 000. */
  maxIntervalMs?: number;
  /** Give up after this long, in ms, with a `timeout` error. Default 120 000. */
  timeoutMs?: number;
  /** The job as its create call returned it: skips the first fetch when already finished. */
  initial?: J;
}

export function jobProgress(job: BatchJob<unknown>): JobProgress {
  let completedItems = 0;
  let totalItems = 0;
  for (const step of job.progress?.steps ?? []) {
    completedItems += step.completedItems;
    totalItems += step.totalItems;
  }
  return { completedItems, totalItems, fraction: totalItems ? completedItems / totalItems : 0 };
}

function isFailed(job: BatchJob<unknown>): boolean {
  return job.type === 'FAILED' || job.status === 'FAILED' || job.status === 'ERROR';
}

/**
 * Fetches a job until it is COMPLETED and returns it. Waits back off between polls. Rejects with
 * `job-failed` for a failed job, `timeout` after `timeoutMs`, or the caller's AbortError.
 */
export async function pollJob<J extends BatchJob<unknown>>(
  fetchJob: (signal: AbortSignal) => Promise<J>,
  options: PollOptions<J> = {},
): Promise<J> {
  const { signal, onProgress, maxIntervalMs = 2_000, timeoutMs = 120_000 } = options;
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let interval = options.intervalMs ?? 250;
  let job = options.initial;
  try {
    for (;;) {
      if (job) {
        onProgress?.(jobProgress(job), job);
        if (job.type === 'COMPLETED') return job;
        if (isFailed(job)) throw new DashError('job-failed', `Job ${job.id} failed.`);
        await sleep(interval, combined);
        interval = Math.min(interval * 1.5, maxIntervalMs);
      }
      job = await fetchJob(combined);
    }
  } catch (error) {
    signal?.throwIfAborted();
    if (deadline.aborted) {
      throw new DashError('timeout', `The job did not finish within ${timeoutMs} ms.`, { cause: error });
    }
    throw error;
  }
}
