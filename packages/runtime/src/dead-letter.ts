import type { Sql } from '@wirelog/db';
import type { JobFailure } from '@wirelog/queue';

/** The reconciler waits this long before trying given-up work again, doubling per give-up, at most a day. */
const FIRST_RETRY = '1 minute';
const MAX_RETRY = '1 day';

/**
 * The queue's dead letter: a given-up job is recorded with its reason, and
 * the reconciler tries its work again later (if still owed), never dropping it.
 */
export function recordJobFailure(sql: Sql): (failure: JobFailure) => Promise<void> {
  return async (failure) => {
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    await sql.query(
      `INSERT INTO job_failures (job_name, job_id, data, reason, attempts, failures, failed_at, retry_at)
       VALUES ($1, $2, $3, $4, $5, 1, now(), now() + interval '${FIRST_RETRY}')
       ON CONFLICT (job_name, job_id) DO UPDATE SET data = excluded.data, reason = excluded.reason, attempts = excluded.attempts,
         failures = job_failures.failures + 1, failed_at = now(),
         retry_at = now() + least(interval '${FIRST_RETRY}' * power(2, job_failures.failures), interval '${MAX_RETRY}')`,
      [failure.name, failure.jobId, JSON.stringify(failure.data), reason.slice(0, 2000), failure.attempts],
    );
  };
}
