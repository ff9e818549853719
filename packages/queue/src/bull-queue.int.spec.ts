import { afterAll, beforeAll } from 'vitest';
import { describeWithRedis, freshRedisPrefix, type FreshRedisPrefix } from '@wirelog/testing';
import { createBullQueue } from './bull-queue';
import { jobQueueContract } from './job-queue.contract';

describeWithRedis('createBullQueue', () => {
  let redis: FreshRedisPrefix;
  let instances = 0;
  beforeAll(() => void (redis = freshRedisPrefix('queue-contract')));
  afterAll(() => redis.cleanup());

  // Each queue gets its own sub-prefix, so tests never see each other's jobs.
  jobQueueContract((opts) => createBullQueue({ ...opts, redisUrl: redis.url, prefix: `${redis.prefix}-${++instances}` }));
});
