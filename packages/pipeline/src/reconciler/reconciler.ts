import { reconcilerEnqueued, schedulesRecreated } from '@wirelog/metrics';
import type { JobQueue } from '@wirelog/queue';
import type { PipelineDeps } from '../pipeline-deps';
import { extractorOf } from '../extractor-of';
import { applySchedules, scheduleOf, SCHEDULE_EVENTS, syncSchedules } from './feed-schedules';
import { findOwedWork, forgetSettledFailures, jobsOwedBy, OWING_EVENTS, type OwedJob } from './owed-work';

export interface ReconcilerOptions {
  /** How often the sweep looks for owed work the queue may have lost. */
  sweepIntervalMs: number;
  /** The first sweep waits for this (an in-process projector catching up), so it reads current tables. */
  ready?: Promise<unknown>;
  /** Jobs per kind one sweep adds at most (oldest first). */
  sweepLimit?: number;
}

export interface SweepResult {
  /** Jobs added for owed work (most are no-ops while their job is still queued). */
  jobs: number;
  /** Schedulers created or changed because the queue had lost or changed them. */
  schedules: number;
}

export interface Reconciler {
  /** Queues what every event appended so far owes. */
  catchUp(): Promise<number>;
  /** Queues what the read tables say is still owed, and repairs feed schedules. */
  sweep(): Promise<SweepResult>;
  stop(): Promise<void>;
}

/**
 * Turns the log into jobs: a checkpointed subscription queues what each new
 * event owes (fetch a discovered article, extract a fetched text, schedule a
 * registered feed), and a periodic sweep queues whatever the read tables say
 * is still owed, so a lost job, a lost Redis or a lost schedule heals within
 * one sweep. Job ids are deterministic, so adding owed work twice is harmless.
 */
export async function startReconciler(deps: PipelineDeps, options: ReconcilerOptions): Promise<Reconciler> {
  const version = extractorOf(deps).version;
  const subscription = await deps.store.subscribe({
    name: 'reconciler',
    types: [...OWING_EVENTS, ...SCHEDULE_EVENTS],
    // an older log's backlog is the sweep's job, not a replay of every event
    startAtHead: true,
    async handle(events) {
      await enqueue(deps.queue, jobsOwedBy(events), 'event');
      await applySchedules(deps.queue, events.filter((e) => (SCHEDULE_EVENTS as readonly string[]).includes(e.type)).map(scheduleOf));
    },
    onError: (error) => deps.logger.error({ err: error }, 'reconciler batch failed; retrying'),
  });

  let sweeping: Promise<SweepResult> | undefined;
  let sweeps = 0;
  const sweep = (): Promise<SweepResult> =>
    (sweeping ??= (async () => {
      const owed = await findOwedWork(deps.database, version, options.sweepLimit ?? 1000);
      await enqueue(deps.queue, owed, 'sweep');
      const schedules = await syncSchedules(deps.database, deps.queue);
      if (sweeps > 0) schedulesRecreated.inc(schedules);
      await forgetSettledFailures(deps.database, version);
      // at start-up an in-process queue has no schedules yet; later, missing ones were lost
      if (schedules > 0 && sweeps > 0) deps.logger.warn({ schedules }, 'feed schedules were missing from the queue; re-created');
      sweeps++;
      return { jobs: owed.length, schedules };
    })().finally(() => (sweeping = undefined)));

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      sweep()
        .catch((error: unknown) => deps.logger.error({ err: error }, 'reconciler sweep failed; trying again next time'))
        .finally(loop);
    }, options.sweepIntervalMs);
  };
  void Promise.resolve(options.ready)
    .catch(() => undefined)
    .then(() => (stopped ? undefined : sweep()))
    .catch((error: unknown) => deps.logger.error({ err: error }, 'first reconciler sweep failed'))
    .finally(loop);
  deps.onQueueReconnect?.(() => {
    deps.logger.warn('queue connection is back; sweeping for work it may have lost');
    void sweep().catch((error: unknown) => deps.logger.error({ err: error }, 'reconciler sweep failed'));
  });

  return {
    catchUp: () => subscription.catchUp(),
    sweep,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await subscription.stop();
      await sweeping?.catch(() => undefined);
    },
  };
}

/** Queues owed jobs in one round trip per job type; ids are deterministic, so pending ones are not queued twice. */
export async function enqueue(queue: JobQueue, jobs: OwedJob[], source: 'event' | 'sweep'): Promise<void> {
  if (jobs.length === 0) return;
  await queue.addMany(jobs);
  for (const job of jobs) reconcilerEnqueued.inc({ source, queue: job.name });
}
