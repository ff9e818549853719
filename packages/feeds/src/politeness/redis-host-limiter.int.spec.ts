import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describeWithRedis, freshRedisPrefix, redisUrl, type FreshRedisPrefix } from '@wirelog/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RedisHostLimiter } from './redis-host-limiter';

const client = fileURLToPath(new URL('./limiter-client.fixture.ts', import.meta.url));

interface Arrival {
  at: number;
  who: string;
}

/**
 * Two client processes hitting one host through the limiter; `meanwhile` runs
 * once both have started sending. Resolves with every request's arrival.
 */
async function runClients(space: FreshRedisPrefix, perProcess: number, interval: number, meanwhile: (children: ChildProcess[]) => Promise<void> = async () => {}): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  const waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const who = url.searchParams.get('who') ?? '';
    if (url.pathname === '/hit') {
      arrivals.push({ at: performance.now(), who });
      res.end('ok');
      return;
    }
    // Barrier: both children start only once both are up.
    waiting.push(() => res.end('go'));
    if (waiting.length === 2) for (const release of waiting) release();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const args = (name: string) => [redisUrl ?? '', space.prefix, serverUrl, 'news.example', String(perProcess), String(interval), name];
    const children = ['a', 'b'].map((name) => spawn(process.execPath, ['--import', 'tsx', client, ...args(name)], { stdio: ['ignore', 'inherit', 'inherit'] }));
    const codes = children.map((child) => new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve)));
    while (arrivals.length < 2) await sleep(5);
    await meanwhile(children);
    expect(await Promise.all(codes)).toEqual([0, 0]);
  } finally {
    server.close();
  }
  expect(arrivals).toHaveLength(2 * perProcess);
  expect(new Set(arrivals.map((a) => a.who))).toEqual(new Set(['a', 'b']));
  return arrivals;
}

const gapsOf = (arrivals: Arrival[]) => arrivals.slice(1).map((a, i) => a.at - arrivals[i]!.at);

describeWithRedis('RedisHostLimiter', () => {
  let space: FreshRedisPrefix;
  let redis: Redis;
  beforeAll(() => {
    space = freshRedisPrefix('host-limiter');
    redis = new Redis(redisUrl ?? '');
  });
  afterAll(async () => {
    redis.disconnect();
    await space.cleanup();
  });

  it('keeps the gap across two processes hitting one host', { timeout: 60_000 }, async () => {
    const interval = 200;
    const arrivals = await runClients(space, 6, interval);
    // Tolerance covers the request's own latency jitter between the turn and its arrival.
    expect(Math.min(...gapsOf(arrivals))).toBeGreaterThanOrEqual(interval - 40);
  });

  it('keeps the gap between actual sends when a waiting process stalls', { timeout: 60_000 }, async () => {
    const interval = 200;
    const arrivals = await runClients(space, 12, interval, async ([stalled]) => {
      // SIGSTOP the first client while it waits for a booked turn; the other one sends meanwhile
      for (let i = 0; i < 4; i++) {
        await sleep(interval * 0.6);
        stalled!.kill('SIGSTOP');
        await sleep(interval * 2.3);
        stalled!.kill('SIGCONT');
      }
    });
    expect(Math.min(...gapsOf(arrivals))).toBeGreaterThanOrEqual(interval - 40);
  });

  it('books turns first come first served, keeps a booking, and defers the host until a Retry-After', async () => {
    const limiter = new RedisHostLimiter(redis, { prefix: space.prefix });
    expect(await limiter.claim('slow.example', 'j1', 1_000)).toBe(0);
    const second = await limiter.claim('slow.example', 'j2', 1_000);
    expect(second).toBeGreaterThan(900);
    expect(await limiter.claim('slow.example', 'j3', 1_000)).toBeGreaterThan(1_900);
    expect(await limiter.claim('slow.example', 'j2', 1_000)).toBeLessThanOrEqual(second);
    await limiter.deferHost('slow.example', Date.now() + 5_000);
    const [state, tickets] = limiter.keys('slow.example');
    expect(await limiter.claim('slow.example', 'j4', 1_000)).toBeGreaterThan(4_800);
    expect(await limiter.claim('slow.example', 'poll', 1_000, { jumpQueue: true })).toBeGreaterThan(4_800);
    // both keys live a minute past the last thing they hold, no longer
    for (const key of [state, tickets]) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(60_000);
      expect(ttl).toBeLessThanOrEqual(6_000 + 60_000 + 1_000);
    }
  });
});
