import { jobAttempts, jobFailures, jobWait, onScrape, queueJobs } from '@wirelog/metrics';
import { jobNames, type AttemptRecord, type JobQueue } from '@wirelog/queue';

/** Every attempt's outcome and wait; a given-up job by its error's name (a bounded set of labels). */
export function recordAttempt(record: AttemptRecord): void {
  jobAttempts.inc({ queue: record.name, outcome: record.outcome });
  jobWait.observe({ queue: record.name }, record.waitMs / 1000);
  if (record.outcome === 'failed') jobFailures.inc({ queue: record.name, reason: record.error instanceof Error ? record.error.name : 'unknown' });
}

/** Queue depth per queue and state, read at scrape time; returns the unregistering function. */
export function observeQueue(queue: JobQueue): () => void {
  return onScrape(async () => {
    for (const name of jobNames) {
      const counts = await queue.counts([name]);
      for (const state of ['waiting', 'active', 'delayed'] as const) queueJobs.set({ queue: name, state }, counts[state]);
    }
  });
}
