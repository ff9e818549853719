import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { JobHandler, QueueLogger } from './job-queue';
import type { JobName } from './job.catalog';
import { isNonRetryable } from './queue.errors';
import { runJob } from './run-job';

/** Wraps a handler for a BullMQ Worker: errors with `retryable: false` become UnrecoverableError. */
export function bullProcessor(name: JobName, handler: JobHandler<JobName>, logger: QueueLogger): Processor {
  // Three declared parameters: BullMQ only passes the abort signal to processors that take one.
  return async (job: Job, _token?: string, signal?: AbortSignal) => {
    const ctx = { jobId: job.id as string, attempt: job.attemptsMade + 1, ...(signal ? { signal } : {}) };
    try {
      await runJob({ name, data: job.data, ctx, attempts: job.opts.attempts ?? 1 }, handler, logger);
    } catch (err) {
      if (isNonRetryable(err)) throw Object.assign(new UnrecoverableError(messageOf(err)), { cause: err });
      throw err instanceof Error ? err : new Error(messageOf(err), { cause: err });
    }
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
