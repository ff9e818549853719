export { jobCatalog, jobNames, type BackoffOptions, type JobData, type JobDefinition, type JobName, type JobOptions } from './job.catalog';
export type {
  AddJobOptions,
  AttemptOutcome,
  AttemptRecord,
  JobContext,
  JobFailure,
  JobCounts,
  JobHandler,
  JobQueue,
  QueueLogger,
  QueueOptions,
  QueuedJob,
  SchedulerInfo,
  WhenIdleOptions,
} from './job-queue';
export { createBullQueue, type BullQueueOptions } from './bull-queue';
export { createMemoryQueue } from './memory-queue';
export { DEFAULT_CLOSE_DEADLINE_MS } from './close-within';
export { assertJobId } from './job-id';
export { parseJobData } from './job-policy';
export {
  InvalidJobDataError,
  InvalidJobIdError,
  isDeferral,
  isNonRetryable,
  JobDeferredError,
  NonRetryableError,
  QueueClosedError,
  QueueIdleTimeoutError,
} from './queue.errors';
