import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectSse, freshPostgresDatabase, freshRedisPrefix, postgresUrl, redisUrl, type SseMessage } from '@wirelog/testing';
import { startArticleSite } from './support/article-site';
import { runWirelog, startWirelog } from './support/wirelog-cli';

/** Both modes when the servers are configured; embedded alone otherwise. */
const modes = [
  ['embedded', async () => ({ env: {}, cleanup: async () => undefined })],
  ...(postgresUrl && redisUrl
    ? ([
        [
          'services',
          async () => {
            const pg = await freshPostgresDatabase('changes_e2e');
            const redis = freshRedisPrefix('changes-e2e');
            const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, WIRELOG_QUEUE_PREFIX: redis.prefix };
            expect((await runWirelog(['migrate'], env)).code).toBe(0);
            return { env, cleanup: async () => (await pg.drop(), await redis.cleanup()) };
          },
        ],
      ] as const)
    : []),
] as const;

describe.each(modes)('GET /api/changes on a running instance (%s)', (_mode, setUp) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-changes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a feed added to the feeds file through to its articles and entities, and a reconnecting client misses and repeats nothing', { timeout: 180_000 }, async () => {
    const { env: servers, cleanup } = await setUp();
    const site = await startArticleSite(3);
    const feeds = path.join(dir, `feeds-${_mode}.yaml`);
    writeFileSync(feeds, 'feeds: []\n');
    const env = { ...servers, WIRELOG_DATA_DIR: path.join(dir, `data-${_mode}`), WIRELOG_FEEDS: feeds, PORT: '0' };
    const app = startWirelog(['start'], env);
    try {
      const [, port] = await app.waitFor(/API: http:\/\/localhost:(\d+)\//);
      const base = `http://127.0.0.1:${port}/api/changes`;
      const first = connectSse(`${base}?types=feed,article,entities`);
      await first.ready;
      writeFileSync(feeds, `feeds:\n  - id: desk\n    url: ${site.feedUrls[0]}\n    allowPrivate: true\n    hostInterval: 0s\n`);
      await first.until(2);
      first.close();
      const resumed = connectSse(`${base}?types=feed,article,entities`, { 'Last-Event-ID': first.messages[first.messages.length - 1]!.id });
      // 1 feed registered + ≥1 polled, and per article: discovered, fetched, entities
      const done = (messages: SseMessage[]) => messages.filter((m) => m.event === 'entities').length;
      await expect.poll(() => done([...first.messages, ...resumed.messages]), { timeout: 120_000 }).toBe(3);
      resumed.close();
      const seen = [...first.messages, ...resumed.messages];
      expect(seen[0]).toMatchObject({ event: 'feed', data: { feedId: 'desk', event: 'registered' } });
      const ids = seen.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      // exactly what a replay of the log from the first message on gives
      const replay = connectSse(`${base}?types=feed,article,entities&after=0`);
      const fromFirst = () => replay.messages.filter((m) => BigInt(m.id) >= BigInt(ids[0]!));
      await expect.poll(() => fromFirst().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(ids.length);
      replay.close();
      expect(fromFirst().slice(0, ids.length).map((m) => m.id)).toEqual(ids);
      const entities = seen.filter((m) => m.event === 'entities').map((m) => m.data.entities as { kind: string }[]);
      for (const list of entities) expect(list.map((e) => e.kind)).toEqual(expect.arrayContaining(['country', 'org', 'money', 'hardware']));
    } finally {
      expect(await app.stop()).toBe(0);
      await site.close();
      await cleanup();
    }
  });
});
