import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis, freshRedisPrefix, type FreshRedisPrefix } from '@wirelog/testing';
import { createBullQueue } from './bull-queue';
import type { JobQueue } from './job-queue';

const fixture = fileURLToPath(new URL('../test/consume-jobs.fixture.ts', import.meta.url));

function startWorker(redis: FreshRedisPrefix, name: string, mode = 'normal'): Promise<ChildProcess> {
  // `node --import tsx` rather than `npx tsx`: one process per worker, so signals reach the worker itself.
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, redis.url, redis.prefix, name, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker ${name} exited early with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
  });
}

async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (worker.exitCode !== null || worker.signalCode !== null) return worker.exitCode;
  const exited = once(worker, 'exit');
  worker.kill(signal);
  const [code] = (await exited) as [number | null];
  return code;
}

/** Each record is `<worker> <jobId> <articleId> <attempt>`, pushed when a worker starts a job. */
async function readRecords(redis: FreshRedisPrefix): Promise<{ worker: string; jobId: string; articleId: string; attempt: string }[]> {
  const reader = new Redis(redis.url);
  try {
    const records = await reader.lrange(`${redis.prefix}-processed`, 0, -1);
    return records.map((record) => {
      const [worker = '', jobId = '', articleId = '', attempt = ''] = record.split(' ');
      return { worker, jobId, articleId, attempt };
    });
  } finally {
    reader.disconnect();
  }
}

function processesTest(label: string, body: (ctx: { redis: FreshRedisPrefix; producer: JobQueue; workers: ChildProcess[] }) => Promise<void>): void {
  describeWithRedis('separate BullMQ worker processes', () => {
    const ctx = { redis: undefined as unknown as FreshRedisPrefix, producer: undefined as unknown as JobQueue, workers: [] as ChildProcess[] };
    beforeAll(() => {
      ctx.redis = freshRedisPrefix('queue-multi');
      ctx.producer = createBullQueue({ redisUrl: ctx.redis.url, prefix: ctx.redis.prefix });
    });
    afterAll(async () => {
      const codes = await Promise.all(ctx.workers.map((worker) => stopWorker(worker, 'SIGTERM')));
      await ctx.producer.close();
      await ctx.redis.cleanup();
      expect(codes.every((code) => code === 0)).toBe(true);
    });
    it(label, () => body(ctx));
  });
}

processesTest('two processes on one queue run each of 200 jobs exactly once', async ({ redis, producer, workers }) => {
  workers.push(...(await Promise.all([startWorker(redis, 'w1'), startWorker(redis, 'w2')])));
  const ids = Array.from({ length: 200 }, (_, n) => `art${n}`);
  for (const articleId of ids) await producer.add('fetch-article', { articleId, url: `http://127.0.0.1/${articleId}`, feedId: 'f1' });
  await producer.whenIdle(['fetch-article'], { timeoutMs: 60_000 });

  const records = await readRecords(redis);
  expect(records.every((record) => record.jobId === `fetch-${record.articleId}`)).toBe(true);
  expect(records.map((record) => record.articleId).sort()).toEqual([...ids].sort());
  expect(await producer.counts(['fetch-article'])).toMatchObject({ completed: 200, failed: 0 });
  // Both processes were listening before the jobs were added, so both took a share.
  const workersUsed = new Set(records.map((record) => record.worker));
  expect([...workersUsed].sort()).toEqual(['w1', 'w2']);
});

processesTest('a job whose process is killed mid-job runs again in another process', async ({ redis, producer, workers }) => {
  const doomed = await startWorker(redis, 'doomed', 'hang');
  await producer.add('fetch-article', { articleId: 'a1', url: 'http://127.0.0.1/a1', feedId: 'f1' });
  while ((await readRecords(redis)).length === 0) await sleep(20);
  await stopWorker(doomed, 'SIGKILL');
  expect(await producer.counts(['fetch-article'])).toMatchObject({ active: 1 });

  workers.push(await startWorker(redis, 'survivor'));
  await producer.whenIdle(['fetch-article'], { timeoutMs: 30_000 });
  const records = await readRecords(redis);
  expect(records.map((record) => `${record.worker} ${record.jobId}`)).toEqual(['doomed fetch-a1', 'survivor fetch-a1']);
  expect(await producer.counts(['fetch-article'])).toMatchObject({ completed: 1, failed: 0 });
});

processesTest('a job still running when its process gets SIGTERM is handed back with its attempt unspent', async ({ redis, producer, workers }) => {
  const stopping = await startWorker(redis, 'stopping', 'slow');
  await producer.add('fetch-article', { articleId: 'a1', url: 'http://127.0.0.1/a1', feedId: 'f1' });
  while ((await readRecords(redis)).length === 0) await sleep(20);
  expect(await stopWorker(stopping, 'SIGTERM')).toBe(0);
  // back in the queue at once, not waiting for a lock to expire
  expect(await producer.counts(['fetch-article'])).toMatchObject({ active: 0, failed: 0 });

  workers.push(await startWorker(redis, 'survivor'));
  await producer.whenIdle(['fetch-article'], { timeoutMs: 30_000 });
  const records = await readRecords(redis);
  expect(records.map((record) => `${record.worker} ${record.jobId} ${record.attempt}`)).toEqual(['stopping fetch-a1 1', 'survivor fetch-a1 1']);
  expect(await producer.counts(['fetch-article'])).toMatchObject({ completed: 1, failed: 0 });
});
