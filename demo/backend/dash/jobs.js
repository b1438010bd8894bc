/**
 * Batch jobs: Dash answers POST with an IN_PROGRESS job and the client polls GET until COMPLETED.
 * Our work runs at creation; the job reports IN_PROGRESS (with `progress.steps`) until it has been
 * polled `polls` times, so clients really exercise their polling and progress code.
 */
import { randomUUID } from 'node:crypto';
import { notFound } from '../http/errors.js';
import { ACCOUNT_ID } from '../seed/portals.js';

/**
 * @param {import('../state.js').State} state
 * @param {{ kind: string, stepPrefix: string, totalItems: number, polls: number, owner: string,
 *   work: Promise<object> }} spec  `work` resolves to the job's `result`
 */
export function createJob(state, { kind, stepPrefix, totalItems, polls, owner, work }) {
  const job = {
    id: randomUUID(),
    kind,
    stepPrefix,
    totalItems,
    pollsLeft: polls,
    pollsDone: 0,
    owner,
    result: undefined,
    error: undefined,
    dateCompleted: undefined,
  };
  work.then(
    (result) => (job.result = result),
    (error) => (job.error = error),
  );
  state.jobs.set(job.id, job);
  return job;
}

function steps(job, done) {
  const partial = done
    ? job.totalItems
    : Math.floor((job.totalItems * job.pollsDone) / (job.pollsDone + job.pollsLeft));
  return [
    {
      id: `${job.stepPrefix}GetJobItemsStep`,
      status: 'COMPLETED',
      completedItems: job.totalItems,
      totalItems: job.totalItems,
    },
    {
      id: `${job.stepPrefix}ProcessJobItemsStep`,
      status: done ? 'COMPLETED' : 'STARTED',
      completedItems: partial,
      totalItems: job.totalItems,
    },
  ];
}

/**
 * The job as the API shows it; `poll` counts a GET towards completion.
 * @returns {{ id: string, accountId: string, creatorId: string, type: string, status: string,
 *   progress: { steps: object[] }, dateCompleted?: string, error?: string, result?: any }}
 */
export function jobView(job, { poll = false } = {}) {
  const ready = job.result !== undefined || job.error !== undefined;
  if (poll && job.pollsLeft > 0) {
    job.pollsLeft--;
    job.pollsDone++;
  }
  const done = ready && job.pollsLeft <= 0;
  const base = { id: job.id, accountId: ACCOUNT_ID, creatorId: job.owner };
  if (!done) return { ...base, type: 'IN_PROGRESS', status: 'PENDING', progress: { steps: steps(job, false) } };
  job.dateCompleted ??= new Date().toISOString();
  if (job.error) {
    return {
      ...base,
      type: 'FAILED',
      status: 'FAILED',
      progress: { steps: steps(job, true) },
      dateCompleted: job.dateCompleted,
      error: String(job.error?.message ?? job.error),
    };
  }
  return {
    ...base,
    type: 'COMPLETED',
    status: 'COMPLETED',
    progress: { steps: steps(job, true) },
    dateCompleted: job.dateCompleted,
    result: job.result,
  };
}

/**
 * Looks a job up by id and kind, 404 otherwise.
 * @param {import('../state.js').State} state
 */
export function getJob(state, kind, id) {
  const job = state.jobs.get(id);
  if (!job || job.kind !== kind) throw notFound('No such job');
  return job;
}

/** @param {import('./auth.js').Principal} principal */
export const ownerOf = (principal) =>
  principal.kind === 'user'
    ? 'demo-user'
    : principal.kind === 'portal'
      ? `portal|${principal.portal.id}`
      : `guest|${principal.email}`;
