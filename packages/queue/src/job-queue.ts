import type { JobData, JobName } from './job.catalog';

export interface JobContext {
  /** The id the job was added under (scheduler runs get BullMQ's `repeat:<id>:<millis>`). */
  jobId: string;
  /** 1-based; a stalled job re-run or a deferred job keeps its number. */
  attempt: number;
  /**
   * Aborted when the job must stop early: its lock was lost (another worker
   * will run it) or the queue is closing and its deadline has passed.
   */
  signal: AbortSignal;
}

/** Must be idempotent: retries and stalled jobs run it again with the same data. */
export type JobHandler<N extends JobName> = (data: JobData<N>, ctx: JobContext) => Promise<void>;

export interface JobCounts {
  waiting: number;
  active: number;
  delayed: number;
  /** Jobs given up since the queue's counters began (BullMQ: shared by every process). */
  failed: number;
  completed: number;
}

export interface AddJobOptions {
  /** Defaults to the catalog's deterministic id for the data. No `:`, not a bare integer. */
  jobId?: string;
  delayMs?: number;
}

/** A job to add: its type and its data. */
export type QueuedJob = { [N in JobName]: { name: N; data: JobData<N> } }[JobName];

export interface SchedulerInfo {
  id: string;
  everyMs: number;
}

export interface WhenIdleOptions {
  pollMs?: number;
  /** Rejects with QueueIdleTimeoutError after this long; waits forever when absent. */
  timeoutMs?: number;
}

export interface QueueLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A job the queue gave up on: its attempts ran out, or it failed with `retryable: false`. */
export interface JobFailure {
  name: JobName;
  jobId: string;
  data: unknown;
  attempts: number;
  error: unknown;
}

/** How one attempt ended, for metrics. */
export type AttemptOutcome = 'completed' | 'retrying' | 'failed' | 'deferred' | 'handed-back';

export interface AttemptRecord {
  name: JobName;
  outcome: AttemptOutcome;
  /** From when the job became due to when this attempt started. */
  waitMs: number;
  durationMs: number;
  error?: unknown;
}

export interface JobQueue {
  /** Validates data with the catalog schema; adding an id that is still pending is a no-op, a finished one runs again. */
  add<N extends JobName>(name: N, data: JobData<N>, opts?: AddJobOptions): Promise<void>;
  /**
   * Adds many jobs with their deterministic ids, as `add` would one by one,
   * in one round trip per job type (BullMQ `addBulk`). All are validated
   * before any is queued.
   */
  addMany(jobs: readonly QueuedJob[]): Promise<void>;
  /** Creates or replaces a repeating `poll-feed` job; the same interval again keeps the current slot. */
  upsertScheduler(
    id: string,
    everyMs: number,
    job: { name: 'poll-feed'; data: JobData<'poll-feed'> },
    opts?: { immediately?: boolean },
  ): Promise<void>;
  removeScheduler(id: string): Promise<void>;
  listSchedulers(): Promise<SchedulerInfo[]>;
  /** Starts consuming one job type; call once per name. */
  process<N extends JobName>(name: N, handler: JobHandler<N>, opts?: { concurrency?: number }): void;
  counts(names?: JobName[]): Promise<JobCounts>;
  /** Resolves when nothing is waiting, active or delayed, ignoring schedulers' next runs. */
  whenIdle(names?: JobName[], opts?: WhenIdleOptions): Promise<void>;
  /**
   * Stops taking jobs and lets active ones finish; jobs still running after
   * `deadlineMs` are signalled and handed back (BullMQ: to another worker,
   * with their attempt unspent; in process: dropped with the process).
   */
  close(opts?: { deadlineMs?: number }): Promise<void>;
}

/** Options both adapters share. */
export interface QueueOptions {
  logger?: QueueLogger;
  /** Multiplies every backoff delay; tests use a small value. */
  backoffScale?: number;
  /** The dead letter: called once per job given up (errors it throws are logged, not raised). */
  onJobFailed?(failure: JobFailure): Promise<void> | void;
  /** Called after every attempt (metrics). */
  onAttempt?(record: AttemptRecord): void;
}
