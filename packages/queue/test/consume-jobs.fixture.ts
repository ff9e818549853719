/**
 * A separate worker process for the multi-process tests:
 * `node --import tsx consume-jobs.fixture.ts <redisUrl> <prefix> <workerName> [hang]`.
 * It records every job it starts in the Redis list `<prefix>-processed`,
 * prints `ready`, and closes gracefully on SIGTERM. With `hang` its jobs never
 * finish, standing in for a worker that is killed mid-job.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { createBullQueue } from '../src/index';

const [redisUrl, prefix, workerName, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const queue = createBullQueue({ redisUrl, prefix, stalls: { lockDurationMs: 1000, stalledIntervalMs: 500 } });
const recorder = new Redis(redisUrl);

queue.process(
  'fetch-article',
  async (data, ctx) => {
    await recorder.rpush(`${prefix}-processed`, `${workerName} ${ctx.jobId} ${data.articleId}`);
    await (mode === 'hang' ? new Promise(() => {}) : sleep(5));
  },
  { concurrency: 4 },
);
await queue.counts(['fetch-article']);
console.log('ready');

process.once('SIGTERM', () => {
  void queue.close().then(async () => {
    await recorder.quit();
    process.exit(0);
  });
});
