/**
 * A separate worker process for the multi-process test:
 * `node --import tsx consume-jobs.fixture.ts <redisUrl> <prefix> <workerName>`. It records
 * every job it runs in the Redis list `<prefix>-processed`, prints `ready`,
 * and closes gracefully on SIGTERM.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { createBullQueue } from '../src/index';

const [redisUrl, prefix, workerName] = process.argv.slice(2) as [string, string, string];
const queue = createBullQueue({ redisUrl, prefix });
const recorder = new Redis(redisUrl);

queue.process(
  'fetch-article',
  async (data, ctx) => {
    await recorder.rpush(`${prefix}-processed`, `${workerName} ${ctx.jobId} ${data.articleId}`);
    await sleep(5);
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
