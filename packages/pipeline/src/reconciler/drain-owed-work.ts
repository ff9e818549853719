import type { PipelineDeps } from '../pipeline-deps';
import { extractorOf } from '../extractor-of';
import { findOwedWork, type OwedJob } from './owed-work';
import { enqueue } from './reconciler';

/** Owed jobs queued per round; a round waits for them, then looks again. */
const ROUND_SIZE = 5_000;

/**
 * Runs everything owed to completion, in rounds driven by the read tables
 * like the reconciler's sweep: project, queue what is owed, wait for the
 * queue, look again; each job is queued once per call, so work that stays
 * owed (a deferred host, a failing page) ends the loop instead of spinning.
 * For `wirelog ingest --once` and tests; the handlers must be registered.
 */
export async function drainOwedWork(deps: PipelineDeps, projector: { catchUp(): Promise<unknown> }): Promise<void> {
  const queued = new Set<string>();
  for (;;) {
    await projector.catchUp();
    const owed = (await findOwedWork(deps.database, extractorOf(deps).version, ROUND_SIZE)).filter((job) => !queued.has(keyOf(job)));
    if (owed.length === 0) return;
    for (const job of owed) queued.add(keyOf(job));
    await enqueue(deps.queue, owed, 'sweep');
    await deps.queue.whenIdle(['fetch-article', 'extract-article']);
  }
}

const keyOf = (job: OwedJob) => `${job.name}:${job.data.articleId}`;
