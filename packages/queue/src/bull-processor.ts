import { DelayedError, UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { JobHandler } from './job-queue';
import type { JobName } from './job.catalog';
import { runAttempt, type AttemptHooks } from './run-job';

/**
 * Wraps a handler for a BullMQ Worker and maps the attempt's outcome onto
 * BullMQ: a deferral or a hand-back moves the job to `delayed` without
 * spending an attempt (its slot is freed), a give-up becomes an
 * UnrecoverableError so BullMQ stops retrying.
 */
export function bullProcessor(name: JobName, handler: JobHandler<JobName>, hooks: AttemptHooks): Processor {
  // Three declared parameters: BullMQ only passes the abort signal to processors that take one.
  return async (job: Job, token?: string, signal?: AbortSignal) => {
    const ctx = { jobId: job.id as string, attempt: job.attemptsMade + 1, signal: signal ?? new AbortController().signal };
    const dueAt = job.timestamp + (job.delay ?? 0);
    const result = await runAttempt({ name, data: job.data, ctx, attempts: job.opts.attempts ?? 1, dueAt }, handler, hooks);
    switch (result.outcome) {
      case 'completed':
        return;
      case 'deferred':
      case 'handed-back':
        await job.moveToDelayed(Date.now() + (result.outcome === 'deferred' ? result.delayMs : 0), token);
        throw new DelayedError();
      case 'failed':
        throw unrecoverable(result.error);
      case 'retrying':
        throw asError(result.error);
    }
  };
}

function unrecoverable(err: unknown): UnrecoverableError {
  return Object.assign(new UnrecoverableError(asError(err).message), { cause: err });
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err), { cause: err });
}
