import type { JobContext, JobHandler, QueueLogger } from './job-queue';
import type { JobName } from './job.catalog';
import { parseJobData } from './job-policy';
import { isNonRetryable } from './queue.errors';

export interface JobRun {
  name: JobName;
  data: unknown;
  ctx: JobContext;
  attempts: number;
}

/**
 * One attempt, shared by both adapters: data is validated again on the way out
 * (it may have been queued by an older release), failures are logged, and the
 * error is rethrown with `final` telling the adapter whether to stop.
 */
export async function runJob(run: JobRun, handler: JobHandler<JobName>, logger: QueueLogger): Promise<void> {
  try {
    await handler(parseJobData(run.name, run.data), run.ctx);
  } catch (err) {
    const final = isNonRetryable(err) || run.ctx.attempt >= run.attempts;
    const fields = { job: run.name, jobId: run.ctx.jobId, attempt: run.ctx.attempt, attempts: run.attempts, err };
    if (final) logger.error(fields, 'job failed, no attempts left');
    else logger.warn(fields, 'job attempt failed, will retry');
    throw err;
  }
}

export const silentLogger: QueueLogger = { info() {}, warn() {}, error() {} };
