import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeWithRedis, freshRedisPrefix, redisUrl, type FreshRedisPrefix } from '@wirelog/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RedisHostLimiter } from './redis-host-limiter';

const client = fileURLToPath(new URL('./limiter-client.fixture.ts', import.meta.url));

function runClient(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', client, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
}

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
    const perProcess = 6;
    const arrivals: { at: number; who: string }[] = [];
    const waiting: (() => void)[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const who = url.searchParams.get('who') ?? '';
      if (url.pathname === '/hit') {
        arrivals.push({ at: performance.now(), who });
        res.end('ok');
        return;
      }
      // Barrier: both children start acquiring only once both are up.
      waiting.push(() => res.end('go'));
      if (waiting.length === 2) for (const release of waiting) release();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const args = (name: string) => [redisUrl ?? '', space.prefix, serverUrl, 'news.example', String(perProcess), String(interval), name];
      const codes = await Promise.all([runClient(args('a')), runClient(args('b'))]);
      expect(codes).toEqual([0, 0]);
    } finally {
      server.close();
    }
    expect(arrivals).toHaveLength(2 * perProcess);
    expect(new Set(arrivals.map((a) => a.who))).toEqual(new Set(['a', 'b']));
    const gaps = arrivals.slice(1).map((a, i) => a.at - (arrivals[i]?.at ?? 0));
    // Tolerance covers the request's own latency jitter between slot and arrival.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 40);
  });

  it('deferHost pushes the next slot out, and keys expire', async () => {
    const limiter = new RedisHostLimiter(redis, { prefix: space.prefix });
    expect(await limiter.reserve('slow.example', 50)).toBe(0);
    await limiter.deferHost('slow.example', Date.now() + 2_000);
    const wait = await limiter.reserve('slow.example', 50);
    expect(wait).toBeGreaterThan(1_800);
    expect(wait).toBeLessThanOrEqual(2_000);
    const ttl = await redis.pttl(limiter.key('slow.example'));
    expect(ttl).toBeGreaterThan(2_000);
    expect(ttl).toBeLessThanOrEqual(2_050 + 60_000);
    await limiter.deferHost('slow.example', Date.now() - 1_000);
    expect(await limiter.reserve('slow.example', 50)).toBeGreaterThan(1_800);
  });

  it('acquire waits for the reserved slot', async () => {
    const limiter = new RedisHostLimiter(redis, { prefix: space.prefix });
    await limiter.acquire('quick.example', 150);
    const start = performance.now();
    await limiter.acquire('quick.example', 150);
    expect(performance.now() - start).toBeGreaterThanOrEqual(100);
  });
});
