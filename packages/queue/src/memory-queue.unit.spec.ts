import { describe } from 'vitest';
import { jobQueueContract } from './job-queue.contract';
import { createMemoryQueue } from './memory-queue';

describe('createMemoryQueue', () => {
  jobQueueContract((opts) => createMemoryQueue(opts));
});
