export { jobCatalog, jobNames, type BackoffOptions, type JobData, type JobDefinition, type JobName, type JobOptions } from './job.catalog';
export type {
  AddJobOptions,
  JobContext,
  JobCounts,
  JobHandler,
  JobQueue,
  QueueLogger,
  QueueOptions,
  SchedulerInfo,
  WhenIdleOptions,
} from './job-queue';
export { createBullQueue, type BullQueueOptions } from './bull-queue';
export { createMemoryQueue } from './memory-queue';
export { assertJobId } from './job-id';
export { parseJobData } from './job-policy';
export {
  InvalidJobDataError,
  InvalidJobIdError,
  isNonRetryable,
  NonRetryableError,
  QueueClosedError,
  QueueIdleTimeoutError,
} from './queue.errors';
