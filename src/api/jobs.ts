/** Polling Dash batch jobs (downloads, embeddable links, uploads) until they finish. */
import { DashError } from './errors.js';
import { sleep } from './http.js';
import type { BatchJob } from './models.js';

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
