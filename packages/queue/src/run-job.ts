import type { AttemptOutcome, JobContext, JobHandler, QueueLogger, QueueOptions } from './job-queue';
import type { JobName } from './job.catalog';
import { parseJobData } from './job-policy';
import { isDeferral, isNonRetryable } from './queue.errors';

export interface JobRun {
  name: JobName;
  data: unknown;
  ctx: JobContext;
  attempts: number;
  /** When the job became due: the wait before this attempt is measured from it. */
  dueAt: number;
}

export type AttemptResult =
  | { outcome: 'completed' }
  | { outcome: 'retrying'; error: unknown }
  | { outcome: 'failed'; error: unknown }
  | { outcome: 'deferred'; delayMs: number }
  | { outcome: 'handed-back' };

export interface AttemptHooks extends Pick<QueueOptions, 'onJobFailed' | 'onAttempt'> {
  logger: QueueLogger;
  /** True once the queue is closing: an aborted job is then handed back, not failed. */
  closing(): boolean;
}

/**
 * One attempt, shared by both adapters: data is validated again on the way
 * out (it may have been queued by an older release), the outcome is decided
 * here once (retry, give up, defer, hand back), given-up jobs go to the dead
 * letter, and every attempt is logged and observed the same way.
 */
export async function runAttempt(run: JobRun, handler: JobHandler<JobName>, hooks: AttemptHooks): Promise<AttemptResult> {
  const started = Date.now();
  const result = await attempt(run, handler, hooks);
  hooks.onAttempt?.({
    name: run.name,
    outcome: result.outcome as AttemptOutcome,
    waitMs: Math.max(0, started - run.dueAt),
    durationMs: Date.now() - started,
    error: 'error' in result ? result.error : undefined,
  });
  return result;
}

async function attempt(run: JobRun, handler: JobHandler<JobName>, hooks: AttemptHooks): Promise<AttemptResult> {
  try {
    await handler(parseJobData(run.name, run.data), run.ctx);
    return { outcome: 'completed' };
  } catch (error) {
    const fields = { job: run.name, jobId: run.ctx.jobId, attempt: run.ctx.attempt, attempts: run.attempts };
    if (isDeferral(error)) return { outcome: 'deferred', delayMs: error.delayMs };
    if (run.ctx.signal.aborted && hooks.closing()) {
      hooks.logger.info(fields, 'job handed back: the queue is closing');
      return { outcome: 'handed-back' };
    }
    if (isNonRetryable(error) || run.ctx.attempt >= run.attempts) {
      hooks.logger.error({ ...fields, err: error }, 'job failed, no attempts left');
      await deadLetter(run, error, hooks);
      return { outcome: 'failed', error };
    }
    hooks.logger.warn({ ...fields, err: error }, 'job attempt failed, will retry');
    return { outcome: 'retrying', error };
  }
}

async function deadLetter(run: JobRun, error: unknown, hooks: AttemptHooks): Promise<void> {
  try {
    await hooks.onJobFailed?.({ name: run.name, jobId: run.ctx.jobId, data: run.data, attempts: run.ctx.attempt, error });
  } catch (hookError) {
    hooks.logger.error({ job: run.name, jobId: run.ctx.jobId, err: hookError }, 'could not record the failed job');
  }
}

export const silentLogger: QueueLogger = { info() {}, warn() {}, error() {} };
