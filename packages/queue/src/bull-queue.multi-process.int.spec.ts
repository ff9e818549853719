import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis, freshRedisPrefix, type FreshRedisPrefix } from '@wirelog/testing';
import { createBullQueue } from './bull-queue';
import type { JobQueue } from './job-queue';

const fixture = fileURLToPath(new URL('../test/consume-jobs.fixture.ts', import.meta.url));

function startWorker(redis: FreshRedisPrefix, name: string): Promise<ChildProcess> {
  // `node --import tsx` rather than `npx tsx`: one process per worker, so SIGTERM reaches the worker itself.
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, redis.url, redis.prefix, name], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker ${name} exited early with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
  });
}

describeWithRedis('two BullMQ worker processes on one queue', () => {
  let redis: FreshRedisPrefix;
  let producer: JobQueue;
  let workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = freshRedisPrefix('queue-multi');
    producer = createBullQueue({ redisUrl: redis.url, prefix: redis.prefix });
    workers = await Promise.all([startWorker(redis, 'w1'), startWorker(redis, 'w2')]);
  });

  afterAll(async () => {
    await Promise.all(
      workers.map(async (worker) => {
        const exited = once(worker, 'exit');
        worker.kill('SIGTERM');
        const [code] = await exited;
        expect(code).toBe(0);
      }),
    );
    await producer?.close();
    await redis?.cleanup();
  });

  it('runs each of 200 jobs exactly once between them', async () => {
    const ids = Array.from({ length: 200 }, (_, n) => `art${n}`);
    for (const articleId of ids) await producer.add('fetch-article', { articleId, url: `http://127.0.0.1/${articleId}`, feedId: 'f1' });
    await producer.whenIdle(['fetch-article'], { timeoutMs: 60_000 });

    const reader = new Redis(redis.url);
    const records = await reader.lrange(`${redis.prefix}-processed`, 0, -1);
    reader.disconnect();
    const byWorker = new Map<string, number>();
    const processed = records.map((record) => {
      const [worker, jobId, articleId] = record.split(' ') as [string, string, string];
      byWorker.set(worker, (byWorker.get(worker) ?? 0) + 1);
      expect(jobId).toBe(`fetch-${articleId}`);
      return articleId;
    });
    expect(processed).toHaveLength(200);
    expect([...processed].sort()).toEqual([...ids].sort());
    expect(await producer.counts(['fetch-article'])).toMatchObject({ completed: 200, failed: 0 });
    // Both processes started before the jobs were added, so both took a share.
    expect(byWorker.get('w1')).toBeGreaterThan(0);
    expect(byWorker.get('w2')).toBeGreaterThan(0);
  });
});
