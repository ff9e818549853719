import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { AddJobOptions, JobCounts, JobHandler, JobQueue, QueueOptions } from './job-queue';
import { jobNames, type JobName } from './job.catalog';
import { assertJobId, jobIdFor } from './job-id';
import { assertConcurrency, assertDelay, assertInterval, jobOptionsFor, parseJobData } from './job-policy';
import { QueueClosedError } from './queue.errors';
import { silentLogger } from './run-job';
import { bullProcessor } from './bull-processor';
import { closeWithin } from './close-within';
import { schedulerJobId } from './scheduler-slots';
import { waitUntilIdle } from './wait-until-idle';

export interface BullQueueOptions extends QueueOptions {
  redisUrl: string;
  /** Key prefix of every queue; default `wirelog`. */
  prefix?: string;
  /**
   * A worker that dies mid-job holds its lock for `lockDurationMs` (30 s); a
   * stalled-job check every `stalledIntervalMs` (30 s) then hands the job to
   * another worker, which runs it again.
   */
  stalls?: { lockDurationMs?: number; stalledIntervalMs?: number };
  /** Called whenever the Redis connection becomes ready again (after a restart, data may be gone). */
  onReconnect?(): void;
}

/**
 * Finished jobs are not kept, so adding a finished id again runs it again,
 * as in process: whether work is still owed is the reconciler's call, and a
 * given-up job is recorded by `onJobFailed`. Counts of finished jobs come
 * from BullMQ's metrics (one data point a minute, an hour kept).
 */
const finishedJobs = { removeOnComplete: true, removeOnFail: true } as const;
const metrics = { maxDataPoints: 60 };

/** The Redis adapter: one BullMQ Queue (and, once `process` is called, one Worker) per job name. */
export function createBullQueue(opts: BullQueueOptions): JobQueue {
  const logger = opts.logger ?? silentLogger;
  const prefix = opts.prefix ?? 'wirelog';
  const backoffScale = opts.backoffScale;
  // Workers need maxRetriesPerRequest: null; producers then wait out a Redis restart instead of failing.
  const connection = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err: Error) => logger.error({ err }, 'redis connection error'));
  let readyBefore = false;
  connection.on('ready', () => {
    if (readyBefore) opts.onReconnect?.();
    readyBefore = true;
  });
  const queues = new Map<JobName, Queue>();
  const workers = new Map<JobName, Worker>();
  const hooks = { logger, onJobFailed: opts.onJobFailed, onAttempt: opts.onAttempt, closing: () => closing };
  let closing = false;
  let closed = false;
  let closingDone: Promise<void> | undefined;

  function queueOf(name: JobName): Queue {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection, prefix, defaultJobOptions: { ...jobOptionsFor(name, backoffScale), ...finishedJobs } });
      queue.on('error', (err) => logger.error({ err, job: name }, 'queue error'));
      queues.set(name, queue);
    }
    return queue;
  }

  async function counts(name: JobName): Promise<JobCounts> {
    const queue = queueOf(name);
    const [raw, completed, failed] = await Promise.all([
      queue.getJobCounts('wait', 'prioritized', 'waiting-children', 'active', 'delayed'),
      queue.getMetrics('completed', 0, 0),
      queue.getMetrics('failed', 0, 0),
    ]);
    const n = (key: string) => raw[key] ?? 0;
    return {
      waiting: n('wait') + n('prioritized') + n('waiting-children'),
      active: n('active'),
      delayed: n('delayed'),
      failed: failed.meta.count,
      completed: completed.meta.count,
    };
  }

  // A scheduler's next run waits in `delayed`; it is not pending work.
  async function scheduledRunsDelayed(queue: Queue): Promise<number> {
    const schedulers = await queue.getJobSchedulers(0, -1);
    const states = await Promise.all(
      schedulers.filter((s) => s.next !== undefined).map((s) => queue.getJobState(schedulerJobId(s.key, s.next as number))),
    );
    return states.filter((state) => state === 'delayed').length;
  }

  function ensureOpen(whileClosing: boolean): void {
    if (closed || (closing && !whileClosing)) throw new QueueClosedError();
  }

  return {
    async add(name, data, addOpts: AddJobOptions = {}) {
      ensureOpen(true);
      const parsed = parseJobData(name, data);
      const jobId = jobIdFor(name, parsed, addOpts.jobId);
      await queueOf(name).add(name, parsed, { jobId, delay: assertDelay(addOpts.delayMs ?? 0) });
    },
    async addMany(jobs) {
      ensureOpen(true);
      const byName = new Map<JobName, { name: JobName; data: unknown; opts: { jobId: string } }[]>();
      for (const job of jobs) {
        const data = parseJobData(job.name, job.data);
        const list = byName.get(job.name) ?? byName.set(job.name, []).get(job.name)!;
        list.push({ name: job.name, data, opts: { jobId: jobIdFor(job.name, data) } });
      }
      await Promise.all([...byName].map(([name, list]) => queueOf(name).addBulk(list)));
    },
    async upsertScheduler(id, everyMs, job, upsertOpts = {}) {
      ensureOpen(false);
      assertJobId(id);
      assertInterval(everyMs);
      const data = parseJobData(job.name, job.data);
      // BullMQ runs an `every` scheduler at once; a start date one interval away defers the first run.
      const repeat = upsertOpts.immediately ? { every: everyMs } : { every: everyMs, startDate: Date.now() + everyMs };
      await queueOf(job.name).upsertJobScheduler(id, repeat, { name: job.name, data, opts: { ...jobOptionsFor(job.name, backoffScale), ...finishedJobs } });
    },
    async removeScheduler(id) {
      await queueOf('poll-feed').removeJobScheduler(id);
    },
    async listSchedulers() {
      const schedulers = await queueOf('poll-feed').getJobSchedulers(0, -1);
      return schedulers.map((s) => ({ id: s.key, everyMs: s.every ?? 0 }));
    },
    process(name, handler, processOpts = {}) {
      ensureOpen(false);
      if (workers.has(name)) throw new Error(`a handler for ${name} is already registered`);
      const concurrency = assertConcurrency(processOpts.concurrency ?? 1);
      const worker = new Worker(name, bullProcessor(name, handler as JobHandler<JobName>, hooks), {
        connection,
        prefix,
        concurrency,
        metrics,
        ...(opts.stalls?.lockDurationMs ? { lockDuration: opts.stalls.lockDurationMs } : {}),
        ...(opts.stalls?.stalledIntervalMs ? { stalledInterval: opts.stalls.stalledIntervalMs } : {}),
      });
      worker.on('error', (err) => logger.error({ err, job: name }, 'worker error'));
      worker.on('stalled', (jobId) => logger.warn({ job: name, jobId }, 'job stalled (its worker stopped renewing the lock); it runs again'));
      // Another worker will take over a job whose lock is lost: tell the handler through its signal.
      worker.on('lockRenewalFailed', (jobIds) => {
        for (const jobId of jobIds) worker.cancelJob(jobId, 'job lock lost');
        logger.warn({ job: name, jobIds }, 'job lock lost; handlers signalled to stop');
      });
      workers.set(name, worker);
    },
    async counts(names = jobNames) {
      const all = await Promise.all(names.map(counts));
      return all.reduce((sum, c) => ({
        waiting: sum.waiting + c.waiting,
        active: sum.active + c.active,
        delayed: sum.delayed + c.delayed,
        failed: sum.failed + c.failed,
        completed: sum.completed + c.completed,
      }));
    },
    whenIdle(names = jobNames, idleOpts) {
      // Upstream first, one name after another: a job adds its follow-up before it completes.
      const ordered = jobNames.filter((name) => names.includes(name));
      return waitUntilIdle(async () => {
        for (const name of ordered) {
          const { waiting, active, delayed } = await counts(name);
          const scheduled = delayed > 0 && name === 'poll-feed' ? await scheduledRunsDelayed(queueOf(name)) : 0;
          if (waiting + active + delayed - scheduled > 0) return { job: name, waiting, active, delayed: delayed - scheduled };
        }
        return undefined;
      }, idleOpts);
    },
    close(closeOpts = {}) {
      closingDone ??= (async () => {
        closing = true;
        const all = [...workers.values()];
        const stopped = all.map((worker) => worker.close());
        const handedBack = await closeWithin(closeOpts.deadlineMs, {
          finished: async () => void (await Promise.all(stopped)),
          // the processors see the abort, move their jobs back to `delayed` and return
          abort: () => all.forEach((worker) => worker.cancelAllJobs('the queue is closing')),
        });
        // a handler that ignores its signal: stop waiting; its lock expires and another worker runs the job
        if (!handedBack) await Promise.all(all.map((worker) => worker.close(true)));
        await Promise.all([...queues.values()].map((queue) => queue.close()));
        closed = true;
        await connection.quit();
      })();
      return closingDone;
    },
  };
}
