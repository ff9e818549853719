import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The dead letter: jobs the queue gave up on, with why. Not derived from the
 * log (a job is only a reminder); the reconciler reads it to space out its
 * retries of work that keeps failing, and forgets rows whose work is done.
 */
export const jobFailures = pgTable(
  'job_failures',
  {
    jobName: text('job_name').notNull(),
    jobId: text('job_id').notNull(),
    data: jsonb('data').notNull(),
    reason: text('reason').notNull(),
    /** Attempts spent the last time it was given up. */
    attempts: integer('attempts').notNull(),
    /** Times given up in a row: the reconciler's backoff doubles with it. */
    failures: integer('failures').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
    /** The reconciler re-enqueues the work, if still owed, from then on. */
    retryAt: timestamp('retry_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobName, t.jobId] }), index('job_failures_failed_at_idx').on(t.failedAt)],
);
