/**
 * Jobs per second through each adapter (no-op handler, concurrency 8): add N
 * jobs one by one, then wait until idle. Baseline: raw BullMQ Queue + Worker
 * doing the same, measured in the same run.
 */
import { Queue, Worker } from 'bullmq';
import { freshRedisPrefix, redisUrl } from '@wirelog/testing';
import { createBullQueue, createMemoryQueue, type JobQueue } from '../src/index';

const concurrency = 8;
const rounds = 3;

async function throughWrapper(queue: JobQueue, jobs: number): Promise<number> {
  queue.process('extract-article', async () => {}, { concurrency });
  const started = performance.now();
  for (let n = 0; n < jobs; n += 1) await queue.add('extract-article', { articleId: `a${n}` });
  await queue.whenIdle(['extract-article'], { pollMs: 5 });
  const seconds = (performance.now() - started) / 1000;
  await queue.close();
  return jobs / seconds;
}

async function throughRawBullmq(url: string, prefix: string, jobs: number): Promise<number> {
  const queue = new Queue('extract-article', { connection: { url }, prefix });
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker('extract-article', async () => {}, { connection: { url }, prefix, concurrency });
  worker.on('completed', () => {
    done += 1;
    if (done === jobs) finish();
  });
  const started = performance.now();
  for (let n = 0; n < jobs; n += 1) await queue.add('extract-article', { articleId: `a${n}` }, { jobId: `extract-a${n}` });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.close();
  return jobs / seconds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default async function (): Promise<void> {
  const rows: [string, number][] = [];
  const memory: number[] = [];
  for (let r = 0; r < rounds; r += 1) memory.push(await throughWrapper(createMemoryQueue(), 20_000));
  rows.push(['memory adapter', median(memory)]);

  if (redisUrl) {
    const redis = freshRedisPrefix('queue-bench');
    try {
      const raw: number[] = [];
      const ours: number[] = [];
      for (let r = 0; r < rounds; r += 1) {
        raw.push(await throughRawBullmq(redis.url, `${redis.prefix}-raw${r}`, 2000));
        ours.push(await throughWrapper(createBullQueue({ redisUrl: redis.url, prefix: `${redis.prefix}-ours${r}` }), 2000));
      }
      rows.push(['raw BullMQ (baseline)', median(raw)], ['BullMQ adapter', median(ours)]);
    } finally {
      await redis.cleanup();
    }
  } else {
    console.log('REDIS_URL not set: BullMQ rows skipped');
  }

  const baseline = rows.find(([name]) => name.startsWith('raw'))?.[1];
  console.log(`median of ${rounds} rounds, no-op handler, concurrency ${concurrency}`);
  console.log('adapter                  jobs/s   vs raw BullMQ');
  for (const [name, rate] of rows) {
    console.log(`${name.padEnd(24)} ${rate.toFixed(0).padStart(7)}   ${baseline ? `${(rate / baseline).toFixed(2)}x` : '-'}`);
  }
}
