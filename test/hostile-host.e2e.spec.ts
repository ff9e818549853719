import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '@wirelog/db';
import { describeWithServers, freshPostgresDatabase, freshRedisPrefix, type FreshDatabase, type FreshRedisPrefix } from '@wirelog/testing';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { runWirelog, startWirelog, type RunningWirelog } from './support/wirelog-cli';

const CAP_S = 3;

/** A host whose every page answers 429 with a Retry-After of 23 days; it records when each page request arrived. */
async function startHostileSite(pages: number): Promise<{ url: string; arrivals: number[]; close(): Promise<void> }> {
  const arrivals: number[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      const items = Array.from({ length: pages }, (_, i) => `<item><title>Hostile ${i}</title><link>${base}/page/${i}</link></item>`);
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>${items.join('')}</channel></rss>`);
    }
    arrivals.push(performance.now());
    res.writeHead(429, { 'retry-after': '2000000' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  base = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  return { url: base, arrivals, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

/** SPEC §9 and issue 8: one hostile host must not stop the others, nor hold a worker, nor a shutdown. */
describeWithServers('a host answering 429 Retry-After: 2000000 to every page, beside a benign feed', () => {
  let pg: FreshDatabase;
  let redis: FreshRedisPrefix;
  let database: Database;
  let benign: ArticleSite;
  let hostile: Awaited<ReturnType<typeof startHostileSite>>;
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-hostile-'));
  const roles: RunningWirelog[] = [];

  beforeAll(async () => {
    [pg, benign, hostile] = await Promise.all([freshPostgresDatabase('hostile_host'), startArticleSite(40), startHostileSite(40)]);
    redis = freshRedisPrefix('hostile-host');
    database = createPostgresDatabase(pg.url, { max: 2 });
  });
  afterAll(async () => {
    await Promise.all(roles.map((role) => role.stop()));
    await Promise.all([benign?.close(), hostile?.close()]);
    await database?.close();
    await pg?.drop();
    await redis?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches the benign feed on schedule, retries the hostile host after the capped delay, and stops the fetcher within its deadline', { timeout: 180_000 }, async () => {
    const feeds = path.join(dir, 'feeds.yaml');
    writeFileSync(
      feeds,
      `defaults:\n  allowPrivate: true\n  interval: 10m\nfeeds:\n  - id: hostile\n    url: ${hostile.url}/feed.xml\n    hostInterval: 1s\n  - id: benign\n    url: ${benign.feedUrls[0]}\n    hostInterval: 0s\n`,
    );
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      WIRELOG_QUEUE_PREFIX: redis.prefix,
      WIRELOG_FEEDS: feeds,
      WIRELOG_MAX_RETRY_AFTER: `${CAP_S}s`,
      WIRELOG_SHUTDOWN_TIMEOUT: '3s',
      WIRELOG_RECONCILE_INTERVAL: '2s',
      PORT: '0',
    };
    expect((await runWirelog(['migrate'], env)).code).toBe(0);
    for (const role of ['projector', 'extractor', 'fetcher', 'poller']) {
      const process = startWirelog(['worker', role], { ...env, LOG_LEVEL: 'info' });
      roles.push(process);
      await process.waitFor(/"msg":"wirelog running"/);
    }
    const extracted = async (url: string) =>
      Number((await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM articles WHERE status = 'extracted' AND url LIKE $1`, [`${url}%`])).rows[0]!.n);

    // a fetcher has 8 slots; 40 hostile pages queued ahead of the benign ones would have held them all for weeks
    await expect.poll(() => extracted(benign.url), { timeout: 90_000, interval: 500 }).toBe(40);
    // the hostile host is tried again after the capped delay, about once per cap, not once per page
    await expect.poll(() => hostile.arrivals.length, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(3);
    const gaps = hostile.arrivals.slice(1).map((at, i) => (at - hostile.arrivals[i]!) / 1000);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(CAP_S - 0.5);
    expect(Math.max(...gaps)).toBeLessThan(CAP_S * 4);
    // waiting spends no attempts: nothing is recorded as failed, the pages stay owed
    const failed = await database.query(`SELECT 1 FROM events WHERE type = 'ArticleFetchFailed'`);
    expect(failed.rows).toEqual([]);
    expect(await extracted(hostile.url)).toBe(0);

    const fetcher = roles[2]!;
    const stopping = performance.now();
    expect(await fetcher.stop()).toBe(0);
    expect(performance.now() - stopping).toBeLessThan(3_000 + 5_000);
  });
});
