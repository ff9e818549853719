/**
 * A separate worker process for the multi-process tests:
 * `node --import tsx consume-jobs.fixture.ts <redisUrl> <prefix> <workerName> [hang|slow]`.
 * It records every job it starts in the Redis list `<prefix>-processed`,
 * prints `ready`, and closes gracefully on SIGTERM (300 ms deadline). With
 * `hang` its jobs never finish, standing in for a worker killed mid-job; with
 * `slow` they run until their signal aborts them (a job still running at shutdown).
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
    await recorder.rpush(`${prefix}-processed`, `${workerName} ${ctx.jobId} ${data.articleId} ${ctx.attempt}`);
    if (mode === 'hang') await new Promise(() => {});
    if (mode === 'slow') await new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    await sleep(5);
  },
  { concurrency: 4 },
);
await queue.counts(['fetch-article']);
console.log('ready');

process.once('SIGTERM', () => {
  void queue.close({ deadlineMs: 300 }).then(async () => {
    await recorder.quit();
    process.exit(0);
  });
});
