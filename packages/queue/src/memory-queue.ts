import type { AddJobOptions, JobCounts, JobHandler, JobQueue, QueueOptions, SchedulerInfo } from './job-queue';
import { jobNames, type JobName, type JobOptions } from './job.catalog';
import { assertJobId, jobIdFor } from './job-id';
import { assertConcurrency, assertDelay, assertInterval, backoffDelay, jobOptionsFor, parseJobData } from './job-policy';
import { QueueClosedError } from './queue.errors';
import { runAttempt, silentLogger, type AttemptResult } from './run-job';
import { nextRunAfter, schedulerJobId, type Scheduler } from './scheduler-slots';
import { closeWithin } from './close-within';
import { waitUntilIdle } from './wait-until-idle';

const maxTimeout = 2 ** 31 - 1;

interface MemoryJob {
  name: JobName;
  id: string;
  data: unknown;
  attemptsMade: number;
  state: 'waiting' | 'delayed' | 'active';
  dueAt: number;
  timer?: NodeJS.Timeout;
  abort?: AbortController;
  schedulerId?: string;
}

interface Lane {
  options: JobOptions;
  waiting: MemoryJob[];
  active: number;
  concurrency: number;
  handler?: JobHandler<JobName>;
  completed: number;
  failed: number;
}

/** The in-process adapter for embedded mode: same semantics as BullMQ, state lost on exit. */
export function createMemoryQueue(opts: QueueOptions = {}): JobQueue {
  const logger = opts.logger ?? silentLogger;
  const lanes = new Map(jobNames.map((name): [JobName, Lane] => [name, newLane(jobOptionsFor(name, opts.backoffScale))]));
  const jobs = new Map<string, MemoryJob>();
  const schedulers = new Map<string, Scheduler>();
  const running = new Set<Promise<void>>();
  const hooks = { logger, onJobFailed: opts.onJobFailed, onAttempt: opts.onAttempt, closing: () => closing };
  let closing = false;
  let closed = false;
  let closingDone: Promise<void> | undefined;

  const keyOf = (name: JobName, id: string) => `${name}\u0000${id}`;
  const laneOf = (name: JobName) => lanes.get(name) as Lane;

  function enqueue(job: MemoryJob, delayMs: number): void {
    job.dueAt = Date.now() + delayMs;
    if (delayMs > 0 || closing) {
      // While closing, work is held but never started: in-process state ends with the process.
      job.state = 'delayed';
      // setTimeout fires at once beyond 2^31-1 ms (24.8 days), so long delays re-arm.
      const arm = () => (job.timer = setTimeout(() => (Date.now() < job.dueAt ? arm() : enqueue(job, 0)), Math.min(job.dueAt - Date.now(), maxTimeout)));
      if (!closing) arm();
      return;
    }
    job.state = 'waiting';
    job.timer = undefined;
    laneOf(job.name).waiting.push(job);
    pump(job.name);
  }

  function pump(name: JobName): void {
    const lane = laneOf(name);
    while (!closing && lane.handler && lane.active < lane.concurrency && lane.waiting.length > 0) {
      start(lane, lane.waiting.shift() as MemoryJob, lane.handler);
    }
  }

  function start(lane: Lane, job: MemoryJob, handler: JobHandler<JobName>): void {
    job.state = 'active';
    job.abort = new AbortController();
    lane.active += 1;
    if (job.schedulerId) scheduleNextRun(job);
    const ctx = { jobId: job.id, attempt: job.attemptsMade + 1, signal: job.abort.signal };
    const tracked = runAttempt({ name: job.name, data: job.data, ctx, attempts: lane.options.attempts, dueAt: job.dueAt }, handler, hooks)
      .then((result) => settle(lane, job, result))
      .finally(() => {
        job.abort = undefined;
        lane.active -= 1;
        running.delete(tracked);
        pump(job.name);
      });
    running.add(tracked);
  }

  function settle(lane: Lane, job: MemoryJob, result: AttemptResult): void {
    switch (result.outcome) {
      case 'deferred':
        return enqueue(job, result.delayMs);
      case 'retrying':
        job.attemptsMade += 1;
        return enqueue(job, backoffDelay(lane.options, job.attemptsMade));
      case 'completed':
        lane.completed += 1;
        break;
      case 'failed':
        lane.failed += 1;
        break;
      case 'handed-back':
        break;
    }
    // finished jobs are not kept: adding the id again runs it again
    jobs.delete(keyOf(job.name, job.id));
  }

  function addJob(job: MemoryJob, delayMs: number): void {
    const key = keyOf(job.name, job.id);
    if (jobs.has(key)) return;
    jobs.set(key, job);
    enqueue(job, delayMs);
  }

  function scheduleRun(scheduler: Scheduler, millis: number): void {
    scheduler.nextMillis = millis;
    const job: MemoryJob = { name: 'poll-feed', id: schedulerJobId(scheduler.id, millis), data: scheduler.data, attemptsMade: 0, state: 'waiting', dueAt: millis, schedulerId: scheduler.id };
    addJob(job, millis - Date.now());
  }

  // Like BullMQ: the next run is created when the current one starts, so runs never pile up.
  function scheduleNextRun(job: MemoryJob): void {
    const scheduler = schedulers.get(job.schedulerId as string);
    if (!scheduler || job.id !== schedulerJobId(scheduler.id, scheduler.nextMillis)) return;
    scheduleRun(scheduler, nextRunAfter(scheduler, Date.now()));
  }

  function dropPendingRun(scheduler: Scheduler): void {
    const key = keyOf('poll-feed', schedulerJobId(scheduler.id, scheduler.nextMillis));
    const job = jobs.get(key);
    if (!job || job.state === 'active') return;
    clearTimeout(job.timer);
    const lane = laneOf('poll-feed');
    lane.waiting = lane.waiting.filter((waiting) => waiting !== job);
    jobs.delete(key);
  }

  function pendingRun(scheduler: Scheduler): MemoryJob | undefined {
    return jobs.get(keyOf('poll-feed', schedulerJobId(scheduler.id, scheduler.nextMillis)));
  }

  function tally(names: JobName[], skipScheduledRuns: boolean): JobCounts {
    const counts: JobCounts = { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 };
    for (const job of jobs.values()) {
      if (!names.includes(job.name)) continue;
      if (skipScheduledRuns && job.state === 'delayed' && job.schedulerId && job.attemptsMade === 0) continue;
      counts[job.state] += 1;
    }
    for (const name of names) {
      counts.failed += laneOf(name).failed;
      counts.completed += laneOf(name).completed;
    }
    return counts;
  }

  // `add` stays open while closing (running handlers may still add work); new consumers and schedules do not.
  function ensureOpen(whileClosing: boolean): void {
    if (closed || (closing && !whileClosing)) throw new QueueClosedError();
  }

  return {
    async add(name, data, addOpts: AddJobOptions = {}) {
      ensureOpen(true);
      const parsed = parseJobData(name, data);
      const id = jobIdFor(name, parsed, addOpts.jobId);
      addJob({ name, id, data: parsed, attemptsMade: 0, state: 'waiting', dueAt: Date.now() }, assertDelay(addOpts.delayMs ?? 0));
    },
    async addMany(jobs) {
      ensureOpen(true);
      const parsed = jobs.map((job) => ({ name: job.name, data: parseJobData(job.name, job.data) }));
      for (const { name, data } of parsed) addJob({ name, id: jobIdFor(name, data), data, attemptsMade: 0, state: 'waiting', dueAt: Date.now() }, 0);
    },
    async upsertScheduler(id, everyMs, job, upsertOpts = {}) {
      ensureOpen(false);
      assertJobId(id);
      assertInterval(everyMs);
      const data = parseJobData(job.name, job.data);
      const existing = schedulers.get(id);
      if (existing && existing.everyMs === everyMs) {
        existing.data = data;
        const pending = pendingRun(existing);
        if (pending && pending.state !== 'active') pending.data = data;
        return;
      }
      if (existing) dropPendingRun(existing);
      const scheduler: Scheduler = { id, everyMs, data, nextMillis: 0 };
      schedulers.set(id, scheduler);
      scheduleRun(scheduler, Date.now() + (upsertOpts.immediately ? 0 : everyMs));
    },
    async removeScheduler(id) {
      const scheduler = schedulers.get(id);
      if (!scheduler) return;
      dropPendingRun(scheduler);
      schedulers.delete(id);
    },
    async listSchedulers(): Promise<SchedulerInfo[]> {
      return [...schedulers.values()].map(({ id, everyMs }) => ({ id, everyMs }));
    },
    process(name, handler, processOpts = {}) {
      ensureOpen(false);
      const lane = laneOf(name);
      if (lane.handler) throw new Error(`a handler for ${name} is already registered`);
      lane.handler = handler as JobHandler<JobName>;
      lane.concurrency = assertConcurrency(processOpts.concurrency ?? 1);
      pump(name);
    },
    async counts(names = jobNames) {
      return tally(names, false);
    },
    whenIdle(names = jobNames, idleOpts) {
      return waitUntilIdle(async () => {
        const { waiting, active, delayed } = tally(names, true);
        return waiting + active + delayed > 0 ? { waiting, active, delayed } : undefined;
      }, idleOpts);
    },
    close(closeOpts = {}) {
      closingDone ??= (async () => {
        closing = true;
        schedulers.clear();
        for (const job of jobs.values()) clearTimeout(job.timer);
        await closeWithin(closeOpts.deadlineMs, {
          finished: async () => void (await Promise.allSettled([...running])),
          abort: () => {
            for (const job of jobs.values()) job.abort?.abort(new QueueClosedError());
          },
        });
        closed = true;
      })();
      return closingDone;
    },
  };
}

function newLane(options: JobOptions): Lane {
  return { options, waiting: [], active: 0, concurrency: 1, completed: 0, failed: 0 };
}
